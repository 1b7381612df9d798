package org.manabi.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.config.ManabiConfig;
import org.manabi.core.identity.AccountAdministration;
import org.manabi.core.identity.Role;
import org.manabi.core.notification.MailOutbox;
import org.manabi.core.notification.MailTemplates;
import org.manabi.core.organisation.Organisation;
import org.manabi.core.persistence.Database;
import org.manabi.core.programme.Cohort;
import org.manabi.core.programme.Programme;
import org.manabi.core.programme.SeatAllocation;
import org.manabi.core.programme.SeatRules;

/**
 * The administrators' approval queue. Outcome takes a seat under the programme's seat rules and
 * issues the learner's account in one transaction: either both happen, or neither (a full cohort
 * leaves the application waiting, with the reason).
 */
@ApplicationScoped
public class ApplicationReview {

    static final String APPROVED = "APPLICATION_APPROVED";
    static final String REJECTED = "APPLICATION_REJECTED";
    static final String VIEWED = "APPLICATION_VIEWED";
    static final String LISTED = "APPLICATIONS_LISTED";
    static final String RUN_CANCELLED = "COHORT_CANCELLED";
    /** One "approve in order" press handles at most this many, so the programme lock is never held for long. */
    static final int IN_ORDER_BATCH = 100;

    /** What came of an approval or a rejection. */
    public sealed interface Outcome {
        record Approved(Application application, String loginId) implements Outcome {
        }

        record Rejected(Application application) implements Outcome {
        }

        record NotPending(ApplicationStatus status) implements Outcome {
        }

        record SeatRefused(SeatRules.Decision decision) implements Outcome {
        }

        /** Under selection, each approval must say how the published criteria were applied. */
        record NeedsSelectionNote() implements Outcome {
        }

        record NoSuchOrganisation() implements Outcome {
        }
    }

    /** What came of cancelling a run. */
    public sealed interface Cancellation {
        record Cancelled(Cohort cohort, int applicationsCancelled) implements Cancellation {
        }

        /** Only a run under selection with a minimum, and with fewer applicants than that, may be cancelled. */
        record NotAllowed(String reason) implements Cancellation {
        }
    }

    /** The queue's filter; any part may be null. */
    public record Filter(Long programmeId, Long cohortId, ApplicationStatus status) {
    }

    /** A cohort's state in the queue. */
    public record CohortSummary(Cohort cohort, Map<ApplicationStatus, Long> applications, long seatsTaken) {
    }

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    SeatAllocation seats;

    @Inject
    AccountAdministration administration;

    @Inject
    ApplicationForms forms;

    @Inject
    MailOutbox mail;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    ManabiConfig config;

    /** Applications matching the filter, oldest first: first come, first served is by submission time. */
    public List<Application> queue(Filter filter, int limit) {
        StringBuilder query = new StringBuilder("select a from Application a where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.programmeId() != null) {
            query.append(" and a.programmeId = :programme");
            parameters.put("programme", filter.programmeId());
        }
        if (filter.cohortId() != null) {
            query.append(" and a.cohortId = :cohort");
            parameters.put("cohort", filter.cohortId());
        }
        if (filter.status() != null) {
            query.append(" and a.status = :status");
            parameters.put("status", filter.status());
        }
        var typed = entityManager.createQuery(query.append(" order by a.submittedAt, a.id").toString(),
                Application.class);
        parameters.forEach(typed::setParameter);
        return typed.setMaxResults(limit).getResultList();
    }

    /** The applications that led to this account, for the person's data export. */
    public List<Application> ofAccount(long accountId) {
        return entityManager.createQuery("select a from Application a where a.accountId = :account"
                + " order by a.submittedAt", Application.class).setParameter("account", accountId).getResultList();
    }

    /** The queue as an administrator sees it: names, addresses and answers, so the view is audited. */
    @Transactional
    public List<Application> list(Filter filter, int limit, String viewer) {
        List<Application> found = queue(filter, limit);
        auditLog.record(new AuditEntry(viewer, LISTED, filter.programmeId() == null ? null
                : "programme:" + filter.programmeId(), found.size() + " applications"
                + (filter.cohortId() == null ? "" : ", cohort " + filter.cohortId())
                + (filter.status() == null ? "" : ", " + filter.status()), null, null));
        return found;
    }

    /** One application, with its personal data; the view is audited. */
    @Transactional
    public Optional<Application> open(long id, String viewer, String sourceAddress) {
        Application application = entityManager.find(Application.class, id);
        if (application != null) {
            auditLog.record(new AuditEntry(viewer, VIEWED, "application:" + id, application.reference(),
                    sourceAddress, null));
        }
        return Optional.ofNullable(application);
    }

