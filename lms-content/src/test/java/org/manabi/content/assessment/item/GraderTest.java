package org.manabi.content.assessment.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraderTest {

    private final Grader grader = new Grader();

    private double score(ItemBody item, Response response) {
        return grader.grade(item, response).score();
    }

    private static Response.Order order(String... ids) {
        return new Response.Order(List.of(ids));
    }

    private static Response.Choices picks(String... ids) {
        return new Response.Choices(List.of(ids));
    }

    @Test
    void singleChoiceIsAllOrNothing() {
        ItemBody item = SampleItems.singleChoice();
        assertEquals(Grade.right(), grader.grade(item, new Response.Choice("b")));
        assertEquals(Grade.wrong(), grader.grade(item, new Response.Choice("a")));
        assertEquals(Grade.wrong(), grader.grade(item, new Response.Choice(null)));
        assertEquals(Grade.malformedResponse(), grader.grade(item, new Response.Choice("q")));
    }

    @Test
    void multipleChoiceCountsRightPicksLessWrongPicks() {
        ItemBody item = SampleItems.multipleChoice();
        assertEquals(1.0, score(item, picks("a", "c")));
        assertTrue(grader.grade(item, picks("c", "a")).correct());
        assertEquals(0.5, score(item, picks("a")));
        assertEquals(0.5, score(item, picks("a", "c", "d")));
        assertEquals(0.0, score(item, picks("a", "b")));
        assertEquals(0.0, score(item, picks("a", "b", "c", "d")));
        assertEquals(0.0, score(item, picks("b")));
        assertEquals(0.0, score(item, picks()));
        assertEquals(0.5, score(item, picks("a", "a")));
        assertFalse(grader.grade(item, picks("a")).correct());
        assertEquals(Grade.malformedResponse(), grader.grade(item, picks("a", "z")));
    }

    @Test
    void multipleChoiceWithThreeCorrectOptions() {
        ItemBody item = new ItemBody.MultipleChoice("Which are verbs?",
                List.of(new Option("a", "食べる"), new Option("b", "飲む"), new Option("c", "行く"), new Option("d", "赤い"),
                        new Option("e", "本")),
                List.of("a", "b", "c"));
        assertEquals(1.0 / 3, score(item, picks("a", "b", "d")));
        assertEquals(2.0 / 3, score(item, picks("a", "b")));
        assertEquals(0.0, score(item, picks("a", "d", "e")));
    }

    @Test
    void trueFalseIsAllOrNothing() {
        ItemBody item = SampleItems.trueFalse();
        assertEquals(Grade.right(), grader.grade(item, new Response.TrueOrFalse(true)));
        assertEquals(Grade.wrong(), grader.grade(item, new Response.TrueOrFalse(false)));
        assertEquals(Grade.wrong(), grader.grade(item, new Response.TrueOrFalse(null)));
    }

    @Test
    void fillInBlankScoresTheShareOfBlanks() {
        ItemBody item = new ItemBody.FillInBlank("Fill in.", "わたし{{1}}学生{{2}}。",
                List.of(new ItemBody.Blank(List.of("は")), new ItemBody.Blank(List.of("です", "だ"))));
        Grade both = grader.grade(item, new Response.Blanks(List.of("は", "です")));
        assertEquals(new Grade(1, true, false, false, List.of(Grade.right(), Grade.right())), both);
        Grade half = grader.grade(item, new Response.Blanks(List.of("ハ", "でした")));
        assertEquals(new Grade(0.5, false, false, false, List.of(Grade.right(), Grade.wrong())), half);
        assertEquals(1.0, score(item, new Response.Blanks(List.of(" は ", "だ。"))));
        Grade oneAnswer = grader.grade(item, new Response.Blanks(List.of("が")));
        assertEquals(new Grade(0, false, false, false, List.of(Grade.wrong(), Grade.wrong())), oneAnswer);
        assertEquals(Grade.malformedResponse(), grader.grade(item, new Response.Blanks(List.of("は", "です", "よ"))));
    }

    @Test
    void fillInBlankComparesTheJapaneseWay() {
        ItemBody item = new ItemBody.FillInBlank("Fill in.", "{{1}} / {{2}} / {{3}} / {{4}}",
                List.of(new ItemBody.Blank(List.of("JLPT")), new ItemBody.Blank(List.of("カタカナ")),
                        new ItemBody.Blank(List.of("〜ます")), new ItemBody.Blank(List.of("コーヒー"))));
        Grade grade = grader.grade(item, new Response.Blanks(List.of("ＪＬＰＴ", "ｶﾀｶﾅ", "～ます", "こおひい")));
        assertEquals(1.0, grade.score());
        Grade other = grader.grade(item, new Response.Blanks(Arrays.asList("jlpt", "かたかな", null, "コ ー ヒ ー")));
        assertEquals(0.75, other.score());
        assertEquals(List.of(Grade.right(), Grade.right(), Grade.wrong(), Grade.right()), other.parts());
    }

    @Test
    void shortTextIsAllOrNothing() {
        ItemBody item = new ItemBody.ShortText("Say thank you.", List.of("ありがとう", "ありがとうございます"), false);
        assertEquals(Grade.right(), grader.grade(item, new Response.Text("ありがとう。")));
        assertEquals(Grade.right(), grader.grade(item, new Response.Text("アリガトウ ゴザイマス")));
        assertEquals(Grade.wrong(), grader.grade(item, new Response.Text("どうも")));
        assertEquals(Grade.wrong(), grader.grade(item, new Response.Text("arigatou")));
    }

    @Test
    void shortTextWithManualReviewHoldsUnmatchedAnswersForATeacher() {
        ItemBody item = new ItemBody.ShortText("Say thank you.", List.of("ありがとう"), true);
        assertEquals(Grade.right(), grader.grade(item, new Response.Text("ありがとう")));
        assertEquals(new Grade(0, false, true, false, List.of()), grader.grade(item, new Response.Text("どうも")));
        assertEquals(Grade.wrong(), grader.grade(item, new Response.Text("　")));
        assertEquals(Grade.wrong(), grader.grade(item, new Response.Text(null)));
        ItemBody essay = new ItemBody.ShortText("Describe your town.", null, true);
        assertEquals(Grade.awaitingReview(), grader.grade(essay, new Response.Text("静かな町です。")));
    }

    @Test
    void kanjiReadingTakesKanaOnly() {
        ItemBody item = new ItemBody.KanjiReading("Type the reading.", "お母さん", List.of("おかあさん"));
        assertEquals(Grade.right(), grader.grade(item, new Response.Text("おかあさん")));
        assertEquals(Grade.right(), grader.grade(item, new Response.Text("オカアサン")));
        assertEquals(Grade.right(), grader.grade(item, new Response.Text("ｵｶｱｻﾝ")));
        assertEquals(Grade.right(), grader.grade(item, new Response.Text("おかーさん")));
        assertEquals(Grade.wrong(), grader.grade(item, new Response.Text("okaasan")));
        assertEquals(Grade.wrong(), grader.grade(item, new Response.Text("お母さん")));
        assertEquals(Grade.wrong(), grader.grade(item, new Response.Text("おかさん")));
    }

    @Test
    void kanjiReadingAcceptsAnyListedReading() {
        ItemBody item = new ItemBody.KanjiReading("Type a reading.", "日", List.of("ひ", "にち", "じつ"));
        assertEquals(1.0, score(item, new Response.Text("ニチ")));
        assertEquals(1.0, score(item, new Response.Text("じつ")));
        assertEquals(0.0, score(item, new Response.Text("か")));
    }

    @Test
    void orderingScoresTheLongestRunInTheRightOrder() {
        ItemBody item = SampleItems.ordering();
        assertEquals(Grade.right(), grader.grade(item, order("a", "b", "c", "d", "e")));
        assertEquals(0.75, score(item, order("b", "c", "d", "e", "a")));
        assertEquals(0.75, score(item, order("a", "c", "b", "d", "e")));
        assertEquals(0.5, score(item, order("c", "d", "e", "a", "b")));
        assertEquals(0.0, score(item, order("e", "d", "c", "b", "a")));
        assertEquals(0.25, score(item, order("e", "d", "c", "a", "b")));
        assertEquals(0.5, score(item, order("b", "a", "d", "c", "e")));
    }

    @Test
    void orderingOfTwoIsAllOrNothing() {
        ItemBody item = new ItemBody.Ordering("Order.", List.of(new Option("a", "一"), new Option("b", "二")));
        assertEquals(1.0, score(item, order("a", "b")));
        assertEquals(0.0, score(item, order("b", "a")));
    }

    @Test
    void anOrderThatIsNotAPermutationIsMalformed() {
        ItemBody item = SampleItems.ordering();
        assertEquals(Grade.malformedResponse(), grader.grade(item, order("a", "b", "c", "d")));
        assertEquals(Grade.malformedResponse(), grader.grade(item, order("a", "a", "c", "d", "e")));
        assertEquals(Grade.malformedResponse(), grader.grade(item, order("a", "b", "c", "d", "z")));
        assertEquals(Grade.wrong(), grader.grade(item, order()));
    }

    @Test
    void matchingScoresTheShareOfPairs() {
        ItemBody item = SampleItems.matching();
        assertEquals(Grade.right(), grader.grade(item, new Response.Matches(Map.of("a", "x", "b", "y", "c", "z"))));
        assertEquals(1.0 / 3, score(item, new Response.Matches(Map.of("a", "x", "b", "z", "c", "y"))));
        assertEquals(2.0 / 3, score(item, new Response.Matches(Map.of("a", "x", "b", "y", "c", "w"))));
        assertEquals(1.0 / 3, score(item, new Response.Matches(Map.of("a", "x"))));
        assertEquals(1.0 / 3, score(item, new Response.Matches(Map.of("a", "x", "b", "x"))));
        assertEquals(0.0, score(item, new Response.Matches(Map.of())));
        assertEquals(Grade.malformedResponse(), grader.grade(item, new Response.Matches(Map.of("a", "x", "q", "y"))));
        assertEquals(Grade.malformedResponse(), grader.grade(item, new Response.Matches(Map.of("a", "a"))));
        Map<String, String> withNulls = new HashMap<>();
        withNulls.put("a", "x");
        withNulls.put("b", null);
        assertEquals(1.0 / 3, score(item, new Response.Matches(withNulls)));
    }

    @Test
    void numericIsRightWithinTheToleranceBoundariesIncluded() {
        ItemBody item = new ItemBody.Numeric("How long?", 12.5, 0.1, null);
        assertEquals(Grade.right(), grader.grade(item, new Response.NumberText("12.5")));
        assertEquals(Grade.right(), grader.grade(item, new Response.NumberText("１２．５")));
        assertEquals(Grade.right(), grader.grade(item, new Response.NumberText("12,5")));
        assertEquals(Grade.right(), grader.grade(item, new Response.NumberText("12.4")));
        assertEquals(Grade.right(), grader.grade(item, new Response.NumberText("12.6")));
        assertEquals(Grade.wrong(), grader.grade(item, new Response.NumberText("12.39")));
        assertEquals(Grade.wrong(), grader.grade(item, new Response.NumberText("12.61")));
        assertEquals(Grade.wrong(), grader.grade(item, new Response.NumberText("twelve")));
        assertEquals(Grade.wrong(), grader.grade(item, new Response.NumberText(null)));
    }

    @Test
    void numericBoundariesAreDecimalNotBinary() {
        ItemBody item = new ItemBody.Numeric("?", 0.3, 0.1, null);
        assertEquals(1.0, score(item, new Response.NumberText("0.4")));
        assertEquals(1.0, score(item, new Response.NumberText("0.2")));
        assertEquals(0.0, score(item, new Response.NumberText("0.4000001")));
    }

    @Test
    void numericWithoutToleranceAndWithSeparators() {
        ItemBody item = new ItemBody.Numeric("How much?", 1000, 0, "円");
        assertEquals(1.0, score(item, new Response.NumberText("1,000")));
        assertEquals(1.0, score(item, new Response.NumberText("1000")));
        assertEquals(1.0, score(item, new Response.NumberText("１０００円")));
        assertEquals(1.0, score(item, new Response.NumberText("千円")));
        assertEquals(1.0, score(item, new Response.NumberText("1000.00")));
        assertEquals(0.0, score(item, new Response.NumberText("1.000")));
        assertEquals(0.0, score(item, new Response.NumberText("999.9999")));
        assertEquals(0.0, score(item, new Response.NumberText("1000ドル")));
    }

    @Test
    void numericNegativeValues() {
        ItemBody item = new ItemBody.Numeric("Temperature?", -3, 0.5, "℃");
        assertEquals(1.0, score(item, new Response.NumberText("ー３")));
        assertEquals(1.0, score(item, new Response.NumberText("-2.5℃")));
        assertEquals(1.0, score(item, new Response.NumberText("−3.5")));
        assertEquals(0.0, score(item, new Response.NumberText("-2.49")));
        assertEquals(0.0, score(item, new Response.NumberText("3")));
    }

    @Test
    void aPassageIsTheMeanOfItsPartsWeightedByPoints() {
        ItemBody passage = SampleItems.readingPassage();
        Grade grade = grader.grade(passage, new Response.Parts(List.of(new Response.Choice("b"),
                new Response.Blanks(List.of("secretsubblank", "紅茶")), new Response.TrueOrFalse(false))));
        assertEquals(2.5 / 6, grade.score());
        assertFalse(grade.correct());
        assertEquals(List.of(Grade.right(), new Grade(0.5, false, false, false, List.of(Grade.right(), Grade.wrong())),
                Grade.wrong()), grade.parts());

        Grade full = grader.grade(passage, new Response.Parts(List.of(new Response.Choice("b"),
                new Response.Blanks(List.of("secretsubblank", "こーひー")), new Response.TrueOrFalse(true))));
        assertEquals(1.0, full.score());
        assertTrue(full.correct());
    }

    @Test
    void aPassageWithUnansweredParts() {
        ItemBody passage = SampleItems.readingPassage();
        Grade grade = grader.grade(passage, new Response.Parts(Arrays.asList(null, null, new Response.TrueOrFalse(true))));
        assertEquals(2.0 / 6, grade.score());
        assertFalse(grade.malformed());
        assertEquals(1.0 / 6, score(passage, new Response.Parts(List.of(new Response.Choice("b")))));
        assertEquals(0.0, score(passage, new Response.Parts(null)));
        assertEquals(Grade.malformedResponse(), grader.grade(passage, new Response.Parts(List.of(
                new Response.Choice("b"), new Response.Blanks(List.of()), new Response.TrueOrFalse(true),
                new Response.Text("extra")))));
    }

    @Test
    void aListeningItemCarriesReviewAndMalformedPartsUp() {
        ItemBody listening = SampleItems.listening();
        Grade grade = grader.grade(listening, new Response.Parts(List.of(new Response.Text("ひみつのよみ"),
                new Response.Text("4242.5"), new Response.Text("wrong guess"),
                new Response.Matches(Map.of("a", "x", "b", "y", "c", "z")))));
        assertEquals(3.0 / 5, grade.score());
        assertFalse(grade.correct());
        assertTrue(grade.needsManualReview());
        assertTrue(grade.malformed());
        assertEquals(List.of(Grade.right(), Grade.malformedResponse(), Grade.awaitingReview(), Grade.right()),
                grade.parts());
    }

    @Test
    void aWrongShapeOrNoResponseScoresZeroWithoutAnException() {
        List<Response> shapes = new ArrayList<>(List.of(new Response.Choice("a"), picks("a"), new Response.TrueOrFalse(true),
                new Response.Blanks(List.of("x")), new Response.Text("x"), order("a"), new Response.Matches(Map.of("a", "x")),
                new Response.NumberText("1"), new Response.Parts(List.of(new Response.Choice("a")))));
        int graded = 0;
        for (ItemBody item : SampleItems.all()) {
            assertEquals(Grade.wrong(), grader.grade(item, null), item.type());
            for (Response response : shapes) {
                Grade grade = grader.grade(item, response);
                assertTrue(grade.score() >= 0 && grade.score() <= 1, item.type());
                if (!fits(item, response)) {
                    assertEquals(Grade.malformedResponse(), grade, item.type() + " with " + response);
                    graded++;
                }
            }
        }
        assertEquals(11 * 9 - 11, graded);
    }

    private static boolean fits(ItemBody item, Response response) {
        return switch (item.type()) {
            case "SINGLE_CHOICE" -> response instanceof Response.Choice;
            case "MULTIPLE_CHOICE" -> response instanceof Response.Choices;
            case "TRUE_FALSE" -> response instanceof Response.TrueOrFalse;
            case "FILL_IN_BLANK" -> response instanceof Response.Blanks;
            case "SHORT_TEXT", "KANJI_READING" -> response instanceof Response.Text;
            case "ORDERING" -> response instanceof Response.Order;
            case "MATCHING" -> response instanceof Response.Matches;
            case "NUMERIC" -> response instanceof Response.NumberText;
            default -> response instanceof Response.Parts;
        };
    }

    @Test
    void responsesFromTheBrowserNeverFailToBeMade() {
        assertEquals(List.of(), new Response.Choices(null).optionIds());
        assertEquals(List.of("a", ""), new Response.Choices(Arrays.asList("a", null)).optionIds());
        assertEquals(List.of("", "x"), new Response.Blanks(Arrays.asList(null, "x")).answers());
        assertEquals(Map.of(), new Response.Matches(null).pairs());
        assertEquals(Arrays.asList(null, new Response.Text("x")),
                new Response.Parts(Arrays.asList(null, new Response.Text("x"))).parts());
        assertEquals(Grade.malformedResponse(),
                grader.grade(SampleItems.multipleChoice(), new Response.Choices(Arrays.asList("a", null))));
    }
}
