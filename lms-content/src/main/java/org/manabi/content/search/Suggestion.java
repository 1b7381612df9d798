package org.manabi.content.search;

/** An autocomplete entry: a course or lesson title that starts with (or reads as) what was typed. */
public record Suggestion(String text, DocumentKind kind, long courseId, Long lessonId) {
}
