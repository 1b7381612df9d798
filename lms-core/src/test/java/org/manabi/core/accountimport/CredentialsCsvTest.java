package org.manabi.core.accountimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialsCsvTest {

    @Test
    void utf8WithBomQuotedAndFormulaSafe() {
        byte[] csv = CredentialsCsv.write(List.of(new ImportJob.Credential("yamada", "山田, 太郎", "abcd-efgh-jkmn"),
                new ImportJob.Credential("evil", "=HYPERLINK(\"x\")", "2345-6789-abcd")));
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(csv[0] & 0xFF, csv[1] & 0xFF, csv[2] & 0xFF));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertEquals("ログインID / Login ID,氏名 / Name,初回パスワード / One-time password\r\n"
                + "yamada,\"山田, 太郎\",abcd-efgh-jkmn\r\n"
                + "evil,\"'=HYPERLINK(\"\"x\"\")\",2345-6789-abcd\r\n", text);
    }
}
