package org.manabi.core.accountimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.manabi.core.spreadsheet.SpreadsheetCells;

/**
 * The one-time passwords of an import as a CSV file the administrator prints or mails from:
 * UTF-8 with a byte order mark, so that Excel in Japan opens it without garbling the names.
 */
public final class CredentialsCsv {

    static final List<String> HEADER = List.of("ログインID / Login ID", "氏名 / Name",
            "初回パスワード / One-time password");

    private CredentialsCsv() {
    }

    public static byte[] write(List<ImportJob.Credential> credentials) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            printer.printRecord(HEADER);
            for (ImportJob.Credential credential : credentials) {
                printer.printRecord(credential.loginId(), inert(credential.displayName()),
                        credential.oneTimePassword());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String inert(String text) {
        return SpreadsheetCells.safe(text);
    }
}
