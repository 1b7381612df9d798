package org.manabi.web.problem;

/**
 * One invalid field.
 *
 * @param field  the field's name in the request body or query, e.g. {@code language}
 * @param reason what is wrong, in plain English
 * @param code   a stable code for the rule broken (e.g. {@code NotBlank}), so a UI can say it in
 *               the learner's language
 */
public record FieldViolation(String field, String reason, String code) {
}
