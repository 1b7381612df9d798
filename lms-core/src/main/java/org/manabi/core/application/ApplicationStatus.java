package org.manabi.core.application;

/** Where an application is in its review. */
public enum ApplicationStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    /** The run it applied for was cancelled. */
    CANCELLED
}
