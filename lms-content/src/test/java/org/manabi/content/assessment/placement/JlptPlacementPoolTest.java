package org.manabi.content.assessment.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.manabi.content.assessment.item.Grader;
import org.manabi.content.assessment.item.Option;
import org.manabi.content.catalog.Level;
import org.manabi.content.library.JlptLibrary;
import org.manabi.content.library.PracticeItem;

class JlptPlacementPoolTest {

    private static List<PracticeItem> practice;
    private static List<PlacementItem> bank;

    @BeforeAll
    static void build() {
        ClassLoader loader = JlptPlacementPoolTest.class.getClassLoader();
        practice = JlptLibrary.LEVELS.stream().flatMap(l -> JlptLibrary.practiceItems(loader, l).stream()).toList();
        bank = JlptPlacementPool.build(practice, PlacementScale.JLPT, 7L);
    }

    @Test
    void everyLevelAndSkillHasItems() {
        Map<String, Integer> census = JlptPlacementPool.census(bank);
        for (Level level : JlptLibrary.LEVELS) {
            for (Skill skill : PlacementScale.JLPT.skills()) {
                assertTrue(census.getOrDefault(level + "/" + skill, 0) >= 15, level + "/" + skill + " " + census);
            }
        }
        assertTrue(bank.size() > 0.9 * practice.size(), bank.size() + " of " + practice.size());
        assertEquals(bank.size(), bank.stream().map(PlacementItem::id).collect(Collectors.toSet()).size());
    }

    @Test
    void theSameSeedGivesTheSameBankAndAnotherSeedOtherOptions() {
        assertEquals(bank, JlptPlacementPool.build(practice, PlacementScale.JLPT, 7L));
        List<PlacementItem> other = JlptPlacementPool.build(practice, PlacementScale.JLPT, 8L);
        assertEquals(bank.stream().map(PlacementItem::id).toList().subList(0, 50),
                other.stream().map(PlacementItem::id).toList().subList(0, 50));
        assertNotEquals(bank, other);
    }

    @Test
    void fourDistinctOptionsAndTheRightOneGradesAsRight() {
        for (PlacementItem item : bank) {
            List<Option> options = item.body().options();
            assertEquals(4, options.size(), item.id());
            assertEquals(4, options.stream().map(o -> o.text().strip()).collect(Collectors.toSet()).size(), item.id());
            assertEquals(1.0, new Grader().grade(item.body(), new org.manabi.content.assessment.item.Response.Choice(
                    item.body().correctId())).score(), item.id());
        }
    }

    @Test
    void wrongOptionsComeFromTheSameLevelAndKindAndNeverShareTheMeaning() {
        for (PlacementItem item : bank) {
            if (item.skill() != Skill.VOCABULARY) {
                continue;
            }
            String right = text(item, item.body().correctId());
            Set<String> rightGlosses = JlptPlacementPool.glosses(right);
            for (Option o : item.body().options()) {
                if (!o.id().equals(item.body().correctId())) {
                    Set<String> wrong = new HashSet<>(JlptPlacementPool.glosses(o.text()));
                    wrong.retainAll(rightGlosses);
                    assertTrue(wrong.isEmpty(), item.id() + " shares " + wrong);
                }
            }
        }
        PracticeItem eat = new PracticeItem(PracticeItem.Kind.VOCAB, Level.JLPT_N5, "食べる", "たべる", "to eat",
                "verb", "t");
        PracticeItem eatAlso = new PracticeItem(PracticeItem.Kind.VOCAB, Level.JLPT_N5, "食う", "くう",
                "to eat (rough)", "verb", "t");
        PracticeItem drink = new PracticeItem(PracticeItem.Kind.VOCAB, Level.JLPT_N5, "飲む", "のむ", "to drink",
                "verb", "t");
        assertFalse(JlptPlacementPool.safe(eat, eatAlso));
        assertTrue(JlptPlacementPool.safe(eat, drink));
    }

