package org.manabi.content.library;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hand-written course packages in content-samples, stored unzipped under
 * {@code org/manabi/samples/packages/<folder>/}. A class path cannot list a folder (inside a JAR
 * there is no directory listing to rely on), so {@code index.txt} names the folders, one a line.
 * {@link #zip} packs a folder the way an instructor would upload it, so the bundled library goes
 * through the same import and the same checks as any other package.
 */
public final class BundledPackages {

    public static final String BASE = "org/manabi/samples/packages/";

    private BundledPackages() {
    }

    /** The package folder names, in the order of {@code index.txt}. */
    public static List<String> names(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                open(loader, BASE + "index.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The paths a package's manifest names (its {@code file} entries), in manifest order. */
    public static List<String> files(ClassLoader loader, String name) {
        return namedFiles(read(loader, name, "manifest.json"));
    }

    /** One file of a package, e.g. {@code manifest.json} or {@code lessons/01-greetings.md}. */
    public static byte[] read(ClassLoader loader, String name, String path) {
        try (InputStream in = open(loader, BASE + name + "/" + path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package as a ZIP: the manifest and every file it names. */
    public static byte[] zip(ClassLoader loader, String name) {
        byte[] manifest = read(loader, name, "manifest.json");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest);
            zip.closeEntry();
            for (String path : namedFiles(manifest)) {
                zip.putNextEntry(new ZipEntry(path));
                zip.write(read(loader, name, path));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<String> namedFiles(byte[] manifest) {
        Set<String> files = new LinkedHashSet<>();
        try (JsonReader reader = Json.createReader(new InputStreamReader(
                new ByteArrayInputStream(manifest), StandardCharsets.UTF_8))) {
            JsonObject root = reader.readObject();
            for (JsonValue section : root.getJsonArray("sections")) {
                for (JsonValue lesson : section.asJsonObject().getJsonArray("lessons")) {
                    String file = lesson.asJsonObject().getString("file", null);
                    if (file != null) {
                        files.add(file);
                    }
                }
            }
        }
        return List.copyOf(files);
    }

    private static InputStream open(ClassLoader loader, String path) {
        InputStream in = loader.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing from the class path: " + path
                    + " (is content-samples on it?)");
        }
        return in;
    }
}
