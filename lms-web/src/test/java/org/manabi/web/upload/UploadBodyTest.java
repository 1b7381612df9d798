package org.manabi.web.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class UploadBodyTest {

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws Exception {
        byte[] body = new byte[100];
        assertArrayEquals(body, UploadBody.read(new ByteArrayInputStream(body), "100", 100));
        assertArrayEquals(body, UploadBody.read(new ByteArrayInputStream(body), null, 100));
        assertEquals(0, UploadBody.read(null, null, 100).length);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("nothing may be read");
            }
        };
        assertThrows(UploadBody.TooLarge.class, () -> UploadBody.read(untouchable, "52428800", 100));
    }

    @Test
    void anUndeclaredBodyIsReadOnlyJustPastTheLimit() {
        int[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'a';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                served[0] += length;
                return length;
            }
        };
        assertThrows(UploadBody.TooLarge.class, () -> UploadBody.read(endless, "not a number", 100_000));
        assertTrue(served[0] < 100_000 + 32 * 1024, "read " + served[0] + " bytes");
    }
}
