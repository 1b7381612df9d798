package org.manabi.content.assessment.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.manabi.content.assessment.bank.BankItem;
import org.manabi.content.assessment.bank.ItemBank;
import org.manabi.content.assessment.bank.ItemHtml;
import org.manabi.content.assessment.bank.ItemJson;
import org.manabi.content.assessment.item.Grade;
import org.manabi.content.assessment.item.Grader;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.assessment.item.PresentedItem;
import org.manabi.content.assessment.quiz.FeedbackPolicy;
import org.manabi.content.assessment.quiz.Quiz;
import org.manabi.content.assessment.quiz.QuizDefinition;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.core.identity.Account;
import org.manabi.core.persistence.Database;

/**
 * Taking quizzes. Every rule is enforced here, on the server, with the injected clock: the
 * learner's window, the attempt limit, the deadline, one submission per attempt, and that only the
 * attempt's owner touches it. The browser never sees an answer before the attempt is closed and the
 * quiz's feedback policy releases it.
 *
 * <p>An attempt whose deadline has passed is closed, graded from the answers saved in time, the
 * next time anyone reads it; a refused call writes nothing.
 */
@ApplicationScoped
public class Attempts {

    /** Answers that arrive this long after the deadline still count: the request left the phone in time. */
    public static final Duration GRACE = Duration.ofSeconds(10);

    static final int MAX_ANSWER_CHARACTERS = 60_000;

    private static final Grader GRADER = new Grader();
    private static final SecureRandom SEEDS = new SecureRandom();

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    ItemBank bank;

    @Inject
    Event<QuizAttemptSubmitted> submitted;

    protected Attempts() {
    }

