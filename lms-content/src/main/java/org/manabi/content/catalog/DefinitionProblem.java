package org.manabi.content.catalog;

/**
 * One thing wrong with a {@link CourseDefinition}.
 *
 * @param path    where, e.g. {@code title} or {@code sections[0].lessons[2].url}
 * @param code    a stable code such as {@code Required}, {@code TooLong}, {@code Pattern}, {@code Url}
 * @param message a short English explanation for logs and API clients
 */
public record DefinitionProblem(String path, String code, String message) {
}
