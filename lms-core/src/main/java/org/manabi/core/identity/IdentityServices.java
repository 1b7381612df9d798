package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The identity feature's stateless helpers, made once per application. */
@ApplicationScoped
public class IdentityServices {

    @Produces
    @Singleton
    PasswordHasher passwordHasher() {
        return new PasswordHasher();
    }

    @Produces
    @Singleton
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy();
    }
}
