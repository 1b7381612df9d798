package org.manabi.content.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counting answers, the outcome KPIs, and the export table, without a database. */
class SurveyResultsTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void countsOptionsAndAveragesLikertPoints() {
        List<QuestionDefinition> questions = StandardSurvey.SATISFACTION.definition().questions();
        List<SurveyResponse> responses = List.of(
                SurveyResponse.anonymous(1, List.of(new StoredAnswer("overall_satisfaction", "5", null),
                        new StoredAnswer("difficulty", "about_right", null),
                        new StoredAnswer("good_points", null, "分かりやすい"))),
                SurveyResponse.anonymous(1, List.of(new StoredAnswer("overall_satisfaction", "4", null),
                        new StoredAnswer("difficulty", "too_hard", null))),
                SurveyResponse.anonymous(1, List.of(new StoredAnswer("overall_satisfaction", "4", null),
                        new StoredAnswer("difficulty", "about_right", null),
                        new StoredAnswer("good_points", null, "Good videos"))));

        SurveyResults results = SurveyResults.of(questions, responses, 20);

        assertEquals(3, results.responses());
        assertEquals(20, results.invited());
        SurveyResults.QuestionResult overall = results.questions().get(0);
        assertEquals(3, overall.answered());
        assertEquals(List.of(0, 0, 0, 2, 1), overall.options().stream().map(SurveyResults.OptionCount::count).toList());
        assertEquals(13.0 / 3, overall.mean(), 1e-9);
        SurveyResults.QuestionResult comprehension = results.questions().get(1);
        assertEquals(0, comprehension.answered());
        assertNull(comprehension.mean(), "no mean without answers");
        SurveyResults.QuestionResult difficulty = results.questions().get(2);
        assertEquals(List.of(1, 2, 0), difficulty.options().stream().map(SurveyResults.OptionCount::count).toList());
        assertNull(difficulty.mean());
        SurveyResults.QuestionResult good = results.questions().get(4);
        assertEquals(List.of("分かりやすい", "Good videos"), good.texts());
        assertEquals(2, good.answered());
    }

    @Test
    void multipleChoiceCountsEachOptionOncePerResponse() {
        List<QuestionDefinition> questions = StandardSurvey.EMPLOYMENT.definition().questions();
        SurveyResults results = SurveyResults.of(questions, List.of(
                named(1, new StoredAnswer("certifications", "it_passport", null),
                        new StoredAnswer("certifications", "jlpt_n3", null)),
                named(2, new StoredAnswer("certifications", "jlpt_n3", null))), 2);
        SurveyResults.QuestionResult certifications = results.questions().get(1);
        assertEquals(2, certifications.answered());
        assertEquals(1, count(certifications, "it_passport"));
        assertEquals(2, count(certifications, "jlpt_n3"));
        assertEquals(0, count(certifications, "none"));
    }

    @Test
    void employmentCountsTheSeedTypesButNotDayLabour() {
        List<SurveyResponse> responses = List.of(
                named(1, new StoredAnswer("employment_type", "regular", null),
                        new StoredAnswer("certifications", "none", null)),
                named(2, new StoredAnswer("employment_type", "temporary_seasonal", null),
                        new StoredAnswer("certifications", "mos", null)),
                named(3, new StoredAnswer("employment_type", "day_labour", null),
                        new StoredAnswer("certifications", "boki3", null),
                        new StoredAnswer("certifications", "jlpt_n2", null)),
                named(4, new StoredAnswer("employment_type", "not_employed", null),
                        new StoredAnswer("certifications", "none", null),
                        new StoredAnswer("other_certifications", null, "フォークリフト")));

        EmploymentOutcome outcome = EmploymentOutcome.of(responses, 5);

        assertEquals(new EmploymentOutcome(5, 4, 2, 2), outcome);
        assertEquals(0.4, outcome.employmentRate(), 1e-9, "over everyone asked, not only those who answered");
        assertEquals(0.4, outcome.certificationRate(), 1e-9);
        for (String type : List.of("regular", "dispatch", "part_time", "casual", "contract", "temporary_seasonal")) {
            assertEquals(1, EmploymentOutcome.of(List.of(named(9, new StoredAnswer("employment_type", type, null))),
                    1).employed(), type);
        }
    }

    @Test
    void theEmploymentTypesAreExactlyThoseOfSeed004() {
        QuestionDefinition type = StandardSurvey.EMPLOYMENT.definition().question("employment_type").orElseThrow();
        assertEquals(List.of("正社員", "派遣", "パート", "アルバイト", "契約社員", "臨時・季節", "日雇い", "就職していない"),
                type.options().stream().map(OptionDefinition::labelJa).toList());
        assertFalse(StandardSurvey.COUNTED_EMPLOYMENT.contains("day_labour"));
    }

    @Test
    void anAnonymousTableHasNoNamesAndANamedOneHas() {
        SurveyTarget target = new SurveyTarget(1, 2L, null);
        Survey anonymous = new Survey(StandardSurvey.SATISFACTION.definition(), target, NOW, NOW.plusSeconds(60), NOW,
                "admin");
        ResponseTable table = ResponseTable.of(anonymous, List.of(SurveyResponse.anonymous(1,
                List.of(new StoredAnswer("overall_satisfaction", "5", null),
                        new StoredAnswer("difficulty", "too_easy", null)))),
                Map.of(7L, new ResponseTable.Respondent("learner-7", "Nguyen", "Higo")), true);
        assertEquals(List.of("no", "この研修全体に満足しましたか。"), table.header().subList(0, 2));
        assertEquals(List.of("1", "5", "", "易しすぎた", "", "", ""), table.rows().get(0));
        assertTrue(table.rows().get(0).stream().noneMatch(cell -> cell.contains("learner-7")));

        Survey named = new Survey(StandardSurvey.EMPLOYMENT.definition(), target, NOW, NOW.plusSeconds(60), NOW,
                "admin");
        ResponseTable namedTable = ResponseTable.of(named, List.of(SurveyResponse.named(1, 7L, 3L, NOW, List.of(
                        new StoredAnswer("employment_type", "part_time", null),
                        new StoredAnswer("certifications", "it_passport", null),
                        new StoredAnswer("certifications", "jlpt_n4", null)))),
                Map.of(7L, new ResponseTable.Respondent("learner-7", "Nguyen", "Higo")), false);
        assertEquals(List.of("no", "submittedAt", "loginId", "name", "organisation"), namedTable.header().subList(0, 5));
        assertEquals(List.of("1", NOW.toString(), "learner-7", "Nguyen", "Higo", "Part-time", "IT Passport; JLPT N4", ""),
                namedTable.rows().get(0));
    }

    private static SurveyResponse named(long accountId, StoredAnswer... answers) {
        return SurveyResponse.named(1, accountId, null, NOW, List.of(answers));
    }

    private static int count(SurveyResults.QuestionResult result, String code) {
        return result.options().stream().filter(c -> c.option().code().equals(code)).findFirst().orElseThrow().count();
    }
}
