package org.manabi.core.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.config.ManabiConfig;
import org.manabi.core.identity.LoginThrottle;
import org.manabi.core.identity.SignInThrottles;
import org.manabi.core.notification.MailOutbox;
import org.manabi.core.notification.MailTemplates;
import org.manabi.core.persistence.Database;
import org.manabi.core.programme.Cohort;
import org.manabi.core.programme.Programme;
import org.manabi.core.programme.SeatAllocation;

/** Takes applications from the public form, checks them, and confirms them by e-mail. */
@ApplicationScoped
public class ApplicationIntake {

    static final String SUBMITTED = "APPLICATION_SUBMITTED";
    /** Easy to read aloud on the phone: no 0/O or 1/I. */
    private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A family or an office may apply from one address; a script filling the queue may not. */
    static final LoginThrottle.Policy PER_ADDRESS = new LoginThrottle.Policy(20, Duration.ofMinutes(1),
            Duration.ofMinutes(15), Duration.ofHours(1));

    /** What became of a submission. */
    public sealed interface Outcome {
        record Submitted(Application application) implements Outcome {
        }

        record Invalid(List<FieldProblem> problems) implements Outcome {
        }

        /** The same e-mail address already has an open or approved application to this programme. */
        record AlreadyApplied() implements Outcome {
        }

        record Throttled(Instant until) implements Outcome {
        }
    }

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

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

    private LoginThrottle throttle;

    @PostConstruct
    void createThrottle() {
        throttle = new LoginThrottle(PER_ADDRESS, clock);
    }

    /**
     * Submits an application to the programme with this code, if its form is open.
     *
     * @return empty when there is no such programme or it does not take applications now
     */
    @Transactional
    public Optional<Outcome> submit(String programmeCode, Submission submission, String sourceAddress) {
        Optional<ApplicationForms.PublicForm> found = forms.publicForm(programmeCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApplicationForms.PublicForm form = found.get();
        LocalDate today = LocalDate.ofInstant(clock.instant(), SeatAllocation.PROGRAMME_ZONE);
        SubmissionCheck.Result checked = SubmissionCheck.check(submission, form.form(), form.cohorts(), today);
        if (!checked.ok()) {
            return Optional.of(new Outcome.Invalid(checked.problems()));
        }
        Optional<Instant> wait = throttle.attempt(sourceAddress == null ? "unknown"
                : SignInThrottles.network(sourceAddress));
        if (wait.isPresent()) {
            return Optional.of(new Outcome.Throttled(wait.get()));
        }
        SubmissionCheck.Clean clean = checked.clean();
        if (alreadyApplied(form.programme().id(), clean.email())) {
            return Optional.of(new Outcome.AlreadyApplied());
        }
        Application application = new Application(newReference(), form.programme().id(), clean.cohort().id(),
                clean.displayName(), clean.email(), clean.language(), clean.answers(), clock.instant(), sourceAddress);
        entityManager.persist(application);
        entityManager.flush();
        auditLog.record(new AuditEntry("applicant", SUBMITTED, "application:" + application.id(),
                application.reference() + " to " + form.programme().code(), sourceAddress, null));
        mail.send(clean.email(), MailTemplates.render("application.received", clean.language(),
                        values(form.programme(), clean.cohort(), application, config.publicBaseUrl())),
                "APPLICATION_RECEIVED", "application:" + application.id());
        return Optional.of(new Outcome.Submitted(application));
    }

    private boolean alreadyApplied(long programmeId, String email) {
        return !entityManager.createQuery("select a.id from Application a where a.programmeId = :programme"
                        + " and a.emailKey = :email and a.status in :open", Long.class)
                .setParameter("programme", programmeId)
                .setParameter("email", Texts.emailKey(email))
                .setParameter("open", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED))
                .setMaxResults(1).getResultList().isEmpty();
    }

    static Map<String, String> values(Programme programme, Cohort cohort, Application application, String url) {
        return Map.of("name", application.displayName(), "programme", programme.name(), "cohort", cohort.name(),
                "reference", application.reference(), "url", url);
    }

    static String newReference() {
        StringBuilder reference = new StringBuilder("A-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(REFERENCE_ALPHABET[RANDOM.nextInt(REFERENCE_ALPHABET.length)]);
        }
        return reference.toString();
    }
}
