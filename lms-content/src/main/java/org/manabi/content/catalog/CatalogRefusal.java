package org.manabi.content.catalog;

import java.util.List;

/**
 * A change to the catalog or to a curriculum that was refused and wrote nothing. The web tier turns the reason into a status:
 * NOT_FOUND 404 (also for a course the caller may not see), FORBIDDEN 403, CONFLICT 409, INVALID 400.
 */
public class CatalogRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_FOUND,
        FORBIDDEN,
        CONFLICT,
        INVALID
    }

    private final Reason reason;
    private final String code;
    private final transient List<DefinitionProblem> problems;

    public CatalogRefusal(Reason reason, String code, String message) {
        this(reason, code, message, List.of());
    }

    public CatalogRefusal(Reason reason, String code, String message, List<DefinitionProblem> problems) {
        super(message);
        this.reason = reason;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    public static CatalogRefusal notFound() {
        return new CatalogRefusal(Reason.NOT_FOUND, "not-found", "No such course or lesson.");
    }

    /** Something named {@code what} that does not exist or that the caller may not see. */
    public static CatalogRefusal notFound(String what) {
        return new CatalogRefusal(Reason.NOT_FOUND, "not-found", "No such " + what + ".");
    }

    public static CatalogRefusal invalid(List<DefinitionProblem> problems) {
        return new CatalogRefusal(Reason.INVALID, "invalid", problems.size() + " problem(s).", problems);
    }

    public static CatalogRefusal invalid(String path, String code, String message) {
        return invalid(List.of(new DefinitionProblem(path, code, message)));
    }

    public Reason reason() {
        return reason;
    }

    /** A stable code such as {@code code-taken} or {@code nothing-to-publish}. */
    public String code() {
        return code;
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
