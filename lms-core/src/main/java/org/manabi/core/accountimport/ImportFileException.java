package org.manabi.core.accountimport;

/**
 * A file that cannot be imported as a whole: unreadable, not CSV, too big, or without the columns
 * an account needs. Row-level problems are {@link RowError}s instead, so the administrator sees
 * them all at once.
 */
public class ImportFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the file; each kind has its own text in the UI. */
    public enum Kind {
        TOO_LARGE, EMPTY, NOT_CSV, ENCODING, MALFORMED_CSV, TOO_MANY_ROWS, MISSING_COLUMN, DUPLICATE_COLUMN,
        UNKNOWN_COLUMN,
        /** The organisation or cohort chosen for the whole file does not exist. */
        UNKNOWN_REFERENCE
    }

    private final Kind kind;
    private final String field;

    /**
     * @param field  what the problem is about, as the API names it: {@code file}, {@code encoding},
     *               or a column parameter such as {@code loginIdColumn}
     * @param reason plain English, safe to show (it never quotes the file's content beyond a header)
     */
    public ImportFileException(Kind kind, String field, String reason) {
        super(reason);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }
}
