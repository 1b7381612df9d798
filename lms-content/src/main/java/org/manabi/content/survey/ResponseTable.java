package org.manabi.content.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A survey's responses as rows of text, one column per question, for a spreadsheet. A named
 * survey's rows start with who answered and when; an anonymous survey's rows have only a running
 * number, in the random order of the response ids.
 *
 * @param header the column titles
 * @param rows   one row per response, as wide as the header
 */
public record ResponseTable(List<String> header, List<List<String>> rows) {

    /** Between the codes of several chosen options in one cell. */
    public static final String CHOICE_SEPARATOR = "; ";

    /** What a named response's first columns say about the person. */
    public record Respondent(String loginId, String displayName, String organisation) {
    }

    /**
     * @param japanese     titles and option labels in Japanese, else English
     * @param respondents  by account id, for named surveys; ignored for anonymous ones
     */
    public static ResponseTable of(Survey survey, List<SurveyResponse> responses, Map<Long, Respondent> respondents,
                                   boolean japanese) {
        List<QuestionDefinition> questions = survey.questions();
        List<String> header = new ArrayList<>();
        header.add("no");
        if (!survey.anonymous()) {
            header.addAll(List.of("submittedAt", "loginId", "name", "organisation"));
        }
        questions.forEach(question -> header.add(japanese ? question.promptJa() : question.promptEn()));
        List<List<String>> rows = new ArrayList<>();
        int number = 0;
        for (SurveyResponse response : responses) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(++number));
            if (!survey.anonymous()) {
                Respondent who = response.accountId().map(respondents::get)
                        .orElse(new Respondent("", "", ""));
                row.add(response.submittedAt().map(Object::toString).orElse(""));
                row.add(who.loginId());
                row.add(who.displayName());
                row.add(who.organisation() == null ? "" : who.organisation());
            }
            for (QuestionDefinition question : questions) {
                row.add(cell(question, response, japanese));
            }
            rows.add(List.copyOf(row));
        }
        return new ResponseTable(List.copyOf(header), List.copyOf(rows));
    }

    private static String cell(QuestionDefinition question, SurveyResponse response, boolean japanese) {
        return response.answers().stream()
                .filter(answer -> answer.questionCode().equals(question.code()))
                .map(answer -> {
                    if (answer.textValue() != null) {
                        return answer.textValue();
                    }
                    if (question.kind() == QuestionKind.LIKERT) {
                        return answer.optionCode();
                    }
                    return question.option(answer.optionCode())
                            .map(option -> japanese ? option.labelJa() : option.labelEn())
                            .orElse(answer.optionCode());
                })
                .collect(Collectors.joining(CHOICE_SEPARATOR));
    }
}
