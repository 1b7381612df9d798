package org.manabi.content.assessment.qti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.manabi.content.assessment.item.Grader;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.assessment.item.Option;
import org.manabi.content.assessment.item.Response;

/** Each supported QTI interaction, from a sample file under test resources, to its item type. */
class QtiItemMappingTest {

    private final QtiImporter importer = new QtiImporter();
    private final Grader grader = new Grader();

    static byte[] sample(String name) {
        try (InputStream in = QtiItemMappingTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ItemResult.Imported imported(String name) {
        ImportReport report = importer.importItem(name, sample(name));
        assertEquals(1, report.items().size());
        ItemResult result = report.items().get(0);
        if (result instanceof ItemResult.Refused refused) {
            throw new AssertionError(name + " was refused: " + refused.reasons());
        }
        assertTrue(report.complete());
        return (ItemResult.Imported) result;
    }

    private ItemResult.Refused refused(String name) {
        ImportReport report = importer.importItem(name, sample(name));
        assertEquals(1, report.items().size());
        assertFalse(report.complete());
        return assertInstanceOf(ItemResult.Refused.class, report.items().get(0), () -> report.items().toString());
    }

    private static Set<String> codes(List<QtiProblem> problems) {
        return problems.stream().map(QtiProblem::code).collect(Collectors.toSet());
    }

    private static String idOf(List<Option> options, String text) {
        return options.stream().filter(o -> o.text().equals(text)).findFirst().orElseThrow().id();
    }

    @Test
    void singleChoiceKeepsJapaneseTextAndTurnsRubyIntoFurigana() {
        ItemResult.Imported item = imported("choice-single.xml");
        assertEquals("choice-single", item.identifier());
        assertEquals("「学校」の読み方", item.title());
        ItemBody.SingleChoice body = assertInstanceOf(ItemBody.SingleChoice.class, item.body());
        assertEquals("毎日{学校|がっこう}へ行きます。\n\n「学校」の読み方は**どれ**ですか。", body.prompt());
        assertEquals(List.of("がくこう", "がっこう", "がこう"), body.options().stream().map(Option::text).toList());
        assertEquals(idOf(body.options(), "がっこう"), body.correctId());
        assertTrue(grader.grade(body, new Response.Choice(body.correctId())).correct());
        assertFalse(grader.grade(body, new Response.Choice(idOf(body.options(), "がこう"))).correct());
        assertEquals(List.of(), item.notes());
    }

    @Test
    void multipleChoiceUnderMapResponseTemplateLocation() {
        ItemResult.Imported item = imported("choice-multiple.xml");
        ItemBody.MultipleChoice body = assertInstanceOf(ItemBody.MultipleChoice.class, item.body());
        assertEquals("果物をぜんぶ選んでください。", body.prompt());
        assertEquals(Set.of(idOf(body.options(), "りんご"), idOf(body.options(), "みかん")), Set.copyOf(body.correctIds()));
        assertTrue(codes(item.notes()).contains("ScoringDiffers"));
    }

    @Test
    void textEntriesInTheTextBecomeBlanksWithMappedAnswersAccepted() {
        ItemResult.Imported item = imported("text-entry.xml");
        ItemBody.FillInBlank body = assertInstanceOf(ItemBody.FillInBlank.class, item.body());
        assertEquals("助詞を入れてください。", body.prompt());
        assertEquals("わたし{{1}}学生です。\\\n日本の首都は{{2}}です。", body.text());
        assertEquals(List.of("は", "ハ"), body.blanks().get(0).accepted());
        // Kyoto maps to 0 points: not an accepted answer.
        assertEquals(List.of("Tokyo", "東京", "とうきょう"), body.blanks().get(1).accepted());
        assertEquals(Set.of("PartialCreditDropped", "CaseIgnored", "CustomProcessingRead"), codes(item.notes()));
        assertTrue(grader.grade(body, new Response.Blanks(List.of("は", "東京"))).correct());
        assertEquals(0.5, grader.grade(body, new Response.Blanks(List.of("は", "Kyoto"))).score(), 1e-9);
    }

    @Test
    void japaneseTextWithoutCaseGetsNoCaseNote() {
        ItemResult.Imported item = imported("text-entry.xml");
        assertTrue(item.notes().stream().filter(n -> n.code().equals("CaseIgnored"))
                .allMatch(n -> n.line() != null && n.line() > 10), "the note points at the Tokyo declaration");
    }

    @Test
    void extendedTextBecomesShortTextWithManualReview() {
        ItemResult.Imported item = imported("extended-text.xml");
        ItemBody.ShortText body = assertInstanceOf(ItemBody.ShortText.class, item.body());
        assertEquals("日本語で自己紹介を書いてください。", body.prompt());
        assertTrue(body.manualReview());
        assertEquals(List.of(), body.accepted());
        assertTrue(codes(item.notes()).containsAll(Set.of("ManualReview", "NoResponseProcessing")));
    }

    @Test
    void orderKeepsTheCorrectOrderWithIdsThatDoNotGiveItAway() {
        ItemResult.Imported item = imported("order.xml");
        ItemBody.Ordering body = assertInstanceOf(ItemBody.Ordering.class, item.body());
        assertEquals(List.of("わたしは", "毎朝", "パンを", "食べます"), body.items().stream().map(Option::text).toList());
        List<String> ids = body.items().stream().map(Option::id).toList();
        assertTrue(ids.stream().allMatch(id -> id.matches("k[0-9a-f]{10}")), ids.toString());
        assertTrue(ids.stream().noneMatch(id -> id.contains("W")));
        assertTrue(grader.grade(body, new Response.Order(ids)).correct());
        // The same file gives the same ids: a re-import does not change what stored responses name.
        assertEquals(ids, ((ItemBody.Ordering) imported("order.xml").body()).items().stream().map(Option::id).toList());
    }

    @Test
    void matchBecomesMatchingWithUnusedRightChoicesAsDistractors() {
        ItemResult.Imported item = imported("match.xml");
        ItemBody.Matching body = assertInstanceOf(ItemBody.Matching.class, item.body());
        assertEquals(List.of("山=mountain", "川=river", "木=tree"),
                body.pairs().stream().map(p -> p.left().text() + "=" + p.right().text()).toList());
        assertEquals(List.of("fire"), body.distractors().stream().map(Option::text).toList());
        for (ItemBody.Pair pair : body.pairs()) {
            assertNotEquals(pair.left().id().replaceAll("\\D", ""), pair.right().id().replaceAll("\\D", ""),
                    "a right id must not repeat its partner's");
        }
        Map<String, String> all = body.pairs().stream()
                .collect(Collectors.toMap(p -> p.left().id(), p -> p.right().id()));
        assertTrue(grader.grade(body, new Response.Matches(all)).correct());
    }

    @Test
    void associatePairsBecomeMatching() {
        ItemResult.Imported item = imported("associate.xml");
        ItemBody.Matching body = assertInstanceOf(ItemBody.Matching.class, item.body());
        assertEquals(List.of("大きい=小さい", "高い=安い"),
                body.pairs().stream().map(p -> p.left().text() + "=" + p.right().text()).toList());
        assertEquals(List.of("新しい"), body.distractors().stream().map(Option::text).toList());
        assertTrue(codes(item.notes()).contains("AssociateAsMatching"));
    }

    @Test
    void floatTextEntryWithAbsoluteToleranceBecomesNumeric() {
        ItemResult.Imported item = imported("numeric.xml");
        ItemBody.Numeric body = assertInstanceOf(ItemBody.Numeric.class, item.body());
        assertEquals(1.5, body.value());
        assertEquals(0.05, body.tolerance(), 1e-12);
        assertTrue(body.prompt().endsWith("＿＿＿ 千円"), body.prompt());
        assertTrue(grader.grade(body, new Response.NumberText("1.54")).correct());
        assertFalse(grader.grade(body, new Response.NumberText("1.6")).correct());
    }

    @Test
    void rubyWithSeveralReadingsEmphasisAndMarkdownCharacters() {
        ItemResult.Imported item = imported("ruby.xml");
        ItemBody.SingleChoice body = assertInstanceOf(ItemBody.SingleChoice.class, item.body());
        assertEquals("{日本|にほん}の{漢|かん}{字|じ}は*むずかしい*ですか。 価格は 2\\*3 \\{円\\}。", body.prompt());
        // A two-option yes/no choice stays a single choice: the author's words are kept.
        assertEquals(List.of("はい", "いいえ"), body.options().stream().map(Option::text).toList());
        assertEquals(Set.of("MediaNotImported", "ShuffledAnyway"), codes(item.notes()));
        QtiProblem media = item.notes().stream().filter(n -> n.code().equals("MediaNotImported")).findFirst().orElseThrow();
        assertEquals(11, media.line());
        assertTrue(media.message().contains("images/kanji.png"));
    }

    @Test
    void unsupportedInteractionIsRefusedWithItsLine() {
        ItemResult.Refused item = refused("unsupported-hotspot.xml");
        assertEquals("hotspot", item.identifier());
        QtiProblem reason = item.reasons().get(0);
        assertEquals("UnsupportedInteraction", reason.code());
        assertEquals(8, reason.line());
        assertEquals("unsupported-hotspot.xml", reason.file());
        assertTrue(reason.message().contains("hotspotInteraction"));
    }

    @Test
    void unrecognisedCustomProcessingIsRefusedNotApproximated() {
        ItemResult.Refused item = refused("custom-processing.xml");
        QtiProblem reason = item.reasons().get(0);
        assertEquals("CustomProcessing", reason.code());
        assertEquals(11, reason.line());
        assertTrue(reason.message().contains("patternMatch"));
    }

    @Test
    void malformedXmlIsReportedWithItsLine() {
        ItemResult.Refused item = refused("malformed.xml");
        QtiProblem reason = item.reasons().get(0);
        assertEquals("InvalidXml", reason.code());
        assertEquals(6, reason.line());
    }
}
