package org.manabi.content.catalog;

/**
 * Fired after a transaction that changed a course (created, edited, published, archived) commits,
 * for features that keep derived data such as the search index.
 */
public record CourseChanged(long courseId) {
}
