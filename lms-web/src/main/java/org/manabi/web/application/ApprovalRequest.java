package org.manabi.web.application;

import jakarta.validation.constraints.Size;

/**
 * An approval: the organisation the learner is placed in (its cap applies), or none for an
 * individual; and, under selection, how the published criteria were applied. The constructor is
 * written out for Payara's OpenAPI generator.
 */
public record ApprovalRequest(
        Long organisationId,
        @Size(max = 1000, message = "at most 1000 characters") String selectionNote) {

    public ApprovalRequest(Long organisationId, String selectionNote) {
        this.organisationId = organisationId;
        this.selectionNote = selectionNote;
    }
}
