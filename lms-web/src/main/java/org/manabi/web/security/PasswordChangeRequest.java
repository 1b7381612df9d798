package org.manabi.web.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A password change: the current password, and the new one. */
public record PasswordChangeRequest(
        @NotBlank(message = "enter your current password") @Size(max = 1024, message = "at most 1024 characters")
        String currentPassword,
        @NotBlank(message = "enter a new password") @Size(max = 1024, message = "at most 1024 characters")
        String newPassword) {

    public PasswordChangeRequest(String currentPassword, String newPassword) {
        this.currentPassword = currentPassword;
        this.newPassword = newPassword;
    }

    @Override
    public String toString() {
        return "PasswordChangeRequest[***]";
    }
}
