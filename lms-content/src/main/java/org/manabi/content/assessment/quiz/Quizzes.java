package org.manabi.content.assessment.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.manabi.content.assessment.bank.BankItem;
import org.manabi.content.assessment.bank.BankItemDefinition;
import org.manabi.content.assessment.bank.ItemBank;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.content.catalog.DefinitionProblem;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.persistence.Database;
import org.manabi.core.programme.Cohort;

/**
 * Defining quizzes. A refused definition throws {@link CatalogRefusal} naming each field and writes
 * nothing. {@link #createWithItems} makes a quiz and its bank items in one call, for generated
 * practice quizzes and sample data.
 */
@ApplicationScoped
public class Quizzes {

    static final int MAX_ITEMS = 200;
    static final int MAX_WINDOWS = 50;

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    @Inject
    ItemBank bank;

    protected Quizzes() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public Quizzes(EntityManager entityManager, Clock clock, AuditLog auditLog, ItemBank bank) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.auditLog = auditLog;
        this.bank = bank;
    }

    @Transactional
    public Quiz create(QuizDefinition definition, Long authorId, String actor) {
        check(definition, null);
        Quiz quiz = new Quiz(definition, authorId, clock.instant());
        entityManager.persist(quiz);
        entityManager.flush();
        auditLog.record(new AuditEntry(actor, "QUIZ_CREATED", "quiz:" + quiz.id(), quiz.code(), null, null));
        return quiz;
    }

    /**
     * Creates the bank items, then a quiz holding them (after any fixed items the definition
     * already names), each worth {@code pointsEach}.
     */
    @Transactional
    public Quiz createWithItems(QuizDefinition settings, List<BankItemDefinition> items, int pointsEach,
                                Long authorId, String actor) {
        List<QuizDefinition.ItemRef> refs = new ArrayList<>(settings.items());
        for (BankItemDefinition item : items) {
            refs.add(new QuizDefinition.ItemRef(bank.create(item, authorId, actor).id(), pointsEach));
        }
        return create(settings.withItems(refs), authorId, actor);
    }

    @Transactional
    public Quiz update(long id, QuizDefinition definition, String actor) {
        Quiz quiz = Optional.ofNullable(entityManager.find(Quiz.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> CatalogRefusal.notFound("quiz"));
        check(definition, id);
        quiz.define(definition, clock.instant());
        auditLog.record(new AuditEntry(actor, "QUIZ_CHANGED", "quiz:" + id, quiz.code(), null, null));
        return quiz;
    }

    public Optional<Quiz> find(long id) {
        return Optional.ofNullable(entityManager.find(Quiz.class, id));
    }

    public Optional<Quiz> byCode(String code) {
        return entityManager.createQuery("select q from Quiz q where q.code = :code", Quiz.class)
                .setParameter("code", code == null ? "" : code.strip())
                .getResultStream().findFirst();
    }

    public List<Quiz> all() {
        return entityManager.createQuery("select q from Quiz q order by q.title, q.id", Quiz.class)
                .setMaxResults(500).getResultList();
    }

    void check(QuizDefinition d, Long exceptId) {
        List<DefinitionProblem> problems = new ArrayList<>();
        if (d.code() == null || !d.code().strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,59}")) {
            problems.add(new DefinitionProblem("code", "Pattern", "letters, digits, '.', '_' or '-', at most 60"));
        } else if (byCode(d.code()).filter(q -> !q.id().equals(exceptId)).isPresent()) {
            problems.add(new DefinitionProblem("code", "Unique", "another quiz already uses this code"));
        }
        if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 200) {
            problems.add(new DefinitionProblem("title", "NotBlank", "enter a title of at most 200 characters"));
        }
        if (d.description() != null && d.description().length() > 2000) {
            problems.add(new DefinitionProblem("description", "TooLong", "at most 2000 characters"));
        }
        if (d.timeLimitMinutes() != null && (d.timeLimitMinutes() < 1 || d.timeLimitMinutes() > 600)) {
            problems.add(new DefinitionProblem("timeLimitMinutes", "Range", "from 1 to 600, or none"));
        }
        if (d.maxAttempts() != null && (d.maxAttempts() < 1 || d.maxAttempts() > 100)) {
            problems.add(new DefinitionProblem("maxAttempts", "Range", "from 1 to 100, or none"));
        }
        if (d.passPercent() < 0 || d.passPercent() > 100) {
            problems.add(new DefinitionProblem("passPercent", "Range", "from 0 to 100"));
        }
        if (d.items().isEmpty() && d.draws().isEmpty()) {
            problems.add(new DefinitionProblem("items", "Required", "give at least one item or one draw"));
        }
        if (d.items().size() + d.draws().stream().mapToLong(x -> Math.max(0, x.count())).sum() > MAX_ITEMS) {
            problems.add(new DefinitionProblem("items", "Size", "at most " + MAX_ITEMS + " items in all"));
        }
        for (int i = 0; i < d.items().size(); i++) {
            QuizDefinition.ItemRef ref = d.items().get(i);
            if (entityManager.find(BankItem.class, ref.bankItemId()) == null) {
                problems.add(new DefinitionProblem("items[" + i + "].bankItemId", "Exists", "no such bank item"));
            }
            if (ref.points() < 1 || ref.points() > 100) {
                problems.add(new DefinitionProblem("items[" + i + "].points", "Range", "from 1 to 100"));
            }
        }
        for (int i = 0; i < d.draws().size(); i++) {
            QuizDefinition.Draw draw = d.draws().get(i);
            String at = "draws[" + i + "]";
            if (draw.tag() == null) {
                problems.add(new DefinitionProblem(at + ".tag", "Required", "name the tag to draw from"));
                continue;
            }
            if (draw.count() < 1 || draw.points() < 1 || draw.points() > 100) {
                problems.add(new DefinitionProblem(at + ".count", "Range", "at least 1 item of 1 to 100 points"));
                continue;
            }
            int available = bank.idsTagged(draw.tag(), draw.level()).size();
            if (available < draw.count()) {
                problems.add(new DefinitionProblem(at + ".count", "Available",
                        "the bank has only " + available + " item(s) with this tag and level"));
            }
        }
        if (d.windows().size() > MAX_WINDOWS) {
            problems.add(new DefinitionProblem("windows", "Size", "at most " + MAX_WINDOWS + " windows"));
        }
        for (int i = 0; i < d.windows().size(); i++) {
            QuizDefinition.Window w = d.windows().get(i);
            String at = "windows[" + i + "]";
            if (w.opensAt() == null || w.closesAt() == null || !w.closesAt().isAfter(w.opensAt())) {
                problems.add(new DefinitionProblem(at + ".closesAt", "After", "must be after the opening time"));
            }
            if (w.cohortId() != null && entityManager.find(Cohort.class, w.cohortId()) == null) {
                problems.add(new DefinitionProblem(at + ".cohortId", "Exists", "no such cohort"));
            }
        }
        if (d.feedback() == FeedbackPolicy.AFTER_CLOSE && d.windows().isEmpty()) {
            problems.add(new DefinitionProblem("feedback", "Windows",
                    "answers after the close need at least one window that closes"));
        }
        if (!problems.isEmpty()) {
            throw CatalogRefusal.invalid(problems);
        }
    }
}