    public List<CohortSummary> cohorts(long programmeId) {
        List<Cohort> cohorts = entityManager.createQuery(
                "select c from Cohort c where c.programmeId = :id order by c.startsOn, c.id", Cohort.class)
                .setParameter("id", programmeId).getResultList();
        List<CohortSummary> summaries = new ArrayList<>();
        for (Cohort cohort : cohorts) {
            Map<ApplicationStatus, Long> counts = new HashMap<>();
            entityManager.createQuery("select a.status, count(a) from Application a where a.cohortId = :id"
                            + " group by a.status", Object[].class)
                    .setParameter("id", cohort.id())
                    .getResultList()
                    .forEach(row -> counts.put((ApplicationStatus) row[0], (Long) row[1]));
            long taken = entityManager.createQuery("select count(s) from Seat s where s.cohortId = :id", Long.class)
                    .setParameter("id", cohort.id()).getSingleResult();
            summaries.add(new CohortSummary(cohort, Map.copyOf(counts), taken));
        }
        return summaries;
    }

    /**
     * Approves an application: a seat under the seat rules, an account with a one-time password,
     * and mail to the applicant (with the password when they applied as individuals; otherwise
     * their company hands it over from its credentials download).
     *
     * @param organisationId the organisation the learner is placed in (and whose cap applies), or null
     * @return empty when there is no such application
     */
    @Transactional
    public Optional<Outcome> approve(long id, Long organisationId, String selectionNote, String actor) {
        Application application = entityManager.find(Application.class, id);
        if (application == null) {
            return Optional.empty();
        }
        lockProgrammeThen(application);
        return Optional.of(approve(application, organisationId, selectionNote, actor));
    }

    /**
     * Locks in one order everywhere: the programme, then the application (read again under its
     * lock, since another administrator may have decided it meanwhile). Cancelling a run takes the
     * same order, so the two cannot deadlock.
     */
    private void lockProgrammeThen(Application application) {
        entityManager.find(Programme.class, application.programmeId(), LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(application, LockModeType.PESSIMISTIC_WRITE);
    }

    private Outcome approve(Application application, Long organisationId, String selectionNote, String actor) {
        if (application.status() != ApplicationStatus.SUBMITTED) {
            return new Outcome.NotPending(application.status());
        }
        ApplicationForm form = forms.of(application.programmeId()).orElseThrow();
        String note = selectionNote == null || selectionNote.isBlank() ? null : selectionNote.strip();
        if (form.selectionMode() == SelectionMode.SELECTION && note == null) {
            return new Outcome.NeedsSelectionNote();
        }
        Organisation organisation = organisationId == null ? null
                : entityManager.find(Organisation.class, organisationId);
        if (organisationId != null && organisation == null) {
            return new Outcome.NoSuchOrganisation();
        }
        Programme programme = entityManager.find(Programme.class, application.programmeId());
        SeatRules.Request request = organisation == null ? SeatRules.Request.individual()
                : new SeatRules.Request(organisation.id(), programme.invites(organisation.id()),
                organisation.employeeCount());
        SeatAllocation.Result seat = seats.grant(application.cohortId(), request, null, application.submittedAt());
        if (seat.decision() != SeatRules.Decision.GRANTED) {
            return new Outcome.SeatRefused(seat.decision());
        }
        AccountAdministration.Issued issued = administration.issue(nextLoginId(programme),
                application.displayName(), application.email(), Set.of(Role.LEARNER), organisationId, null, actor);
        // The application and seat refer to the account by id only, so JPA cannot order the writes itself.
        entityManager.flush();
        seat.seat().orElseThrow().assignAccount(issued.account().id());
        Instant now = clock.instant();
        application.approve(actor, now, note, organisationId, issued.account().id(), seat.seat().get().id());
        auditLog.record(new AuditEntry(actor, APPROVED, "application:" + application.id(),
                application.reference() + " → account " + issued.account().loginId()
                        + (note == null ? "" : "; selection: " + note), null, null));
        Cohort cohort = entityManager.find(Cohort.class, application.cohortId());
        Map<String, String> values = new HashMap<>(ApplicationIntake.values(programme, cohort, application, config.publicBaseUrl()));
        values.put("loginId", issued.account().loginId());
        values.put("startsOn", cohort.startsOn().toString());
        values.put("endsOn", cohort.endsOn().toString());
        if (organisation == null) {
            values.put("password", issued.oneTimePassword());
            mail.send(application.email(), MailTemplates.render("application.approved", application.language(),
                    values), "APPLICATION_APPROVED", "application:" + application.id());
        } else {
            values.put("organisation", organisation.name());
            mail.send(application.email(), MailTemplates.render("application.approvedViaCompany",
                    application.language(), values), "APPLICATION_APPROVED", "application:" + application.id());
        }
        return new Outcome.Approved(application, issued.account().loginId());
    }

    /**
     * Approves a cohort's waiting applications in submission order until one is refused a seat
     * (the cohort is full, or only reserved seats are left). Only for first-come forms.
     *
     * @return the approvals made, and the refusal that stopped the run, if one did
     */
    @Transactional
    public List<Outcome> approveInOrder(long cohortId, String actor) {
        List<Long> waiting = entityManager.createQuery("select a.id from Application a where a.cohortId = :id"
                        + " and a.status = :submitted order by a.submittedAt, a.id", Long.class)
                .setParameter("id", cohortId)
                .setParameter("submitted", ApplicationStatus.SUBMITTED)
                .setMaxResults(IN_ORDER_BATCH)
                .getResultList();
        List<Outcome> outcomes = new ArrayList<>();
        for (long id : waiting) {
            Application application = entityManager.find(Application.class, id);
            lockProgrammeThen(application);
            Outcome outcome = approve(application, null, null, actor);
            outcomes.add(outcome);
            if (!(outcome instanceof Outcome.Approved)) {
                break;
            }
        }
        return outcomes;
    }

    /** Rejects an application with a reason the applicant is told by e-mail. */
    @Transactional
    public Optional<Outcome> reject(long id, String reason, String selectionNote, String actor) {
        Application application = entityManager.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            return Optional.empty();
        }
        if (application.status() != ApplicationStatus.SUBMITTED) {
            return Optional.of(new Outcome.NotPending(application.status()));
        }
        String note = selectionNote == null || selectionNote.isBlank() ? null : selectionNote.strip();
        application.reject(actor, clock.instant(), reason.strip(), note);
        auditLog.record(new AuditEntry(actor, REJECTED, "application:" + id, application.reference()
                + ": " + reason.strip(), null, null));
        Programme programme = entityManager.find(Programme.class, application.programmeId());
        Cohort cohort = entityManager.find(Cohort.class, application.cohortId());
        Map<String, String> values = new HashMap<>(ApplicationIntake.values(programme, cohort, application, config.publicBaseUrl()));
        values.put("reason", reason.strip());
        mail.send(application.email(), MailTemplates.render("application.rejected", application.language(), values),
                "APPLICATION_REJECTED", "application:" + id);
        return Optional.of(new Outcome.Rejected(application));
    }

