package org.manabi.core.accountimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.manabi.core.accountimport.ImportFileException.Kind;

class CsvTableTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        CsvTable table = CsvTable.parse("login,name,department\r\n"
                + "a1,\"Yamada, Taro\",\"Sales \"\"East\"\"\"\r\n"
                + "a2,\"two\r\nlines\",x\r\n"
                + "a3,Sato,y\r\n", 10);
        assertEquals(List.of("login", "name", "department"), table.headers());
        assertEquals(List.of("a1", "Yamada, Taro", "Sales \"East\""), table.rows().get(0).cells());
        assertEquals("two\r\nlines", table.rows().get(1).cell(1));
        assertEquals(List.of(2, 3, 5), table.rows().stream().map(CsvTable.Row::line).toList(),
                "lines as Excel numbers them: a row with a line break inside takes two");
    }

    @Test
    void blankLinesAndExcelsEmptyRowsAreSkippedButCounted() {
        CsvTable table = CsvTable.parse("\uFEFFlogin,name\n\na1,A\n,,\n  ,\na2,B", 10);
        assertEquals(2, table.rows().size());
        assertEquals(3, table.rows().get(0).line());
        assertEquals(6, table.rows().get(1).line(), "the last row has no line break after it");
        assertEquals("\uFEFFlogin", table.headers().get(0), "a BOM is the decoder's business, not the parser's");
    }

    @Test
    void cellsAreStrippedAndShortRowsReadAsEmpty() {
        CsvTable.Row row = CsvTable.parse("a,b,c\n  x  ,y\n", 10).rows().get(0);
        assertEquals("x", row.cell(0));
        assertEquals("", row.cell(2));
        assertEquals("", row.cell(-1));
    }

    @Test
    void tabSeparatedIsRecognised() {
        CsvTable table = CsvTable.parse("ログインID\t氏名\nyamada\t山田 太郎\n", 10);
        assertEquals('\t', table.delimiter());
        assertEquals(List.of("yamada", "山田 太郎"), table.rows().get(0).cells());
    }

    @Test
    void anUnclosedQuoteIsMalformed() {
        ImportFileException e = assertThrows(ImportFileException.class,
                () -> CsvTable.parse("login,name\na1,\"Yamada\nb2,Sato\n", 10));
        assertEquals(Kind.MALFORMED_CSV, e.kind());
        assertTrue(e.reason().contains("line 2"), e.reason());
        assertEquals(Kind.MALFORMED_CSV, assertThrows(ImportFileException.class,
                () -> CsvTable.parse("login,name\na1,\"Yamada\"x,y\n", 10)).kind());
    }

    @Test
    void tooManyRowsAreRefused() {
        StringBuilder csv = new StringBuilder("login,name\n");
        for (int i = 0; i < 4; i++) {
            csv.append("u").append(i).append(",N\n");
        }
        assertEquals(4, CsvTable.parse(csv.toString(), 4).rows().size());
        csv.append("u9,N\n");
        assertEquals(Kind.TOO_MANY_ROWS, assertThrows(ImportFileException.class,
                () -> CsvTable.parse(csv.toString(), 4)).kind());
    }

    @Test
    void noHeaderOrARepeatedHeaderIsRefused() {
        assertEquals(Kind.EMPTY, assertThrows(ImportFileException.class, () -> CsvTable.parse("\n,,\n", 10)).kind());
        assertEquals(Kind.DUPLICATE_COLUMN, assertThrows(ImportFileException.class,
                () -> CsvTable.parse("name,Name\na,b\n", 10)).kind());
        assertEquals(2, CsvTable.parse("a,,,b\n1,2,3,4\n", 10).headers().stream().filter(String::isEmpty).count(),
                "several unnamed columns are fine");
    }
}
