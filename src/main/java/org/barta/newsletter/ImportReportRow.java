package org.barta.newsletter;

import java.io.Serializable;

/** One refused row of an import: its number in the file (as a spreadsheet counts rows), the address, why. */
public record ImportReportRow(long rowNumber, String email, ImportOutcome outcome) implements Serializable {
}
