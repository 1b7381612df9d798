package org.manabi.content.assessment.quiz;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A quiz or exam. Items, draws and windows are values of the quiz: an edit replaces them all. */
@Entity
@Table(name = "quiz")
public class Quiz {

    @Id
    @SequenceGenerator(name = "quiz_seq", sequenceName = "quiz_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_seq")
    private Long id;

    @Column(name = "code", nullable = false, length = 60)
    private String code;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "time_limit_secs")
    private Integer timeLimitSeconds;

    @Column(name = "max_attempts")
    private Integer maxAttempts;

    @Column(name = "pass_percent", nullable = false)
    private int passPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback", nullable = false, length = 20)
    private FeedbackPolicy feedback;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quiz_item", joinColumns = @JoinColumn(name = "quiz_id"))
    @OrderColumn(name = "position")
    private List<StoredItem> items = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quiz_draw", joinColumns = @JoinColumn(name = "quiz_id"))
    @OrderColumn(name = "position")
    private List<StoredDraw> draws = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quiz_window", joinColumns = @JoinColumn(name = "quiz_id"))
    @OrderColumn(name = "position")
    private List<StoredWindow> windows = new ArrayList<>();

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Quiz() {
    }

    Quiz(QuizDefinition definition, Long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        define(definition, now);
    }

    void define(QuizDefinition d, Instant now) {
        this.code = d.code().strip();
        this.title = d.title().strip();
        this.description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        this.timeLimitSeconds = d.timeLimitMinutes() == null ? null : d.timeLimitMinutes() * 60;
        this.maxAttempts = d.maxAttempts();
        this.passPercent = d.passPercent();
        this.feedback = d.feedback();
        this.items.clear();
        d.items().forEach(i -> items.add(new StoredItem(i)));
        this.draws.clear();
        d.draws().forEach(i -> draws.add(new StoredDraw(i)));
        this.windows.clear();
        d.windows().forEach(w -> windows.add(new StoredWindow(w)));
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Optional<Duration> timeLimit() {
        return Optional.ofNullable(timeLimitSeconds).map(Duration::ofSeconds);
    }

    public Optional<Integer> maxAttempts() {
        return Optional.ofNullable(maxAttempts);
    }

    public int passPercent() {
        return passPercent;
    }

    public FeedbackPolicy feedback() {
        return feedback;
    }

    public List<QuizDefinition.ItemRef> items() {
        return items.stream().map(StoredItem::toRef).toList();
    }

    public List<QuizDefinition.Draw> draws() {
        return draws.stream().map(StoredDraw::toDraw).toList();
    }

    public List<QuizDefinition.Window> windows() {
        return windows.stream().map(StoredWindow::toWindow).toList();
    }

    /** The number of items an attempt holds. */
    public int itemCount() {
        return items.size() + draws.stream().mapToInt(d -> d.toDraw().count()).sum();
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public QuizDefinition definition() {
        return new QuizDefinition(code, title, description,
                timeLimitSeconds == null ? null : timeLimitSeconds / 60, maxAttempts, passPercent, feedback, items(),
                draws(), windows());
    }
}
