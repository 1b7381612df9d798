package org.manabi.content.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.manabi.content.catalog.Category;
import org.manabi.content.catalog.CourseDefinition;
import org.manabi.content.catalog.LessonDefinition;
import org.manabi.content.catalog.LessonKind;
import org.manabi.content.catalog.Level;

class JlptLibraryTest {

    private static final ClassLoader LOADER = JlptLibraryTest.class.getClassLoader();
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    private static final Pattern WORD_HEADING = Pattern.compile("(?m)^## (.+)$");

    private static List<CourseDefinition> courses;

    @BeforeAll
    static void build() {
        courses = JlptLibrary.courses(LOADER);
    }

    @Test
    void twelveCoursesWithStableCodesFromN5ToN2() {
        List<String> codes = courses.stream().map(CourseDefinition::code).toList();
        assertEquals(List.of(
                "JLPT-N5-VOCAB", "JLPT-N5-KANJI", "JLPT-N5-GRAMMAR",
                "JLPT-N4-VOCAB", "JLPT-N4-KANJI", "JLPT-N4-GRAMMAR",
                "JLPT-N3-VOCAB", "JLPT-N3-KANJI", "JLPT-N3-GRAMMAR",
                "JLPT-N2-VOCAB", "JLPT-N2-KANJI", "JLPT-N2-GRAMMAR"), codes);
        for (CourseDefinition c : courses) {
            assertTrue(CODE.matcher(c.code()).matches(), c.code());
            assertEquals(Category.JAPANESE, c.category());
            assertEquals("ja", c.language());
            assertTrue(c.tags().contains("JLPT"));
            assertTrue(c.lessonCount() > 0, c.code());
        }
        assertEquals(Set.copyOf(JlptLibrary.LEVELS),
                EnumSet.copyOf(courses.stream().map(CourseDefinition::level).toList()));
        assertEquals(List.of("JLPT-N4-KANJI"), courses.get(7).prerequisites());
    }

    @Test
    void coursesKeepTheCatalogLimits() {
        for (CourseDefinition c : courses) {
            assertTrue(c.title().length() <= 200 && c.summary().length() <= 2000, c.code());
            assertTrue(c.estimatedHours() >= 0.5 && c.estimatedHours() <= 1000, c.code());
            assertEquals(0, (c.estimatedHours() * 2) % 1, 0.0, c.code());
            assertTrue(c.tags().size() <= 20 && c.tags().stream().allMatch(t -> !t.isEmpty() && t.length() <= 40));
            assertTrue(c.objectives().stream().allMatch(o -> o.length() <= 300));
            assertTrue(c.sections().size() <= 200);
            c.sections().forEach(s -> {
                assertTrue(!s.title().isEmpty() && s.title().length() <= 200);
                assertTrue(s.lessons().size() <= 500);
            });
            List<LessonDefinition> all = allLessons(c);
            for (int i = 0; i < all.size(); i++) {
                LessonDefinition l = all.get(i);
                assertTrue(l.title().length() <= 200, l.title());
                assertTrue(l.minutes() >= 1 && l.minutes() <= 600);
                if (i % 2 == 0) {
                    assertEquals(LessonKind.TEXT, l.kind());
                    assertTrue(l.body().contains("## 練習 Practice"), l.title());
                } else {
                    assertEquals(LessonKind.QUIZ, l.kind(), "each lesson is followed by its quiz");
                    assertTrue(l.reference().matches("jlpt-practice\\.N[2-5]\\.(VOCAB|KANJI|GRAMMAR)\\."
                            + (i / 2 + 1)), l.reference());
                }
            }
        }
    }

    @Test
    void vocabularyLessonsHoldAtMostTwentyWordsAndKanjiWordsHaveFurigana() {
        int kanjiWords = 0;
        for (CourseDefinition c : byPart("VOCAB")) {
            for (LessonDefinition l : lessons(c)) {
                List<String> headings = headings(l.body());
                assertTrue(headings.size() <= JlptLibrary.WORDS_PER_LESSON, l.title());
                for (String heading : headings) {
                    if (Furigana.hasKanji(heading)) {
                        kanjiWords++;
                        assertTrue(heading.contains("{") && heading.contains("|"), heading);
                    }
                }
            }
        }
        assertTrue(kanjiWords > 3000, "kanji words: " + kanjiWords);
        String firstN5 = lessons(byPart("VOCAB").get(0)).stream().map(LessonDefinition::body)
                .filter(b -> b.contains("お{菓子|かし}")).findFirst().orElse(null);
        assertNotNull(firstN5, "お菓子 is written お{菓子|かし}");
    }

