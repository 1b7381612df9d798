package org.manabi.content.assessment.placementtest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.manabi.content.assessment.placement.Placement;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.core.persistence.Database;

/**
 * Placement tests as learners take them: start one, see the question being asked, answer it,
 * read the result. A learner only ever reaches their own attempts; another's is "not found".
 */
@ApplicationScoped
public class PlacementTests {

    /** Items per test; the domain's default, and what production uses. */
    public static final int MAX_ITEMS = 20;

    private static final SecureRandom SEEDS = new SecureRandom();

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Clock clock;

    private ClassLoader loader;

    protected PlacementTests() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public PlacementTests(EntityManager entityManager, Clock clock, ClassLoader loader) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.loader = loader;
    }

    /** A view of an attempt with the placement that replays it. */
    public record Run(PlacementAttempt attempt, Placement placement) {
    }

    /** Starts a new attempt; earlier ones are kept, so a learner may retake the test. */
    @Transactional
    public Run start(long accountId, String scaleName) {
        String scale = PlacementBanks.scale(scaleName).name();
        PlacementAttempt attempt = new PlacementAttempt(accountId, scale, SEEDS.nextLong(), MAX_ITEMS, clock.instant());
        entityManager.persist(attempt);
        entityManager.flush();
        return run(attempt);
    }

    /** The learner's attempt, or NOT_FOUND when there is none or it is someone else's. */
    public Run find(long accountId, long attemptId) {
        return run(owned(accountId, attemptId, false));
    }

    /** The learner's most recent attempt. */
    public Optional<Run> latest(long accountId) {
        return history(accountId).stream().findFirst().map(this::run);
    }

    /** Every attempt of the learner, newest first. */
    public List<PlacementAttempt> history(long accountId) {
        return entityManager.createQuery("select a from PlacementAttempt a where a.accountId = :account"
                        + " order by a.startedAt desc, a.id desc", PlacementAttempt.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** The learner's most recent finished attempt on a scale. */
    public Optional<PlacementAttempt> latestFinished(long accountId, String scale) {
        return history(accountId).stream().filter(a -> a.finished() && a.scale().equals(scale)).findFirst();
    }

    /**
     * Grades and keeps the answer to the current item. The attempt is locked, so two answers sent at
     * once cannot both be taken for the same question.
     */
    @Transactional
    public PlacementAttempt.Outcome answer(long accountId, long attemptId, String itemId, String optionId) {
        if (itemId == null || itemId.isBlank()) {
            throw CatalogRefusal.invalid("itemId", "NotBlank", "must not be blank");
        }
        PlacementAttempt attempt = owned(accountId, attemptId, true);
        return attempt.answer(placement(attempt), itemId, optionId, clock.instant());
    }

    private PlacementAttempt owned(long accountId, long attemptId, boolean lock) {
        PlacementAttempt attempt = lock
                ? entityManager.find(PlacementAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE)
                : entityManager.find(PlacementAttempt.class, attemptId);
        if (attempt == null || attempt.accountId() != accountId) {
            throw CatalogRefusal.notFound("placement test");
        }
        return attempt;
    }

    private Run run(PlacementAttempt attempt) {
        return new Run(attempt, placement(attempt));
    }

    Placement placement(PlacementAttempt attempt) {
        ClassLoader classes = loader != null ? loader : Thread.currentThread().getContextClassLoader();
        return PlacementBanks.placement(attempt.scale(), attempt.maxItems(), classes);
    }
}
