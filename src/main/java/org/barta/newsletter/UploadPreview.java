package org.barta.newsletter;

import java.io.Serializable;

/** A checked upload as the page shows it while the editor maps its columns; {@code token} starts the import. */
public record UploadPreview(String token, String fileName, CsvLayout layout) implements Serializable {
}
