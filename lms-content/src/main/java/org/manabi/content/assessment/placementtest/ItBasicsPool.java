package org.manabi.content.assessment.placementtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.assessment.item.Option;
import org.manabi.content.assessment.placement.PlacementItem;
import org.manabi.content.assessment.placement.PlacementScale;
import org.manabi.content.assessment.placement.Skill;
import org.manabi.content.catalog.Level;

/**
 * The IT basics bank: the single-choice items of the bundled IT Passport practice set, with the
 * difficulty written in the data. Only single choice is used, so every item of the test is answered
 * the same way (one option) and has the same guessing floor (four options, 1/4); the other types
 * (ordering, matching, numbers ...) stay practice items. The level of an item is the scale's level
 * nearest its difficulty.
 */
final class ItBasicsPool {

    static final String RESOURCE = "org/manabi/samples/assessment/itp-practice.json";

    private ItBasicsPool() {
    }

    static List<PlacementItem> fromSamples(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return read(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<PlacementItem> read(JsonObject root) {
        PlacementScale scale = PlacementScale.IT_BASICS;
        List<PlacementItem> bank = new ArrayList<>();
        for (JsonValue setValue : root.getJsonArray("sets")) {
            JsonObject set = setValue.asJsonObject();
            Skill skill = Skill.valueOf(set.getString("skill").toUpperCase(Locale.ROOT));
            for (JsonValue itemValue : set.getJsonArray("items")) {
                JsonObject item = itemValue.asJsonObject();
                if (!"SINGLE_CHOICE".equals(item.getString("type"))) {
                    continue;
                }
                List<Option> options = item.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                        .map(o -> new Option(o.getString("id"), o.getString("text"))).toList();
                double difficulty = item.getJsonNumber("difficulty").doubleValue();
                bank.add(new PlacementItem(item.getString("key"), skill, nearest(scale, difficulty), difficulty,
                        new ItemBody.SingleChoice(item.getString("prompt"), options, item.getString("correctId"))));
            }
        }
        return List.copyOf(bank);
    }

    private static Level nearest(PlacementScale scale, double difficulty) {
        Level best = null;
        double distance = Double.POSITIVE_INFINITY;
        for (Map.Entry<Level, Double> level : scale.levels().entrySet()) {
            double d = Math.abs(level.getValue() - difficulty);
            if (d < distance) {
                best = level.getKey();
                distance = d;
            }
        }
        return best;
    }
}
