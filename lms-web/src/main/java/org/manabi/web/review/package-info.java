/**
 * The signed-in learner's spaced repetition over REST ({@code /api/me/review}): decks to start and
 * stop, the next cards with the interval each rating would give, ratings (a stale one is a 409),
 * due counts and settings. The rules are in {@code org.manabi.content.review}.
 */
package org.manabi.web.review;
