package org.manabi.content.survey;

/** Who is asked. */
public enum Audience {
    /** Every learner holding a seat in the survey's cohort. */
    COHORT,
    /** Every learner holding a seat in any cohort of the survey's programme. */
    PROGRAMME,
    /**
     * The company managers of every organisation with a learner in the survey's cohort (or, without
     * a cohort, its programme); only one organisation's when the survey names one.
     */
    COMPANY_MANAGERS
}
