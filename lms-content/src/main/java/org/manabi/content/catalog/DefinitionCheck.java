package org.manabi.content.catalog;

import java.util.ArrayList;
import java.util.List;

/** Checks a course definition whole; replaced by the full rule set from the package branch. */
public final class DefinitionCheck {

    private DefinitionCheck() {
    }

    public static List<DefinitionProblem> check(CourseDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        if (definition.code() == null || !definition.code().matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
            problems.add(new DefinitionProblem("code", "Pattern", "A-Z, 0-9 and -, 2 to 40 characters"));
        }
        if (definition.title() == null || definition.title().isBlank()) {
            problems.add(new DefinitionProblem("title", "Required", "is required"));
        }
        if (definition.sections().isEmpty()) {
            problems.add(new DefinitionProblem("sections", "Required", "at least one section"));
        }
        return problems;
    }
}
