package org.manabi.content.markup;

/** Placeholder until the markup branch lands: escapes everything. */
public final class LessonMarkup {

    private LessonMarkup() {
    }

    public static String toHtml(String markdown) {
        return "<p>" + markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
    }

    public static String toPlainText(String markdown) {
        return markdown;
    }
}
