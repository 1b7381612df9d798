package org.manabi.content.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.content.review.fsrs.CardState;
import org.manabi.content.review.fsrs.FsrsCard;
import org.manabi.content.review.fsrs.FsrsParameters;
import org.manabi.content.review.fsrs.FsrsScheduler;
import org.manabi.content.review.fsrs.Rating;
import org.manabi.content.review.fsrs.ReviewOutcome;
import org.manabi.core.persistence.Database;

/**
 * A learner's spaced repetition: choosing decks, the daily queue, ratings and what is left today.
 * Every method acts on the given account's own cards only. A refused change throws
 * {@link CatalogRefusal} and writes nothing.
 */
@ApplicationScoped
public class Reviews {

    static final int MAX_BATCH = 50;

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    Decks decks;

    protected Reviews() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public Reviews(EntityManager entityManager, Clock clock, Decks decks) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.decks = decks;
    }

    /** Every deck with the learner's progress in it, easiest first. */
    public List<DeckSummary> decks(long accountId) {
        Set<String> started = startedDecks(accountId);
        Instant dayEnd = ReviewQueue.Day.of(clock.instant(), settings(accountId).zone()).end();
        Map<String, int[]> counts = new HashMap<>();
        List<Object[]> rows = entityManager.createQuery("select c.deckCode, count(c),"
                        + " sum(case when c.due < :dayEnd then 1 else 0 end)"
                        + " from ReviewCard c where c.accountId = :account group by c.deckCode", Object[].class)
                .setParameter("account", accountId)
                .setParameter("dayEnd", dayEnd)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((String) row[0], new int[] {((Number) row[1]).intValue(),
                    row[2] == null ? 0 : ((Number) row[2]).intValue()});
        }
        return decks.all().stream().map(deck -> {
            int[] c = counts.getOrDefault(deck.code(), new int[2]);
            return new DeckSummary(deck.code(), deck.level(), deck.kind(), started.contains(deck.code()),
                    deck.size(), c[0], c[1]);
        }).toList();
    }

    /** Puts a deck's cards in the learner's queue; starting a started deck changes nothing. */
    @Transactional
    public void start(long accountId, String deckCode) {
        Deck deck = decks.deck(deckCode).orElseThrow(() -> CatalogRefusal.notFound("deck"));
        if (entityManager.find(DeckChoice.class, new DeckChoice.Key(accountId, deck.code())) == null) {
            entityManager.persist(new DeckChoice(accountId, deck.code(), clock.instant()));
            entityManager.flush();
        }
    }

    /** Takes a deck out of the queue; its cards keep their memory for when it is started again. */
    @Transactional
    public void stop(long accountId, String deckCode) {
        Deck deck = decks.deck(deckCode).orElseThrow(() -> CatalogRefusal.notFound("deck"));
        DeckChoice choice = entityManager.find(DeckChoice.class, new DeckChoice.Key(accountId, deck.code()));
        if (choice != null) {
            entityManager.remove(choice);
            entityManager.flush();
        }
    }

    /** The learner's settings, the defaults when they chose none. */
    public ReviewSettings settings(long accountId) {
        ReviewSettings settings = entityManager.find(ReviewSettings.class, accountId);
        return settings != null ? settings : ReviewSettings.defaults(accountId);
    }

    /**
     * Changes the daily new-card limit and the time zone whose midnight starts the learner's day
     * ({@code timeZone} null or blank for Asia/Tokyo).
     */
    @Transactional
    public ReviewSettings changeSettings(long accountId, int newPerDay, String timeZone) {
        if (newPerDay < 0 || newPerDay > ReviewSettings.MAX_NEW_PER_DAY) {
            throw CatalogRefusal.invalid("newPerDay", "Range",
                    "must be between 0 and " + ReviewSettings.MAX_NEW_PER_DAY);
        }
        ZoneId zone = null;
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                zone = ZoneId.of(timeZone.strip());
            } catch (DateTimeException e) {
                throw CatalogRefusal.invalid("timeZone", "TimeZone", "not a time zone such as Asia/Tokyo");
            }
        }
        ReviewSettings settings = entityManager.find(ReviewSettings.class, accountId);
        if (settings == null) {
            settings = new ReviewSettings(accountId);
            settings.change(newPerDay, zone);
            entityManager.persist(settings);
        } else {
            settings.change(newPerDay, zone);
        }
        entityManager.flush();
        return settings;
    }

    /** What is left today in the learner's started decks. */
    public DueCounts dueCounts(long accountId) {
        return plan(accountId, 0).counts();
    }

    /** The next cards to show, at most {@code limit} (1 to 50), with the interval of each rating. */
    public ReviewBatch next(long accountId, int limit) {
        if (limit < 1 || limit > MAX_BATCH) {
            throw CatalogRefusal.invalid("limit", "Range", "must be between 1 and " + MAX_BATCH);
        }
        Instant now = clock.instant();
        ReviewQueue.Plan plan = plan(accountId, limit);
        List<QueuedCard> cards = new ArrayList<>();
        for (ReviewQueue.Entry entry : plan.entries()) {
            FsrsCard memory = entry.card() == null ? FsrsCard.newCard(now) : entry.card().memory();
            cards.add(new QueuedCard(entry.item(), memory.state(), memory.reps(),
                    intervals(entry.item().key(), memory, reviewTime(memory, now))));
        }
        return new ReviewBatch(plan.counts(), cards);
    }

    /**
     * Rates a card. {@code expectedReps} is the reps the card was shown with (0 for a new card):
     * a rating for a showing that has been rated already is refused with CONFLICT
     * {@code stale-rating}, so a double tap reviews once.
     *
     * @throws CatalogRefusal NOT_FOUND when the item is unknown or not in a deck the learner has started
     */
    @Transactional
    public RatingOutcome rate(long accountId, String itemKey, Rating rating, int expectedReps) {
        if (rating == null) {
            throw CatalogRefusal.invalid("rating", "NotNull", "one of AGAIN, HARD, GOOD, EASY");
        }
        DeckItem item = decks.item(itemKey).orElseThrow(() -> CatalogRefusal.notFound("card"));
        if (entityManager.find(DeckChoice.class, new DeckChoice.Key(accountId, item.deckCode())) == null) {
            throw CatalogRefusal.notFound("card");
        }
        Instant now = clock.instant();
        ReviewCard card = entityManager.createQuery("select c from ReviewCard c"
                        + " where c.accountId = :account and c.itemKey = :key", ReviewCard.class)
                .setParameter("account", accountId)
                .setParameter("key", item.key())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        ReviewOutcome outcome;
        if (card == null) {
            if (expectedReps != 0) {
                throw ReviewCard.stale(item.key(), 0, expectedReps);
            }
            outcome = scheduler(item.key(), 0).review(FsrsCard.newCard(now), rating, now);
            card = new ReviewCard(accountId, item, outcome.card());
            try {
                entityManager.persist(card);
                entityManager.flush();
            } catch (PersistenceException concurrentFirstRating) {
                // The unique (account, item) row was written by a rating that got here first.
                throw ReviewCard.stale(item.key(), 1, expectedReps);
            }
        } else {
            card.requireReps(expectedReps);
            FsrsCard memory = card.memory();
            outcome = scheduler(item.key(), memory.reps()).review(memory, rating, reviewTime(memory, now));
            card.remember(outcome.card());
        }
        entityManager.persist(new ReviewLogEntry(card, outcome.log()));
        entityManager.flush();
        return new RatingOutcome(item.key(), rating, card.state(), card.due(), outcome.log().scheduledInterval(),
                card.reps(), dueCounts(accountId));
    }

    /** The ratings of one learner, oldest first. */
    public List<ReviewLogEntry> history(long accountId) {
        return entityManager.createQuery("select l from ReviewLogEntry l where l.accountId = :account"
                        + " order by l.reviewedAt, l.id", ReviewLogEntry.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    private ReviewQueue.Plan plan(long accountId, int limit) {
        Set<String> started = startedDecks(accountId);
        if (started.isEmpty()) {
            return new ReviewQueue.Plan(List.of(), DueCounts.NONE);
        }
        Instant now = clock.instant();
        ReviewSettings settings = settings(accountId);
        ZoneId zone = settings.zone();
        ReviewQueue.Day day = ReviewQueue.Day.of(now, zone);
        List<ReviewCard> cards = entityManager.createQuery("select c from ReviewCard c where c.accountId = :account"
                        + " and c.deckCode in :decks and c.due < :horizon", ReviewCard.class)
                .setParameter("account", accountId)
                .setParameter("decks", started)
                .setParameter("horizon", ReviewQueue.horizon(now, zone))
                .getResultList();
        Set<String> begun = new HashSet<>(entityManager.createQuery("select c.itemKey from ReviewCard c"
                        + " where c.accountId = :account and c.deckCode in :decks", String.class)
                .setParameter("account", accountId)
                .setParameter("decks", started)
                .getResultList());
        long begunToday = entityManager.createQuery("select count(l) from ReviewLogEntry l"
                        + " where l.accountId = :account and l.stateBefore = :new"
                        + " and l.reviewedAt >= :start and l.reviewedAt < :end", Long.class)
                .setParameter("account", accountId)
                .setParameter("new", CardState.NEW)
                .setParameter("start", day.start())
                .setParameter("end", day.end())
                .getSingleResult();
        int allowed = ReviewQueue.newRemaining(settings.newPerDay(), begunToday);
        List<DeckItem> unseen = new ArrayList<>();
        for (Deck deck : decks.all()) {
            if (!started.contains(deck.code())) {
                continue;
            }
            for (DeckItem item : deck.items()) {
                if (unseen.size() >= allowed) {
                    break;
                }
                if (!begun.contains(item.key())) {
                    unseen.add(item);
                }
            }
        }
        return ReviewQueue.plan(now, zone, settings.newPerDay(), begunToday, cards,
                card -> decks.item(card.itemKey()).orElse(null), unseen, limit);
    }

    private Set<String> startedDecks(long accountId) {
        return new HashSet<>(entityManager.createQuery("select d.deckCode from DeckChoice d"
                        + " where d.accountId = :account", String.class)
                .setParameter("account", accountId)
                .getResultList());
    }

    private NextIntervals intervals(String key, FsrsCard memory, Instant now) {
        return new NextIntervals(
                scheduler(key, memory.reps()).review(memory, Rating.AGAIN, now).log().scheduledInterval(),
                scheduler(key, memory.reps()).review(memory, Rating.HARD, now).log().scheduledInterval(),
                scheduler(key, memory.reps()).review(memory, Rating.GOOD, now).log().scheduledInterval(),
                scheduler(key, memory.reps()).review(memory, Rating.EASY, now).log().scheduledInterval());
    }

    /**
     * A scheduler whose fuzz is drawn from the card and its reps: cards learned together spread
     * out over a few days, yet the interval shown on a button is exactly the one the rating gives.
     */
    static FsrsScheduler scheduler(String itemKey, int reps) {
        long seed = itemKey.hashCode() * 0x9E3779B97F4A7C15L + reps;
        return FsrsScheduler.withFuzz(FsrsParameters.DEFAULT, new SplittableRandom(seed));
    }

    /** A server clock set back must not make a review come before the card's last one. */
    private static Instant reviewTime(FsrsCard memory, Instant now) {
        return memory.lastReview() != null && now.isBefore(memory.lastReview()) ? memory.lastReview() : now;
    }
}
