package org.barta.newsletter;

import java.nio.file.Path;
import java.time.Instant;

/** A checked upload waiting for its column mapping; the page knows it only by its token. */
record UploadedCsv(String token, String fileName, Path file, CsvLayout layout, Instant uploadedAt) {
}
