package org.manabi.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an account is suspended; kept in the audit trail. The constructor is written out for Payara's OpenAPI generator. */
public record SuspensionRequest(
        @NotBlank(message = "give a reason") @Size(max = 500, message = "at most 500 characters") String reason) {

    public SuspensionRequest(String reason) {
        this.reason = reason;
    }
}
