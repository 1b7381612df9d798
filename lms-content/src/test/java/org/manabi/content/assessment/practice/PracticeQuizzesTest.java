package org.manabi.content.assessment.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.manabi.content.assessment.bank.BankItemDefinition;
import org.manabi.content.assessment.item.Grader;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.assessment.item.Response;
import org.manabi.content.catalog.Level;
import org.manabi.content.library.JlptLibrary;
import org.manabi.content.library.PracticeItem;

/** The bundled practice sets read whole, and the JLPT lesson quizzes made from the lesson's own items. */
class PracticeQuizzesTest {

    private static final ClassLoader LOADER = PracticeQuizzesTest.class.getClassLoader();

    @Test
    void theItPassportSetsAreThreeFieldsOfTenItemsEachAnsweredRightByTheirOwnKey() {
        List<PracticeSets.PracticeSet> sets = PracticeSets.readResource(LOADER, PracticeSets.ITP_PRACTICE, "ITP");
        assertEquals(List.of("ITP-STRATEGY-1", "ITP-MANAGEMENT-1", "ITP-TECHNOLOGY-1"),
                sets.stream().map(PracticeSets.PracticeSet::code).toList());
        assertEquals(List.of("strategy", "management", "technology"),
                sets.stream().map(PracticeSets.PracticeSet::skill).toList());
        Set<String> keys = new HashSet<>();
        Grader grader = new Grader();
        for (PracticeSets.PracticeSet set : sets) {
            assertEquals(10, set.items().size(), set.code());
            for (PracticeSets.PracticeItem item : set.items()) {
                assertTrue(keys.add(item.key()), "keys are unique: " + item.key());
                assertTrue(item.explanation() != null && !item.explanation().isBlank(), item.key());
                BankItemDefinition definition = item.definition();
                assertEquals("ITP", definition.level());
                assertTrue(definition.tags().contains(set.code().toLowerCase()), definition.tags().toString());
                assertTrue(definition.tags().stream().allMatch(t -> t.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,59}")),
                        "tags the bank takes: " + definition.tags());
                assertEquals(1.0, grader.grade(definition.body(), rightAnswer(definition.body())).score(), 1e-9,
                        item.key());
            }
        }
    }

    @Test
    void difficultiesOnTheLogitScaleBecomeTheBanksOneToFive() {
        assertEquals(1, PracticeSets.difficulty(-3));
        assertEquals(2, PracticeSets.difficulty(-0.8));
        assertEquals(3, PracticeSets.difficulty(0));
        assertEquals(4, PracticeSets.difficulty(0.8));
        assertEquals(5, PracticeSets.difficulty(3));
    }

    @Test
    void aFileInAnotherFormatOrWithABadItemIsRefusedNamingIt() {
        assertThrows(IllegalArgumentException.class, () -> read("{\"format\":\"other/1\",\"sets\":[]}"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> read(
                "{\"format\":\"manabi-items/1\",\"sets\":[{\"code\":\"S\",\"title\":\"t\",\"skill\":\"x\",\"items\":["
                        + "{\"key\":\"k1\",\"topic\":\"t\",\"difficulty\":0,\"type\":\"SINGLE_CHOICE\",\"prompt\":\"p\","
                        + "\"options\":[{\"id\":\"a\",\"text\":\"A\"},{\"id\":\"b\",\"text\":\"B\"}],\"correctId\":\"z\"}]}]}"));
        assertTrue(bad.getMessage().startsWith("item k1"), bad.getMessage());
    }

    @Test
    void aLessonQuizAsksAboutThatLessonsWordsWithFourOptionsEach() {
        JlptPracticeQuizzes quizzes = new JlptPracticeQuizzes();
        List<BankItemDefinition> items = quizzes.items(Level.JLPT_N5, PracticeItem.Kind.VOCAB, 1);
        List<PracticeItem> lessonWords = JlptLibrary.practiceItems(LOADER, Level.JLPT_N5).stream()
                .filter(p -> p.kind() == PracticeItem.Kind.VOCAB).toList();
        String firstTitle = lessonWords.get(0).sourceLessonTitle();
        long inLesson = lessonWords.stream().filter(p -> p.sourceLessonTitle().equals(firstTitle)).count();
        assertTrue(items.size() >= inLesson - 2 && items.size() <= inLesson, items.size() + " of " + inLesson);
        for (BankItemDefinition item : items) {
            ItemBody.SingleChoice choice = assertInstanceOf(ItemBody.SingleChoice.class, item.body());
            assertEquals(4, choice.options().size());
            assertEquals("vocabulary", item.skill());
            assertEquals("N5", item.level());
            assertTrue(item.tags().contains(JlptLibrary.practiceQuizCode(Level.JLPT_N5, PracticeItem.Kind.VOCAB, 1)
                    .toLowerCase()));
        }
        assertEquals(items, quizzes.items(Level.JLPT_N5, PracticeItem.Kind.VOCAB, 1), "the same every time");
        assertEquals(List.of(), quizzes.items(Level.JLPT_N5, PracticeItem.Kind.VOCAB, 9999));
        assertTrue(!quizzes.items(Level.JLPT_N3, PracticeItem.Kind.GRAMMAR, 2).isEmpty());
    }

    private static List<PracticeSets.PracticeSet> read(String json) {
        return PracticeSets.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "ITP");
    }

    /** The key's own answer, for every type the sets use. */
    private static Response rightAnswer(ItemBody body) {
        if (body instanceof ItemBody.SingleChoice c) {
            return new Response.Choice(c.correctId());
        }
        if (body instanceof ItemBody.MultipleChoice c) {
            return new Response.Choices(c.correctIds());
        }
        if (body instanceof ItemBody.TrueFalse t) {
            return new Response.TrueOrFalse(t.answer());
        }
        if (body instanceof ItemBody.Numeric n) {
            return new Response.NumberText(String.valueOf((long) n.value()));
        }
        if (body instanceof ItemBody.Ordering o) {
            return new Response.Order(o.items().stream().map(i -> i.id()).toList());
        }
        if (body instanceof ItemBody.Matching m) {
            return new Response.Matches(m.pairs().stream()
                    .collect(Collectors.toMap(p -> p.left().id(), p -> p.right().id())));
        }
        throw new AssertionError("a practice set uses a type this test cannot answer: " + body.type());
    }
}
