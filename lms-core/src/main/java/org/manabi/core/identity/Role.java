package org.manabi.core.identity;

/** What an account may do. An account can hold several roles. */
public enum Role {
    LEARNER,
    INSTRUCTOR,
    /** Sees only the people of their own organisation. */
    COMPANY_MANAGER,
    COUNSELLOR,
    ADMINISTRATOR
}
