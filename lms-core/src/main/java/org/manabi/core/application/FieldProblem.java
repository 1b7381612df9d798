package org.manabi.core.application;

/** One thing wrong with a submission: the field (as the API names it), why, and a stable code. */
public record FieldProblem(String field, String reason, String code) {
}
