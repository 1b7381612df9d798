package org.manabi.content.library;

import org.manabi.content.catalog.Level;

/**
 * One thing a learner can be asked about, taken from a JLPT lesson: a word, a kanji or a grammar
 * point. The assessment feature builds quizzes from these, drawing wrong answers from other items
 * of the same kind and level.
 *
 * @param prompt             what is shown: the word as written, the kanji, or the grammar pattern
 * @param reading            the kana reading of a word (the word itself for a kana-only word), the
 *                           main readings of a kanji ("ニチ、ジツ／ひ"), or null for grammar
 * @param answer             the English meaning
 * @param partOfSpeech       "verb" for a word whose meaning reads "to ...", the grammar point's tag
 *                           where the data has one, otherwise null: the data sets carry no
 *                           part-of-speech field, so this is a hint, not a dictionary fact
 * @param sourceLessonTitle  the title of the lesson the item comes from
 */
public record PracticeItem(
        Kind kind,
        Level level,
        String prompt,
        String reading,
        String answer,
        String partOfSpeech,
        String sourceLessonTitle) {

    /** What an item asks about. */
    public enum Kind {
        VOCAB,
        KANJI,
        GRAMMAR
    }
}
