package org.manabi.content.catalog;

/** Where a course is in its life: only published courses are shown to learners. */
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