    @Test
    void verbsGetVerbsAsWrongOptions() {
        int verbs = 0;
        for (PlacementItem item : bank) {
            if (item.skill() == Skill.VOCABULARY && text(item, item.body().correctId()).startsWith("to ")) {
                verbs++;
                for (Option o : item.body().options()) {
                    assertTrue(o.text().startsWith("to "), item.id() + ": " + o.text());
                }
            }
        }
        assertTrue(verbs > 100, "the bank asks about verbs: " + verbs);
    }

    @Test
    void kanjiWrongOptionsShareNoReading() {
        PracticeItem day = new PracticeItem(PracticeItem.Kind.KANJI, Level.JLPT_N5, "日", "ニチ、ジツ／ひ、-び", "day", null, "t");
        PracticeItem book = new PracticeItem(PracticeItem.Kind.KANJI, Level.JLPT_N5, "本", "ホン／もと", "book", null, "t");
        PracticeItem two = new PracticeItem(PracticeItem.Kind.KANJI, Level.JLPT_N5, "二", "ニ／ふた、ふた.つ", "two", null, "t");
        PracticeItem fire = new PracticeItem(PracticeItem.Kind.KANJI, Level.JLPT_N5, "火", "カ／ひ、-び", "fire", null, "t");
        assertTrue(JlptPlacementPool.safe(day, book));
        assertTrue(JlptPlacementPool.safe(day, two));
        assertFalse(JlptPlacementPool.safe(day, fire));
        for (PlacementItem item : bank) {
            if (item.skill() == Skill.KANJI) {
                Set<String> right = JlptPlacementPool.readings(text(item, item.body().correctId()));
                for (Option o : item.body().options()) {
                    if (!o.id().equals(item.body().correctId())) {
                        Set<String> shared = new HashSet<>(JlptPlacementPool.readings(o.text()));
                        shared.retainAll(right);
                        assertTrue(shared.isEmpty(), item.id() + " shares " + shared);
                    }
                }
            }
        }
    }

    @Test
    void difficultyFollowsTheLevelAndKanjiFrequency() {
        for (PlacementItem item : bank) {
            double prior = PlacementScale.JLPT.difficulty(item.level());
            double spread = item.skill() == Skill.KANJI ? JlptPlacementPool.KANJI_SPREAD : 0;
            assertTrue(Math.abs(item.difficulty() - prior) <= spread + 1e-9, item.id() + " " + item.difficulty());
        }
        PlacementItem sun = bank.stream().filter(i -> i.id().equals("JLPT_N5-KANJI-日")).findFirst().orElseThrow();
        assertEquals(PlacementScale.JLPT.difficulty(Level.JLPT_N5) - JlptPlacementPool.KANJI_SPREAD, sun.difficulty(),
                1e-9);
    }

    private static String text(PlacementItem item, String optionId) {
        return item.body().options().stream().filter(o -> o.id().equals(optionId)).findFirst().orElseThrow().text();
    }

    @Test
    void grammarOptionsDoNotGiveTheMeaningAwayInBrackets() {
        assertEquals("〜が", JlptPlacementPool.pattern("〜が（but）"));
        assertEquals("だれ～", JlptPlacementPool.pattern("だれ～ (dare～)"));
        assertEquals("Noun に 戻ります", JlptPlacementPool.pattern("Noun に 戻ります (Noun ni modorimasu)"));
        assertEquals("(xyz)", JlptPlacementPool.pattern("(xyz)"));
        for (PlacementItem item : bank) {
            if (item.skill() == Skill.GRAMMAR) {
                for (Option o : item.body().options()) {
                    assertFalse(o.text().matches(".*[（(][^）)]*[A-Za-z][^）)]*[）)].*"), item.id() + ": " + o.text());
                }
            }
        }
    }

    @Test
    void markdownInTheDataIsEscaped() {
        assertEquals("\\# 1", JlptPlacementPool.escape("# 1"));
        assertEquals("a\\*b\\* \\[x\\]", JlptPlacementPool.escape("a*b* [x]"));
        assertEquals("〜ながら", JlptPlacementPool.escape("〜ながら"));
        assertTrue(bank.stream().flatMap(i -> i.body().options().stream()).noneMatch(o -> o.text().startsWith("#")));
    }
}
