package org.manabi.content.catalog;

/** A course version's state: being edited, the one learners now start, or an earlier publication. */
public enum VersionState {
    DRAFT,
    PUBLISHED,
    /** Published once and replaced since; learners who started it keep it. */
    SUPERSEDED
}
