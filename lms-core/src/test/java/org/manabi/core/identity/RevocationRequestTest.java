package org.manabi.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.manabi.core.audit.Actor;

/** The four-eyes rule of revocation, and that a request is decided once. */
class RevocationRequestTest {

    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
    private static final Actor ASKER = new Actor(1, "admin-a", "10.0.0.1", "req-1");
    private static final Actor SECOND = new Actor(2, "admin-b", "10.0.0.2", "req-2");

    @Test
    void theRequesterCannotApproveTheirOwnRequest() {
        RevocationRequest request = new RevocationRequest(9, "left the company", ASKER, NOW);
        AccountChangeRefused refused = assertThrows(AccountChangeRefused.class, () -> request.approve(ASKER, NOW));
        assertEquals(AccountChangeRefused.Reason.SAME_PERSON, refused.reason());
        assertEquals(RevocationStatus.PENDING, request.status());
    }

    @Test
    void sameIdIsTheSamePersonWhateverTheName() {
        assertFalse(RevocationRequest.mayApprove(1, 1));
        assertTrue(RevocationRequest.mayApprove(1, 2));
        RevocationRequest request = new RevocationRequest(9, "x", ASKER, NOW);
        Actor renamed = new Actor(1, "admin-a-renamed", null, null);
        assertThrows(AccountChangeRefused.class, () -> request.approve(renamed, NOW));
    }

    @Test
    void aSecondAdministratorApprovesOnce() {
        RevocationRequest request = new RevocationRequest(9, "left the company", ASKER, NOW);
        request.approve(SECOND, NOW.plusSeconds(60));
        assertEquals(RevocationStatus.APPROVED, request.status());
        assertEquals("admin-b", request.decidedBy());
        assertEquals(NOW.plusSeconds(60), request.decidedAt());
        AccountChangeRefused again = assertThrows(AccountChangeRefused.class, () -> request.reject(SECOND, NOW, null));
        assertEquals(AccountChangeRefused.Reason.ALREADY_DECIDED, again.reason());
    }

    @Test
    void theRequesterMayWithdrawByRejecting() {
        RevocationRequest request = new RevocationRequest(9, "typo", ASKER, NOW);
        request.reject(ASKER, NOW, "wrong account");
        assertEquals(RevocationStatus.REJECTED, request.status());
        assertEquals("wrong account", request.decisionNote());
        assertThrows(AccountChangeRefused.class, () -> request.approve(SECOND, NOW));
    }
}
