package org.manabi.content.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.manabi.content.review.fsrs.CardState;

/**
 * The rules of a learner's daily queue, as plain functions of the time so tests can fix it.
 *
 * <ol>
 * <li>Cards already begun come first: a REVIEW card due at any time before the learner's day
 * ends, a learning or relearning card once its step is over (due now), earliest due first.</li>
 * <li>Then new cards, in deck order, as many as the daily limit still allows: the limit counts the
 * new cards rated since the learner's day began.</li>
 * <li>Last, learning cards due within {@link #LEARN_AHEAD}, so a learner who has nothing else left
 * can finish the steps instead of waiting a few minutes for them.</li>
 * </ol>
 *
 * <p>A day runs from midnight to midnight in the learner's time zone.
 */
public final class ReviewQueue {

    /** As in Anki: learning steps due this soon may be shown early when nothing else is left. */
    public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    private static final Comparator<ReviewCard> EARLIEST_DUE =
            Comparator.comparing(ReviewCard::due).thenComparing(ReviewCard::itemKey);

    private ReviewQueue() {
    }

    /** The learner's current day, [start, end), in their zone. */
    public record Day(Instant start, Instant end) {

        public static Day of(Instant now, ZoneId zone) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            return new Day(today.atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    /** One place in the queue: a begun card, or a new item ({@code card} null). */
    public record Entry(DeckItem item, ReviewCard card) {
    }

    /** The queue in order, cut at the limit, and what is left today. */
    public record Plan(List<Entry> entries, DueCounts counts) {
    }

    /** Until when begun cards must be read to plan the queue at {@code now}. */
    public static Instant horizon(Instant now, ZoneId zone) {
        Instant dayEnd = Day.of(now, zone).end();
        Instant ahead = now.plus(LEARN_AHEAD);
        return ahead.isAfter(dayEnd) ? ahead : dayEnd;
    }

    /** New cards still allowed today. */
    public static int newRemaining(int newPerDay, long begunToday) {
        return (int) Math.max(0, newPerDay - begunToday);
    }

    /**
     * Plans the queue.
     *
     * @param cards      the learner's begun cards in started decks (any due time; later ones are ignored)
     * @param itemOf     the deck item of a begun card
     * @param unseen     the items of started decks never rated, in the order to introduce them
     * @param begunToday new cards rated since the learner's day began
     * @param limit      the most entries to return
     */
    public static Plan plan(Instant now, ZoneId zone, int newPerDay, long begunToday, List<ReviewCard> cards,
                            Function<ReviewCard, DeckItem> itemOf, List<DeckItem> unseen,
                            int limit) {
        Day day = Day.of(now, zone);
        List<ReviewCard> dueNow = new ArrayList<>();
        List<ReviewCard> ahead = new ArrayList<>();
        int reviews = 0;
        int learning = 0;
        for (ReviewCard card : cards) {
            boolean inReview = card.state() == CardState.REVIEW;
            if (card.due().isBefore(day.end())) {
                if (inReview) {
                    reviews++;
                } else {
                    learning++;
                }
            }
            if (inReview ? card.due().isBefore(day.end()) : !card.due().isAfter(now)) {
                dueNow.add(card);
            } else if (!inReview && !card.due().isAfter(now.plus(LEARN_AHEAD))) {
                ahead.add(card);
            }
        }
        dueNow.sort(EARLIEST_DUE);
        ahead.sort(EARLIEST_DUE);
        int fresh = Math.min(newRemaining(newPerDay, begunToday), unseen.size());

        List<Entry> entries = new ArrayList<>();
        for (ReviewCard card : dueNow) {
            entries.add(new Entry(itemOf.apply(card), card));
        }
        for (DeckItem item : unseen.subList(0, fresh)) {
            entries.add(new Entry(item, null));
        }
        for (ReviewCard card : ahead) {
            entries.add(new Entry(itemOf.apply(card), card));
        }
        List<Entry> batch = entries.stream().filter(entry -> entry.item() != null).limit(Math.max(0, limit)).toList();
        return new Plan(batch, new DueCounts(reviews, learning, fresh));
    }
}
