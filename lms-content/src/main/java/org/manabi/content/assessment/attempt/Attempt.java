package org.manabi.content.assessment.attempt;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One learner's attempt at a quiz. Open until submitted or until its deadline passes; once closed
 * it is graded and never changes again.
 */
@Entity
@Table(name = "quiz_attempt")
public class Attempt {

    @Id
    @SequenceGenerator(name = "quiz_attempt_seq", sequenceName = "quiz_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_attempt_seq")
    private Long id;

    @Column(name = "quiz_id", nullable = false, updatable = false)
    private long quizId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "attempt_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "seed", nullable = false, updatable = false)
    private long seed;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "closes_at", updatable = false)
    private Instant closesAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "expired", nullable = false)
    private boolean expired;

    @Column(name = "score")
    private Double score;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    @Column(name = "passed")
    private Boolean passed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quiz_attempt_item", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "position")
    private List<AttemptItem> items = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Attempt() {
    }

    Attempt(long quizId, long accountId, int number, long seed, Instant startedAt, Instant closesAt,
            List<AttemptItem> items) {
        this.quizId = quizId;
        this.accountId = accountId;
        this.number = number;
        this.seed = seed;
        this.startedAt = startedAt;
        this.closesAt = closesAt;
        this.items.addAll(items);
        this.maxScore = items.stream().mapToInt(AttemptItem::points).sum();
    }

    void close(Instant at, boolean byDeadline, double earned, boolean pass) {
        this.submittedAt = at;
        this.expired = byDeadline;
        this.score = earned;
        this.passed = pass;
    }

    public Long id() {
        return id;
    }

    public long quizId() {
        return quizId;
    }

    public long accountId() {
        return accountId;
    }

    /** 1 for the learner's first attempt at this quiz. */
    public int number() {
        return number;
    }

    /** Orders the options of every item of this attempt. */
    public long seed() {
        return seed;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The server's deadline: the time limit, cut short by the window's close; empty when neither applies. */
    public Optional<Instant> closesAt() {
        return Optional.ofNullable(closesAt);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public boolean closed() {
        return submittedAt != null;
    }

    /** Closed by the server at the deadline rather than submitted by the learner. */
    public boolean expired() {
        return expired;
    }

    /** Points earned (fractions from partial credit); empty until closed. */
    public Optional<Double> score() {
        return Optional.ofNullable(score);
    }

    public int maxScore() {
        return maxScore;
    }

    public Optional<Boolean> passed() {
        return Optional.ofNullable(passed);
    }

    public List<AttemptItem> items() {
        return Collections.unmodifiableList(items);
    }

    AttemptItem item(int position) {
        return items.get(position);
    }
}