    /**
     * Cancels a run that has too few applicants (Miyagi: 7 or fewer of a minimum of 8). Every
     * waiting applicant is told in one blind-copied message; no seat may have been given yet.
     *
     * @return empty when there is no such cohort
     */
    @Transactional
    public Optional<Cancellation> cancelRun(long cohortId, String reason, String actor) {
        Cohort cohort = entityManager.find(Cohort.class, cohortId);
        if (cohort == null) {
            return Optional.empty();
        }
        Programme programme = entityManager.find(Programme.class, cohort.programmeId(),
                LockModeType.PESSIMISTIC_WRITE);
        Optional<ApplicationForm> form = forms.of(programme.id());
        if (cohort.cancelled()) {
            return Optional.of(new Cancellation.NotAllowed("this run is already cancelled"));
        }
        if (form.isEmpty() || form.get().selectionMode() != SelectionMode.SELECTION
                || form.get().minimumApplicants() == null) {
            return Optional.of(new Cancellation.NotAllowed("only a run under selection with a minimum may be cancelled"));
        }
        List<Application> open = entityManager.createQuery("select a from Application a where a.cohortId = :id"
                        + " and a.status in :open", Application.class)
                .setParameter("id", cohortId)
                .setParameter("open", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED))
                .getResultList();
        int minimum = form.get().minimumApplicants();
        if (open.size() >= minimum) {
            return Optional.of(new Cancellation.NotAllowed(open.size() + " applicants; a run may be cancelled only"
                    + " with fewer than " + minimum));
        }
        if (open.stream().anyMatch(a -> a.status() == ApplicationStatus.APPROVED)) {
            return Optional.of(new Cancellation.NotAllowed("some applicants were already approved"));
        }
        Instant now = clock.instant();
        cohort.cancel(reason.strip(), now);
        open.forEach(a -> a.cancel(actor, now, reason.strip()));
        auditLog.record(new AuditEntry(actor, RUN_CANCELLED, "cohort:" + cohortId, open.size()
                + " applicants; " + reason.strip(), null, null));
        Map<String, List<String>> byLanguage = new HashMap<>();
        open.forEach(a -> byLanguage.computeIfAbsent(a.language(), l -> new ArrayList<>()).add(a.email()));
        byLanguage.forEach((language, recipients) -> mail.sendToMany(recipients,
                MailTemplates.render("cohort.cancelled", language, Map.of("programme", programme.name(),
                        "cohort", cohort.name(), "reason", reason.strip(), "url", config.publicBaseUrl())), "COHORT_CANCELLED",
                "cohort:" + cohortId));
        return Optional.of(new Cancellation.Cancelled(cohort, open.size()));
    }

    /** {@code <programme code>-0001}, -0002 …: the next number no account uses yet. */
    private String nextLoginId(Programme programme) {
        String prefix = programme.code().length() > 50 ? programme.code().substring(0, 50) : programme.code();
        long approved = entityManager.createQuery("select count(a) from Application a where a.programmeId = :id"
                        + " and a.status = :approved", Long.class)
                .setParameter("id", programme.id())
                .setParameter("approved", ApplicationStatus.APPROVED)
                .getSingleResult();
        for (long number = approved + 1; ; number++) {
            String candidate = String.format("%s-%04d", prefix, number);
            if (!administration.exists(candidate)) {
                return candidate;
            }
        }
    }
}
