package org.manabi.content.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Furigana as an inline parser triggered by {@code {}: the core parser has already consumed
 * backslash escapes ({@code \{}) and code spans by the time it gets here, and never runs it in code
 * blocks, so those stay literal without any extra work.
 */
final class FuriganaExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension,
        TextContentRenderer.TextContentRendererExtension {

    private static final int MAX_LENGTH = 200;

    static Extension create() {
        return new FuriganaExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineContentParserFactory(new InlineContentParserFactory() {
            @Override
            public Set<Character> getTriggerCharacters() {
                return Set.of('{');
            }

            @Override
            public InlineContentParser create() {
                return FuriganaExtension::parse;
            }
        });
    }

    /** Anything that is not well-formed furigana is left to be plain text, braces included. */
    private static ParsedInline parse(InlineParserState state) {
        Scanner scanner = state.scanner();
        scanner.next();
        StringBuilder content = new StringBuilder();
        while (true) {
            char c = scanner.peek();
            if (c == '}') {
                scanner.next();
                break;
            }
            if (c == Scanner.END || c == '\n' || c == '{' || c == '\\' || content.length() >= MAX_LENGTH) {
                return ParsedInline.none();
            }
            content.append(c);
            scanner.next();
        }
        List<String> parts = List.of(content.toString().split("\\|", -1));
        if (parts.size() < 2 || parts.stream().anyMatch(String::isBlank)) {
            return ParsedInline.none();
        }
        String base = parts.get(0);
        List<String> readings = new ArrayList<>(parts.subList(1, parts.size()));
        if (readings.size() > 1 && base.codePointCount(0, base.length()) != readings.size()) {
            return ParsedInline.none();
        }
        return ParsedInline.of(new Furigana(base, readings), scanner.position());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(context -> new HtmlFurigana(context));
    }

    @Override
    public void extend(TextContentRenderer.Builder builder) {
        builder.nodeRendererFactory(context -> new TextFurigana(context));
    }

    private record HtmlFurigana(HtmlNodeRendererContext context) implements NodeRenderer {

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Furigana.class);
        }

        @Override
        public void render(Node node) {
            HtmlWriter html = context.getWriter();
            for (String[] pair : ((Furigana) node).pairs()) {
                html.tag("ruby", Map.of());
                html.text(pair[0]);
                html.tag("rp", Map.of());
                html.text("(");
                html.tag("/rp");
                html.tag("rt", Map.of());
                html.text(pair[1]);
                html.tag("/rt");
                html.tag("rp", Map.of());
                html.text(")");
                html.tag("/rp");
                html.tag("/ruby");
            }
        }
    }

    /**
     * Base then the whole reading in parentheses, "日本語(にほんご)": the base stays one word for the
     * tokenizer, and a learner who searches in kana still finds the lesson.
     */
    private record TextFurigana(TextContentNodeRendererContext context) implements NodeRenderer {

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Furigana.class);
        }

        @Override
        public void render(Node node) {
            Furigana furigana = (Furigana) node;
            context.getWriter().write(furigana.base() + "(" + String.join("", furigana.readings()) + ")");
        }
    }
}
