package org.manabi.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.manabi.core.identity.PasswordPolicy.Problem;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsAnOrdinaryPassphraseInAnyScript() {
        assertTrue(policy.problems("kagoshima bus 15 minutes", "nguyen01").isEmpty());
        assertTrue(policy.problems("Tôi học tiếng Nhật mỗi ngày", "nguyen01").isEmpty());
    }

    @Test
    void countsCharactersNotBytes() {
        assertEquals(List.of(Problem.TOO_SHORT), policy.problems("毎朝バスで勉強", "x"));
        assertTrue(policy.problems("毎朝バスで日本語を勉強", "x").isEmpty(), "…and 11 are enough");
    }

    @Test
    void refusesShortAndOverlongPasswords() {
        assertEquals(List.of(Problem.TOO_SHORT), policy.problems("k9$Lm2!", "learner"));
        assertTrue(policy.problems("a".repeat(7) + "b".repeat(121), "learner").isEmpty(), "128 is allowed");
        assertEquals(List.of(Problem.TOO_LONG), policy.problems("x".repeat(129), "learner"));
    }

    @Test
    void refusesCommonPasswordsWhateverTheCaseOrWidth() {
        assertEquals(List.of(Problem.TOO_COMMON), policy.problems("Password123", "learner"));
        assertEquals(List.of(Problem.TOO_COMMON), policy.problems("ｑｗｅｒｔｙ１２３", "learner"));
        assertEquals(List.of(Problem.TOO_COMMON), policy.problems("kumamoto", "learner"));
    }

    @Test
    void refusesAPasswordContainingTheLoginId() {
        assertEquals(List.of(Problem.CONTAINS_LOGIN_ID), policy.problems("my-KUMA-0001-pass", "kuma-0001"));
    }
}
