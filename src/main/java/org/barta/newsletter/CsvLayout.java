package org.barta.newsletter;

import java.io.Serializable;
import java.util.List;

/**
 * What a scan of an uploaded file found: the delimiter, how many rows it has (as a spreadsheet counts them,
 * empty ones included), how many columns its first row has, and its first rows for the preview.
 */
public record CsvLayout(char delimiter, long rows, int columns, List<List<String>> preview) implements Serializable {
}
