package org.manabi.content.curriculum;

import java.util.List;
import org.manabi.content.catalog.DefinitionProblem;

/**
 * A curriculum change that was refused and wrote nothing. The web tier answers NOT_FOUND with 404
 * (also for what the caller may not see), CONFLICT with 409 and INVALID with 400 and one error per
 * problem.
 */
public class CurriculumRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_FOUND,
        CONFLICT,
        INVALID
    }

    private final Reason reason;
    private final String code;
    private final transient List<DefinitionProblem> problems;

    CurriculumRefusal(Reason reason, String code, String message, List<DefinitionProblem> problems) {
        super(message);
        this.reason = reason;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    static CurriculumRefusal notFound(String what) {
        return new CurriculumRefusal(Reason.NOT_FOUND, "not-found", "No such " + what + ".", List.of());
    }

    static CurriculumRefusal invalid(List<DefinitionProblem> problems) {
        return new CurriculumRefusal(Reason.INVALID, "invalid",
                "The curriculum has " + problems.size() + " problem(s).", problems);
    }

    static CurriculumRefusal invalid(String path, String code, String message) {
        return invalid(List.of(new DefinitionProblem(path, code, message)));
    }

    public Reason reason() {
        return reason;
    }

    /** A stable code such as {@code code-taken}. */
    public String code() {
        return code;
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
