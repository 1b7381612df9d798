package org.manabi.web.catalog;

/**
 * A course in the editor: where it stands and the content of its draft (or, when it has none, of
 * its published version, which saving turns into a new draft).
 */
public record AuthoringCourseView(long id, String code, String status, boolean hasDraft, boolean published,
                                  int versionNumber, CourseRequest course) {
}
