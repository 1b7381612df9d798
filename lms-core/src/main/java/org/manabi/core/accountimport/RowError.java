package org.manabi.core.accountimport;

/**
 * What is wrong with one row.
 *
 * @param line   the line the row starts on (the header is line 1), as Excel numbers it
 * @param field  the account field, e.g. {@code email}, or {@code seat} for the seat rules
 * @param code   a stable code the UI turns into text in the administrator's language
 * @param reason plain English
 */
public record RowError(int line, String field, String code, String reason) {
}
