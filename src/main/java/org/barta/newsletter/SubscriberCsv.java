package org.barta.newsletter;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.tika.Tika;
import org.barta.platform.BusinessException;

/**
 * Reads subscriber files: UTF-8 text (a byte-order mark is skipped; any other encoding is refused with the row
 * where it shows, never guessed), RFC 4180 CSV with comma, semicolon or tab as delimiter (the first line decides).
 * Empty lines are kept as rows so row numbers match what a spreadsheet shows.
 */
public final class SubscriberCsv {

    private static final int PREVIEW_ROWS = 10;
    private static final Tika TIKA = new Tika();
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int FIRST_LINE_LIMIT = 64 * 1024;

    private SubscriberCsv() {
    }

    /** Reads the whole file once, so a bad file is refused before anything is imported. */
    public static CsvLayout inspect(Path file) {
        try {
            if (Files.size(file) == 0) {
                throw new BusinessException("subscribers.import.empty");
            }
            String type;
            try (InputStream in = Files.newInputStream(file)) {
                type = TIKA.detect(in);
            }
            if (!type.startsWith("text/")) {
                throw new BusinessException("subscribers.import.notCsv", type);
            }
            char delimiter = delimiterOf(file);
            List<List<String>> preview = new ArrayList<>();
            long rows = 0;
            int columns = 0;
            try (CSVParser parser = open(file, delimiter)) {
                Iterator<CSVRecord> records = parser.iterator();
                while (hasNext(records, rows + 1)) {
                    CSVRecord record = records.next();
                    rows++;
                    if (rows == 1) {
                        columns = record.size();
                    }
                    verify(record);
                    if (preview.size() < PREVIEW_ROWS) {
                        preview.add(record.toList());
                    }
                }
            }
            if (rows == 0) {
                throw new BusinessException("subscribers.import.empty");
            }
            return new CsvLayout(delimiter, rows, columns, List.copyOf(preview));
        } catch (IOException e) {
            throw new UncheckedIOException("Upload could not be read", e);
        }
    }

    /**
     * Streams the data rows of an inspected file (the header skipped) through the checks of
     * {@link ImportRowValidator}, in file order; returns how many data rows there were.
     */
    public static long checkRows(Path file, CsvLayout layout, ImportMapping mapping,
                                 Consumer<ImportRowValidator.RowCheck> each) throws IOException {
        ImportRowValidator validator = new ImportRowValidator(mapping, layout.columns());
        long rows = 0;
        long row = 0;
        try (CSVParser parser = open(file, layout.delimiter())) {
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, row + 1)) {
                CSVRecord record = records.next();
                row = record.getRecordNumber();
                if (row == 1 && mapping.hasHeader()) {
                    continue;
                }
                verify(record);
                each.accept(validator.check(row, record.toList()));
                rows++;
            }
        }
        return rows;
    }

    private static CSVParser open(Path file, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        return format.parse(reader(Files.newInputStream(file)));
    }

    /** Advances, turning a syntax error in row {@code row} (an unclosed quote…) into a refusal naming the row. */
    private static boolean hasNext(Iterator<CSVRecord> records, long row) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new BusinessException("subscribers.import.badCsv", row);
        }
    }

    /**
     * Bytes that are not UTF-8 were decoded as U+FFFD, so the refusal can name the row they are in (a strict
     * decoder fails a whole buffer ahead of the parser); a NUL character means a binary file.
     */
    private static void verify(CSVRecord record) {
        for (String value : record) {
            if (value.indexOf('\uFFFD') >= 0) {
                throw new BusinessException("subscribers.import.notUtf8", record.getRecordNumber());
            }
            if (value.indexOf('\0') >= 0) {
                throw new BusinessException("subscribers.import.notCsv", "binary");
            }
        }
    }

    private static Reader reader(InputStream in) throws IOException {
        InputStream withoutBom = BOMInputStream.builder().setInputStream(in).get();
        return new BufferedReader(new InputStreamReader(withoutBom, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }

    /**
     * The delimiter used most on the first line; a file with a single column has none, and gets the comma.
     * The line is decoded leniently here: the full read that follows reports bad bytes with their row.
     */
    private static char delimiterOf(Path file) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            for (int b = in.read(); b >= 0 && b != '\n' && line.size() < FIRST_LINE_LIMIT; b = in.read()) {
                line.write(b);
            }
        }
        String firstLine = line.toString(StandardCharsets.UTF_8);
        char chosen = ',';
        long most = 0;
        for (char candidate : DELIMITERS) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > most) {
                chosen = candidate;
                most = count;
            }
        }
        return chosen;
    }
}
