package org.manabi.web.server;

import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ConcurrentModificationException;
import java.util.Optional;

/**
 * The tests' SMTP server (GreenMail) on the port the deployed server is told to send to
 * ({@code manabi.it.smtpPort}, see lms-web/pom.xml). Register {@link #server()} as a static
 * extension in a test class that reads mail.
 */
public final class Mailbox {

    private static final long WAIT_NANOS = 20_000_000_000L;

    private Mailbox() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(Integer.getInteger("manabi.it.smtpPort", 33025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    }

    /**
     * Waits (up to 20 s: the server sends after commit, on another thread) for mail delivered to
     * {@code address}, as To or blind copy, whose subject or body contains {@code text}.
     */
    public static MimeMessage await(GreenMailExtension mail, String address, String text) {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (System.nanoTime() < deadline) {
            try {
                Optional<MimeMessage> found = mail.findReceivedMessages(
                        user -> address.equalsIgnoreCase(user.getEmail()), message -> text(message).contains(text))
                        .findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (ConcurrentModificationException deliveredMeanwhile) {
                // GreenMail's mailboxes changed while we read them: look again.
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        fail("no mail to " + address + " containing '" + text + "' within 20 s");
        return null;
    }

    /** Subject and plain-text body. */
    public static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + message.getContent();
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }
}
