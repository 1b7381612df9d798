package org.manabi.web.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * Reads an uploaded file into memory, but never more than a limit: a body that says it is larger
 * is refused before a byte is read, and one that does not say (chunked) is read up to one byte past
 * the limit and no further.
 */
public final class UploadBody {

    /** The body is larger than the limit. */
    public static final class TooLarge extends Exception {

        private static final long serialVersionUID = 1L;
    }

    private UploadBody() {
    }

    public static byte[] read(InputStream body, String contentLength, int limit) throws IOException, TooLarge {
        OptionalLong declared = parse(contentLength);
        if (declared.isPresent() && declared.getAsLong() > limit) {
            throw new TooLarge();
        }
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int total = 0;
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            total += n;
            if (total > limit) {
                throw new TooLarge();
            }
            bytes.write(buffer, 0, n);
        }
        return bytes.toByteArray();
    }

    private static OptionalLong parse(String contentLength) {
        try {
            return contentLength == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(contentLength.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
