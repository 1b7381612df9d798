package org.manabi.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The style sheet's blocks are balanced. Features append their own sections to app.css, and a
 * merge once left a block open, which silently swallowed every rule after it into a media query.
 */
class StyleSheetTest {

    @Test
    void everyBlockIsClosed() throws IOException {
        String css = Files.readString(Path.of("src/main/webapp/assets/app.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                fail("a '}' closes nothing at line " + line + " (comments removed)");
            }
        }
        assertEquals(0, depth, "blocks left open at the end of app.css");
    }
}
