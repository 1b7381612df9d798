package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The throttles every password check shares, so guesses through any door (signing in, changing a
 * password) count against the same account and address.
 */
@ApplicationScoped
public class SignInThrottles {

    private LoginThrottle accounts;
    private LoginThrottle addresses;

    protected SignInThrottles() {
    }

    @Inject
    public SignInThrottles(Clock clock) {
        this(new LoginThrottle(LoginThrottle.Policy.ACCOUNT, clock), new LoginThrottle(LoginThrottle.Policy.ADDRESS,
                clock));
    }

    SignInThrottles(LoginThrottle accounts, LoginThrottle addresses) {
        this.accounts = accounts;
        this.addresses = addresses;
    }

    static String accountKey(String loginId) {
        return "account:" + LoginIds.key(loginId);
    }

    static String addressKey(String sourceAddress) {
        return "address:" + sourceAddress;
    }

    LoginThrottle accounts() {
        return accounts;
    }

    LoginThrottle addresses() {
        return addresses;
    }
}
