package org.manabi.content.assessment.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.manabi.content.assessment.item.Grade;
import org.manabi.content.assessment.item.Grader;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.assessment.item.Option;
import org.manabi.content.assessment.item.PresentedItem;
import org.manabi.content.assessment.item.Response;

/** The stored JSON form of items, responses read by the item's type, and presented items with their HTML. */
class ItemJsonTest {

    private static final Grader GRADER = new Grader();

    private static final ItemBody.ReadingPassage PASSAGE = new ItemBody.ReadingPassage("読んでください。",
            "{田中|たなか}さんは{毎朝|まいあさ}パンを{食|た}べます。",
            List.of(new ItemBody.SubItem(1, new ItemBody.TrueFalse("ご飯を食べます。", false)),
                    new ItemBody.SubItem(2, new ItemBody.SingleChoice("何を食べますか。",
                            List.of(new Option("a", "パン"), new Option("b", "ご飯")), "a"))));

    @Test
    void aPassageWithSubItemsReadsBackEqualThroughItsTypeNames() {
        String stored = ItemJson.write(PASSAGE);
        assertTrue(stored.contains("\"type\":\"TRUE_FALSE\""), "each sub-item names its type: " + stored);
        assertEquals(PASSAGE, ItemJson.read("READING_PASSAGE", stored));
        ItemBody.Numeric numeric = new ItemBody.Numeric("3 × 4.5", 13.5, 0.05, "kg");
        assertEquals(numeric, ItemJson.read("NUMERIC", ItemJson.write(numeric)));
    }

    @Test
    void anInvalidBodyIsRefusedNamingTheField() {
        IllegalArgumentException wrongId = assertThrows(IllegalArgumentException.class, () -> ItemJson.read(
                "SINGLE_CHOICE", "{\"prompt\":\"x\",\"options\":[{\"id\":\"a\",\"text\":\"1\"},"
                        + "{\"id\":\"b\",\"text\":\"2\"}],\"correctId\":\"c\"}"));
        assertTrue(wrongId.getMessage().startsWith("SingleChoice.correctId"), wrongId.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ItemJson.read("ESSAY", "{\"prompt\":\"x\"}"));
        assertThrows(IllegalArgumentException.class, () -> ItemJson.read("TRUE_FALSE", "{not json"));
        assertThrows(IllegalArgumentException.class, () -> ItemJson.read("NUMERIC",
                "{\"prompt\":\"x\",\"value\":\"twelve\",\"tolerance\":0}"));
    }

    @Test
    void responsesAreReadByTheItemTheyAnswerAndABadShapeGradesAsMalformedNotAsAnError() {
        JsonValue parts = Json.createArrayBuilder().add(false).add("a").build();
        assertEquals(1.0, GRADER.grade(PASSAGE, ItemJson.response(PASSAGE, parts)).score(), 1e-9);
        Response wrongShape = ItemJson.response("SINGLE_CHOICE", Json.createObjectBuilder().add("x", 1).build());
        Grade grade = GRADER.grade(new ItemBody.SingleChoice("p", List.of(new Option("a", "1"), new Option("b", "2")),
                "a"), wrongShape);
        assertTrue(grade.malformed());
        assertEquals(null, ItemJson.response("TRUE_FALSE", JsonValue.NULL), "null is unanswered");
        assertEquals(new Response.NumberText("１２．５"), ItemJson.response("NUMERIC", Json.createValue("１２．５")));
    }

    @Test
    void thePresentedFormCarriesHtmlWithFuriganaAndNoAnswers() {
        JsonObject shown = ItemHtml.withHtml(ItemJson.presented(PresentedItem.of(PASSAGE, 7L)));
        assertEquals("READING_PASSAGE", shown.getString("type"));
        assertTrue(shown.getString("passageHtml").contains("<ruby>田中<rp>"), shown.getString("passageHtml"));
        JsonObject choice = shown.getJsonArray("items").getJsonObject(1).getJsonObject("item");
        assertEquals(2, choice.getJsonArray("options").size());
        assertFalse(choice.getJsonArray("options").getJsonObject(0).getString("html").startsWith("<p>"),
                "option texts are inline");
        assertFalse(shown.toString().contains("correctId") || shown.toString().contains("\"answer\""), shown.toString());
        JsonObject blanks = ItemHtml.withHtml(ItemJson.presented(PresentedItem.of(new ItemBody.FillInBlank("p",
                "わたし{{1}}学生です。", List.of(new ItemBody.Blank(List.of("は")))), 1L)));
        assertTrue(blanks.getString("textHtml").contains("data-blank=\"1\""), blanks.getString("textHtml"));
    }
}
