package org.manabi.web.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A sign-in form. The canonical constructor is written out: Payara's OpenAPI generator fails on
 * constraints that a record copies onto an implicit constructor's parameters.
 */
public record SignInRequest(
        @NotBlank(message = "enter your login ID") @Size(max = 64, message = "at most 64 characters") String loginId,
        @NotBlank(message = "enter your password") @Size(max = 1024, message = "at most 1024 characters")
        String password) {

    public SignInRequest(String loginId, String password) {
        this.loginId = loginId;
        this.password = password;
    }

    @Override
    public String toString() {
        return "SignInRequest[loginId=" + loginId + ", password=***]";
    }
}
