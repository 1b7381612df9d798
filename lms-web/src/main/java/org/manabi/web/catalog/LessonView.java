package org.manabi.web.catalog;

import java.time.OffsetDateTime;

/**
 * One lesson to read. {@code html} is rendered on the server from Markdown with raw HTML escaped
 * and only safe links, so the browser may insert it as HTML.
 *
 * @param fileHref where a FILE lesson's file downloads from, or null
 */
public record LessonView(long id, long courseId, String courseTitle, String sectionTitle, String kind, String title,
                         int minutes, String html, String reference, String url, OffsetDateTime startsAt,
                         String fileName, String fileMediaType, Long fileSize, String fileHref, boolean completed,
                         Long previousLessonId, Long nextLessonId, int position, int lessonCount) {
}
