package org.barta.platform;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for people who open it in a spreadsheet: UTF-8 with a byte-order mark (so Excel shows Bangla), and every
 * cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) prefixed
 * with an apostrophe: subscribers type their own names, and a name must never become a formula (CSV injection).
 */
public final class ExcelSafeCsv {

    private ExcelSafeCsv() {
    }

    public static CSVPrinter printer(Writer out, String... header) throws IOException {
        out.write('\uFEFF');
        return CSVFormat.RFC4180.builder().setHeader(header).get().print(out);
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
