package org.manabi.core.accountimport;

import java.util.List;

/**
 * Rows that cannot be written. Thrown inside the import's transaction, it rolls the whole
 * transaction back: no account of the file is kept.
 */
public class ImportRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RowError> errors;

    public ImportRejected(List<RowError> errors) {
        super(errors.size() + " rows cannot be imported");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
