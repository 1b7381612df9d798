package org.manabi.content.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.content.catalog.Level;
import org.manabi.content.library.PracticeItem;
import org.manabi.content.review.fsrs.CardState;
import org.manabi.content.review.fsrs.Rating;
import org.manabi.core.identity.Account;
import org.manabi.core.identity.Role;
import org.manabi.core.testsupport.JpaTestDatabase;

/**
 * Reviews against a real database (H2 and PostgreSQL): a learner starts a deck, rates cards (a
 * double tap is refused and writes nothing), the new-card limit starts again after midnight in
 * Tokyo, another learner never sees or rates the first one's cards, and a stopped deck keeps its cards.
 */
class ReviewsIT {

    private static final String UNIT = "manabi-content-test";
    private static final String DECK = "JLPT-N5-VOCAB";

    static Stream<Arguments> databases() {
        return JpaTestDatabase.h2AndPostgres(UNIT);
    }

    /** A clock the test moves forward. */
    private static final class SettableClock extends Clock {
        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final Decks decks = Decks.of(List.of(Deck.of(Level.JLPT_N5, PracticeItem.Kind.VOCAB, List.of(
            word("日本", "にほん"), word("水", "みず"), word("山", "やま"), word("川", "かわ"), word("木", "き")))));
    /** 10:00 in Tokyo. */
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-02T01:00:00Z"));

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLearnerStudiesADeckAndADoubleTapReviewsOnce(String name, Supplier<JpaTestDatabase> databases) {
        try (JpaTestDatabase database = databases.get()) {
            long learner = account(database, "learner-1");
            long other = account(database, "learner-2");
            assertEquals(DueCounts.NONE, read(database, r -> r.dueCounts(learner)), "no deck started, nothing due");

            write(database, r -> {
                r.start(learner, DECK);
                r.start(learner, DECK);
                return r.changeSettings(learner, 3, null);
            });
            assertEquals(new DueCounts(0, 0, 3), read(database, r -> r.dueCounts(learner)));
            ReviewBatch first = read(database, r -> r.next(learner, 10));
            assertEquals(List.of("日本", "水", "山"), first.cards().stream().map(c -> c.item().item().prompt()).toList());
            QueuedCard nihon = first.cards().get(0);
            assertEquals(CardState.NEW, nihon.state());
            assertEquals(0, nihon.reps());
            assertEquals(Duration.ofMinutes(1), nihon.intervals().again());
            assertEquals(Duration.ofMinutes(10), nihon.intervals().good());
            assertTrue(nihon.intervals().easy().toDays() >= 1);

            RatingOutcome good = write(database, r -> r.rate(learner, nihon.item().key(), Rating.GOOD, 0));
            assertEquals(CardState.LEARNING, good.state());
            assertEquals(clock.instant().plus(nihon.intervals().good()), good.due(), "the button showed the interval");
            assertEquals(1, good.reps());
            CatalogRefusal doubleTap = assertThrows(CatalogRefusal.class,
                    () -> write(database, r -> r.rate(learner, nihon.item().key(), Rating.GOOD, 0)));
            assertEquals("stale-rating", doubleTap.code());

            QueuedCard mizu = first.cards().get(1);
            RatingOutcome easy = write(database, r -> r.rate(learner, mizu.item().key(), Rating.EASY, 0));
            assertEquals(CardState.REVIEW, easy.state());
            assertEquals(mizu.intervals().easy(), easy.interval());
            assertEquals(new DueCounts(0, 1, 1), easy.counts(), "one new card left today, one in its steps");
            assertEquals(2, read(database, r -> r.history(learner)).size(), "the double tap wrote no log");

            assertEquals(DueCounts.NONE, read(database, r -> r.dueCounts(other)), "another learner sees nothing");
            CatalogRefusal notTheirs = assertThrows(CatalogRefusal.class,
                    () -> write(database, r -> r.rate(other, nihon.item().key(), Rating.AGAIN, 1)));
            assertEquals(CatalogRefusal.Reason.NOT_FOUND, notTheirs.reason());
            write(database, r -> {
                r.start(other, DECK);
                return null;
            });
            QueuedCard theirs = read(database, r -> r.next(other, 10)).cards().get(0);
            assertEquals(nihon.item().key(), theirs.item().key());
            assertEquals(0, theirs.reps(), "the same item is a new card of their own");
            write(database, r -> r.rate(other, theirs.item().key(), Rating.AGAIN, 0));
            assertEquals(1, read(database, r -> r.history(other)).size());

            clock.advance(Duration.ofMinutes(11));
            ReviewBatch later = read(database, r -> r.next(learner, 10));
            assertEquals(List.of("日本", "山"), later.cards().stream().map(c -> c.item().item().prompt()).toList(),
                    "the finished learning step before the last new card");
            assertEquals(1, later.cards().get(0).reps());

            clock.advance(Duration.ofHours(14)); // 00:11 the next day in Tokyo
            assertEquals(new DueCounts(0, 1, 3), read(database, r -> r.dueCounts(learner)),
                    "a new day: three new cards again (of the three left), the easy card days away");

            write(database, r -> {
                r.stop(learner, DECK);
                return null;
            });
            assertEquals(DueCounts.NONE, read(database, r -> r.dueCounts(learner)));
            assertThrows(CatalogRefusal.class, () -> write(database, r -> r.rate(learner, nihon.item().key(), Rating.GOOD, 1)));
            write(database, r -> {
                r.start(learner, DECK);
                return null;
            });
            DeckSummary summary = read(database, r -> r.decks(learner)).get(0);
            assertEquals(new DeckSummary(DECK, Level.JLPT_N5, PracticeItem.Kind.VOCAB, true, 5, 2, 1), summary,
                    "restarted, the cards kept their memory");
            long newcomer = account(database, "learner-3");
            assertFalse(read(database, r -> r.decks(newcomer)).get(0).started());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void badSettingsAndUnknownDecksAreRefused(String name, Supplier<JpaTestDatabase> databases) {
        try (JpaTestDatabase database = databases.get()) {
            long learner = account(database, "learner-1");
            CatalogRefusal tooMany = assertThrows(CatalogRefusal.class,
                    () -> write(database, r -> r.changeSettings(learner, 201, null)));
            assertEquals("newPerDay", tooMany.problems().get(0).path());
            CatalogRefusal zone = assertThrows(CatalogRefusal.class,
                    () -> write(database, r -> r.changeSettings(learner, 10, "Mars/Olympus")));
            assertEquals("timeZone", zone.problems().get(0).path());
            assertEquals(ReviewSettings.DEFAULT_NEW_PER_DAY, read(database, r -> r.settings(learner)).newPerDay());

            assertEquals(ZoneId.of("Asia/Manila"),
                    write(database, r -> r.changeSettings(learner, 10, "Asia/Manila")).zone());
            assertEquals(10, read(database, r -> r.settings(learner)).newPerDay());
            assertEquals(CatalogRefusal.Reason.NOT_FOUND, assertThrows(CatalogRefusal.class,
                    () -> write(database, r -> {
                        r.start(learner, "JLPT-N9-VOCAB");
                        return null;
                    })).reason());
            assertThrows(CatalogRefusal.class, () -> read(database, r -> r.next(learner, 0)));
        }
    }

    private static PracticeItem word(String prompt, String reading) {
        return new PracticeItem(PracticeItem.Kind.VOCAB, Level.JLPT_N5, prompt, reading, "meaning of " + prompt,
                null, "N5 語彙 Vocabulary 01");
    }

    private static long account(JpaTestDatabase database, String loginId) {
        return database.inTransaction(em -> {
            Account account = new Account(loginId, loginId, null, "x", Set.of(Role.LEARNER), false,
                    Instant.parse("2026-01-01T00:00:00Z"));
            em.persist(account);
            em.flush();
            return account.id();
        });
    }

    private <T> T write(JpaTestDatabase database, Function<Reviews, T> work) {
        return database.inTransaction(em -> work.apply(new Reviews(em, clock, decks)));
    }

    private <T> T read(JpaTestDatabase database, Function<Reviews, T> query) {
        return database.read(em -> query.apply(new Reviews(em, clock, decks)));
    }
}
