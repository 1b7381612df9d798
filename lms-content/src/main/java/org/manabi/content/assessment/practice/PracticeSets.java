package org.manabi.content.assessment.practice;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.manabi.content.assessment.bank.BankItemDefinition;
import org.manabi.content.assessment.bank.ItemJson;

/**
 * Practice sets written as data ({@code manabi-items/1}): each set becomes a quiz of its items.
 * The IT Passport practice sets in {@code content-samples} are the first. An item is the bank's own
 * JSON form of its type ({@link ItemJson}) with a key, a topic, a difficulty and an explanation.
 */
public final class PracticeSets {

    static final String FORMAT = "manabi-items/1";
    /** The IT Passport practice sets in {@code content-samples}. */
    public static final String ITP_PRACTICE = "org/manabi/samples/assessment/itp-practice.json";

    /** One set: its quiz code and title, the skill all its items exercise, and the items. */
    public record PracticeSet(String code, String title, String skill, List<PracticeItem> items) {

        public PracticeSet {
            items = List.copyOf(items);
        }
    }

    /**
     * One item with its stable key (for tags and later updates), the explanation shown after
     * answering (which the bank does not hold yet), and its difficulty on the placement test's
     * logit scale (the bank keeps it as 1 to 5).
     */
    public record PracticeItem(String key, BankItemDefinition definition, String explanation, double logitDifficulty) {
    }

    private PracticeSets() {
    }

    /** The sets in a file; a malformed file is a bug in the bundled data, so it fails loudly. */
    public static List<PracticeSet> read(InputStream json, String level) {
        try (JsonReader reader = Json.createReader(new InputStreamReader(json, StandardCharsets.UTF_8))) {
            JsonObject root = reader.readObject();
            if (!FORMAT.equals(root.getString("format", null))) {
                throw new IllegalArgumentException("not a " + FORMAT + " file");
            }
            List<PracticeSet> sets = new ArrayList<>();
            for (JsonObject set : root.getJsonArray("sets").getValuesAs(JsonObject.class)) {
                String skill = set.getString("skill");
                List<PracticeItem> items = new ArrayList<>();
                for (JsonObject item : set.getJsonArray("items").getValuesAs(JsonObject.class)) {
                    String key = item.getString("key");
                    try {
                        double logit = item.getJsonNumber("difficulty").doubleValue();
                        items.add(new PracticeItem(key, new BankItemDefinition(ItemJson.read(item.getString("type"), item), skill,
                                List.of(set.getString("code"), tag(item.getString("topic")), key), level,
                                difficulty(logit)), item.getString("explanation", null), logit));
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("item " + key + ": " + e.getMessage(), e);
                    }
                }
                sets.add(new PracticeSet(set.getString("code"), set.getString("title"), skill, items));
            }
            return sets;
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    /** The sets in a file on the class path. */
    public static List<PracticeSet> readResource(ClassLoader loader, String resource, String level) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return read(in, level);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bank's 1 (easy) to 5 (hard) from a difficulty on the logit scale the placement test
     * uses (about -1.5 to 1.5 for these items), in steps of 0.75.
     */
    static int difficulty(double logit) {
        return (int) Math.max(1, Math.min(5, Math.round((logit + 1.5) / 0.75) + 1));
    }

    /** A topic as a bank tag: the bank takes no spaces ("critical path" becomes "critical-path"). */
    static String tag(String topic) {
        return topic.strip().replaceAll("\\s+", "-");
    }
}
