package org.barta.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVPrinter;
import org.barta.content.Language;
import org.barta.platform.BusinessException;
import org.barta.platform.ExcelSafeCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules for reading subscriber files, row by row, as an editor's file meets them. */
class SubscriberCsvTest {

    private static final ImportMapping WITH_HEADER = new ImportMapping(0, 1, 2, true, Language.EN,
            ConsentMode.HAVE_CONSENT);

    @TempDir
    Path dir;

    @Test
    void aUtf8FileWithByteOrderMarkAndBanglaNamesIsReadWithItsHeader() throws IOException {
        Path file = write("\uFEFFemail,name,language\r\nrahima@example.org,রহিমা খাতুন,bn\r\nJohn@Example.ORG,John,English\r\n");

        CsvLayout layout = SubscriberCsv.inspect(file);
        List<ImportCandidate> rows = accepted(file, layout, WITH_HEADER);

        assertThat(layout.rows()).isEqualTo(3);
        assertThat(layout.columns()).isEqualTo(3);
        assertThat(layout.preview().get(0)).containsExactly("email", "name", "language");
        assertThat(rows).containsExactly(
                new ImportCandidate(2, "rahima@example.org", "রহিমা খাতুন", Language.BN),
                new ImportCandidate(3, "john@example.org", "John", Language.EN));
    }

    @Test
    void quotedValuesKeepTheirCommasQuotesAndLineBreaks() throws IOException {
        Path file = write("email,name\n\"a@example.org\",\"Hasan, \"\"Babu\"\" Mia\"\n\"b@example.org\",\"two\nlines\"\n");

        List<ImportCandidate> rows = accepted(file, SubscriberCsv.inspect(file),
                new ImportMapping(0, 1, null, true, Language.BN, ConsentMode.HAVE_CONSENT));

        assertThat(rows).extracting(ImportCandidate::name).containsExactly("Hasan, \"Babu\" Mia", "two lines");
        assertThat(rows).extracting(ImportCandidate::language).containsOnly(Language.BN);
    }

    @Test
    void eachBadRowIsReportedWithItsRowNumberAndWhy() throws IOException {
        Path file = write(String.join("\n",
                "email,name,language",
                "good@example.org,Good,en",
                "not-an-address,Bad,en",
                "",
                ",Nobody,bn",
                "GOOD@example.org,Again,en",
                "extra@example.org,Too,many,columns",
                "short@example.org",
                ",,",
                "long@example.org," + "x".repeat(201) + ",en",
                "unknown-language@example.org,Someone,fr",
                "\"Rahim <rahim@example.org>\",Named,en") + "\n");

        List<ImportReportRow> refused = new ArrayList<>();
        List<ImportCandidate> accepted = new ArrayList<>();
        long rows = SubscriberCsv.checkRows(file, SubscriberCsv.inspect(file), WITH_HEADER, check -> {
            if (check.refusal() != null) {
                refused.add(check.refusal());
            } else {
                accepted.add(check.candidate());
            }
        });

        assertThat(rows).isEqualTo(11);
        assertThat(refused).containsExactly(
                new ImportReportRow(3, "not-an-address", ImportOutcome.INVALID_ADDRESS),
                new ImportReportRow(4, "", ImportOutcome.EMPTY_ROW),
                new ImportReportRow(5, "", ImportOutcome.MISSING_EMAIL),
                new ImportReportRow(6, "good@example.org", ImportOutcome.DUPLICATE_IN_FILE),
                new ImportReportRow(7, "extra@example.org", ImportOutcome.TOO_MANY_COLUMNS),
                new ImportReportRow(9, "", ImportOutcome.EMPTY_ROW),
                new ImportReportRow(10, "long@example.org", ImportOutcome.NAME_TOO_LONG),
                new ImportReportRow(12, "Rahim <rahim@example.org>", ImportOutcome.INVALID_ADDRESS));
        assertThat(accepted).containsExactly(
                new ImportCandidate(2, "good@example.org", "Good", Language.EN),
                new ImportCandidate(8, "short@example.org", null, Language.EN),
                new ImportCandidate(11, "unknown-language@example.org", "Someone", Language.EN));
    }

    @Test
    void semicolonFilesFromExcelAreRead() throws IOException {
        Path file = write("E-mail;Name\nx@example.org;Ayesha\n");

        CsvLayout layout = SubscriberCsv.inspect(file);

        assertThat(layout.delimiter()).isEqualTo(';');
        assertThat(accepted(file, layout, new ImportMapping(0, 1, null, true, Language.EN, ConsentMode.HAVE_CONSENT)))
                .containsExactly(new ImportCandidate(2, "x@example.org", "Ayesha", Language.EN));
    }

    @Test
    void garbageBytesAreRefusedAsNotCsv() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Path file = dir.resolve("garbage.csv");
        Files.write(file, garbage);

        assertThatThrownBy(() -> SubscriberCsv.inspect(file)).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("subscribers.import.notCsv");
    }

    @Test
    void aSpreadsheetSavedAsXlsxIsRefusedAsNotCsv() throws IOException {
        Path file = dir.resolve("list.csv");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> SubscriberCsv.inspect(file)).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("subscribers.import.notCsv");
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithTheRowWhereItShows() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "email,name\na@example.org,Ann\nb@example.org,Zoë Müller\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> SubscriberCsv.inspect(file)).isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    BusinessException refusal = (BusinessException) e;
                    assertThat(refusal.messageKey()).isEqualTo("subscribers.import.notUtf8");
                    assertThat(refusal.arguments()).containsExactly(3L);
                });
    }

    @Test
    void anUnclosedQuoteIsRefusedWithItsRow() throws IOException {
        Path file = write("email,name\na@example.org,Ann\nb@example.org,\"Unclosed\n");

        assertThatThrownBy(() -> SubscriberCsv.inspect(file)).isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    BusinessException refusal = (BusinessException) e;
                    assertThat(refusal.messageKey()).isEqualTo("subscribers.import.badCsv");
                    assertThat(refusal.arguments()).containsExactly(3L);
                });
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertThatThrownBy(() -> SubscriberCsv.inspect(write(""))).hasMessageStartingWith("subscribers.import.empty");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = ExcelSafeCsv.printer(out, "name")) {
            for (String name : List.of("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tTab", "রহিমা", "a=b")) {
                csv.printRecord(ExcelSafeCsv.cell(name));
            }
        }

        assertThat(out.toString()).isEqualTo("\uFEFFname\r\n\"'=HYPERLINK(\"\"http://x\"\")\"\r\n'+1\r\n'-2+3\r\n"
                + "'@SUM(A1)\r\n'\tTab\r\nরহিমা\r\na=b\r\n");
    }

    private List<ImportCandidate> accepted(Path file, CsvLayout layout, ImportMapping mapping) throws IOException {
        List<ImportCandidate> rows = new ArrayList<>();
        SubscriberCsv.checkRows(file, layout, mapping, check -> {
            assertThat(check.refusal()).isNull();
            rows.add(check.candidate());
        });
        return rows;
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "subscribers-", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
