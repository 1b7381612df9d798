package org.manabi.content.review;

/**
 * What a learner has left to do today.
 *
 * @param reviews  cards in REVIEW due before the learner's day ends
 * @param learning cards in their learning or relearning steps due before the day ends
 * @param fresh    new cards still allowed today, at most the unseen items of the started decks
 */
public record DueCounts(int reviews, int learning, int fresh) {

    public static final DueCounts NONE = new DueCounts(0, 0, 0);

    /** Everything left today: the number on the home page and the "N left" of a session. */
    public int total() {
        return reviews + learning + fresh;
    }
}
