package org.manabi.content.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A survey's answers counted: per question, how many answered it, how many chose each option
 * (in the survey's order), for a Likert question the mean and the distribution over the five
 * points, and the free texts.
 *
 * @param invited how many people the survey asks (its audience today)
 */
public record SurveyResults(int responses, int invited, List<QuestionResult> questions) {

    /**
     * @param answered how many responses answered this question
     * @param options  each option with its count, in the survey's order; empty for free text
     * @param mean     the mean of the points chosen, for Likert; {@code null} otherwise or when nobody answered
     * @param texts    the free texts, in response order; empty for other kinds
     */
    public record QuestionResult(QuestionDefinition question, int answered, List<OptionCount> options, Double mean,
                                 List<String> texts) {
    }

    public record OptionCount(OptionDefinition option, int count) {
    }

    /** Counts {@code responses} to {@code questions}; answers to unknown questions or options are ignored. */
    public static SurveyResults of(List<QuestionDefinition> questions, List<SurveyResponse> responses, int invited) {
        List<QuestionResult> results = new ArrayList<>();
        for (QuestionDefinition question : questions) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            question.options().forEach(option -> counts.put(option.code(), 0));
            List<String> texts = new ArrayList<>();
            int answered = 0;
            long pointSum = 0;
            int points = 0;
            for (SurveyResponse response : responses) {
                boolean answeredHere = false;
                for (StoredAnswer answer : response.answers()) {
                    if (!answer.questionCode().equals(question.code())) {
                        continue;
                    }
                    if (question.kind() == QuestionKind.FREE_TEXT) {
                        if (answer.textValue() != null) {
                            texts.add(answer.textValue());
                            answeredHere = true;
                        }
                    } else if (answer.optionCode() != null && counts.containsKey(answer.optionCode())) {
                        counts.merge(answer.optionCode(), 1, Integer::sum);
                        answeredHere = true;
                        if (question.kind() == QuestionKind.LIKERT) {
                            pointSum += Integer.parseInt(answer.optionCode());
                            points++;
                        }
                    }
                }
                if (answeredHere) {
                    answered++;
                }
            }
            List<OptionCount> optionCounts = question.options().stream()
                    .map(option -> new OptionCount(option, counts.get(option.code())))
                    .toList();
            Double mean = question.kind() == QuestionKind.LIKERT && points > 0 ? (double) pointSum / points : null;
            results.add(new QuestionResult(question, answered, optionCounts, mean, List.copyOf(texts)));
        }
        return new SurveyResults(responses.size(), invited, List.copyOf(results));
    }
}
