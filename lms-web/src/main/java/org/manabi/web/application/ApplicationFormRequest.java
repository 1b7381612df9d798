package org.manabi.web.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.Map;
import org.manabi.core.application.ApplicationForm;
import org.manabi.core.application.Question;
import org.manabi.core.application.Requirement;
import org.manabi.core.application.SelectionMode;

/**
 * A programme's application form settings. {@code questions} maps a question name (NATIONALITY …)
 * to OPTIONAL or REQUIRED; questions left out are not asked. The constructor is written out for
 * Payara's OpenAPI generator.
 */
public record ApplicationFormRequest(
        @NotNull(message = "say whether the form is open") Boolean accepting,
        @NotNull(message = "choose how places are decided")
        @Pattern(regexp = "FIRST_COME|SELECTION", message = "FIRST_COME or SELECTION") String selectionMode,
        @Min(value = 1, message = "at least 1") @Max(value = 10_000, message = "at most 10,000")
        Integer minimumApplicants,
        @Size(max = 2000, message = "at most 2000 characters")
        @Pattern(regexp = "[^<>]*", message = "must not contain '<' or '>'") String selectionCriteria,
        Map<String, String> questions) {

    public ApplicationFormRequest(Boolean accepting, String selectionMode, Integer minimumApplicants,
                                  String selectionCriteria, Map<String, String> questions) {
        this.accepting = accepting;
        this.selectionMode = selectionMode;
        this.minimumApplicants = minimumApplicants;
        this.selectionCriteria = selectionCriteria;
        this.questions = questions;
    }

    /** The first field that is wrong in a way annotations cannot say, as {field, reason}, or {@code null}. */
    String[] problem() {
        if (questions != null) {
            for (Map.Entry<String, String> entry : questions.entrySet()) {
                if (parse(Question.class, entry.getKey()) == null) {
                    return new String[] {"questions." + entry.getKey(), "no such question"};
                }
                if (parse(Requirement.class, entry.getValue()) == null) {
                    return new String[] {"questions." + entry.getKey(), "OPTIONAL or REQUIRED"};
                }
            }
        }
        if ("SELECTION".equals(selectionMode) && (selectionCriteria == null || selectionCriteria.isBlank())) {
            return new String[] {"selectionCriteria", "selection needs criteria to publish and cite"};
        }
        return null;
    }

    ApplicationForm.Settings toSettings() {
        Map<Question, Requirement> asked = new EnumMap<>(Question.class);
        if (questions != null) {
            questions.forEach((question, requirement) -> asked.put(parse(Question.class, question),
                    parse(Requirement.class, requirement)));
        }
        return new ApplicationForm.Settings(accepting, SelectionMode.valueOf(selectionMode), minimumApplicants,
                selectionCriteria, asked);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
