package org.manabi.web.account;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An optional note with a decision on a revocation request. The constructor is written out for Payara's OpenAPI generator. */
public record DecisionRequest(
        @Size(max = 500, message = "at most 500 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String note) {

    public DecisionRequest(String note) {
        this.note = note;
    }
}
