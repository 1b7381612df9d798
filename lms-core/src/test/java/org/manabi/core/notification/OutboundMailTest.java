package org.manabi.core.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundMailTest {

    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    private static final MailTemplates.Message MESSAGE = new MailTemplates.Message("Subject", "one-time password x");

    @Test
    void aSentMessageKeepsNoBodyBecauseItMayCarryAPassword() {
        OutboundMail mail = new OutboundMail(List.of("a@example.com"), false, MESSAGE, "TEST", null, NOW);
        mail.sent(NOW);
        assertEquals(OutboundMail.Status.SENT, mail.status());
        assertNull(mail.body());
    }

    @Test
    void failuresBackOffAndEndInFailed() {
        OutboundMail mail = new OutboundMail(List.of("a@example.com"), false, MESSAGE, "TEST", null, NOW);
        for (int i = 1; i < OutboundMail.MAX_ATTEMPTS; i++) {
            mail.failed("connection refused", NOW);
            assertEquals(OutboundMail.Status.PENDING, mail.status(), "attempt " + i);
        }
        mail.failed("connection refused", NOW);
        assertEquals(OutboundMail.Status.FAILED, mail.status());
        assertNull(mail.body(), "a message given up on keeps no one-time password either");
    }

    @Test
    void aMessageNeedsARecipient() {
        assertThrows(IllegalArgumentException.class,
                () -> new OutboundMail(List.of(), true, MESSAGE, "TEST", null, NOW));
    }
}
