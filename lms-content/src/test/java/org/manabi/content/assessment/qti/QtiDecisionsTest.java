package org.manabi.content.assessment.qti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.manabi.content.assessment.item.ItemBody;

/** The mapping decisions documented in docs/ASSESSMENT-QTI.md: what is refused, what is converted. */
class QtiDecisionsTest {

    private static final String MATCH_CORRECT = "<responseProcessing template=\"http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct\"/>";

    private final QtiImporter importer = new QtiImporter();

    private static String item(String declarations, String body, String processing) {
        return """
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="x" title="タイトル"
                    adaptive="false" timeDependent="false">
                %s
                  <itemBody>
                %s
                  </itemBody>
                %s
                </assessmentItem>
                """.formatted(declarations, body, processing);
    }

    private static final String CHOICE = """
            <choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">
              <prompt>どれ？</prompt>
              <simpleChoice identifier="A">一</simpleChoice>
              <simpleChoice identifier="B">二</simpleChoice>
            </choiceInteraction>""";

    private static final String SINGLE_A = """
            <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
              <correctResponse><value>A</value></correctResponse>
            </responseDeclaration>""";

    private ItemResult result(String xml) {
        List<ItemResult> items = importer.importItem("x.xml", xml.getBytes(StandardCharsets.UTF_8)).items();
        assertEquals(1, items.size());
        return items.get(0);
    }

    private String refusal(String xml) {
        ItemResult result = result(xml);
        ItemResult.Refused refused = assertInstanceOf(ItemResult.Refused.class, result, result::toString);
        return refused.reasons().get(0).code();
    }

    private ItemBody imported(String xml) {
        ItemResult result = result(xml);
        return assertInstanceOf(ItemResult.Imported.class, result, result::toString).body();
    }

    @Test
    void unknownTemplatesAreRefusedAndBothTemplateUrlsAreKnown() {
        assertEquals("UnsupportedTemplate", refusal(item(SINGLE_A, CHOICE,
                "<responseProcessing template=\"http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response_point\"/>")));
        assertEquals("UnsupportedTemplate", refusal(item(SINGLE_A, CHOICE,
                "<responseProcessing template=\"http://example.org/my_template\"/>")));
        for (String uri : List.of("http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct",
                "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct.xml")) {
            assertInstanceOf(ItemBody.SingleChoice.class,
                    imported(item(SINGLE_A, CHOICE, "<responseProcessing template=\"" + uri + "\"/>")));
        }
        assertInstanceOf(ItemBody.SingleChoice.class, imported(item(SINGLE_A, CHOICE,
                "<responseProcessing templateLocation=\"http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct.xml\"/>")));
    }

    @Test
    void aCustomMatchCorrectIsReadAsTheTemplate() {
        String custom = """
                <responseProcessing><responseCondition><responseIf>
                  <match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>
                  <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>
                </responseIf></responseCondition></responseProcessing>""";
        assertInstanceOf(ItemBody.SingleChoice.class, imported(item(SINGLE_A, CHOICE, custom)));
    }

    @Test
    void aMissingCorrectResponseIsRefused() {
        String noCorrect = "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"identifier\"/>";
        assertEquals("NoCorrectResponse", refusal(item(noCorrect, CHOICE, MATCH_CORRECT)));
        assertEquals("NoResponseDeclaration", refusal(item("", CHOICE, MATCH_CORRECT)));
    }

    @Test
    void templatesAdaptiveItemsAndMixedInteractionsAreRefused() {
        String withTemplate = item(SINGLE_A + "<templateDeclaration identifier=\"T\" cardinality=\"single\" baseType=\"integer\"/>",
                CHOICE, MATCH_CORRECT);
        assertEquals("Templates", refusal(withTemplate));
        assertEquals("Adaptive", refusal(item(SINGLE_A, CHOICE, MATCH_CORRECT).replace("adaptive=\"false\"", "adaptive=\"true\"")));
        String mixed = item(SINGLE_A + "<responseDeclaration identifier=\"T\" cardinality=\"single\" baseType=\"string\"/>",
                CHOICE + "<p><textEntryInteraction responseIdentifier=\"T\"/></p>", MATCH_CORRECT);
        assertEquals("SeveralInteractions", refusal(mixed));
        assertEquals("NoInteraction", refusal(item(SINGLE_A, "<p>なにもない</p>", MATCH_CORRECT)));
    }

    @Test
    void aSingleChoiceWithTwoCorrectValuesIsRefused() {
        String two = """
                <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                  <correctResponse><value>A</value><value>B</value></correctResponse>
                </responseDeclaration>""";
        assertEquals("SeveralCorrect", refusal(item(two, CHOICE, MATCH_CORRECT)));
    }

