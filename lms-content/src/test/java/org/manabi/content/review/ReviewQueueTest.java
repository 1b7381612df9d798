package org.manabi.content.review;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.content.catalog.Level;
import org.manabi.content.library.PracticeItem;
import org.manabi.content.review.fsrs.CardState;
import org.manabi.content.review.fsrs.FsrsCard;

/** The queue rules at fixed times: what comes first, the daily new-card limit, where a day ends in Tokyo. */
class ReviewQueueTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** 10:00 in Tokyo; the Tokyo day ends at 15:00 UTC. */
    private static final Clock MORNING = Clock.fixed(Instant.parse("2026-12-02T01:00:00Z"), ZoneOffset.UTC);

    private final Deck deck = Deck.of(Level.JLPT_N5, PracticeItem.Kind.VOCAB, List.of(
            word("日本", "にほん"), word("水", "みず"), word("山", "やま"), word("川", "かわ"), word("木", "き"),
            word("火", "ひ"), word("金", "かね"), word("土", "つち")));
    private final Map<String, DeckItem> byKey = deck.items().stream()
            .collect(Collectors.toMap(DeckItem::key, Function.identity()));

    @Test
    void cardsDueComeFirstEarliestFirstThenNewCardsThenLearningStepsDueSoon() {
        Instant now = MORNING.instant();
        ReviewCard reviewLaterToday = card(0, CardState.REVIEW, Instant.parse("2026-12-02T09:00:00Z"));
        ReviewCard reviewYesterday = card(1, CardState.REVIEW, Instant.parse("2026-12-01T05:00:00Z"));
        ReviewCard reviewTomorrow = card(2, CardState.REVIEW, Instant.parse("2026-12-02T15:00:00Z"));
        ReviewCard stepOver = card(3, CardState.LEARNING, now.minus(Duration.ofMinutes(1)));
        ReviewCard stepSoon = card(4, CardState.RELEARNING, now.plus(Duration.ofMinutes(10)));
        ReviewCard stepLater = card(5, CardState.LEARNING, now.plus(Duration.ofHours(1)));
        List<DeckItem> unseen = deck.items().subList(6, 8);

        ReviewQueue.Plan plan = ReviewQueue.plan(now, TOKYO, 20, 0,
                List.of(reviewLaterToday, reviewYesterday, reviewTomorrow, stepOver, stepSoon, stepLater),
                card -> byKey.get(card.itemKey()), unseen, 50);

        assertEquals(List.of(key(1), key(3), key(0), key(6), key(7), key(4)), keys(plan),
                "due reviews and finished steps by due time, then new cards, then a step due within 20 minutes;"
                        + " tomorrow's review and a step an hour away wait");
        assertNull(plan.entries().get(3).card(), "a new card has no stored card yet");
        assertEquals(new DueCounts(2, 3, 2), plan.counts());
        assertEquals(7, plan.counts().total());

        assertEquals(List.of(key(1), key(3)), keys(ReviewQueue.plan(now, TOKYO, 20, 0,
                List.of(reviewLaterToday, reviewYesterday, stepOver), card -> byKey.get(card.itemKey()), unseen, 2)),
                "the limit cuts the batch, due cards first");
    }

    @Test
    void newCardsStopAtTheDailyLimitCountingThoseBegunToday() {
        Instant now = MORNING.instant();
        List<DeckItem> unseen = deck.items();

        ReviewQueue.Plan fresh = ReviewQueue.plan(now, TOKYO, 5, 0, List.of(), card -> null, unseen, 50);
        assertEquals(List.of(key(0), key(1), key(2), key(3), key(4)), keys(fresh), "deck order, five a day");

        ReviewQueue.Plan afterThree = ReviewQueue.plan(now, TOKYO, 5, 3, List.of(), card -> null, unseen, 50);
        assertEquals(2, afterThree.entries().size());
        assertEquals(new DueCounts(0, 0, 2), afterThree.counts());

        ReviewQueue.Plan overLimit = ReviewQueue.plan(now, TOKYO, 5, 7, List.of(), card -> null, unseen, 50);
        assertEquals(List.of(), overLimit.entries(), "a limit lowered below today's count gives none, not fewer than none");
        assertEquals(DueCounts.NONE, overLimit.counts());

        assertEquals(3, ReviewQueue.plan(now, TOKYO, 20, 0, List.of(), card -> null, unseen.subList(0, 3), 50)
                .counts().fresh(), "no more new cards than the decks have left");
    }

    @Test
    void theDayEndsAtMidnightInTokyoNotInUtc() {
        Instant lateEvening = Instant.parse("2026-12-02T14:30:00Z"); // 23:30 in Tokyo
        assertEquals(new ReviewQueue.Day(Instant.parse("2026-12-01T15:00:00Z"), Instant.parse("2026-12-02T15:00:00Z")),
                ReviewQueue.Day.of(lateEvening, TOKYO));

        ReviewCard beforeMidnight = card(0, CardState.REVIEW, Instant.parse("2026-12-02T14:59:00Z"));
        ReviewCard atMidnight = card(1, CardState.REVIEW, Instant.parse("2026-12-02T15:00:00Z"));
        List<ReviewCard> cards = List.of(beforeMidnight, atMidnight);

        assertEquals(List.of(key(0)), keys(ReviewQueue.plan(lateEvening, TOKYO, 0, 0, cards,
                card -> byKey.get(card.itemKey()), List.of(), 50)), "00:00 in Tokyo is tomorrow");
        assertEquals(List.of(key(0), key(1)), keys(ReviewQueue.plan(lateEvening, ZoneOffset.UTC, 0, 0, cards,
                card -> byKey.get(card.itemKey()), List.of(), 50)), "in UTC the same evening is still 14:30");

        Instant afterMidnight = Instant.parse("2026-12-02T15:00:00Z");
        assertEquals(List.of(key(0), key(1)), keys(ReviewQueue.plan(afterMidnight, TOKYO, 0, 0, cards,
                card -> byKey.get(card.itemKey()), List.of(), 50)));
        assertEquals(Instant.parse("2026-12-02T15:00:00Z"), ReviewQueue.Day.of(afterMidnight, TOKYO).start(),
                "a new day in Tokyo, so the new-card count starts again");
        assertEquals(Instant.parse("2026-12-03T15:00:00Z"), ReviewQueue.horizon(afterMidnight, TOKYO));
        assertEquals(Instant.parse("2026-12-02T15:09:00Z"),
                ReviewQueue.horizon(Instant.parse("2026-12-02T14:49:00Z"), TOKYO),
                "near midnight a learning step due soon is still read");
    }

    @Test
    void aRatingForAShowingAlreadyRatedIsRefused() {
        ReviewCard card = card(0, CardState.LEARNING, MORNING.instant());
        assertDoesNotThrow(() -> card.requireReps(2), "shown with two reviews, rated with two");
        CatalogRefusal stale = assertThrows(CatalogRefusal.class, () -> card.requireReps(1));
        assertEquals(CatalogRefusal.Reason.CONFLICT, stale.reason());
        assertEquals("stale-rating", stale.code());
        assertThrows(CatalogRefusal.class, () -> card.requireReps(3), "nor a rating for a future showing");
    }

    @Test
    void itemsWithTheSamePromptAndReadingGetKeysOfTheirOwn() {
        Deck twice = Deck.of(Level.JLPT_N5, PracticeItem.Kind.VOCAB,
                List.of(word("生", "なま"), word("生", "なま"), word("生", "せい")));
        assertEquals(List.of("JLPT-N5-VOCAB|生|なま", "JLPT-N5-VOCAB|生|なま|2", "JLPT-N5-VOCAB|生|せい"),
                twice.items().stream().map(DeckItem::key).toList());
    }

    private String key(int index) {
        return deck.items().get(index).key();
    }

    private static List<String> keys(ReviewQueue.Plan plan) {
        List<String> keys = new ArrayList<>();
        plan.entries().forEach(entry -> keys.add(entry.item().key()));
        return keys;
    }

    private ReviewCard card(int index, CardState state, Instant due) {
        Instant last = due.minus(Duration.ofMinutes(30));
        return new ReviewCard(1L, deck.items().get(index),
                new FsrsCard(state, 0, 3.0, 5.0, due, last, 2, 0));
    }

    private static PracticeItem word(String prompt, String reading) {
        return new PracticeItem(PracticeItem.Kind.VOCAB, Level.JLPT_N5, prompt, reading, "meaning of " + prompt,
                null, "N5 語彙 Vocabulary 01");
    }
}
