package org.manabi.content.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.manabi.content.catalog.DefinitionProblem;

/** What a survey definition and a set of answers must satisfy. */
class SurveyCheckTest {

    @Test
    void theStandardSurveysAreValid() {
        for (StandardSurvey template : StandardSurvey.values()) {
            assertEquals(List.of(), SurveyCheck.definition(template.definition()), template.name());
        }
        assertTrue(StandardSurvey.SATISFACTION.definition().anonymous());
        assertEquals(Audience.COMPANY_MANAGERS, StandardSurvey.COMPANY.definition().audience());
        assertEquals(false, StandardSurvey.EMPLOYMENT.definition().anonymous(), "the KPI counts named answers");
    }

    @Test
    void aBadDefinitionIsRefusedWithEveryProblem() {
        SurveyDefinition bad = new SurveyDefinition(null, " ", "Title", false, Audience.COHORT, List.of(
                new QuestionDefinition("q1", QuestionKind.LIKERT, "質問", "Q", true,
                        List.of(new OptionDefinition("1", "a", "a"))),
                new QuestionDefinition("q1", QuestionKind.SINGLE_CHOICE, "質問", "Q", true,
                        List.of(new OptionDefinition("a", "a", "a"), new OptionDefinition("a", "b", "b"))),
                new QuestionDefinition("Bad Code", QuestionKind.FREE_TEXT, "", "Q", false,
                        List.of(new OptionDefinition("a", "a", "a")))));
        assertEquals(List.of("titleJa", "questions[0].options", "questions[1].code", "questions[1].options[1].code",
                        "questions[2].code", "questions[2].promptJa", "questions[2].options"),
                SurveyCheck.definition(bad).stream().map(DefinitionProblem::path).toList());
    }

    @Test
    void answersAreCheckedAgainstTheQuestions() {
        List<QuestionDefinition> questions = StandardSurvey.EMPLOYMENT.definition().questions();
        assertEquals(List.of(), SurveyCheck.answers(questions, List.of(Answer.choice("employment_type", "contract"),
                Answer.choice("certifications", "mos", "jlpt_n2"), Answer.text("other_certifications", " "))));

        List<DefinitionProblem> problems = SurveyCheck.answers(questions, List.of(
                Answer.choice("employment_type", "regular", "dispatch"),
                Answer.choice("certifications", "none", "mos"),
                Answer.choice("nonsense", "x")));
        assertEquals(List.of("answers.nonsense:Unknown", "answers.employment_type:Single",
                        "answers.certifications:Exclusive"),
                problems.stream().map(p -> p.path() + ":" + p.code()).toList());

        assertEquals(List.of("answers.employment_type:Required", "answers.certifications:Option"),
                SurveyCheck.answers(questions, List.of(Answer.choice("certifications", "toeic")))
                        .stream().map(p -> p.path() + ":" + p.code()).toList());
        assertEquals(List.of("answers.other_certifications:TooLong"), SurveyCheck.answers(questions, List.of(
                Answer.choice("employment_type", "regular"), Answer.choice("certifications", "none"),
                Answer.text("other_certifications", "x".repeat(2001)))).stream()
                .map(p -> p.path() + ":" + p.code()).toList());
        assertEquals(List.of("answers.overall_satisfaction:Option"), SurveyCheck.answers(
                StandardSurvey.SATISFACTION.definition().questions(), List.of(Answer.choice("overall_satisfaction", "6"),
                        Answer.choice("comprehension", "3"), Answer.choice("difficulty", "too_easy"),
                        Answer.choice("usefulness", "1"))).stream().map(p -> p.path() + ":" + p.code()).toList());
    }
}
