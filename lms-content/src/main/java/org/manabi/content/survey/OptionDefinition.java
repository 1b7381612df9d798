package org.manabi.content.survey;

/**
 * One answer a question offers.
 *
 * @param code a stable code that reports count by, e.g. {@code part_time}; for a Likert point "1" to "5"
 */
public record OptionDefinition(String code, String labelJa, String labelEn) {
}
