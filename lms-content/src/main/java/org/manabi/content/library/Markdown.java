package org.manabi.content.library;

/** Helpers for writing lesson Markdown from data that may contain Markdown or furigana syntax. */
final class Markdown {

    private static final String SPECIAL = "\\`*_[]{}<>#|~";

    private Markdown() {
    }

    /** The text as literal Markdown: every character with a meaning there is backslash-escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }
}
