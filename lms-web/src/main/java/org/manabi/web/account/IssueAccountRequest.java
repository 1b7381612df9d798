package org.manabi.web.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.manabi.core.identity.Role;

/**
 * An administrator's request to issue an account. The canonical constructor is written out:
 * Payara's OpenAPI generator fails on constraints a record copies to an implicit constructor.
 */
public record IssueAccountRequest(
        @NotBlank(message = "enter a login ID")
        @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "use 3 to 64 letters, digits, '.', '_' or '-'")
        String loginId,
        @NotBlank(message = "enter the person's name")
        @Size(max = 200, message = "at most 200 characters")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "must not contain '<', '>' or control characters")
        String displayName,
        @Email(message = "enter a valid e-mail address") @Size(max = 254, message = "at most 254 characters")
        String email,
        @NotEmpty(message = "choose at least one role")
        Set<@NotNull(message = "a role cannot be empty") Role> roles,
        Long organisationId,
        @Size(max = 200, message = "at most 200 characters")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "must not contain '<', '>' or control characters")
        String department) {

    public IssueAccountRequest(String loginId, String displayName, String email, Set<Role> roles, Long organisationId,
                               String department) {
        this.loginId = loginId;
        this.displayName = displayName;
        this.email = email;
        this.roles = roles;
        this.organisationId = organisationId;
        this.department = department;
    }
}
