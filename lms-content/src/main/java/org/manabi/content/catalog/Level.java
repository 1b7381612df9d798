package org.manabi.content.catalog;

/**
 * How hard a course is: a JLPT or JFT-Basic level for Japanese-language courses, otherwise a
 * general step. Stored by name: never rename a constant.
 */
public enum Level {
    JLPT_N5,
    JLPT_N4,
    JLPT_N3,
    JLPT_N2,
    JFT_A1,
    JFT_A2,
    BEGINNER,
    INTERMEDIATE,
    ADVANCED
}
