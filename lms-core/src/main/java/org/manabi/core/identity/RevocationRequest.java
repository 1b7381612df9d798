package org.manabi.core.identity;

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
import java.time.Instant;
import java.util.Objects;
import org.manabi.core.audit.Actor;

/**
 * One administrator's request to revoke an account, waiting for a second administrator (four
 * eyes): the person who asked can never be the person who approves.
 */
@Entity
@Table(name = "revocation_request")
public class RevocationRequest {

    @Id
    @SequenceGenerator(name = "revocation_request_seq", sequenceName = "revocation_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revocation_request_seq")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "reason", nullable = false, updatable = false, length = 500)
    private String reason;

    @Column(name = "requested_by_id", nullable = false, updatable = false)
    private long requestedById;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 200)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RevocationStatus status;

    @Column(name = "decided_by_id")
    private Long decidedById;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RevocationRequest() {
    }

    public RevocationRequest(long accountId, String reason, Actor requester, Instant now) {
        this.accountId = accountId;
        this.reason = Objects.requireNonNull(reason);
        this.requestedById = requester.accountId();
        this.requestedBy = requester.name();
        this.requestedAt = now;
        this.status = RevocationStatus.PENDING;
    }

    /** The four-eyes rule: whoever asked for the revocation may not approve it. */
    public static boolean mayApprove(long requesterId, long approverId) {
        return requesterId != approverId;
    }

    /** @throws AccountChangeRefused when already decided, or when the approver is the requester */
    public void approve(Actor approver, Instant now) {
        requirePending();
        if (!mayApprove(requestedById, approver.accountId())) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.SAME_PERSON);
        }
        decide(RevocationStatus.APPROVED, approver, now, null);
    }

    /**
     * Rejects the request. The requester may reject their own request too: that withdraws it, and
     * withdrawing needs no second pair of eyes.
     *
     * @throws AccountChangeRefused when already decided
     */
    public void reject(Actor decider, Instant now, String note) {
        requirePending();
        decide(RevocationStatus.REJECTED, decider, now, note);
    }

    private void requirePending() {
        if (status != RevocationStatus.PENDING) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.ALREADY_DECIDED);
        }
    }

    private void decide(RevocationStatus outcome, Actor decider, Instant now, String note) {
        this.status = outcome;
        this.decidedById = decider.accountId();
        this.decidedBy = decider.name();
        this.decidedAt = now;
        this.decisionNote = note;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String reason() {
        return reason;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public RevocationStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
