package org.manabi.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The record of an erasure (R10.4): which fields of which account were erased, when, by whom and
 * why. It names the fields, never their old values. Immutable once written.
 */
@Entity
@Table(name = "erasure_record")
public class ErasureRecord {

    @Id
    @SequenceGenerator(name = "erasure_record_seq", sequenceName = "erasure_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "erasure_record_seq")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "erased_fields", nullable = false, updatable = false, length = 400)
    private String erasedFields;

    @Column(name = "erased_at", nullable = false, updatable = false)
    private Instant erasedAt;

    @Column(name = "erased_by", nullable = false, updatable = false, length = 200)
    private String erasedBy;

    @Column(name = "reason", nullable = false, updatable = false, length = 500)
    private String reason;

    protected ErasureRecord() {
    }

    ErasureRecord(long accountId, List<String> erasedFields, Instant erasedAt, String erasedBy, String reason) {
        this.accountId = accountId;
        this.erasedFields = String.join(",", erasedFields);
        this.erasedAt = Objects.requireNonNull(erasedAt);
        this.erasedBy = Objects.requireNonNull(erasedBy);
        this.reason = Objects.requireNonNull(reason);
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public List<String> erasedFields() {
        return Arrays.asList(erasedFields.split(","));
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public String erasedBy() {
        return erasedBy;
    }

    public String reason() {
        return reason;
    }
}
