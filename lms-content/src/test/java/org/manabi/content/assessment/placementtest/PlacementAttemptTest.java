package org.manabi.content.assessment.placementtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.manabi.content.assessment.item.Option;
import org.manabi.content.assessment.item.PresentedItem;
import org.manabi.content.assessment.placement.Placement;
import org.manabi.content.assessment.placement.PlacementItem;
import org.manabi.content.catalog.CatalogRefusal;

/** The rules of a stored attempt, without a database: replay, the current item, refusals, finishing. */
class PlacementAttemptTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    private static Placement placement;

    @BeforeAll
    static void bank() {
        placement = PlacementBanks.placement("JLPT", PlacementTests.MAX_ITEMS, PlacementAttemptTest.class.getClassLoader());
    }

    @Test
    void theCurrentItemStaysTheSameAndAnAttemptRebuiltFromItsAnswersServesTheSameNextItem() {
        PlacementAttempt first = new PlacementAttempt(1, "JLPT", 42L, PlacementTests.MAX_ITEMS, CLOCK.instant());
        PlacementAttempt copy = new PlacementAttempt(1, "JLPT", 42L, PlacementTests.MAX_ITEMS, CLOCK.instant());
        for (int i = 0; i < 5; i++) {
            PlacementItem item = first.currentItem(placement).orElseThrow();
            assertEquals(item.id(), first.currentItem(placement).orElseThrow().id(), "asking again gives the same item");
            assertEquals(item.id(), copy.currentItem(placement).orElseThrow().id(), "same seed, same answers, same item");
            String option = i % 2 == 0 ? item.body().correctId() : wrongOption(item);
            first.answer(placement, item.id(), option, CLOCK.instant());
            copy.answer(placement, item.id(), option, CLOCK.instant());
        }
        assertEquals(first.session(placement), copy.session(placement));
        assertEquals(5, first.answers().size());
        assertEquals(3, first.answers().stream().filter(StoredAnswer::correct).count(), "graded on the server");
    }

    @Test
    void thePresentedItemHasNoAnswerAndTheSameOptionsInTheSameOrder() {
        PlacementAttempt attempt = new PlacementAttempt(1, "JLPT", 7L, PlacementTests.MAX_ITEMS, CLOCK.instant());
        PresentedItem shown = attempt.presentedItem(placement).orElseThrow();
        assertTrue(shown instanceof PresentedItem.SingleChoice);
        assertEquals(shown, attempt.presentedItem(placement).orElseThrow());
        assertEquals(4, ((PresentedItem.SingleChoice) shown).options().size());
    }

    @Test
    void anAnswerToAnotherItemAnUnknownOptionOrAFinishedAttemptIsRefused() {
        PlacementAttempt attempt = new PlacementAttempt(1, "JLPT", 11L, PlacementTests.MAX_ITEMS, CLOCK.instant());
        PlacementItem item = attempt.currentItem(placement).orElseThrow();
        CatalogRefusal wrongItem = assertThrows(CatalogRefusal.class,
                () -> attempt.answer(placement, item.id() + "x", item.body().correctId(), CLOCK.instant()));
        assertEquals(CatalogRefusal.Reason.CONFLICT, wrongItem.reason());
        assertEquals("itemId", wrongItem.problems().get(0).path());
        CatalogRefusal badOption = assertThrows(CatalogRefusal.class,
                () -> attempt.answer(placement, item.id(), "z", CLOCK.instant()));
        assertEquals(CatalogRefusal.Reason.INVALID, badOption.reason());
        assertEquals("optionId", badOption.problems().get(0).path());
        assertTrue(attempt.answers().isEmpty(), "refused answers are not kept");

        int answered = 0;
        while (!attempt.finished()) {
            PlacementItem current = attempt.currentItem(placement).orElseThrow();
            attempt.answer(placement, current.id(), current.body().correctId(), CLOCK.instant());
            answered++;
        }
        assertTrue(answered >= 6 && answered <= PlacementTests.MAX_ITEMS, "between min and max items: " + answered);
        assertEquals("JLPT_N2", attempt.band().orElseThrow(), "all right places at the top");
        assertEquals(CLOCK.instant(), attempt.finishedAt().orElseThrow());
        assertFalse(attempt.currentItem(placement).isPresent());
        CatalogRefusal finished = assertThrows(CatalogRefusal.class,
                () -> attempt.answer(placement, item.id(), item.body().correctId(), CLOCK.instant()));
        assertEquals("placement-finished", finished.code());
    }

    @Test
    void theItBasicsBankIsTheSingleChoiceItemsOfThePracticeSetAndPlacesFromThem() {
        Placement it = PlacementBanks.placement("it_basics", PlacementTests.MAX_ITEMS,
                PlacementAttemptTest.class.getClassLoader());
        PlacementAttempt strong = new PlacementAttempt(1, "IT_BASICS", 5L, PlacementTests.MAX_ITEMS, CLOCK.instant());
        PlacementAttempt weak = new PlacementAttempt(2, "IT_BASICS", 5L, PlacementTests.MAX_ITEMS, CLOCK.instant());
        while (!strong.finished()) {
            PlacementItem item = strong.currentItem(it).orElseThrow();
            assertEquals(4, item.body().options().size());
            strong.answer(it, item.id(), item.body().correctId(), CLOCK.instant());
        }
        while (!weak.finished()) {
            PlacementItem item = weak.currentItem(it).orElseThrow();
            weak.answer(it, item.id(), wrongOption(item), CLOCK.instant());
        }
        assertTrue(strong.answers().size() <= 19, "19 single-choice items in the set");
        assertEquals("ADVANCED", strong.band().orElseThrow());
        assertEquals("BELOW_BEGINNER", weak.band().orElseThrow());
        CatalogRefusal unknown = assertThrows(CatalogRefusal.class, () -> PlacementBanks.scale("TOEIC"));
        assertEquals("scale", unknown.problems().get(0).path());
    }

    private static String wrongOption(PlacementItem item) {
        return item.body().options().stream().map(Option::id).filter(id -> !id.equals(item.body().correctId()))
                .findFirst().orElseThrow();
    }
}
