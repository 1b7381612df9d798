package org.manabi.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One entry of the audit trail. Immutable once written: it has no setters. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    static final int MAX_DETAIL = 2000;

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 200)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false, length = 100)
    private String action;

    @Column(name = "target", updatable = false, length = 400)
    private String target;

    @Column(name = "detail", updatable = false, length = MAX_DETAIL)
    private String detail;

    @Column(name = "source_address", updatable = false, length = 64)
    private String sourceAddress;

    @Column(name = "request_id", updatable = false, length = 64)
    private String requestId;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, AuditEntry entry) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = entry.actor();
        this.action = entry.action();
        this.target = entry.target();
        this.detail = entry.detail() == null || entry.detail().length() <= MAX_DETAIL
                ? entry.detail() : entry.detail().substring(0, MAX_DETAIL);
        this.sourceAddress = entry.sourceAddress();
        this.requestId = entry.requestId();
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String detail() {
        return detail;
    }

    public String sourceAddress() {
        return sourceAddress;
    }

    public String requestId() {
        return requestId;
    }
}
