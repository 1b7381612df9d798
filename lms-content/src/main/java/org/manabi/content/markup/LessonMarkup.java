package org.manabi.content.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Turns lesson Markdown into HTML that is safe to put in a page, and into plain text for search.
 * Safety does not depend on a later sanitizer: raw HTML is escaped, links other than https, http and
 * mailto are turned back into their text, and images are replaced by their alt text, all on the
 * parsed tree before anything is rendered. Thread-safe; one instance can serve the whole application.
 */
public final class LessonMarkup {

    private static final List<String> ALLOWED_SCHEMES = List.of("https:", "http:", "mailto:");

    private final Parser parser;
    private final HtmlRenderer html;
    private final TextContentRenderer text;

    public LessonMarkup() {
        List<Extension> extensions = List.of(FuriganaExtension.create());
        parser = Parser.builder().extensions(extensions).postProcessor(LessonMarkup::makeSafe).build();
        html = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Link) {
                        attributes.put("rel", "nofollow noopener noreferrer");
                    }
                })
                .build();
        text = TextContentRenderer.builder().extensions(extensions).build();
    }

    public String toHtml(String markdown) {
        return html.render(parser.parse(markdown));
    }

    /** The words a reader sees, without markup; furigana as "漢字(かんじ)" and links as their text. */
    public String toPlainText(String markdown) {
        Node document = parser.parse(markdown);
        for (Link link : find(document, Link.class)) {
            unwrap(link);
        }
        return text.render(document);
    }

    static boolean allowedDestination(String destination) {
        String lower = destination.toLowerCase(Locale.ROOT);
        return ALLOWED_SCHEMES.stream().anyMatch(lower::startsWith);
    }

    private static Node makeSafe(Node document) {
        for (Image image : find(document, Image.class)) {
            unwrap(image);
        }
        for (Link link : find(document, Link.class)) {
            if (!allowedDestination(link.getDestination())) {
                unwrap(link);
            }
        }
        return document;
    }

    /** Replaces a node with its children, so a link or image leaves only its text behind. */
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    private static <T extends Node> List<T> find(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                collect(link);
            }

            @Override
            public void visit(Image image) {
                collect(image);
            }

            private void collect(Node node) {
                if (type.isInstance(node)) {
                    found.add(type.cast(node));
                }
                visitChildren(node);
            }
        });
        return found;
    }
}
