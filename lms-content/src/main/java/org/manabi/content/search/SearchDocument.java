package org.manabi.content.search;

import java.util.List;

/**
 * What the search index holds for one course or one lesson. The index is derived data: a document
 * is replaced whole by its {@link #id()}, and the whole index can be rebuilt from the database.
 *
 * @param id              stable and unique: {@code course:<courseId>} or {@code lesson:<lessonId>}
 * @param courseId        the course the document belongs to (its own id for a course)
 * @param lessonId        the lesson's id, or null for a course
 * @param title           the course or lesson title
 * @param text            the searchable body: summary, objectives and tags for a course; the
 *                        lesson's plain text (Markdown and furigana stripped) for a lesson
 * @param courseTitle     the course's title (equal to {@code title} for a course)
 * @param category        a {@code Category} name
 * @param level           a {@code Level} name
 * @param language        ja, en, vi, id, tl or my
 * @param estimatedHours  the course's length, for the length facet
 * @param publishedToAll  true when learners may see it; false for drafts and archived courses
 * @param authorIds       accounts that may see it even when it is not published
 */
public record SearchDocument(
        String id,
        DocumentKind kind,
        long courseId,
        Long lessonId,
        String courseCode,
        String title,
        String text,
        String courseTitle,
        String category,
        String level,
        String language,
        List<String> tags,
        double estimatedHours,
        boolean publishedToAll,
        List<Long> authorIds) {

    public SearchDocument {
        tags = List.copyOf(tags);
        authorIds = List.copyOf(authorIds);
    }

    public static String courseId(long courseId) {
        return "course:" + courseId;
    }

    public static String lessonId(long lessonId) {
        return "lesson:" + lessonId;
    }
}
