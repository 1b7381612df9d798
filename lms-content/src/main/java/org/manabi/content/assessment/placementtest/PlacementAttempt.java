package org.manabi.content.assessment.placementtest;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.manabi.content.assessment.item.Grader;
import org.manabi.content.assessment.item.PresentedItem;
import org.manabi.content.assessment.item.Response;
import org.manabi.content.assessment.placement.Placement;
import org.manabi.content.assessment.placement.PlacementItem;
import org.manabi.content.assessment.placement.PlacementResult;
import org.manabi.content.assessment.placement.PlacementSession;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.content.catalog.DefinitionProblem;

/**
 * One placement test taken by one learner. Only the answers are kept: the session is rebuilt with
 * {@link Placement#replay}, and the item to serve next is drawn again from the seed and the number
 * of answers, so it is the same item however often it is asked for, and the browser never holds
 * the right option. The result is written once, when the test finishes, so it stays as it was even
 * if the bank is re-calibrated later.
 */
@Entity
@Table(name = "placement_attempt")
public class PlacementAttempt {

    private static final Grader GRADER = new Grader();

    @Id
    @SequenceGenerator(name = "placement_attempt_seq", sequenceName = "placement_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_attempt_seq")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "scale", nullable = false, updatable = false, length = 20)
    private String scale;

    @Column(name = "seed", nullable = false, updatable = false)
    private long seed;

    @Column(name = "max_items", nullable = false, updatable = false)
    private int maxItems;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "band", length = 20)
    private String band;

    @Column(name = "ability")
    private Double ability;

    @Column(name = "standard_error")
    private Double standardError;

    @ElementCollection
    @CollectionTable(name = "placement_answer", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "position")
    private List<StoredAnswer> answers = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PlacementAttempt() {
    }

    public PlacementAttempt(long accountId, String scale, long seed, int maxItems, Instant startedAt) {
        this.accountId = accountId;
        this.scale = scale;
        this.seed = seed;
        this.maxItems = maxItems;
        this.startedAt = startedAt;
    }

    /** What came of one answer. */
    public record Outcome(boolean correct, boolean finished, int answered) {
    }

    /** The session the stored answers make. */
    public PlacementSession session(Placement placement) {
        return placement.replay(answers.stream().map(StoredAnswer::answer).toList());
    }

    /** The item to answer now, the same on every call until it is answered; empty once finished. */
    public Optional<PlacementItem> currentItem(Placement placement) {
        if (finished()) {
            return Optional.empty();
        }
        return placement.nextItem(session(placement), new SplittableRandom(step(answers.size())));
    }

    /** The current item without its answer, its options in an order fixed by the seed. */
    public Optional<PresentedItem> presentedItem(Placement placement) {
        return currentItem(placement).map(item -> PresentedItem.of(item.body(), step(answers.size()) ^ 0x5DEECE66DL));
    }

    /**
     * Grades and keeps an answer to the current item; finishes the attempt when the placement stops.
     *
     * @throws CatalogRefusal CONFLICT when the attempt has finished or {@code itemId} is not the item
     *                        being served; INVALID when the option is not one of the item's
     */
    public Outcome answer(Placement placement, String itemId, String optionId, Instant now) {
        if (finished()) {
            throw new CatalogRefusal(CatalogRefusal.Reason.CONFLICT, "placement-finished",
                    "This placement test has finished; start a new one to take it again.");
        }
        PlacementItem current = currentItem(placement).orElseThrow(() -> new CatalogRefusal(
                CatalogRefusal.Reason.CONFLICT, "placement-finished", "This placement test has finished."));
        if (!current.id().equals(itemId)) {
            throw new CatalogRefusal(CatalogRefusal.Reason.CONFLICT, "not-current-item",
                    "itemId: that is not the question being asked now; reload the test.",
                    List.of(new DefinitionProblem("itemId", "Current",
                            "not the question being asked now")));
        }
        if (optionId == null || current.body().options().stream().noneMatch(o -> o.id().equals(optionId))) {
            throw CatalogRefusal.invalid("optionId", "Option", "not one of this question's options");
        }
        boolean correct = GRADER.grade(current.body(), new Response.Choice(optionId)).correct();
        PlacementSession session = placement.answer(session(placement), itemId, correct);
        answers.add(new StoredAnswer(itemId, correct, now));
        if (placement.finished(session)) {
            PlacementResult result = placement.result(session);
            finishedAt = now;
            band = result.band().code();
            ability = result.estimate().ability();
            standardError = result.estimate().standardError();
        }
        return new Outcome(correct, finished(), answers.size());
    }

    /** The result so far; the stored band once finished. */
    public PlacementResult result(Placement placement) {
        return placement.result(session(placement));
    }

    /** A generator seed for step {@code n}: the attempt's seed mixed with n (SplitMix64's finaliser). */
    private long step(int n) {
        long z = seed + 0x9E3779B97F4A7C15L * (n + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String scale() {
        return scale;
    }

    public long seed() {
        return seed;
    }

    public int maxItems() {
        return maxItems;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public boolean finished() {
        return finishedAt != null;
    }

    /** The band code, e.g. {@code JLPT_N4} or {@code BELOW_N5}; empty until finished. */
    public Optional<String> band() {
        return Optional.ofNullable(band);
    }

    public Optional<Double> ability() {
        return Optional.ofNullable(ability);
    }

    public Optional<Double> standardError() {
        return Optional.ofNullable(standardError);
    }

    public List<StoredAnswer> answers() {
        return List.copyOf(answers);
    }
}
