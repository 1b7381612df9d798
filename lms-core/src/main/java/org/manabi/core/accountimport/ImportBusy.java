package org.manabi.core.accountimport;

/** Another import is running: imports run one at a time, so they cannot starve sign-ins of hashing time. */
public class ImportBusy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportBusy() {
        super("another import is running");
    }
}
