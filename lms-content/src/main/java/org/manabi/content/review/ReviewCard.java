package org.manabi.content.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.content.review.fsrs.CardState;
import org.manabi.content.review.fsrs.FsrsCard;

/**
 * One learner's card for one practice item, from its first rating on: the FSRS memory and when it
 * is due. An item the learner has not rated yet has no card; it is a new card of its deck.
 *
 * <p>{@link #reps()} doubles as the card's version: a rating names the reps it was shown with, and
 * a rating for reps that have since moved on (a double tap, a second tab) is refused.
 */
@Entity
@Table(name = "review_card")
public class ReviewCard {

    @Id
    @SequenceGenerator(name = "review_card_seq", sequenceName = "review_card_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_card_seq")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "deck_code", nullable = false, updatable = false, length = 40)
    private String deckCode;

    @Column(name = "item_key", nullable = false, updatable = false, length = Deck.MAX_KEY_LENGTH)
    private String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private CardState state;

    @Column(name = "step", nullable = false)
    private int step;

    @Column(name = "stability", nullable = false)
    private double stability;

    @Column(name = "difficulty", nullable = false)
    private double difficulty;

    @Column(name = "due", nullable = false)
    private Instant due;

    @Column(name = "last_review", nullable = false)
    private Instant lastReview;

    @Column(name = "reps", nullable = false)
    private int reps;

    @Column(name = "lapses", nullable = false)
    private int lapses;

    protected ReviewCard() {
    }

    /** The card of an item after its first rating. */
    public ReviewCard(long accountId, DeckItem item, FsrsCard reviewed) {
        this.accountId = accountId;
        this.deckCode = item.deckCode();
        this.itemKey = item.key();
        remember(reviewed);
    }

    /**
     * Refuses a rating made on an earlier showing of this card.
     *
     * @throws CatalogRefusal CONFLICT {@code stale-rating} when {@code expectedReps} is not the card's reps
     */
    public void requireReps(int expectedReps) {
        if (expectedReps != reps) {
            throw stale(itemKey, reps, expectedReps);
        }
    }

    static CatalogRefusal stale(String itemKey, int reps, int expectedReps) {
        return new CatalogRefusal(CatalogRefusal.Reason.CONFLICT, "stale-rating",
                "This card was rated already (" + reps + " review(s), the rating was for " + expectedReps
                        + "); load the next cards again: " + itemKey);
    }

    /** The memory as FSRS sees it. */
    public FsrsCard memory() {
        return new FsrsCard(state, step, stability, difficulty, due, lastReview, reps, lapses);
    }

    /** Takes on the memory a review produced. */
    public void remember(FsrsCard reviewed) {
        if (reviewed.state() == CardState.NEW) {
            throw new IllegalArgumentException("A stored card has been reviewed; it cannot be NEW");
        }
        this.state = reviewed.state();
        this.step = reviewed.step();
        this.stability = reviewed.stability();
        this.difficulty = reviewed.difficulty();
        this.due = reviewed.due();
        this.lastReview = reviewed.lastReview();
        this.reps = reviewed.reps();
        this.lapses = reviewed.lapses();
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String deckCode() {
        return deckCode;
    }

    public String itemKey() {
        return itemKey;
    }

    public CardState state() {
        return state;
    }

    public Instant due() {
        return due;
    }

    public int reps() {
        return reps;
    }

    public int lapses() {
        return lapses;
    }
}
