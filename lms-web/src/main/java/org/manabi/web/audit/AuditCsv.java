package org.manabi.web.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.manabi.core.spreadsheet.SpreadsheetCells;

/**
 * Audit entries as CSV for a spreadsheet: RFC 4180 quoting, UTF-8 with a byte order mark (so
 * Japanese Excel reads it as UTF-8), and every cell that a spreadsheet would read as a formula
 * neutralised. Actors, targets and details can hold text an attacker typed (a login id tried at
 * sign-in), so an export must never run it.
 */
public final class AuditCsv {

    /** The byte order mark that tells Excel the file is UTF-8. */
    public static final char BOM = '\uFEFF';

    static final List<String> HEADER = List.of("id", "occurredAt", "actor", "action", "target", "detail",
            "sourceAddress", "requestId");

    private AuditCsv() {
    }

    /** A printer that starts with the BOM and the header row. */
    public static CSVPrinter open(Writer out) throws IOException {
        out.write(BOM);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(HEADER);
        return printer;
    }

    public static void print(CSVPrinter printer, AuditEventView event) throws IOException {
        printer.printRecord(String.valueOf(event.id()), event.occurredAt().toString(), neutralise(event.actor()),
                neutralise(event.action()), neutralise(event.target()), neutralise(event.detail()),
                neutralise(event.sourceAddress()), neutralise(event.requestId()));
    }

    static String neutralise(String value) {
        return SpreadsheetCells.safe(value);
    }
}
