package org.manabi.web.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A rejection: the reason goes to the applicant by e-mail. The constructor is written out for Payara's OpenAPI generator. */
public record RejectionRequest(
        @NotBlank(message = "give a reason") @Size(max = 1000, message = "at most 1000 characters")
        @Pattern(regexp = "[^<>]*", message = "must not contain '<' or '>'") String reason,
        @Size(max = 1000, message = "at most 1000 characters") String selectionNote) {

    public RejectionRequest(String reason, String selectionNote) {
        this.reason = reason;
        this.selectionNote = selectionNote;
    }
}
