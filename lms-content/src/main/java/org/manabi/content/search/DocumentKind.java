package org.manabi.content.search;

/** Whether a search document is a whole course or one lesson of it. */
public enum DocumentKind {
    COURSE,
    LESSON
}
