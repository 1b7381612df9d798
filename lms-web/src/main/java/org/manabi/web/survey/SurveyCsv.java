package org.manabi.web.survey;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.manabi.content.survey.ResponseTable;
import org.manabi.core.spreadsheet.SpreadsheetCells;

/**
 * Survey responses as CSV: UTF-8 with a byte order mark (so Japanese Excel reads it), RFC 4180
 * quoting, and every cell a spreadsheet would run as a formula neutralised, since free-text answers
 * and names are whatever someone typed.
 */
final class SurveyCsv {

    static final char BOM = '\uFEFF';

    private SurveyCsv() {
    }

    static void write(ResponseTable table, Writer out) throws IOException {
        out.write(BOM);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(safe(table.header()));
        for (List<String> row : table.rows()) {
            printer.printRecord(safe(row));
        }
        printer.flush();
    }

    private static List<String> safe(List<String> cells) {
        return cells.stream().map(SpreadsheetCells::safe).toList();
    }
}
