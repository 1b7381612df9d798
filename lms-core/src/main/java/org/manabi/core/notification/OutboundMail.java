package org.manabi.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One message waiting to be sent, or the record that it was sent (without its body) or given up on. */
@Entity
@Table(name = "outbound_mail")
public class OutboundMail {

    /** Where a message is in its life. */
    public enum Status { PENDING, SENT, FAILED }

    /** After this many failed tries the message is marked FAILED and left for an administrator to see. */
    static final int MAX_ATTEMPTS = 8;

    @Id
    @SequenceGenerator(name = "outbound_mail_seq", sequenceName = "outbound_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_mail_seq")
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "recipients", nullable = false, length = 20000)
    private String recipients;

    @Column(name = "blind_copy", nullable = false, updatable = false)
    private boolean blindCopy;

    @Column(name = "subject", nullable = false, updatable = false, length = 400)
    private String subject;

    @Column(name = "body", length = 20000)
    private String body;

    @Column(name = "purpose", nullable = false, updatable = false, length = 60)
    private String purpose;

    @Column(name = "related_to", updatable = false, length = 100)
    private String relatedTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt", nullable = false)
    private Instant nextAttempt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutboundMail() {
    }

    OutboundMail(List<String> recipients, boolean blindCopy, MailTemplates.Message message, String purpose,
                 String relatedTo, Instant now) {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("no recipients");
        }
        this.recipients = String.join(",", recipients);
        this.blindCopy = blindCopy;
        this.subject = message.subject();
        this.body = message.body();
        this.purpose = Objects.requireNonNull(purpose);
        this.relatedTo = relatedTo;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttempt = now;
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        body = null;
        lastError = null;
    }

    /**
     * Waits 1, 2, 4 … minutes between tries, then gives up. A message given up on loses its body
     * like a sent one: it may hold a one-time password, and the record of the failure is what an
     * administrator needs.
     */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            body = null;
        } else {
            nextAttempt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }

    /** What the message said and to whom is erased with the person; that a message was sent stays. */
    void erase() {
        recipients = "erased@invalid";
        body = null;
    }

    public Long id() {
        return id;
    }

    public List<String> recipients() {
        return Arrays.asList(recipients.split(","));
    }

    public boolean blindCopy() {
        return blindCopy;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String purpose() {
        return purpose;
    }

    public String relatedTo() {
        return relatedTo;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }
}
