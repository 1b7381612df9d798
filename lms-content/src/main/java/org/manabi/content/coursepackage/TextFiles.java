package org.manabi.content.coursepackage;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 for the manifest and Markdown: a wrong encoding is reported, never guessed around. */
final class TextFiles {

    /** The decoded text, or the 1-based line of the first byte that is not UTF-8. */
    record Decoded(String text, int badLine) {

        boolean ok() {
            return text != null;
        }
    }

    private TextFiles() {
    }

    static Decoded decode(byte[] bytes) {
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(null, lineAt(bytes, in.position()));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return new Decoded(null, lineAt(bytes, in.position()));
        }
        return new Decoded(out.flip().toString(), 0);
    }

    /** Windows and old Mac line ends become \n, the only line end lesson text keeps. */
    static String normalizeLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static Optional<Integer> firstControlLine(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (Character.isISOControl(c) && c != '\t') {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
