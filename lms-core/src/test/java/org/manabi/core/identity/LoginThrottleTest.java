package org.manabi.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-02T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottle.Policy.ACCOUNT, clock);

    @Test
    void theFirstFiveFailuresCostNothing() {
        for (int i = 0; i < 5; i++) {
            throttle.attempt("account:tanaka");
        }
        assertEquals(Optional.empty(), throttle.blockedUntil("account:tanaka"));
    }

    @Test
    void eachFurtherFailureAddsAMinuteUpToFifteen() {
        for (int i = 0; i < 6; i++) {
            throttle.attempt("account:tanaka");
        }
        assertEquals(Optional.of(clock.instant().plus(Duration.ofMinutes(1))), throttle.blockedUntil("account:tanaka"));
        assertEquals(Optional.of(clock.instant().plus(Duration.ofMinutes(1))), throttle.attempt("account:tanaka"),
                "an attempt during the wait is refused and not counted");
        clock.advance(Duration.ofMinutes(1));
        throttle.attempt("account:tanaka");
        assertEquals(Optional.of(clock.instant().plus(Duration.ofMinutes(2))), throttle.blockedUntil("account:tanaka"));
        for (int i = 0; i < 50; i++) {
            clock.advance(throttle.waitAfter(100));
            throttle.attempt("account:tanaka");
        }
        assertEquals(Optional.of(clock.instant().plus(Duration.ofMinutes(15))), throttle.blockedUntil("account:tanaka"),
                "never longer than the maximum");
    }

    @Test
    void anAttackerCannotLockARealUserOutForGood() {
        for (int i = 0; i < 1_000; i++) {
            throttle.attempt("account:tanaka");
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertEquals(Optional.empty(), throttle.blockedUntil("account:tanaka"),
                "after the longest wait the real user can try again");
    }

    @Test
    void failuresAreForgottenAfterTwelveQuietHours() {
        for (int i = 0; i < 5; i++) {
            throttle.attempt("account:tanaka");
        }
        clock.advance(Duration.ofHours(12));
        throttle.attempt("account:tanaka");
        assertEquals(Optional.empty(), throttle.blockedUntil("account:tanaka"), "counted from one again");
    }

    @Test
    void aSuccessClearsTheCountAndKeysAreIndependent() {
        for (int i = 0; i < 8; i++) {
            throttle.attempt("account:tanaka");
        }
        assertTrue(throttle.blockedUntil("account:tanaka").isPresent());
        assertEquals(Optional.empty(), throttle.blockedUntil("account:suzuki"));
        throttle.succeeded("account:tanaka");
        assertEquals(Optional.empty(), throttle.blockedUntil("account:tanaka"));
    }

    @Test
    void parallelAttemptsCannotSlipPastTheFreeFailures() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> passed = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                passed.add(pool.submit(() -> throttle.attempt("account:tanaka").isEmpty()));
            }
            int allowed = 0;
            for (Future<Boolean> result : passed) {
                allowed += result.get() ? 1 : 0;
            }
            assertEquals(6, allowed, "five free failures and the sixth, which starts the wait");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aForgivenAttemptNoLongerCounts() {
        for (int i = 0; i < 6; i++) {
            throttle.attempt("address:198.51.100.1");
        }
        throttle.forgive("address:198.51.100.1");
        assertEquals(Optional.empty(), throttle.blockedUntil("address:198.51.100.1"), "back to five");
    }

    @Test
    void anAddressToleratesAWholeOfficeOfTypos() {
        LoginThrottle byAddress = new LoginThrottle(LoginThrottle.Policy.ADDRESS, clock);
        for (int i = 0; i < 30; i++) {
            byAddress.attempt("address:203.0.113.7");
        }
        assertEquals(Optional.empty(), byAddress.blockedUntil("address:203.0.113.7"));
        byAddress.attempt("address:203.0.113.7");
        assertTrue(byAddress.blockedUntil("address:203.0.113.7").isPresent());
    }

    @Test
    void eachWaitHasOneFirstRefusal() {
        LoginThrottle strict = new LoginThrottle(new LoginThrottle.Policy(1, Duration.ofMinutes(1),
                Duration.ofMinutes(15), Duration.ofHours(1)), clock);
        assertFalse(strict.firstRefusalOfWait("k"), "no wait yet");
        strict.attempt("k");
        strict.attempt("k");
        assertTrue(strict.firstRefusalOfWait("k"));
        assertFalse(strict.firstRefusalOfWait("k"));
        clock.advance(Duration.ofMinutes(2));
        strict.attempt("k");
        assertTrue(strict.firstRefusalOfWait("k"), "a new failure starts a new wait");
    }
}
