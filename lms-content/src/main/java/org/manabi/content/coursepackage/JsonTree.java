package org.manabi.content.coursepackage;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON read into a small tree that remembers the line of every value, which JSON-P's own tree does
 * not, so a problem found later can still point at its line in the manifest.
 */
final class JsonTree {

    sealed interface Value {
        int line();
    }

    record Member(String name, int line, Value value) {
    }

    record ObjectValue(int line, Map<String, Member> members) implements Value {
    }

    record ArrayValue(int line, List<Value> items) implements Value {
    }

    record StringValue(int line, String value) implements Value {
    }

    record NumberValue(int line, BigDecimal value) implements Value {
    }

    record BooleanValue(int line, boolean value) implements Value {
    }

    record NullValue(int line) implements Value {
    }

    /** A syntax error, with the line where the parser gave up (null if it could not say). */
    static final class SyntaxError extends Exception {

        final Integer line;

        SyntaxError(Integer line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    private final JsonParser parser;
    private final List<Member> duplicates = new ArrayList<>();

    private JsonTree(JsonParser parser) {
        this.parser = parser;
    }

    /** The root value and any member names repeated in one object (which JSON-P lets through). */
    record Parsed(Value root, List<Member> duplicates) {
    }

    static Parsed parse(String text) throws SyntaxError {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            JsonTree tree = new JsonTree(parser);
            if (!parser.hasNext()) {
                throw new SyntaxError(1, "the file is empty");
            }
            Value root = tree.value(parser.next());
            if (parser.hasNext()) {
                parser.next();
                throw new SyntaxError(tree.line(), "unexpected text after the end");
            }
            return new Parsed(root, List.copyOf(tree.duplicates));
        } catch (JsonParsingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new SyntaxError(line > 0 ? (int) line : null, firstLine(e.getMessage()));
        } catch (JsonException e) {
            throw new SyntaxError(null, firstLine(e.getMessage()));
        }
    }

    private Value value(JsonParser.Event event) {
        int line = line();
        return switch (event) {
            case START_OBJECT -> object(line);
            case START_ARRAY -> array(line);
            case VALUE_STRING -> new StringValue(line, parser.getString());
            case VALUE_NUMBER -> new NumberValue(line, parser.getBigDecimal());
            case VALUE_TRUE -> new BooleanValue(line, true);
            case VALUE_FALSE -> new BooleanValue(line, false);
            case VALUE_NULL -> new NullValue(line);
            default -> throw new JsonParsingException("unexpected " + event, parser.getLocation());
        };
    }

    private ObjectValue object(int line) {
        Map<String, Member> members = new LinkedHashMap<>();
        JsonParser.Event event;
        while ((event = parser.next()) != JsonParser.Event.END_OBJECT) {
            String name = parser.getString();
            int nameLine = line();
            Member member = new Member(name, nameLine, value(parser.next()));
            if (members.putIfAbsent(name, member) != null) {
                duplicates.add(member);
            }
        }
        return new ObjectValue(line, members);
    }

    private ArrayValue array(int line) {
        List<Value> items = new ArrayList<>();
        JsonParser.Event event;
        while ((event = parser.next()) != JsonParser.Event.END_ARRAY) {
            items.add(value(event));
        }
        return new ArrayValue(line, items);
    }

    private int line() {
        long line = parser.getLocation().getLineNumber();
        return line > 0 ? (int) line : 1;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not valid JSON";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