    /** For use outside a container, with a caller-managed transaction; {@code events} may be null. */
    public Attempts(EntityManager entityManager, Clock clock, ItemBank bank, Event<QuizAttemptSubmitted> events) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.bank = bank;
        this.submitted = events;
    }

    /** What the learner sees of a quiz before starting, with their attempts so far. */
    @Transactional
    public AttemptViews.QuizStatus status(long quizId, long accountId) {
        Quiz quiz = quiz(quizId);
        List<Attempt> attempts = attemptsOf(quizId, accountId);
        attempts.forEach(this::closeIfExpired);
        Instant now = clock.instant();
        Optional<QuizDefinition.Window> window = currentWindow(quiz, accountId, now);
        String refusal = refusal(quiz, accountId, attempts, now);
        Long open = attempts.stream().filter(a -> !a.closed()).map(Attempt::id).findFirst().orElse(null);
        return new AttemptViews.QuizStatus(quiz.id(), quiz.code(), quiz.title(), quiz.description(), quiz.itemCount(),
                quiz.timeLimit().map(d -> (int) d.toMinutes()).orElse(null), quiz.maxAttempts().orElse(null),
                attempts.size(), quiz.passPercent(), quiz.feedback().name(), open != null ? null : refusal,
                window.map(QuizDefinition.Window::opensAt).orElse(null),
                window.map(QuizDefinition.Window::closesAt).orElse(null), open,
                attempts.stream().map(a -> summary(a, quiz)).toList());
    }

    /**
     * Starts an attempt, or returns the one in progress. Refused with 403 {@code not-in-cohort}, 409
     * {@code not-open-yet}, {@code closed} or {@code attempts-used-up}.
     */
    @Transactional
    public AttemptViews.Paper start(long quizId, long accountId) {
        // Locking the learner's account makes two starts at once (two tabs, a double tap) take turns,
        // so they cannot both pass the attempt limit.
        if (entityManager.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw CatalogRefusal.notFound("account");
        }
        Quiz quiz = quiz(quizId);
        List<Attempt> attempts = attemptsOf(quizId, accountId);
        attempts.forEach(this::closeIfExpired);
        Optional<Attempt> inProgress = attempts.stream().filter(a -> !a.closed()).findFirst();
        if (inProgress.isPresent()) {
            return paper(inProgress.get(), quiz);
        }
        Instant now = clock.instant();
        String refusal = refusal(quiz, accountId, attempts, now);
        if (refusal != null) {
            throw refused(refusal);
        }
        Optional<QuizDefinition.Window> window = currentWindow(quiz, accountId, now);
        Instant deadline = quiz.timeLimit().map(now::plus).orElse(null);
        if (window.isPresent() && (deadline == null || window.get().closesAt().isBefore(deadline))) {
            deadline = window.get().closesAt();
        }
        long seed = SEEDS.nextLong();
        Attempt attempt = new Attempt(quiz.id(), accountId, attempts.size() + 1, seed, now, deadline,
                draw(quiz, seed));
        entityManager.persist(attempt);
        entityManager.flush();
        return paper(attempt, quiz);
    }

    /** The attempt in progress; a closed one is refused with 409 {@code already-submitted}. */
    @Transactional
    public AttemptViews.Paper paper(long attemptId, long accountId) {
        Attempt attempt = owned(attemptId, accountId);
        closeIfExpired(attempt);
        if (attempt.closed()) {
            throw refused("already-submitted");
        }
        return paper(attempt, quiz(attempt.quizId()));
    }

    /** Saves the answer to one item; refused once the attempt is closed or its deadline has passed. */
    @Transactional
    public void answer(long attemptId, long accountId, int position, JsonValue answer) {
        Attempt attempt = writable(attemptId, accountId);
        if (position < 0 || position >= attempt.items().size()) {
            throw CatalogRefusal.invalid("position", "Range", "no such item in this attempt");
        }
        attempt.item(position).answer(answerJson(answer, "answer"), clock.instant());
    }

    /** The answer as stored; one too long for its column is refused rather than cut. */
    private static String answerJson(JsonValue answer, String field) {
        String json = ItemJson.write(answer);
        if (json != null && json.length() > MAX_ANSWER_CHARACTERS) {
            throw CatalogRefusal.invalid(field, "TooLong", "at most " + MAX_ANSWER_CHARACTERS + " characters");
        }
        return json;
    }

    /**
     * Submits and grades the attempt, with any last answers by position. Refused with 409
     * {@code already-submitted} the second time and {@code time-over} after the deadline.
     */
    @Transactional
    public AttemptViews.Result submit(long attemptId, long accountId, Map<Integer, JsonValue> lastAnswers) {
        Attempt attempt = writable(attemptId, accountId);
        Instant now = clock.instant();
        if (lastAnswers != null) {
            lastAnswers.forEach((position, answer) -> {
                if (position == null || position < 0 || position >= attempt.items().size()) {
                    throw CatalogRefusal.invalid("answers", "Range", "no item " + position + " in this attempt");
                }
                attempt.item(position).answer(answerJson(answer, "answers." + position), now);
            });
        }
        Quiz quiz = quiz(attempt.quizId());
        grade(attempt, quiz, now, false);
        return result(attempt, quiz);
    }

    /**
     * A closed attempt, with each item's grade and solution once the feedback is released. Asking
     * before the attempt is closed is refused with 409 {@code not-submitted}.
     */
    @Transactional
    public AttemptViews.Result result(long attemptId, long accountId) {
        Attempt attempt = owned(attemptId, accountId);
        closeIfExpired(attempt);
        if (!attempt.closed()) {
            throw refused("not-submitted");
        }
        return result(attempt, quiz(attempt.quizId()));
    }

    /** The learner's attempts at every quiz, newest first. */
    @Transactional
    public List<AttemptViews.Summary> historyOf(long accountId) {
        List<Attempt> attempts = entityManager.createQuery("select a from Attempt a where a.accountId = :account"
                        + " order by a.startedAt desc, a.id desc", Attempt.class)
                .setParameter("account", accountId).setMaxResults(500).getResultList();
        attempts.forEach(this::closeIfExpired);
        return attempts.stream().map(a -> summary(a, quiz(a.quizId()))).toList();
    }

    /** Every attempt at a quiz, for its instructors: scores are shown whatever the feedback policy. */
    @Transactional
    public List<AttemptViews.Summary> attemptsAt(long quizId) {
        Quiz quiz = quiz(quizId);
        List<Attempt> attempts = entityManager.createQuery("select a from Attempt a where a.quizId = :quiz"
                        + " order by a.startedAt desc, a.id desc", Attempt.class)
                .setParameter("quiz", quizId).setMaxResults(2000).getResultList();
        attempts.forEach(this::closeIfExpired);
        return attempts.stream().map(a -> summary(a, quiz, true)).toList();
    }

    /**
     * Closes the quiz's attempts whose deadline has passed, so that analysis counts them. Returns
     * how many were closed.
     */
    @Transactional
    public int closeExpiredAt(long quizId) {
        return closeExpired(entityManager.createQuery("select a from Attempt a where a.quizId = :quiz"
                + " and a.submittedAt is null and a.closesAt is not null", Attempt.class)
                .setParameter("quiz", quizId).getResultList());
    }

    /** Closes the learner's attempts whose deadline has passed, before their proficiency is read. */
    @Transactional
    public int closeExpiredOf(long accountId) {
        return closeExpired(entityManager.createQuery("select a from Attempt a where a.accountId = :account"
                + " and a.submittedAt is null and a.closesAt is not null", Attempt.class)
                .setParameter("account", accountId).getResultList());
    }

    private int closeExpired(List<Attempt> open) {
        int closed = 0;
        for (Attempt attempt : open) {
            closeIfExpired(attempt);
            closed += attempt.closed() ? 1 : 0;
        }
        return closed;
    }

    // ---- rules ----

    private String refusal(Quiz quiz, long accountId, List<Attempt> attempts, Instant now) {
        if (quiz.maxAttempts().isPresent() && attempts.size() >= quiz.maxAttempts().get()) {
            return "attempts-used-up";
        }
        List<QuizDefinition.Window> windows = windowsFor(quiz, accountId);
        if (quiz.windows().isEmpty()) {
            return null;
        }
        if (windows.isEmpty()) {
            return "not-in-cohort";
        }
        if (windows.stream().anyMatch(w -> !now.isBefore(w.opensAt()) && now.isBefore(w.closesAt()))) {
            return null;
        }
        return windows.stream().anyMatch(w -> now.isBefore(w.opensAt())) ? "not-open-yet" : "closed";
    }

    /** The windows that apply to the learner: those for everyone and those of cohorts they hold a seat in. */
    private List<QuizDefinition.Window> windowsFor(Quiz quiz, long accountId) {
        if (quiz.windows().isEmpty()) {
            return List.of();
        }
        Set<Long> cohorts = new HashSet<>(entityManager.createQuery(
                        "select s.cohortId from Seat s where s.accountId = :account", Long.class)
                .setParameter("account", accountId).getResultList());
        return quiz.windows().stream().filter(w -> w.cohortId() == null || cohorts.contains(w.cohortId())).toList();
    }

    /** The window open now (the one closing last, if several), else the next to open. */
    private Optional<QuizDefinition.Window> currentWindow(Quiz quiz, long accountId, Instant now) {
        List<QuizDefinition.Window> windows = windowsFor(quiz, accountId);
        Optional<QuizDefinition.Window> open = windows.stream()
                .filter(w -> !now.isBefore(w.opensAt()) && now.isBefore(w.closesAt()))
                .max(Comparator.comparing(QuizDefinition.Window::closesAt));
        return open.isPresent() ? open : windows.stream().filter(w -> now.isBefore(w.opensAt()))
                .min(Comparator.comparing(QuizDefinition.Window::opensAt));
    }

    private Attempt owned(long attemptId, long accountId) {
        Attempt attempt = entityManager.find(Attempt.class, attemptId);
        if (attempt == null) {
            throw CatalogRefusal.notFound("attempt");
        }
        if (attempt.accountId() != accountId) {
            throw refused("not-your-attempt");
        }
        return attempt;
    }

    /** Locked, owned, not closed, and within the deadline (plus {@link #GRACE}). */
    private Attempt writable(long attemptId, long accountId) {
        Attempt attempt = owned(attemptId, accountId);
        entityManager.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
        if (attempt.closed()) {
            throw refused("already-submitted");
        }
        if (attempt.closesAt().isPresent() && clock.instant().isAfter(attempt.closesAt().get().plus(GRACE))) {
            throw refused("time-over");
        }
        return attempt;
    }

    private void closeIfExpired(Attempt attempt) {
        if (!attempt.closed() && attempt.closesAt().isPresent()
                && clock.instant().isAfter(attempt.closesAt().get().plus(GRACE))) {
            // Another reader (the learner, an instructor's analysis) may be closing it at this moment:
            // take the row and look again, so it is graded, and announced, once.
            entityManager.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
            if (!attempt.closed()) {
                grade(attempt, quiz(attempt.quizId()), attempt.closesAt().get(), true);
            }
        }
    }

    private void grade(Attempt attempt, Quiz quiz, Instant at, boolean byDeadline) {
        double earned = 0;
        for (AttemptItem item : attempt.items()) {
            Grade grade = grade(item);
            item.grade(grade.score(), grade.needsManualReview());
            earned += grade.score() * item.points();
        }
        boolean pass = earned * 100 >= quiz.passPercent() * (double) attempt.maxScore() - 1e-9;
        attempt.close(at, byDeadline, earned, pass);
        entityManager.flush();
        if (submitted != null) {
            submitted.fire(new QuizAttemptSubmitted(attempt.id(), quiz.id(), quiz.code(), attempt.accountId(), earned,
                    attempt.maxScore(), pass, byDeadline, at));
        }
    }

    private Grade grade(AttemptItem item) {
        ItemBody body = item.body();
        JsonValue answer = item.response() == null ? JsonValue.NULL : ItemJson.parse(item.response());
        return GRADER.grade(body, ItemJson.response(body, answer));
    }

    /** The fixed items, then each draw's picks among the items not yet chosen, all from the seed. */
    private List<AttemptItem> draw(Quiz quiz, long seed) {
        Random random = new Random(seed);
        List<AttemptItem> items = new ArrayList<>();
        Set<Long> chosen = new HashSet<>();
        for (QuizDefinition.ItemRef ref : quiz.items()) {
            items.add(new AttemptItem(bankItem(ref.bankItemId()), ref.points()));
            chosen.add(ref.bankItemId());
        }
        for (QuizDefinition.Draw draw : quiz.draws()) {
            List<Long> pool = new ArrayList<>(bank.idsTagged(draw.tag(), draw.level()));
            pool.removeAll(chosen);
            for (int n = 0; n < draw.count() && !pool.isEmpty(); n++) {
                long picked = pool.remove(random.nextInt(pool.size()));
                chosen.add(picked);
                items.add(new AttemptItem(bankItem(picked), draw.points()));
            }
        }
        if (items.isEmpty()) {
            throw refused("no-items");
        }
        return items;
    }

    // ---- views ----

    private AttemptViews.Paper paper(Attempt attempt, Quiz quiz) {
        List<AttemptViews.PaperItem> items = new ArrayList<>();
        for (int i = 0; i < attempt.items().size(); i++) {
            AttemptItem item = attempt.items().get(i);
            items.add(new AttemptViews.PaperItem(i, item.points(), presented(attempt, i), answer(item)));
        }
        return new AttemptViews.Paper(attempt.id(), quiz.id(), quiz.title(), attempt.number(), attempt.startedAt(),
                attempt.closesAt().orElse(null), clock.instant(), items);
    }

    private AttemptViews.Result result(Attempt attempt, Quiz quiz) {
        AttemptViews.Summary summary = summary(attempt, quiz);
        if (!summary.feedbackReleased()) {
            return new AttemptViews.Result(summary, List.of());
        }
        List<AttemptViews.ResultItem> items = new ArrayList<>();
        for (int i = 0; i < attempt.items().size(); i++) {
            AttemptItem item = attempt.items().get(i);
            double score = item.score() == null ? 0 : item.score();
            items.add(new AttemptViews.ResultItem(i, item.points(), presented(attempt, i), answer(item), score,
                    score >= 1 && !item.needsReview(), item.needsReview(),
                    ItemHtml.withHtml(ItemJson.body(item.body()))));
        }
        return new AttemptViews.Result(summary, items);
    }

    private AttemptViews.Summary summary(Attempt attempt, Quiz quiz) {
        return summary(attempt, quiz, false);
    }

    private AttemptViews.Summary summary(Attempt attempt, Quiz quiz, boolean instructor) {
        Optional<Instant> releaseAt = feedbackReleasedAt(quiz);
        boolean released = attempt.closed() && releaseAt.map(at -> !clock.instant().isBefore(at)).orElse(true);
        boolean show = released || instructor && attempt.closed();
        return new AttemptViews.Summary(attempt.id(), quiz.id(), quiz.title(), attempt.accountId(), attempt.number(),
                attempt.startedAt(), attempt.closesAt().orElse(null), attempt.submittedAt().orElse(null),
                attempt.expired(), released, releaseAt.orElse(null),
                show ? attempt.score().orElse(null) : null, attempt.maxScore(),
                show ? attempt.passed().orElse(null) : null,
                show && attempt.items().stream().anyMatch(AttemptItem::needsReview));
    }

    private jakarta.json.JsonObject presented(Attempt attempt, int position) {
        ItemBody body = attempt.items().get(position).body();
        return ItemHtml.withHtml(ItemJson.presented(PresentedItem.of(body, attempt.seed() + position)));
    }

    private static JsonValue answer(AttemptItem item) {
        return item.response() == null ? JsonValue.NULL : ItemJson.parse(item.response());
    }

    /**
     * When answers and scores of a quiz that keeps them until the close may be shown: when the last
     * of its windows closes, read now, so no cohort sees them while another is still sitting the
     * quiz, and a window moved later moves the release with it. Empty when they show at once (or
     * the quiz has no window: then each attempt's own close releases them).
     */
    private static Optional<Instant> feedbackReleasedAt(Quiz quiz) {
        if (quiz.feedback() != FeedbackPolicy.AFTER_CLOSE) {
            return Optional.empty();
        }
        return quiz.windows().stream().map(QuizDefinition.Window::closesAt).max(Instant::compareTo);
    }

    private BankItem bankItem(long bankItemId) {
        return bank.find(bankItemId)
                .orElseThrow(() -> new IllegalStateException("bank item " + bankItemId + " is gone"));
    }

    private Quiz quiz(long quizId) {
        return Optional.ofNullable(entityManager.find(Quiz.class, quizId))
                .orElseThrow(() -> CatalogRefusal.notFound("quiz"));
    }

    private List<Attempt> attemptsOf(long quizId, long accountId) {
        return entityManager.createQuery("select a from Attempt a where a.quizId = :quiz and a.accountId = :account"
                        + " order by a.number", Attempt.class)
                .setParameter("quiz", quizId).setParameter("account", accountId).getResultList();
    }

    /** A refusal whose code the web tier maps: {@code not-in-cohort}, {@code not-your-attempt} are 403, the rest 409. */
    static CatalogRefusal refused(String code) {
        CatalogRefusal.Reason reason = code.equals("not-in-cohort") || code.equals("not-your-attempt")
                ? CatalogRefusal.Reason.FORBIDDEN : CatalogRefusal.Reason.CONFLICT;
        return new CatalogRefusal(reason, code, switch (code) {
            case "not-in-cohort" -> "This quiz is not open to your cohort.";
            case "not-your-attempt" -> "This attempt belongs to someone else.";
            case "not-open-yet" -> "This quiz is not open yet.";
            case "closed" -> "This quiz has closed.";
            case "attempts-used-up" -> "You have used all your attempts at this quiz.";
            case "already-submitted" -> "This attempt has already been submitted; it cannot change.";
            case "time-over" -> "The time for this attempt is over; answers after the deadline are not accepted.";
            case "not-submitted" -> "Answers and scores are shown only after the attempt is submitted.";
            default -> "This quiz has no items.";
        });
    }
}
