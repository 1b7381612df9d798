package org.manabi.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditOriginTest {

    @AfterEach
    void leaveNoOrigin() {
        RequestOrigin.end();
    }

    @Test
    void anEntryWithoutAnAddressGetsTheRequestsOrigin() {
        RequestOrigin.begin("198.51.100.7", "req-1");
        AuditEntry filled = AuditLog.withOrigin(new AuditEntry("admin", "X", null, null, null, null));
        assertEquals("198.51.100.7", filled.sourceAddress());
        assertEquals("req-1", filled.requestId());
    }

    @Test
    void anEntryThatSaysWhereKeepsItAndOutsideARequestNothingIsAdded() {
        RequestOrigin.begin("198.51.100.7", "req-1");
        assertEquals("203.0.113.1", AuditLog.withOrigin(new AuditEntry("a", "X", null, null, "203.0.113.1", null))
                .sourceAddress());
        RequestOrigin.end();
        assertNull(AuditLog.withOrigin(new AuditEntry("a", "X", null, null, null, null)).sourceAddress());
    }
}
