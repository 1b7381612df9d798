package org.manabi.content.assessment.bank;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.assessment.item.Option;
import org.manabi.content.assessment.item.PresentedItem;
import org.manabi.content.assessment.item.Response;

/**
 * Item bodies, responses and presented items as JSON, written by hand with JSON-P. The field names
 * are the record component names, so the stored form reads like the records; a sub-item carries
 * its own {@code type}, since an {@link ItemBody} alone does not say which record it is.
 *
 * <p>Written by hand rather than with JSON-B so that the stored form is fixed here, not by a
 * binding library's defaults, and so that a response is read by the type of the item it answers:
 * a response never names its own type, and one that does not fit becomes a response the grader
 * marks malformed rather than an error.
 */
public final class ItemJson {

    private ItemJson() {
    }

    /** Thrown for a body that is not valid JSON or not a valid item; the message names the field. */
    public static final class InvalidItem extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidItem(String message) {
            super(message);
        }
    }

    // ---- bodies ----

    public static String write(ItemBody body) {
        return body(body).toString();
    }

    public static JsonObject body(ItemBody body) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("prompt", body.prompt());
        if (body instanceof ItemBody.SingleChoice i) {
            b.add("options", options(i.options())).add("correctId", i.correctId());
        } else if (body instanceof ItemBody.MultipleChoice i) {
            b.add("options", options(i.options())).add("correctIds", strings(i.correctIds()));
        } else if (body instanceof ItemBody.TrueFalse i) {
            b.add("answer", i.answer());
        } else if (body instanceof ItemBody.FillInBlank i) {
            JsonArrayBuilder blanks = Json.createArrayBuilder();
            i.blanks().forEach(blank -> blanks.add(Json.createObjectBuilder().add("accepted", strings(blank.accepted()))));
            b.add("text", i.text()).add("blanks", blanks);
        } else if (body instanceof ItemBody.ShortText i) {
            b.add("accepted", strings(i.accepted())).add("manualReview", i.manualReview());
        } else if (body instanceof ItemBody.Ordering i) {
            b.add("items", options(i.items()));
        } else if (body instanceof ItemBody.Matching i) {
            JsonArrayBuilder pairs = Json.createArrayBuilder();
            i.pairs().forEach(p -> pairs.add(Json.createObjectBuilder().add("left", option(p.left()))
                    .add("right", option(p.right()))));
            b.add("pairs", pairs).add("distractors", options(i.distractors()));
        } else if (body instanceof ItemBody.Numeric i) {
            b.add("value", i.value()).add("tolerance", i.tolerance());
            if (i.unit() != null) {
                b.add("unit", i.unit());
            }
        } else if (body instanceof ItemBody.KanjiReading i) {
            b.add("word", i.word()).add("readings", strings(i.readings()));
        } else if (body instanceof ItemBody.ReadingPassage i) {
            b.add("passage", i.passage()).add("items", subItems(i.items()));
        } else if (body instanceof ItemBody.Listening i) {
            b.add("audio", i.audio()).add("items", subItems(i.items()));
        }
        return b.build();
    }

    /** Reads a body stored or sent under its type name. */
    public static ItemBody read(String type, String json) {
        return read(type, parse(json).asJsonObject());
    }

    public static ItemBody read(String type, JsonObject o) {
        try {
            ItemBody.classOf(type);
            return switch (type) {
                case "SINGLE_CHOICE" -> new ItemBody.SingleChoice(text(o, "prompt"), options(o, "options"),
                        text(o, "correctId"));
                case "MULTIPLE_CHOICE" -> new ItemBody.MultipleChoice(text(o, "prompt"), options(o, "options"),
                        strings(o, "correctIds"));
                case "TRUE_FALSE" -> new ItemBody.TrueFalse(text(o, "prompt"), bool(o, "answer"));
                case "FILL_IN_BLANK" -> new ItemBody.FillInBlank(text(o, "prompt"), text(o, "text"),
                        objects(o, "blanks").stream().map(blank -> new ItemBody.Blank(strings(blank, "accepted")))
                                .toList());
                case "SHORT_TEXT" -> new ItemBody.ShortText(text(o, "prompt"), strings(o, "accepted"),
                        bool(o, "manualReview"));
                case "ORDERING" -> new ItemBody.Ordering(text(o, "prompt"), options(o, "items"));
                case "MATCHING" -> new ItemBody.Matching(text(o, "prompt"), objects(o, "pairs").stream()
                        .map(p -> new ItemBody.Pair(option(p.get("left")), option(p.get("right")))).toList(),
                        options(o, "distractors"));
                case "NUMERIC" -> new ItemBody.Numeric(text(o, "prompt"), number(o, "value"), number(o, "tolerance"),
                        text(o, "unit"));
                case "KANJI_READING" -> new ItemBody.KanjiReading(text(o, "prompt"), text(o, "word"),
                        strings(o, "readings"));
                case "READING_PASSAGE" -> new ItemBody.ReadingPassage(text(o, "prompt"), text(o, "passage"),
                        subItems(o));
                case "LISTENING" -> new ItemBody.Listening(text(o, "prompt"), text(o, "audio"), subItems(o));
                default -> throw new InvalidItem("type: unknown item type '" + type + "'");
            };
        } catch (ClassCastException | NullPointerException e) {
            throw new InvalidItem("body: a field has the wrong JSON type (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw e instanceof InvalidItem invalid ? invalid : new InvalidItem(e.getMessage());
        }
    }

    // ---- responses ----

    /**
     * The response to an item of this type, read from what the browser sent. Never throws: a value
     * of the wrong shape becomes an empty response of the right shape, which grades as wrong, or a
     * {@link Response.Text} that no choice item accepts, which grades as malformed.
     */
    public static Response response(String type, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (type) {
            case "SINGLE_CHOICE" -> value instanceof JsonString s ? new Response.Choice(s.getString())
                    : new Response.Text(value.toString());
            case "MULTIPLE_CHOICE" -> new Response.Choices(stringList(value));
            case "TRUE_FALSE" -> new Response.TrueOrFalse(value == JsonValue.TRUE ? Boolean.TRUE
                    : value == JsonValue.FALSE ? Boolean.FALSE : null);
            case "FILL_IN_BLANK" -> new Response.Blanks(stringList(value));
            case "ORDERING" -> new Response.Order(stringList(value));
            case "MATCHING" -> {
                Map<String, String> pairs = new LinkedHashMap<>();
                if (value instanceof JsonObject o) {
                    o.forEach((k, v) -> {
                        if (v instanceof JsonString s) {
                            pairs.put(k, s.getString());
                        }
                    });
                }
                yield new Response.Matches(pairs);
            }
            case "NUMERIC" -> new Response.NumberText(value instanceof JsonString s ? s.getString()
                    : value instanceof JsonNumber n ? n.toString() : "");
            case "READING_PASSAGE", "LISTENING" -> new Response.Parts(List.of());
            default -> new Response.Text(value instanceof JsonString s ? s.getString() : "");
        };
    }

    /** A passage or listening response: each part read by its sub-item's type. */
    public static Response response(ItemBody body, JsonValue value) {
        List<ItemBody.SubItem> subs = body instanceof ItemBody.ReadingPassage p ? p.items()
                : body instanceof ItemBody.Listening l ? l.items() : null;
        if (subs == null || value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return response(body.type(), value);
        }
        if (!(value instanceof JsonArray array)) {
            return new Response.Parts(List.of());
        }
        List<Response> parts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            // A part beyond the sub-items is kept so the grader sees it and flags the response.
            String partType = i < subs.size() ? subs.get(i).body().type() : "SHORT_TEXT";
            parts.add(response(partType, array.get(i)));
        }
        return new Response.Parts(parts);
    }

    /** The answer as the browser sent it, stored so that it can be shown again and regraded. */
    public static String write(JsonValue answer) {
        return answer == null ? null : answer.toString();
    }

    public static JsonValue parse(String json) {
        if (json == null) {
            return JsonValue.NULL;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new InvalidItem("body: not valid JSON");
        }
    }

    // ---- presented items ----

    /** The answer-free form for the browser, with its {@code type}. */
    public static JsonObject presented(PresentedItem item) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", item.type()).add("prompt", item.prompt());
        if (item instanceof PresentedItem.SingleChoice i) {
            b.add("options", options(i.options()));
        } else if (item instanceof PresentedItem.MultipleChoice i) {
            b.add("options", options(i.options()));
        } else if (item instanceof PresentedItem.FillInBlank i) {
            b.add("text", i.text()).add("blanks", i.blanks());
        } else if (item instanceof PresentedItem.Ordering i) {
            b.add("items", options(i.items()));
        } else if (item instanceof PresentedItem.Matching i) {
            b.add("left", options(i.left())).add("right", options(i.right()));
        } else if (item instanceof PresentedItem.Numeric i) {
            if (i.unit() != null) {
                b.add("unit", i.unit());
            }
        } else if (item instanceof PresentedItem.KanjiReading i) {
            b.add("word", i.word());
        } else if (item instanceof PresentedItem.ReadingPassage i) {
            b.add("passage", i.passage()).add("items", parts(i.items()));
        } else if (item instanceof PresentedItem.Listening i) {
            b.add("audio", i.audio()).add("items", parts(i.items()));
        }
        return b.build();
    }

    private static JsonArrayBuilder parts(List<PresentedItem.Part> parts) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        parts.forEach(p -> array.add(Json.createObjectBuilder().add("points", p.points())
                .add("item", presented(p.item()))));
        return array;
    }

    // ---- helpers ----

    private static JsonArrayBuilder options(List<Option> options) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        options.forEach(o -> array.add(option(o)));
        return array;
    }

    private static JsonObjectBuilder option(Option o) {
        return Json.createObjectBuilder().add("id", o.id()).add("text", o.text());
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder subItems(List<ItemBody.SubItem> items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(s -> array.add(Json.createObjectBuilder().add("points", s.points())
                .add("type", s.body().type()).add("body", body(s.body()))));
        return array;
    }

    private static List<ItemBody.SubItem> subItems(JsonObject o) {
        List<ItemBody.SubItem> items = new ArrayList<>();
        for (JsonObject s : objects(o, "items")) {
            JsonObject body = s.getJsonObject("body");
            if (body == null) {
                throw new InvalidItem("SubItem.body: must be given");
            }
            items.add(new ItemBody.SubItem(s.getInt("points", 1), read(text(s, "type"), body)));
        }
        return items;
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static boolean bool(JsonObject o, String name) {
        return o.getBoolean(name, false);
    }

    private static double number(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonNumber n) {
            return n.doubleValue();
        }
        throw new InvalidItem(name + ": must be a number");
    }

    private static List<String> strings(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : stringList(v);
    }

    private static List<String> stringList(JsonValue v) {
        List<String> values = new ArrayList<>();
        if (v instanceof JsonArray array) {
            for (JsonValue e : array) {
                values.add(e instanceof JsonString s ? s.getString() : "");
            }
        }
        return values;
    }

    private static List<JsonObject> objects(JsonObject o, String name) {
        JsonValue v = o.get(name);
        List<JsonObject> values = new ArrayList<>();
        if (v instanceof JsonArray array) {
            for (JsonValue e : array) {
                if (!(e instanceof JsonObject object)) {
                    throw new InvalidItem(name + ": each entry must be an object");
                }
                values.add(object);
            }
        }
        return values;
    }

    private static List<Option> options(JsonObject o, String name) {
        return objects(o, name).stream().map(ItemJson::option).toList();
    }

    private static Option option(JsonValue v) {
        if (!(v instanceof JsonObject o)) {
            throw new InvalidItem("option: must be an object with id and text");
        }
        return new Option(text(o, "id"), text(o, "text"));
    }
}
