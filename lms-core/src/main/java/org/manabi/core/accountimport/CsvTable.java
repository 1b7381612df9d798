package org.manabi.core.accountimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.manabi.core.accountimport.ImportFileException.Kind;

/**
 * A CSV file as a header and rows of cells (RFC 4180, as Excel writes it: quoted fields may hold
 * commas, quotes and line breaks). A file whose first line has tabs and no commas is read as
 * tab-separated. Blank lines, and rows whose cells are all blank (Excel writes {@code ,,,} for
 * formatted but empty rows), are skipped. Cells are stripped of surrounding spaces.
 *
 * @param headers the first row
 * @param rows    the data rows, each with the line it starts on (the header is line 1), so an
 *                error can name the row as Excel numbers it
 */
public record CsvTable(List<String> headers, List<Row> rows, char delimiter) {

    /** One data row. */
    public record Row(int line, List<String> cells) {

        /** The cell at {@code index}, or empty when the row is shorter. */
        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    public CsvTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * @throws ImportFileException when the text is not CSV, has no header, repeats a header, or has
     *                             more than {@code maxRows} data rows
     */
    public static CsvTable parse(String text, int maxRows) {
        char delimiter = delimiterOf(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> headers = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long linesBefore = parser.getCurrentLineNumber();
                boolean more;
                try {
                    more = records.hasNext();
                } catch (UncheckedIOException | IllegalStateException malformed) {
                    throw new ImportFileException(Kind.MALFORMED_CSV, "file", "a quoted field on line "
                            + (linesBefore + 1) + " or after it is broken: a double quote (\") is missing or misplaced");
                }
                if (!more) {
                    break;
                }
                List<String> raw = records.next().toList();
                List<String> cells = raw.stream().map(String::strip).toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                int line = (int) (parser.getCurrentLineNumber() - lineBreaksIn(raw));
                if (headers == null) {
                    headers = cells;
                } else if (rows.size() == maxRows) {
                    throw new ImportFileException(Kind.TOO_MANY_ROWS, "file", "the file has more than " + maxRows
                            + " rows; split it into smaller files");
                } else {
                    rows.add(new Row(line, cells));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (headers == null) {
            throw new ImportFileException(Kind.EMPTY, "file", "the file has no header row and no data");
        }
        refuseRepeatedHeaders(headers);
        return new CsvTable(headers, rows, delimiter);
    }

    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
    }

    private static long lineBreaksIn(List<String> cells) {
        long breaks = 0;
        for (String cell : cells) {
            breaks += cell.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
        }
        return breaks;
    }

    private static void refuseRepeatedHeaders(List<String> headers) {
        Set<String> seen = new HashSet<>();
        for (String header : headers) {
            if (!header.isEmpty() && !seen.add(header.toLowerCase(Locale.ROOT))) {
                throw new ImportFileException(Kind.DUPLICATE_COLUMN, "file", "two columns are both called \""
                        + clip(header) + "\"; rename one");
            }
        }
    }

    static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
