package org.manabi.core.accountimport;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;
import org.manabi.core.accountimport.ImportFileException.Kind;

/**
 * Turns an uploaded file's bytes into text. A UTF-8 byte order mark means UTF-8; otherwise the bytes
 * are decoded as UTF-8 strictly, and if that fails, as CP932 strictly. Strict means a byte sequence
 * that is not valid in the encoding stops the import: replacing it with '?' would silently write
 * garbled names into accounts. A file in neither encoding is refused with a reason that says what
 * to do in Excel.
 */
public final class CsvDecoding {

    /** The text, and how it was read. */
    public record Decoded(String text, SourceEncoding encoding, boolean byteOrderMark) {
    }

    private static final String SAVE_AS = "save it from Excel as \"CSV UTF-8 (comma delimited)\" or \"CSV (comma "
            + "delimited)\"";

    private CsvDecoding() {
    }

    /**
     * @param forced the encoding the client chose, or empty to detect it
     * @throws ImportFileException when the bytes are not text in the encoding
     */
    public static Decoded decode(byte[] bytes, Optional<SourceEncoding> forced) {
        if (bytes.length == 0) {
            throw new ImportFileException(Kind.EMPTY, "file", "the file is empty");
        }
        refuseOtherFormats(bytes);
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int offset = bom ? 3 : 0;
        if (forced.isPresent()) {
            SourceEncoding encoding = bom ? SourceEncoding.UTF_8 : forced.get();
            if (bom && forced.get() != SourceEncoding.UTF_8) {
                throw new ImportFileException(Kind.ENCODING, "encoding", "the file starts with a UTF-8 byte order "
                        + "mark, so it is UTF-8, not " + forced.get().label() + "; choose UTF-8 or automatic");
            }
            return strictly(bytes, offset, encoding).map(text -> new Decoded(text, encoding, bom))
                    .orElseThrow(() -> new ImportFileException(Kind.ENCODING, "encoding",
                            "the file is not valid " + encoding.label() + "; choose another encoding, or " + SAVE_AS));
        }
        if (bom) {
            return strictly(bytes, offset, SourceEncoding.UTF_8).map(text -> new Decoded(text, SourceEncoding.UTF_8,
                    true)).orElseThrow(() -> new ImportFileException(Kind.ENCODING, "encoding",
                    "the file says it is UTF-8 but is not valid UTF-8; " + SAVE_AS));
        }
        Optional<String> utf8 = strictly(bytes, 0, SourceEncoding.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), SourceEncoding.UTF_8, false);
        }
        if (mostlyUtf8(bytes)) {
            throw new ImportFileException(Kind.ENCODING, "encoding", "the file is mostly UTF-8, but some of its "
                    + "bytes are not: it may be damaged, or pasted together from two files; " + SAVE_AS);
        }
        Optional<String> shiftJis = strictly(bytes, 0, SourceEncoding.SHIFT_JIS);
        if (shiftJis.isPresent()) {
            return new Decoded(shiftJis.get(), SourceEncoding.SHIFT_JIS, false);
        }
        throw new ImportFileException(Kind.ENCODING, "encoding",
                "the file is neither UTF-8 nor Shift_JIS text; " + SAVE_AS);
    }

    private static void refuseOtherFormats(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw new ImportFileException(Kind.ENCODING, "encoding", "the file is UTF-16 (Excel's \"Unicode "
                    + "text\"), which is not supported; " + SAVE_AS);
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw new ImportFileException(Kind.NOT_CSV, "file", "this is an Excel workbook (.xlsx), not CSV; "
                    + SAVE_AS);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ImportFileException(Kind.NOT_CSV, "file", "this is not a text file; " + SAVE_AS);
            }
        }
    }

    /**
     * Whether bytes that are not valid UTF-8 still hold more valid UTF-8 characters than broken ones.
     * Many UTF-8 byte strings are also valid CP932 (as mojibake), so such a file would otherwise be
     * read as Shift_JIS and garble every name; genuine Shift_JIS text gives mostly broken sequences.
     */
    static boolean mostlyUtf8(byte[] bytes) {
        String lenient = new String(bytes, SourceEncoding.UTF_8.charset());
        long broken = lenient.chars().filter(c -> c == '\uFFFD').count();
        long valid = lenient.chars().filter(c -> c > 0x7F && c != '\uFFFD').count();
        return valid >= 3 && valid > broken;
    }

    private static Optional<String> strictly(byte[] bytes, int offset, SourceEncoding encoding) {
        try {
            CharBuffer chars = encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
