package org.manabi.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.persistence.Database;
import org.manabi.core.programme.Cohort;
import org.manabi.core.programme.Programme;
import org.manabi.core.programme.SeatAllocation;

/** Programmes' application forms: set up by administrators, shown to the public while open. */
@ApplicationScoped
public class ApplicationForms {

    static final String CONFIGURED = "APPLICATION_FORM_CONFIGURED";

    /** An open form as the public sees it: the programme, the terms one may apply for, and the questions. */
    public record PublicForm(Programme programme, ApplicationForm form, List<Cohort> cohorts) {
    }

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    public Optional<ApplicationForm> of(long programmeId) {
        return Optional.ofNullable(entityManager.find(ApplicationForm.class, programmeId));
    }

    /** The form of the programme with this code, if it takes applications today for at least one term. */
    public Optional<PublicForm> publicForm(String programmeCode) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SeatAllocation.PROGRAMME_ZONE);
        return entityManager.createQuery("select p from Programme p where p.code = :code", Programme.class)
                .setParameter("code", programmeCode == null ? "" : programmeCode)
                .getResultStream().findFirst()
                .flatMap(programme -> of(programme.id()).filter(ApplicationForm::accepting)
                        .map(form -> new PublicForm(programme, form, openCohorts(programme.id(), today))))
                .filter(form -> !form.cohorts().isEmpty());
    }

    /** Every programme taking applications today, by name: the public list of what one may apply for. */
    public List<PublicForm> openForms() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SeatAllocation.PROGRAMME_ZONE);
        return entityManager.createQuery("select p from Programme p, ApplicationForm f where f.programmeId = p.id"
                        + " and f.accepting = true order by p.name, p.id", Programme.class)
                .getResultStream()
                .map(programme -> new PublicForm(programme, of(programme.id()).orElseThrow(),
                        openCohorts(programme.id(), today)))
                .filter(form -> !form.cohorts().isEmpty())
                .toList();
    }

    private List<Cohort> openCohorts(long programmeId, LocalDate today) {
        return entityManager.createQuery("select c from Cohort c where c.programmeId = :id order by c.startsOn, c.id",
                        Cohort.class)
                .setParameter("id", programmeId)
                .getResultStream()
                .filter(c -> c.takesApplications(today))
                .toList();
    }

    /**
     * Sets a programme's form up, or changes it.
     *
     * @return the form, or empty when there is no such programme
     */
    @Transactional
    public Optional<ApplicationForm> configure(long programmeId, ApplicationForm.Settings settings, String actor) {
        if (entityManager.find(Programme.class, programmeId) == null) {
            return Optional.empty();
        }
        ApplicationForm form = entityManager.find(ApplicationForm.class, programmeId);
        if (form == null) {
            form = new ApplicationForm(programmeId, settings);
            entityManager.persist(form);
        } else {
            form.apply(settings);
        }
        auditLog.record(new AuditEntry(actor, CONFIGURED, "programme:" + programmeId,
                (settings.accepting() ? "open" : "closed") + ", " + settings.selectionMode() + ", questions "
                        + settings.questions(), null, null));
        return Optional.of(form);
    }
}
