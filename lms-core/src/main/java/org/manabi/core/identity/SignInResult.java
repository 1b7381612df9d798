package org.manabi.core.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * How a sign-in attempt ended. A wrong login id and a wrong password are the same outcome,
 * {@link Outcome#REJECTED}, so a caller cannot learn which accounts exist.
 *
 * @param outcome      what happened
 * @param account      the signed-in account, for {@link Outcome#SIGNED_IN} only
 * @param retryAfter   when to try again, for {@link Outcome#THROTTLED} only
 */
public record SignInResult(Outcome outcome, Optional<SignedInAccount> account, Optional<Instant> retryAfter) {

    /** The possible endings of an attempt. */
    public enum Outcome {
        SIGNED_IN,
        /** Unknown login id or wrong password. */
        REJECTED,
        /** Right password, but the account is suspended or deleted. */
        NOT_ACTIVE,
        /** Too many recent failures for this account or address: wait until {@code retryAfter}. */
        THROTTLED
    }

    /** What the web tier keeps in the session about the person who signed in. */
    public record SignedInAccount(long id, String loginId, String displayName, Set<Role> roles,
                                  boolean mustChangePassword, Long organisationId, Instant passwordChangedAt) {
    }

    static SignInResult signedIn(Account account) {
        return new SignInResult(Outcome.SIGNED_IN, Optional.of(new SignedInAccount(account.id(), account.loginId(),
                account.displayName(), account.roles(), account.mustChangePassword(), account.organisationId(),
                account.passwordChangedAt())), Optional.empty());
    }

    static SignInResult of(Outcome outcome) {
        return new SignInResult(outcome, Optional.empty(), Optional.empty());
    }

    static SignInResult throttled(Instant until) {
        return new SignInResult(Outcome.THROTTLED, Optional.empty(), Optional.of(until));
    }
}
