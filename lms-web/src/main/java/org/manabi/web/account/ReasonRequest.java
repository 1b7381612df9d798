package org.manabi.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Why an administrator revokes or deletes an account; kept in the audit trail (and, for a
 * deletion, in the erasure record). The constructor is written out for Payara's OpenAPI generator.
 */
public record ReasonRequest(
        @NotBlank(message = "give a reason") @Size(max = 500, message = "at most 500 characters")
        @Pattern(regexp = "[\\r\\n\\P{Cntrl}]*",
                message = "must not contain control characters other than line breaks")
        String reason) {

    public ReasonRequest(String reason) {
        this.reason = reason;
    }
}
