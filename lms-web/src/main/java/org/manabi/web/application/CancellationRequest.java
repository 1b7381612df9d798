package org.manabi.web.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Why a run is cancelled: told to every applicant. The constructor is written out for Payara's OpenAPI generator. */
public record CancellationRequest(
        @NotBlank(message = "give a reason") @Size(max = 1000, message = "at most 1000 characters")
        @Pattern(regexp = "[^<>]*", message = "must not contain '<' or '>'") String reason) {

    public CancellationRequest(String reason) {
        this.reason = reason;
    }
}
