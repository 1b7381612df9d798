package org.manabi.content.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A deck a learner has started: its cards are in their queue until they stop it. */
@Entity
@Table(name = "review_deck_choice")
@IdClass(DeckChoice.Key.class)
public class DeckChoice {

    /** The composite key: one choice per learner and deck. */
    public record Key(long accountId, String deckCode) implements Serializable {
    }

    @Id
    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Id
    @Column(name = "deck_code", nullable = false, updatable = false, length = 40)
    private String deckCode;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    protected DeckChoice() {
    }

    DeckChoice(long accountId, String deckCode, Instant startedAt) {
        this.accountId = accountId;
        this.deckCode = deckCode;
        this.startedAt = startedAt;
    }

    public String deckCode() {
        return deckCode;
    }

    public Instant startedAt() {
        return startedAt;
    }
}
