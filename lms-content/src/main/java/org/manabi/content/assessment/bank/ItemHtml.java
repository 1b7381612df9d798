package org.manabi.content.assessment.bank;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.regex.Pattern;
import org.manabi.content.markup.LessonMarkup;

/**
 * Adds rendered HTML next to each Markdown text of an item's JSON (presented or stored form):
 * {@code prompt} gets {@code promptHtml}, an option's {@code text} gets {@code html}, and so on,
 * rendered by {@link LessonMarkup} like lessons, so furigana and escaping are the same. Blank
 * markers {@code {{n}}} become numbered placeholders the quiz page puts its inputs against.
 */
public final class ItemHtml {

    private static final LessonMarkup MARKUP = new LessonMarkup();
    private static final Set<String> BLOCK_FIELDS = Set.of("prompt", "passage", "text");
    private static final Set<String> INLINE_FIELDS = Set.of("word");
    private static final Pattern WRAPPING_PARAGRAPH = Pattern.compile("(?s)^<p>(.*)</p>\\s*$");
    private static final Pattern MARKER = Pattern.compile("\\{\\{(\\d{1,3})}}");

    private ItemHtml() {
    }

    public static JsonObject withHtml(JsonObject item) {
        JsonObjectBuilder b = Json.createObjectBuilder(item);
        boolean option = item.containsKey("id") && item.containsKey("text");
        item.forEach((key, value) -> {
            if (value instanceof JsonString s) {
                if (option && key.equals("text")) {
                    b.add("html", inline(s.getString()));
                } else if (BLOCK_FIELDS.contains(key)) {
                    b.add(key + "Html", markers(MARKUP.toHtml(s.getString())));
                } else if (INLINE_FIELDS.contains(key)) {
                    b.add(key + "Html", inline(s.getString()));
                }
            } else if (value instanceof JsonObject o) {
                b.add(key, withHtml(o));
            } else if (value instanceof JsonArray a) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                for (JsonValue v : a) {
                    array.add(v instanceof JsonObject o ? withHtml(o) : v);
                }
                b.add(key, array);
            }
        });
        return b.build();
    }

    /** Markdown as HTML, rendered like lesson text. */
    public static String block(String markdown) {
        return markers(MARKUP.toHtml(markdown));
    }

    /** One paragraph without its {@code <p>}, for options and words shown inline. */
    public static String inline(String markdown) {
        String html = MARKUP.toHtml(markdown).strip();
        var m = WRAPPING_PARAGRAPH.matcher(html);
        return m.matches() && !m.group(1).contains("<p>") ? m.group(1) : html;
    }

    private static String markers(String html) {
        return MARKER.matcher(html).replaceAll("<span class=\"blank-marker\" data-blank=\"$1\">($1)</span>");
    }
}
