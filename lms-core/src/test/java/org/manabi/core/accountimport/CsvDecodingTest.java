package org.manabi.core.accountimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.manabi.core.accountimport.ImportFileException.Kind;

class CsvDecodingTest {

    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final String TEXT = "ログインID,氏名\r\nyamada,山田太郎\r\nsato,佐藤①㈱\r\n";

    @Test
    void utf8WithoutBomIsDetected() {
        CsvDecoding.Decoded decoded = CsvDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertEquals(SourceEncoding.UTF_8, decoded.encoding());
        assertFalse(decoded.byteOrderMark());
        assertEquals(TEXT, decoded.text());
    }

    @Test
    void theBomMeansUtf8AndIsNotPartOfTheText() {
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        CsvDecoding.Decoded decoded = CsvDecoding.decode(body, Optional.empty());
        assertEquals(SourceEncoding.UTF_8, decoded.encoding());
        assertTrue(decoded.byteOrderMark());
        assertEquals(TEXT, decoded.text(), "no U+FEFF left in front of the first header");
    }

    @Test
    void cp932AsJapaneseExcelWritesItIsDetected() {
        byte[] body = TEXT.getBytes(CP932);
        assertEquals((byte) 0x8E, "山田太郎".getBytes(CP932)[0], "really Shift_JIS bytes");
        CsvDecoding.Decoded decoded = CsvDecoding.decode(body, Optional.empty());
        assertEquals(SourceEncoding.SHIFT_JIS, decoded.encoding());
        assertEquals(TEXT, decoded.text(), "CP932 extras such as ① and ㈱ survive");
    }

    @Test
    void anExplicitEncodingOverridesDetection() {
        byte[] body = TEXT.getBytes(CP932);
        ImportFileException wrong = assertThrows(ImportFileException.class,
                () -> CsvDecoding.decode(body, Optional.of(SourceEncoding.UTF_8)));
        assertEquals(Kind.ENCODING, wrong.kind());
        assertEquals("encoding", wrong.field());
        assertTrue(wrong.reason().contains("not valid UTF-8"), wrong.reason());
        assertEquals(TEXT, CsvDecoding.decode(body, Optional.of(SourceEncoding.SHIFT_JIS)).text());
    }

    @Test
    void utf8ForcedAsShiftJisIsRefusedRatherThanGarbled() {
        byte[] body = "氏名\n山田太郎\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Kind.ENCODING, assertThrows(ImportFileException.class,
                () -> CsvDecoding.decode(body, Optional.of(SourceEncoding.SHIFT_JIS))).kind());
    }

    @Test
    void bytesInNeitherEncodingAreRefusedWithAClearReason() {
        byte[] mixed = concat("yamada,山田太郎,やまだ たろう\n".getBytes(StandardCharsets.UTF_8),
                "sato,佐藤\n".getBytes(CP932));
        ImportFileException refused = assertThrows(ImportFileException.class,
                () -> CsvDecoding.decode(mixed, Optional.empty()));
        assertEquals(Kind.ENCODING, refused.kind());
        assertTrue(refused.reason().contains("mostly UTF-8"), refused.reason());
        ImportFileException neither = assertThrows(ImportFileException.class, () -> CsvDecoding.decode(
                new byte[] {'a', ',', (byte) 0xFF, (byte) 0xFE, '\n'}, Optional.empty()));
        assertTrue(neither.reason().contains("neither UTF-8 nor Shift_JIS"), neither.reason());
    }

    @Test
    void aBrokenFileWithABomIsRefused() {
        byte[] body = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0x82, (byte) 0xA0};
        assertEquals(Kind.ENCODING, assertThrows(ImportFileException.class,
                () -> CsvDecoding.decode(body, Optional.empty())).kind());
        assertEquals(Kind.ENCODING, assertThrows(ImportFileException.class,
                () -> CsvDecoding.decode(body, Optional.of(SourceEncoding.SHIFT_JIS))).kind(),
                "a BOM says UTF-8, whatever was chosen");
    }

    @Test
    void otherFormatsAreNamed() {
        assertEquals(Kind.NOT_CSV, assertThrows(ImportFileException.class, () -> CsvDecoding.decode(
                new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, Optional.empty())).kind());
        ImportFileException utf16 = assertThrows(ImportFileException.class, () -> CsvDecoding.decode(
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a,b".getBytes(StandardCharsets.UTF_16LE)),
                Optional.empty()));
        assertTrue(utf16.reason().contains("UTF-16"), utf16.reason());
        assertEquals(Kind.NOT_CSV, assertThrows(ImportFileException.class, () -> CsvDecoding.decode(
                new byte[] {'a', 0, 'b'}, Optional.empty())).kind());
        assertEquals(Kind.EMPTY, assertThrows(ImportFileException.class,
                () -> CsvDecoding.decode(new byte[0], Optional.empty())).kind());
    }

    @Test
    void encodingNamesInTheirUsualSpellings() {
        assertEquals(Optional.of(SourceEncoding.SHIFT_JIS), SourceEncoding.named("Shift_JIS"));
        assertEquals(Optional.of(SourceEncoding.SHIFT_JIS), SourceEncoding.named("cp932"));
        assertEquals(Optional.of(SourceEncoding.SHIFT_JIS), SourceEncoding.named("windows-31j"));
        assertEquals(Optional.of(SourceEncoding.UTF_8), SourceEncoding.named("utf8"));
        assertEquals(Optional.empty(), SourceEncoding.named("latin1"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
