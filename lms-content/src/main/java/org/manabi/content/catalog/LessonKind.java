package org.manabi.content.catalog;

/**
 * What a lesson is. Video and quiz lessons only refer to an asset by id: the video and assessment
 * features own those assets. Stored by name: never rename a constant.
 */
public enum LessonKind {
    /** Markdown with furigana ({@code {漢字|かんじ}}), rendered safely. */
    TEXT,
    /** Refers to a video asset by its id. */
    VIDEO,
    /** Refers to an assessment by its id. */
    QUIZ,
    /** A file the learner downloads. */
    FILE,
    /** A link to another site. */
    LINK,
    /** A live session at a date and time, with a link to join. */
    LIVE
}
