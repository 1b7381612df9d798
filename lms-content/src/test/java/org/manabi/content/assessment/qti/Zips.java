package org.manabi.content.assessment.qti;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** ZIPs built in memory for tests, entries in the order given. */
final class Zips {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    Zips add(String name, byte[] content) {
        entries.put(name + "\u0000" + entries.size(), content);
        return this;
    }

    Zips add(String name, String content) {
        return add(name, content.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey().substring(0, entry.getKey().lastIndexOf('\u0000'))));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