    private static String matchItem(String values) {
        return item("""
                <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">
                  <correctResponse>%s</correctResponse>
                </responseDeclaration>""".formatted(values), """
                <matchInteraction responseIdentifier="RESPONSE" maxAssociations="3">
                  <simpleMatchSet>
                    <simpleAssociableChoice identifier="L1" matchMax="1">犬</simpleAssociableChoice>
                    <simpleAssociableChoice identifier="L2" matchMax="1">猫</simpleAssociableChoice>
                  </simpleMatchSet>
                  <simpleMatchSet>
                    <simpleAssociableChoice identifier="R1" matchMax="2">dog</simpleAssociableChoice>
                    <simpleAssociableChoice identifier="R2" matchMax="1">cat</simpleAssociableChoice>
                  </simpleMatchSet>
                </matchInteraction>""", MATCH_CORRECT);
    }

    @Test
    void matchingNeedsOnePartnerPerLeftOption() {
        assertInstanceOf(ItemBody.Matching.class, imported(matchItem("<value>L1 R1</value><value>L2 R2</value>")));
        assertEquals("UnpairedLeft", refusal(matchItem("<value>L1 R1</value>")));
        assertEquals("ManyToMany", refusal(matchItem("<value>L1 R1</value><value>L2 R1</value>")));
        assertEquals("UnknownChoice", refusal(matchItem("<value>L1 R1</value><value>L2 R9</value>")));
    }

    private static String numericItem(String equalAttributes) {
        return item("""
                <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float">
                  <correctResponse><value>200</value></correctResponse>
                </responseDeclaration>""", "<p>いくら？ <textEntryInteraction responseIdentifier=\"RESPONSE\"/> 円</p>", """
                <responseProcessing><responseCondition><responseIf>
                  <equal %s><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal>
                  <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>
                </responseIf></responseCondition></responseProcessing>""".formatted(equalAttributes));
    }

    @Test
    void toleranceModes() {
        ItemBody.Numeric relative = (ItemBody.Numeric) imported(numericItem("toleranceMode=\"relative\" tolerance=\"5\""));
        assertEquals(10, relative.tolerance(), 1e-9);
        ItemBody.Numeric exact = (ItemBody.Numeric) imported(numericItem("toleranceMode=\"exact\""));
        assertEquals(0, exact.tolerance());
        assertEquals("いくら？ ＿＿＿ 円", exact.prompt());
        assertEquals("AsymmetricTolerance", refusal(numericItem("toleranceMode=\"absolute\" tolerance=\"1 2\"")));
        assertEquals("CustomProcessing", refusal(numericItem("toleranceMode=\"absolute\" tolerance=\"{T}\"")));
        ItemBody.Numeric plain = (ItemBody.Numeric) imported(numericItem("").replaceAll("(?s)<responseProcessing>.*</responseProcessing>",
                MATCH_CORRECT));
        assertEquals(200, plain.value());
    }

    @Test
    void aBlankAloneInItsParagraphTakesTheTitleAsPrompt() {
        ItemResult.Imported result = (ItemResult.Imported) result(item("""
                <responseDeclaration identifier="R" cardinality="single" baseType="string">
                  <correctResponse><value>ねこ</value></correctResponse>
                </responseDeclaration>""", "<p>「猫」の読み: <textEntryInteraction responseIdentifier=\"R\"/></p>", MATCH_CORRECT));
        ItemBody.FillInBlank body = (ItemBody.FillInBlank) result.body();
        assertEquals("タイトル", body.prompt());
        assertEquals("「猫」の読み: {{1}}", body.text());
        assertTrue(result.notes().stream().anyMatch(n -> n.code().equals("PromptFromTitle")));
    }

    @Test
    void anOptionWithOnlyAnImageIsRefused() {
        String imageOnly = CHOICE.replace("<simpleChoice identifier=\"B\">二</simpleChoice>",
                "<simpleChoice identifier=\"B\"><img src=\"two.png\" alt=\"2\"/></simpleChoice>");
        assertEquals("EmptyChoice", refusal(item(SINGLE_A, imageOnly, MATCH_CORRECT)));
    }

    @Test
    void otherVersionsAreRefusedByNamespace() {
        String qti20 = item(SINGLE_A, CHOICE, MATCH_CORRECT).replace("imsqti_v2p1", "imsqti_v2p0");
        assertEquals("NotQti21", refusal(qti20));
        assertEquals("NotAssessmentItem", refusal("<questestinterop/>"));
    }
}
