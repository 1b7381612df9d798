package org.manabi.content.assessment.qti;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.manabi.content.assessment.qti.Xml.Element;
import org.manabi.content.assessment.qti.Xml.Node;
import org.manabi.content.assessment.qti.Xml.Text;

/**
 * QTI's XHTML content turned into the Markdown that items hold. Paragraphs, line breaks, lists,
 * headings, bold and italic are kept; {@code <ruby>} becomes the furigana syntax
 * {@code {漢字|かんじ}}; other markup is dropped and its text kept. What carries content that
 * cannot be kept (images, media, MathML, feedback, tables laid out as rows) is dropped with a note.
 * Text is escaped so that a {@code *} or a {@code {} in the source stays a character.
 */
final class BodyText {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n]+");
    private static final String MATHML = "http://www.w3.org/1998/Math/MathML";
    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "address", "pre", "center", "dl",
            "dt", "dd", "caption", "hr", "itemBody", "simpleChoice", "simpleAssociableChoice", "prompt", "li");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> MEDIA = Set.of("img", "object", "audio", "video", "embed", "iframe", "source",
            "track", "param");
    private static final Set<String> FEEDBACK = Set.of("feedbackInline", "feedbackBlock", "modalFeedback");
    private static final Set<String> TEMPLATE = Set.of("templateInline", "templateBlock", "printedVariable");
    static final Set<String> INLINE_INTERACTIONS = Set.of("textEntryInteraction", "inlineChoiceInteraction",
            "endAttemptInteraction");

    private final Findings findings;
    private final Function<Element, String> interactions;
    private final List<String> blocks = new ArrayList<>();
    private StringBuilder current = new StringBuilder();

    /**
     * @param interactions gives the text that stands for an interaction met in the content (a blank
     *                     marker, the interaction's prompt), or null to leave nothing in its place
     */
    private BodyText(Findings findings, Function<Element, String> interactions) {
        this.findings = findings;
        this.interactions = interactions;
    }

    /** The content of the element as Markdown blocks (paragraphs, list items, headings). */
    static List<String> blocks(Element element, Findings findings, Function<Element, String> interactions) {
        BodyText body = new BodyText(findings, interactions);
        body.children(element);
        body.flush();
        return body.blocks;
    }

    /** The content of the element as one Markdown string; blank when it holds no text. */
    static String markdown(Element element, Findings findings) {
        return String.join("\n\n", blocks(element, findings, e -> null));
    }

    private void children(Element element) {
        for (Node child : element.children()) {
            node(child);
        }
    }

    private void node(Node node) {
        if (node instanceof Text text) {
            current.append(escape(SPACES.matcher(text.value()).replaceAll(" ")));
            return;
        }
        Element e = (Element) node;
        String name = e.name();
        if (MATHML.equals(e.namespace())) {
            findings.note(e.line(), "MathNotImported", "MathML is not imported; its text is dropped");
            return;
        }
        if (name.endsWith("Interaction")) {
            String replacement = interactions.apply(e);
            if (INLINE_INTERACTIONS.contains(name)) {
                if (replacement != null) {
                    current.append(replacement);
                }
            } else {
                flush();
                if (replacement != null && !replacement.isBlank()) {
                    blocks.add(replacement);
                }
            }
            return;
        }
        if (MEDIA.contains(name)) {
            String source = e.attr("src") != null ? e.attr("src") : e.attr("data");
            findings.note(e.line(), "MediaNotImported", "<" + name + ">" + (source == null ? "" : " " + Xml.shown(source))
                    + " is not imported");
            return;
        }
        if (FEEDBACK.contains(name)) {
            findings.note(e.line(), "FeedbackNotImported", "feedback (" + name + ") is not imported");
            return;
        }
        if (TEMPLATE.contains(name) || name.equals("rubricBlock") || name.equals("stylesheet")) {
            findings.note(e.line(), "NotImported", "<" + name + "> is not imported");
            return;
        }
        switch (name) {
            case "br" -> current.append('\n');
            case "b", "strong" -> wrapped(e, "**");
            case "i", "em" -> wrapped(e, "*");
            case "ruby" -> ruby(e);
            case "rt", "rp" -> {
                // A reading outside <ruby> has nothing to stand over.
            }
            case "ul", "ol" -> list(e, name.equals("ol"));
            case "table" -> {
                findings.note(e.line(), "TableFlattened", "a table is imported as one paragraph per row");
                table(e);
            }
            default -> {
                if (HEADINGS.contains(name)) {
                    flush();
                    current.append("#".repeat(name.charAt(1) - '0')).append(' ');
                    children(e);
                    flush();
                } else if (BLOCKS.contains(name)) {
                    flush();
                    children(e);
                    flush();
                } else {
                    children(e);
                }
            }
        }
    }

    private void wrapped(Element e, String marker) {
        StringBuilder outer = current;
        current = new StringBuilder();
        children(e);
        String inner = current.toString();
        current = outer;
        String stripped = inner.strip();
        if (stripped.isEmpty() || stripped.contains("\n")) {
            current.append(inner);
            return;
        }
        if (inner.startsWith(" ")) {
            current.append(' ');
        }
        current.append(marker).append(stripped).append(marker);
        if (inner.endsWith(" ")) {
            current.append(' ');
        }
    }

    private void list(Element e, boolean numbered) {
        flush();
        int number = 1;
        for (Element item : e.elements("li")) {
            flush();
            current.append(numbered ? number++ + ". " : "- ");
            children(item);
            flush();
        }
    }

    private void table(Element table) {
        flush();
        table.descendants().filter(d -> d.name().equals("tr")).forEach(row -> {
            flush();
            List<String> cells = new ArrayList<>();
            row.elements().filter(c -> c.name().equals("td") || c.name().equals("th")).forEach(cell -> {
                StringBuilder outer = current;
                current = new StringBuilder();
                children(cell);
                cells.add(SPACES.matcher(current.toString()).replaceAll(" ").strip());
                current = outer;
            });
            current.append(String.join(" / ", cells));
            flush();
        });
    }

    /**
     * {@code <ruby>漢字<rt>かんじ</rt></ruby>} and {@code <ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>}
     * become {@code {漢字|かんじ}} and {@code {漢|かん}{字|じ}}; {@code <rb>} and {@code <rp>} are
     * understood. A base or reading with characters the furigana syntax reserves is kept as
     * "base (reading)".
     */
    private void ruby(Element ruby) {
        StringBuilder base = new StringBuilder();
        for (Node child : ruby.children()) {
            if (child instanceof Text text) {
                base.append(text.value());
            } else if (child instanceof Element e) {
                switch (e.name()) {
                    case "rt" -> {
                        furigana(base.toString(), e.text());
                        base.setLength(0);
                    }
                    case "rp" -> {
                        // Parentheses for browsers without ruby support.
                    }
                    default -> base.append(e.text());
                }
            }
        }
        if (!base.toString().isBlank()) {
            current.append(escape(SPACES.matcher(base).replaceAll(" ")));
        }
    }

    private void furigana(String rawBase, String rawReading) {
        String base = SPACES.matcher(rawBase).replaceAll("").strip();
        String reading = SPACES.matcher(rawReading).replaceAll("").strip();
        if (base.isEmpty()) {
            return;
        }
        if (reading.isEmpty()) {
            current.append(escape(base));
        } else if (reserved(base) || reserved(reading)) {
            current.append(escape(base)).append(" (").append(escape(reading)).append(')');
        } else {
            current.append('{').append(base).append('|').append(reading).append('}');
        }
    }

    private static boolean reserved(String text) {
        return text.chars().anyMatch(c -> "{}|\\`*_[]<>".indexOf(c) >= 0);
    }

    private void flush() {
        String[] lines = current.toString().split("\n", -1);
        current.setLength(0);
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                kept.add(stripped);
            }
        }
        if (!kept.isEmpty()) {
            // A backslash at the end of a line is a hard line break in CommonMark.
            blocks.add(String.join("\\\n", kept));
        }
    }

    /** Characters that Markdown or the furigana syntax would read as markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]{}<>|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

}
