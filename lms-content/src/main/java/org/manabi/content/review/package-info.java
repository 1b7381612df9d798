/**
 * Spaced repetition of JLPT vocabulary and kanji: the decks a learner can study (one per bundled
 * JLPT vocabulary or kanji course), the learner's cards with their FSRS memory, the append-only
 * log of ratings, and the daily queue (reviews due first, then a limited number of new cards,
 * days counted in the learner's time zone). Scheduling itself is {@link org.manabi.content.review.fsrs}.
 *
 * <p>Entry point: {@link org.manabi.content.review.Reviews}; the queue rules are
 * {@link org.manabi.content.review.ReviewQueue}. docs/SPACED-REPETITION.md explains the choices.
 */
package org.manabi.content.review;