    @Test
    void kanjiAndGrammarLessonsHaveTheirSizes() {
        for (CourseDefinition c : byPart("KANJI")) {
            for (LessonDefinition l : lessons(c)) {
                assertTrue(headings(l.body()).size() <= JlptLibrary.KANJI_PER_LESSON);
                assertTrue(l.body().contains("画数 Strokes: "));
            }
        }
        for (CourseDefinition c : byPart("GRAMMAR")) {
            for (LessonDefinition l : lessons(c)) {
                assertTrue(headings(l.body()).size() <= JlptLibrary.GRAMMAR_PER_LESSON);
            }
            assertTrue(lessons(c).stream().anyMatch(l -> l.body().contains("https://hanabira.org")), c.code());
        }
    }

    @Test
    void noExampleSentenceIsOffensive() {
        Pattern example = Pattern.compile("(?m)^- 例 (.+)$");
        int examples = 0;
        for (CourseDefinition c : courses) {
            for (LessonDefinition l : lessons(c)) {
                Matcher m = example.matcher(l.body());
                while (m.find()) {
                    examples++;
                    String line = m.group(1).replace("\\", "");
                    assertFalse(OffensiveContentFilter.isOffensive(line), line);
                }
            }
        }
        assertTrue(examples > 5000, "examples: " + examples);
        assertFalse(courses.stream().flatMap(c -> lessons(c).stream())
                .anyMatch(l -> l.body().contains("Go to hell")));
    }

    @Test
    void practiceItemsCoverEveryLevelAndKind() {
        for (Level level : JlptLibrary.LEVELS) {
            List<PracticeItem> items = JlptLibrary.practiceItems(LOADER, level);
            for (PracticeItem.Kind kind : PracticeItem.Kind.values()) {
                assertTrue(items.stream().anyMatch(i -> i.kind() == kind), level + " " + kind);
            }
            for (PracticeItem item : items) {
                assertEquals(level, item.level());
                assertFalse(item.prompt().isBlank());
                assertFalse(item.answer().isBlank(), item.prompt());
                assertNotNull(item.sourceLessonTitle());
            }
        }
        List<PracticeItem> n5 = JlptLibrary.practiceItems(LOADER, Level.JLPT_N5);
        PracticeItem okane = n5.stream().filter(i -> i.prompt().equals("お金")).findFirst().orElseThrow();
        assertEquals("おかね", okane.reading());
        assertEquals("money", okane.answer());
        assertTrue(n5.stream().anyMatch(i -> "verb".equals(i.partOfSpeech())));
    }

    @Test
    void theSameDataGivesTheSameCourses() {
        assertEquals(courses, JlptLibrary.courses(LOADER));
        assertEquals(JlptLibrary.practiceItems(LOADER, Level.JLPT_N3),
                JlptLibrary.practiceItems(LOADER, Level.JLPT_N3));
    }

    @Test
    void furiganaGoesOverTheKanjiOnly() {
        assertEquals("{食|た}べ{物|もの}", Furigana.annotate("食べ物", "たべもの"));
        assertEquals("お{菓子|かし}", Furigana.annotate("お菓子", "おかし"));
        assertEquals("{日本語|にほんご}", Furigana.annotate("日本語", "にほんご"));
        assertEquals("あさって", Furigana.annotate("あさって", ""));
        assertEquals("ガス{代|だい}", Furigana.annotate("ガス代", "がすだい"));
        assertEquals("{何|なに}", Furigana.annotate("何", JlptData.chooseReading("何", "なん/なに", "なに")));
        assertEquals("おかねもち", JlptData.chooseReading("お金持ち", "かねもち/おかねもち", null));
    }

    private static List<CourseDefinition> byPart(String part) {
        return courses.stream().filter(c -> c.code().endsWith("-" + part)).toList();
    }

    /** The reading lessons, without the quiz after each. */
    private static List<LessonDefinition> lessons(CourseDefinition c) {
        return allLessons(c).stream().filter(l -> l.kind() == LessonKind.TEXT).toList();
    }

    private static List<LessonDefinition> allLessons(CourseDefinition c) {
        return c.sections().stream().flatMap(s -> s.lessons().stream()).toList();
    }

    /** The item headings of a lesson: every second-level heading except the practice part. */
    private static List<String> headings(String body) {
        List<String> headings = new ArrayList<>();
        Matcher m = WORD_HEADING.matcher(body);
        while (m.find()) {
            if (!m.group(1).startsWith("練習")) {
                headings.add(m.group(1));
            }
        }
        return headings;
    }
}
