package org.manabi.core.application;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Someone's request for a place in a programme's cohort, and what the office decided. */
@Entity
@Table(name = "application")
public class Application {

    @Id
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    private Long id;

    /** What the applicant quotes when they call the office, e.g. {@code A-7K2M-9QXP}. */
    @Column(name = "reference", nullable = false, updatable = false, length = 20, unique = true)
    private String reference;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "cohort_id", nullable = false, updatable = false)
    private long cohortId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "email_key", nullable = false, length = 254)
    private String emailKey;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "source_address", updatable = false, length = 64)
    private String sourceAddress;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    /** How the published selection criteria were applied to this applicant. */
    @Column(name = "selection_note", length = 1000)
    private String selectionNote;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "seat_id")
    private Long seatId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_answer", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "question", length = 40)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false, length = 1000)
    private Map<Question, String> answers = new EnumMap<>(Question.class);

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Application() {
    }

    Application(String reference, long programmeId, long cohortId, String displayName, String email,
                String language, Map<Question, String> answers, Instant submittedAt, String sourceAddress) {
        this.reference = Objects.requireNonNull(reference);
        this.programmeId = programmeId;
        this.cohortId = cohortId;
        this.status = ApplicationStatus.SUBMITTED;
        this.displayName = Objects.requireNonNull(displayName);
        this.email = Objects.requireNonNull(email);
        this.emailKey = Texts.emailKey(email);
        this.language = Objects.requireNonNull(language);
        this.answers.putAll(answers);
        this.submittedAt = submittedAt;
        this.sourceAddress = sourceAddress;
    }

    void approve(String actor, Instant now, String selectionNote, Long organisationId, long accountId, long seatId) {
        decide(ApplicationStatus.APPROVED, actor, now, null);
        this.selectionNote = selectionNote;
        this.organisationId = organisationId;
        this.accountId = accountId;
        this.seatId = seatId;
    }

    void reject(String actor, Instant now, String reason, String selectionNote) {
        decide(ApplicationStatus.REJECTED, actor, now, Objects.requireNonNull(reason));
        this.selectionNote = selectionNote;
    }

    void cancel(String actor, Instant now, String reason) {
        decide(ApplicationStatus.CANCELLED, actor, now, reason);
    }

    /**
     * Erases what the applicant wrote (their account was deleted): the application stays as a
     * record that a place was given, naming nobody.
     */
    void erase() {
        this.displayName = "erased";
        this.email = "erased-" + id + "@invalid";
        this.emailKey = this.email;
        this.sourceAddress = null;
        this.answers.clear();
    }

    private void decide(ApplicationStatus outcome, String actor, Instant now, String reason) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new IllegalStateException("application " + reference + " was already decided: " + status);
        }
        this.status = outcome;
        this.decidedBy = Objects.requireNonNull(actor);
        this.decidedAt = now;
        this.decisionReason = reason;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public long programmeId() {
        return programmeId;
    }

    public long cohortId() {
        return cohortId;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String selectionNote() {
        return selectionNote;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Long accountId() {
        return accountId;
    }

    public Map<Question, String> answers() {
        Map<Question, String> ordered = new EnumMap<>(Question.class);
        ordered.putAll(answers);
        return ordered;
    }
}
