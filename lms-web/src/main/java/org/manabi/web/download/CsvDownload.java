package org.manabi.web.download;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.manabi.core.spreadsheet.SpreadsheetCells;

/** A CSV attachment. */
public final class CsvDownload {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final String BOM = "\uFEFF";

    private CsvDownload() {
    }

    /** The whole file as text: a byte-order mark, the header, then the rows, every cell made safe. */
    public static String render(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(SpreadsheetCells::safe).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCells::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A response that saves as {@code fileName}; never cached, since such files often carry secrets. */
    public static Response attachment(String fileName, List<String> header, List<List<String>> rows) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(render(header, rows).getBytes(StandardCharsets.UTF_8), MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "no-store")
                .build();
    }
}
