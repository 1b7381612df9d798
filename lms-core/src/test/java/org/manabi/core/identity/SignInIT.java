package org.manabi.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manabi.core.audit.AuditEvent;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.SignInResult.Outcome;
import org.manabi.core.testsupport.JpaTestDatabase;

/**
 * Sign-in against accounts stored in a real PostgreSQL database: outcomes, the audit trail, the
 * throttle and the hash upgrade, each checked after the transaction committed.
 */
class SignInIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String ADDRESS = "198.51.100.20";

    private JpaTestDatabase database;
    private final PasswordHasher hasher = new PasswordHasher();
    private final LoginThrottle accountThrottle = new LoginThrottle(LoginThrottle.Policy.ACCOUNT, CLOCK);
    private final LoginThrottle addressThrottle = new LoginThrottle(LoginThrottle.Policy.ADDRESS, CLOCK);

    @BeforeEach
    void freshDatabase() {
        database = JpaTestDatabase.postgres();
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void theRightPasswordSignsInAndIsAuditedWithoutThePassword() {
        addAccount("Nguyen-0001", hasher.hash("bus to kagoshima"), true);

        SignInResult result = attempt("ｎｇｕｙｅｎ-０００１", "bus to kagoshima");

        assertEquals(Outcome.SIGNED_IN, result.outcome());
        SignInResult.SignedInAccount account = result.account().orElseThrow();
        assertEquals("Nguyen-0001", account.loginId());
        assertEquals(EnumSet.of(Role.LEARNER), account.roles());
        assertTrue(account.mustChangePassword(), "an issued password must be changed");
        AuditEvent event = newestAudit().get(0);
        assertEquals(SignIn.SIGNED_IN, event.action());
        assertEquals(ADDRESS, event.sourceAddress());
        assertFalse(String.valueOf(event.detail()).contains("kagoshima"), "never the password");
    }

    @Test
    void aWrongPasswordAndAnUnknownIdLookTheSame() {
        addAccount("tanaka", hasher.hash("right password"), false);

        SignInResult wrongPassword = attempt("tanaka", "wrong password");
        SignInResult unknownId = attempt("nobody-here", "wrong password");

        assertEquals(Outcome.REJECTED, wrongPassword.outcome());
        assertEquals(Outcome.REJECTED, unknownId.outcome());
        assertEquals(wrongPassword.account(), unknownId.account());
        assertEquals(List.of(SignIn.REJECTED, SignIn.REJECTED),
                newestAudit().stream().map(AuditEvent::action).toList());
    }

    @Test
    void repeatedFailuresAreThrottledEvenForTheRightPassword() {
        addAccount("tanaka", hasher.hash("right password"), false);
        for (int i = 0; i < 6; i++) {
            attempt("tanaka", "guess " + i);
        }
        SignInResult result = attempt("tanaka", "right password");
        assertEquals(Outcome.THROTTLED, result.outcome());
        assertEquals(CLOCK.instant().plusSeconds(60), result.retryAfter().orElseThrow());
        assertEquals(SignIn.THROTTLED, newestAudit().get(0).action());
        attempt("tanaka", "right password");
        attempt("tanaka", "right password");
        assertEquals(1, newestAudit().stream().filter(e -> e.action().equals(SignIn.THROTTLED)).count(),
                "a wait is recorded once, not once per refused attempt");
    }

    @Test
    void aWeakHashIsUpgradedAtSignIn() {
        PasswordHasher weak = new PasswordHasher(new PasswordHasher.Cost(8_192, 1, 1), new SecureRandom());
        long id = addAccount("sato", weak.hash("older account"), false);

        assertEquals(Outcome.SIGNED_IN, attempt("sato", "older account").outcome());

        String stored = database.read(em -> new AccountRepository(em).find(id).orElseThrow().passwordHash());
        assertFalse(hasher.needsRehash(stored), stored);
        assertTrue(hasher.matches("older account", stored));
    }

    private long addAccount(String loginId, String hash, boolean issued) {
        return database.inTransaction(em -> new AccountRepository(em).add(new Account(loginId, "Test " + loginId, null, hash,
                EnumSet.of(Role.LEARNER), issued, CLOCK.instant())).id());
    }

    private SignInResult attempt(String loginId, String password) {
        return database.inTransaction(em -> new SignIn(new AccountRepository(em), new AuditLog(em, CLOCK), hasher,
                accountThrottle, addressThrottle).attempt(loginId, password, ADDRESS, "req-test"));
    }

    private List<AuditEvent> newestAudit() {
        return database.read(em -> new AuditLog(em, CLOCK).newest(10));
    }
}
