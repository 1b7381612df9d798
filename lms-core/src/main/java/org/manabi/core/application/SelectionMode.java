package org.manabi.core.application;

/** How a programme decides who gets a place. */
public enum SelectionMode {
    /** Places go by submission time, as long as seats last (Kumamoto's individual applicants, Kagoshima). */
    FIRST_COME,
    /**
     * Places are decided by the office against published criteria, and each approval records how
     * the criteria were applied (Miyagi: 20 seats per run; a run with too few applicants may be cancelled).
     */
    SELECTION
}
