package org.manabi.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Audit entries as CSV: quoting, Japanese text, the byte order mark, and no formula ever runs. */
class AuditCsvTest {

    @Test
    void aCellAFormulaWouldStartWithIsMadePlainText() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + formula, AuditCsv.neutralise(formula), formula);
        }
        for (String plain : List.of("demo-admin", "account:42", "田中", "a=b", "'quoted", "")) {
            assertEquals(plain, AuditCsv.neutralise(plain), plain);
        }
        assertEquals("", AuditCsv.neutralise(null));
    }

    @Test
    void theFileStartsWithTheBomAndQuotesWhatNeedsQuoting() throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = AuditCsv.open(out)) {
            AuditCsv.print(printer, new AuditEventView(7, Instant.parse("2026-04-01T09:00:00Z"), "=cmd|' /C calc'!A0",
                    "SIGN_IN_FAILED", "account:3", "名前, \"引用\"\n二行目", "10.0.0.1", "req-1"));
        }
        String csv = out.toString();
        assertEquals(AuditCsv.BOM, csv.charAt(0));
        assertTrue(csv.startsWith("\uFEFFid,occurredAt,actor,action,target,detail,sourceAddress,requestId\r\n"), csv);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new java.io.StringReader(csv.substring(1))).getRecords();
        assertEquals(2, records.size());
        CSVRecord row = records.get(1);
        assertEquals("7", row.get(0));
        assertEquals("2026-04-01T09:00:00Z", row.get(1));
        assertEquals("'=cmd|' /C calc'!A0", row.get(2));
        assertEquals("名前, \"引用\"\n二行目", row.get(5));
    }
}
