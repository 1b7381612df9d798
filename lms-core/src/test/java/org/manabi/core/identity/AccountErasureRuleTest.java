package org.manabi.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What erasing an account replaces, and what it leaves. */
class AccountErasureRuleTest {

    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void everyPersonalFieldIsReplacedAndTheFieldsAreNamed() throws Exception {
        Account account = stored(42, new Account("Tanaka.Hanako", "田中 花子", "hanako@example.jp", "$argon2id$old",
                EnumSet.of(Role.LEARNER), false, NOW));
        account.assignTo(7L, "Care");

        List<String> erased = account.erase("$argon2id$unusable");

        assertEquals(List.of("loginId", "displayName", "passwordHash", "email", "department"), erased);
        assertEquals("erased-42", account.loginId());
        assertEquals("erased-42", account.displayName());
        assertEquals("$argon2id$unusable", account.passwordHash());
        assertNull(account.email());
        assertNull(account.department());
        assertEquals(AccountStatus.DELETED, account.status());
        assertFalse(account.canSignIn());
        assertEquals(7L, account.organisationId(), "the organisation is not personal data; counts keep it");
        assertEquals(EnumSet.of(Role.LEARNER), EnumSet.copyOf(account.roles()));
    }

    @Test
    void fieldsThatHeldNothingAreNotListed() throws Exception {
        Account account = stored(5, new Account("plain", "Plain", null, "$h", EnumSet.of(Role.LEARNER), true, NOW));
        assertEquals(List.of("loginId", "displayName", "passwordHash"), account.erase("$x"));
        assertFalse(account.mustChangePassword());
    }

    @Test
    void anAccountIsErasedOnceAndThenCannotBeSuspendedOrRevoked() throws Exception {
        Account account = stored(6, new Account("once", "Once", null, "$h", EnumSet.of(Role.LEARNER), false, NOW));
        account.erase("$x");
        assertThrows(IllegalStateException.class, () -> account.erase("$y"));
        assertThrows(IllegalStateException.class, account::suspend);
        assertThrows(IllegalStateException.class, account::revoke);
    }

    @Test
    void aRevokedAccountCannotBeResumedButCanStillBeErased() throws Exception {
        Account account = stored(8, new Account("gone", "Gone", null, "$h", EnumSet.of(Role.LEARNER), false, NOW));
        account.suspend();
        account.revoke();
        assertEquals(AccountStatus.REVOKED, account.status());
        assertThrows(IllegalStateException.class, account::resume);
        account.erase("$x");
        assertEquals(AccountStatus.DELETED, account.status());
    }

    @Test
    void aNameIsSearchedByItsNormalisedForm() throws Exception {
        Account account = new Account("wide", "ＴＡＮＡＫＡ ﾀﾛｳ", null, "$h", EnumSet.of(Role.LEARNER), false, NOW);
        Field searchName = Account.class.getDeclaredField("searchName");
        searchName.setAccessible(true);
        assertEquals("tanaka タロウ", searchName.get(account));
    }

    private static Account stored(long id, Account account) throws Exception {
        Field field = Account.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(account, id);
        return account;
    }
}
