package org.manabi.content.search;

/** The length facet: a course's estimated hours, in four bands. */
public enum LengthBucket {
    /** Under 2 hours. */
    SHORT,
    /** 2 to under 10 hours. */
    MEDIUM,
    /** 10 to under 40 hours. */
    LONG,
    /** 40 hours or more. */
    PROGRAMME;

    public static LengthBucket of(double hours) {
        if (hours < 2) {
            return SHORT;
        }
        if (hours < 10) {
            return MEDIUM;
        }
        return hours < 40 ? LONG : PROGRAMME;
    }
}
