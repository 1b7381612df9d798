package org.manabi.web.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.manabi.content.assessment.qti.QtiImporter;

class QtiImportViewTest {

    private static String item(String prompt) {
        return """
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="q" title="t"
                    adaptive="false" timeDependent="false">
                  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                    <correctResponse><value>A</value></correctResponse>
                  </responseDeclaration>
                  <itemBody>
                    <choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">
                      <prompt>%s</prompt>
                      <simpleChoice identifier="A">を</simpleChoice>
                      <simpleChoice identifier="B">へ</simpleChoice>
                    </choiceInteraction>
                  </itemBody>
                </assessmentItem>
                """.formatted(prompt);
    }

    private static String previewOf(String prompt) {
        var report = new QtiImporter().importItem("q.xml", item(prompt).getBytes(StandardCharsets.UTF_8));
        return QtiImportView.of(report).imported().get(0).preview();
    }

    @Test
    void rubyShowsItsBaseTextAndLiteralMarksStayAsTyped() {
        assertEquals("学校（　）行きます。", previewOf("<ruby>学校<rt>がっこう</rt></ruby>（　）行きます。"));
        assertEquals("{学校|がっこう} と 2*3", previewOf("{学校|がっこう} と 2*3"));
        assertEquals("強調 です", previewOf("<strong>強調</strong>\n  です"));
    }

    @Test
    void aLongPromptIsCut() {
        String preview = previewOf("あ".repeat(500));
        assertEquals(140, preview.length());
        assertEquals('…', preview.charAt(139));
    }
}
