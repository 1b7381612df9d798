package org.manabi.content.search;

import java.util.List;

/**
 * One result. The snippet comes as parts, some marked as matches, so the UI can show the marks
 * without ever treating indexed text as HTML.
 */
public record SearchHit(
        String id,
        DocumentKind kind,
        long courseId,
        Long lessonId,
        String courseCode,
        String title,
        String courseTitle,
        String category,
        String level,
        String language,
        double estimatedHours,
        List<SnippetPart> snippet,
        float score) {

    public SearchHit {
        snippet = List.copyOf(snippet);
    }

    /** A run of snippet text; {@code match} when it is (part of) what the query found. */
    public record SnippetPart(String text, boolean match) {
    }
}
