package org.manabi.content.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.manabi.content.catalog.DefinitionProblem;

/** Checks a survey definition, and a respondent's answers against it, listing every problem at once. */
final class SurveyCheck {

    static final int MAX_QUESTIONS = 50;
    static final int MAX_OPTIONS = 30;
    static final int MAX_TEXT = 2000;
    static final int MAX_PROMPT = 500;
    static final int MAX_LABEL = 200;
    /** An option with this code excludes every other option of a multiple-choice question. */
    static final String NONE = "none";
    private static final Pattern CODE = Pattern.compile("[a-z0-9_]{1,60}");

    private SurveyCheck() {
    }

    static List<DefinitionProblem> definition(SurveyDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        text(problems, "titleJa", definition.titleJa(), MAX_LABEL);
        text(problems, "titleEn", definition.titleEn(), MAX_LABEL);
        if (definition.audience() == null) {
            problems.add(new DefinitionProblem("audience", "Required", "say whom the survey is for"));
        }
        if (definition.questions().isEmpty() || definition.questions().size() > MAX_QUESTIONS) {
            problems.add(new DefinitionProblem("questions", "Size", "between 1 and " + MAX_QUESTIONS + " questions"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < definition.questions().size(); i++) {
            QuestionDefinition question = definition.questions().get(i);
            String path = "questions[" + i + "]";
            if (question.code() == null || !CODE.matcher(question.code()).matches()) {
                problems.add(new DefinitionProblem(path + ".code", "Pattern", "1 to 60 of a-z, 0-9 and _"));
            } else if (!codes.add(question.code())) {
                problems.add(new DefinitionProblem(path + ".code", "Unique", "another question has this code"));
            }
            if (question.kind() == null) {
                problems.add(new DefinitionProblem(path + ".kind", "Required", "say how it is answered"));
                continue;
            }
            text(problems, path + ".promptJa", question.promptJa(), MAX_PROMPT);
            text(problems, path + ".promptEn", question.promptEn(), MAX_PROMPT);
            options(problems, path, question);
        }
        return problems;
    }

    private static void options(List<DefinitionProblem> problems, String path, QuestionDefinition question) {
        List<OptionDefinition> options = question.options();
        switch (question.kind()) {
            case FREE_TEXT -> {
                if (!options.isEmpty()) {
                    problems.add(new DefinitionProblem(path + ".options", "Size", "a free-text question has no options"));
                }
                return;
            }
            case LIKERT -> {
                List<String> points = options.stream().map(OptionDefinition::code).toList();
                if (!points.equals(List.of("1", "2", "3", "4", "5"))) {
                    problems.add(new DefinitionProblem(path + ".options", "Likert",
                            "a Likert question has the five points 1 to 5 in order"));
                }
            }
            default -> {
                if (options.size() < 2 || options.size() > MAX_OPTIONS) {
                    problems.add(new DefinitionProblem(path + ".options", "Size",
                            "between 2 and " + MAX_OPTIONS + " options"));
                }
            }
        }
        Set<String> codes = new HashSet<>();
        for (int j = 0; j < options.size(); j++) {
            OptionDefinition option = options.get(j);
            String optionPath = path + ".options[" + j + "]";
            if (option.code() == null || !CODE.matcher(option.code()).matches()) {
                problems.add(new DefinitionProblem(optionPath + ".code", "Pattern", "1 to 60 of a-z, 0-9 and _"));
            } else if (!codes.add(option.code())) {
                problems.add(new DefinitionProblem(optionPath + ".code", "Unique", "another option has this code"));
            }
            text(problems, optionPath + ".labelJa", option.labelJa(), MAX_LABEL);
            text(problems, optionPath + ".labelEn", option.labelEn(), MAX_LABEL);
        }
    }

    /**
     * The problems of a set of answers, each at {@code answers.<question code>}; a question left
     * out, or answered with no choice and blank text, counts as not answered.
     */
    static List<DefinitionProblem> answers(List<QuestionDefinition> questions, List<Answer> answers) {
        List<DefinitionProblem> problems = new ArrayList<>();
        Map<String, Answer> byCode = new HashMap<>();
        for (Answer answer : answers) {
            String code = answer.questionCode();
            if (questions.stream().noneMatch(q -> q.code().equals(code))) {
                problems.add(new DefinitionProblem("answers." + code, "Unknown", "the survey has no such question"));
            } else if (byCode.put(code, answer) != null) {
                problems.add(new DefinitionProblem("answers." + code, "Duplicate", "answered twice"));
            }
        }
        for (QuestionDefinition question : questions) {
            String path = "answers." + question.code();
            Answer answer = byCode.get(question.code());
            if (answer == null || isEmpty(answer)) {
                if (question.required()) {
                    problems.add(new DefinitionProblem(path, "Required", "this question must be answered"));
                }
                continue;
            }
            if (question.kind() == QuestionKind.FREE_TEXT) {
                if (!answer.choices().isEmpty()) {
                    problems.add(new DefinitionProblem(path, "Text", "answer with text, not choices"));
                } else if (answer.text().length() > MAX_TEXT) {
                    problems.add(new DefinitionProblem(path, "TooLong", "at most " + MAX_TEXT + " characters"));
                } else if (answer.text().chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
                    problems.add(new DefinitionProblem(path, "Control", "remove control characters"));
                }
                continue;
            }
            if (answer.text() != null && !answer.text().isBlank()) {
                problems.add(new DefinitionProblem(path, "Choice", "choose an option; this question takes no text"));
                continue;
            }
            Set<String> chosen = new HashSet<>(answer.choices());
            if (chosen.size() != answer.choices().size()) {
                problems.add(new DefinitionProblem(path, "Duplicate", "an option was chosen twice"));
            } else if (question.kind() != QuestionKind.MULTIPLE_CHOICE && chosen.size() != 1) {
                problems.add(new DefinitionProblem(path, "Single", "choose exactly one option"));
            } else if (chosen.stream().anyMatch(code -> question.option(code).isEmpty())) {
                problems.add(new DefinitionProblem(path, "Option", "not one of the offered options"));
            } else if (chosen.size() > 1 && chosen.contains(NONE)) {
                problems.add(new DefinitionProblem(path, "Exclusive", "\"none\" cannot be chosen with other options"));
            }
        }
        return problems;
    }

    static boolean isEmpty(Answer answer) {
        return answer.choices().isEmpty() && (answer.text() == null || answer.text().isBlank());
    }

    private static void text(List<DefinitionProblem> problems, String path, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new DefinitionProblem(path, "Required", "must not be blank"));
        } else if (value.length() > max) {
            problems.add(new DefinitionProblem(path, "TooLong", "at most " + max + " characters"));
        }
    }
}
