package org.manabi.web.accountimport;

import org.manabi.core.accountimport.RowError;

/**
 * One problem of one row.
 *
 * @param line  the line in the file (the header is line 1), as Excel numbers rows
 * @param field {@code loginId}, {@code displayName}, {@code email}, {@code role}, {@code department},
 *              {@code organisation}, or {@code seat}
 * @param code  a stable code, e.g. {@code DuplicateInFile}, {@code Taken}, {@code Email}, {@code CohortFull}
 */
public record RowErrorView(int line, String field, String code, String reason) {

    static RowErrorView of(RowError error) {
        return new RowErrorView(error.line(), error.field(), error.code(), error.reason());
    }
}
