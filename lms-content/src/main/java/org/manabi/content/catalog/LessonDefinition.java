package org.manabi.content.catalog;

import java.time.OffsetDateTime;

/**
 * One lesson. Which of the optional parts must be present depends on the kind (see
 * {@link DefinitionCheck}): TEXT needs {@code body}; VIDEO needs {@code reference} (a video asset
 * id); QUIZ needs {@code reference} (an assessment id); FILE needs {@code file}; LINK needs
 * {@code url}; LIVE needs {@code startsAt} and {@code url}.
 *
 * @param body      Markdown with furigana, for TEXT lessons (other kinds may carry an introduction)
 * @param minutes   how long the lesson takes, at least 1
 * @param reference the id of a video asset or an assessment; null for other kinds
 * @param file      the attached file, for FILE lessons; null otherwise
 * @param url       an https (or http) address, for LINK and LIVE lessons
 * @param startsAt  when a LIVE session starts
 */
public record LessonDefinition(
        LessonKind kind,
        String title,
        String body,
        int minutes,
        String reference,
        LessonFile file,
        String url,
        OffsetDateTime startsAt) {

    public static LessonDefinition text(String title, String body, int minutes) {
        return new LessonDefinition(LessonKind.TEXT, title, body, minutes, null, null, null, null);
    }
}
