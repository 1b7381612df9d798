package org.manabi.core.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down repeated failed sign-ins for one key (an account, or a source address), in the manner
 * of Keycloak's brute-force detection: a few failures are free, then each further failure adds a
 * wait, up to a maximum. The wait always ends, and failures are forgotten after a quiet period, so
 * an attacker can slow a real user down but never lock them out for good. A success clears the key.
 *
 * <p>Kept in memory: one server node, and a restart forgets (which only ever helps real users).
 */
public final class LoginThrottle {

    /**
     * @param freeFailures   failures allowed before any wait
     * @param waitIncrement  how much each further failure adds to the wait
     * @param maxWait        the longest wait
     * @param failureMemory  how long after the last failure the count is forgotten
     */
    public record Policy(int freeFailures, Duration waitIncrement, Duration maxWait, Duration failureMemory) {

        /** One account: a typo or two is free; guessing gets slow fast. */
        public static final Policy ACCOUNT = new Policy(5, Duration.ofMinutes(1), Duration.ofMinutes(15),
                Duration.ofHours(12));

        /** One address: offices and mobile carriers put many people behind one address. */
        public static final Policy ADDRESS = new Policy(30, Duration.ofMinutes(1), Duration.ofMinutes(15),
                Duration.ofHours(12));
    }

    /** @param refusalRecorded whether a refusal during the current wait was already recorded in the audit trail */
    private record Failures(int count, Instant last, boolean refusalRecorded) {

        Failures(int count, Instant last) {
            this(count, last, false);
        }
    }

    private static final int PURGE_ABOVE = 10_000;

    private final Policy policy;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Policy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Counts an attempt for {@code key} before its password is checked, atomically with the check
     * for a wait, so parallel attempts cannot all slip through while the count is low. Returns
     * until when attempts must wait if they must (and then counts nothing). A success then calls
     * {@link #succeeded} or {@link #forgive}.
     */
    public Optional<Instant> attempt(String key) {
        Instant now = clock.instant();
        Instant[] blocked = new Instant[1];
        failures.compute(key, (k, previous) -> {
            Failures current = previous == null || isForgotten(previous, now) ? null : previous;
            blocked[0] = waitEnd(current, now).orElse(null);
            if (blocked[0] != null) {
                return current;
            }
            return new Failures(current == null ? 1 : current.count() + 1, now);
        });
        purgeIfLarge(now);
        return Optional.ofNullable(blocked[0]);
    }

    /** Takes back one counted attempt that turned out to be a success (for a shared key such as an address). */
    public void forgive(String key) {
        failures.computeIfPresent(key, (k, f) -> f.count() <= 1 ? null : new Failures(f.count() - 1, f.last()));
    }

    /** Until when sign-ins for {@code key} must wait, if they must; counts nothing. */
    public Optional<Instant> blockedUntil(String key) {
        return waitEnd(current(key), clock.instant());
    }

    private Optional<Instant> waitEnd(Failures current, Instant now) {
        if (current == null || current.count() <= policy.freeFailures()) {
            return Optional.empty();
        }
        Instant until = current.last().plus(waitAfter(current.count()));
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /**
     * Keeps memory bounded: forgotten entries go first; if a flood of distinct keys still fills the
     * map, the oldest entries go (which can only shorten someone's wait, never lengthen it).
     */
    private void purgeIfLarge(Instant now) {
        if (failures.size() <= PURGE_ABOVE) {
            return;
        }
        failures.values().removeIf(f -> isForgotten(f, now));
        if (failures.size() > PURGE_ABOVE) {
            failures.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(Comparator.comparing(Failures::last)))
                    .limit(failures.size() - PURGE_ABOVE / 2)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(failures::remove);
        }
    }

    /**
     * True the first time it is asked while {@code key} waits, false afterwards until the next
     * wait: a caller records one refusal per wait instead of one per refused attempt, so a script
     * hammering a throttled account cannot flood the audit trail.
     */
    public boolean firstRefusalOfWait(String key) {
        Instant now = clock.instant();
        boolean[] first = new boolean[1];
        failures.computeIfPresent(key, (k, f) -> {
            if (isForgotten(f, now) || waitEnd(f, now).isEmpty() || f.refusalRecorded()) {
                return f;
            }
            first[0] = true;
            return new Failures(f.count(), f.last(), true);
        });
        return first[0];
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    Duration waitAfter(int failureCount) {
        long steps = Math.max(0, failureCount - policy.freeFailures());
        Duration wait = policy.waitIncrement().multipliedBy(steps);
        return wait.compareTo(policy.maxWait()) > 0 ? policy.maxWait() : wait;
    }

    private Failures current(String key) {
        Failures f = failures.get(key);
        return f == null || isForgotten(f, clock.instant()) ? null : f;
    }

    private boolean isForgotten(Failures f, Instant now) {
        return !f.last().plus(policy.failureMemory()).isAfter(now);
    }
}
