package org.manabi.content.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.content.catalog.DefinitionProblem;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.Account;
import org.manabi.core.identity.AccountStatus;
import org.manabi.core.identity.Role;
import org.manabi.core.organisation.Organisation;
import org.manabi.core.persistence.Database;
import org.manabi.core.programme.Cohort;
import org.manabi.core.programme.Programme;

/**
 * Issuing surveys, answering them, and their results. A refused change throws
 * {@link CatalogRefusal} and writes nothing; a survey someone is not asked is reported as absent.
 */
@ApplicationScoped
public class Surveys {

    /** Survey dates are days in Japan. */
    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    static final Duration DEFAULT_OPEN = Duration.ofDays(30);

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    protected Surveys() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public Surveys(EntityManager entityManager, Clock clock, AuditLog auditLog) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    /** Issues a survey; {@code opensAt} {@code null} means now, {@code closesAt} {@code null} 30 days after opening. */
    @Transactional
    public Survey issue(SurveyDefinition definition, SurveyTarget target, Instant opensAt, Instant closesAt,
                        String actor) {
        List<DefinitionProblem> problems = new ArrayList<>(SurveyCheck.definition(definition));
        checkTarget(problems, definition.audience(), target);
        Instant now = clock.instant();
        Instant opens = opensAt == null ? now : opensAt;
        Instant closes = closesAt == null ? opens.plus(DEFAULT_OPEN) : closesAt;
        if (!closes.isAfter(opens)) {
            problems.add(new DefinitionProblem("closesAt", "After", "the survey must close after it opens"));
        }
        if (!problems.isEmpty()) {
            throw CatalogRefusal.invalid(problems);
        }
        Survey survey = new Survey(definition, target, opens, closes, now, actor);
        entityManager.persist(survey);
        entityManager.flush();
        audit(actor, "SURVEY_ISSUED", survey, definition.template() == null ? definition.titleEn()
                : definition.template().name());
        return survey;
    }

    /**
     * Issues a standard survey to a cohort. Without dates: the end-of-course survey opens now and
     * closes 14 days after the cohort ends; the company survey is open 30 days from now; the
     * employment survey opens three months after the cohort's last day (or now, if that has passed)
     * and is open 30 days.
     */
    @Transactional
    public Survey issueStandard(StandardSurvey template, long cohortId, Instant opensAt, Instant closesAt,
                                String actor) {
        Cohort cohort = entityManager.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw CatalogRefusal.invalid("cohortId", "Exists", "no such cohort");
        }
        Instant now = clock.instant();
        Instant cohortEnd = cohort.endsOn().plusDays(1).atStartOfDay(ZONE).toInstant();
        Instant opens = opensAt;
        Instant closes = closesAt;
        if (opens == null) {
            opens = switch (template) {
                case SATISFACTION, COMPANY -> now;
                case EMPLOYMENT -> latest(now, cohort.endsOn().plusMonths(3).atStartOfDay(ZONE).toInstant());
            };
        }
        if (closes == null) {
            closes = template == StandardSurvey.SATISFACTION
                    ? latest(opens.plus(Duration.ofDays(14)), cohortEnd.plus(Duration.ofDays(14)))
                    : opens.plus(DEFAULT_OPEN);
        }
        return issue(template.definition(), new SurveyTarget(cohort.programmeId(), cohortId, null), opens, closes,
                actor);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void checkTarget(List<DefinitionProblem> problems, Audience audience, SurveyTarget target) {
        if (entityManager.find(Programme.class, target.programmeId()) == null) {
            problems.add(new DefinitionProblem("programmeId", "Exists", "no such programme"));
            return;
        }
        if (target.cohortId() != null) {
            Cohort cohort = entityManager.find(Cohort.class, target.cohortId());
            if (cohort == null || cohort.programmeId() != target.programmeId()) {
                problems.add(new DefinitionProblem("cohortId", "Exists", "no such cohort in this programme"));
            }
        } else if (audience == Audience.COHORT) {
            problems.add(new DefinitionProblem("cohortId", "Required", "a survey of a cohort names the cohort"));
        }
        if (target.organisationId() != null && entityManager.find(Organisation.class, target.organisationId()) == null) {
            problems.add(new DefinitionProblem("organisationId", "Exists", "no such organisation"));
        }
    }

    public Optional<Survey> find(long id) {
        return Optional.ofNullable(entityManager.find(Survey.class, id));
    }

    /** Every survey, newest first. */
    public List<Survey> all() {
        return entityManager.createQuery("select s from Survey s order by s.createdAt desc, s.id desc", Survey.class)
                .getResultList();
    }

    /** The surveys open now that ask this account, each with whether it has been answered; closing soonest first. */
    public List<Invitation> invitationsFor(long accountId) {
        Instant now = clock.instant();
        List<Survey> open = entityManager.createQuery("select s from Survey s where s.opensAt <= :now"
                        + " and s.closesAt > :now order by s.closesAt, s.id", Survey.class)
                .setParameter("now", now)
                .getResultList();
        Set<Long> answered = new TreeSet<>(entityManager.createQuery("select p.surveyId from SurveyParticipation p"
                        + " where p.accountId = :account", Long.class)
                .setParameter("account", accountId)
                .getResultList());
        return open.stream()
                .filter(survey -> asks(survey, accountId))
                .map(survey -> new Invitation(survey, answered.contains(survey.id())))
                .toList();
    }

    /** A survey this account is asked, open or not; absent when it does not ask them. */
    public Optional<Survey> findFor(long accountId, long surveyId) {
        return find(surveyId).filter(survey -> asks(survey, accountId));
    }

    /**
     * Records one response. Refused as absent when the survey does not ask this account, as a
     * conflict ({@code not-open}, {@code closed}, {@code already-answered}) or as invalid answers,
     * each at {@code answers.<question code>}.
     */
    @Transactional
    public void answer(long surveyId, long accountId, List<Answer> answers, String actor) {
        Survey survey = Optional.ofNullable(entityManager.find(Survey.class, surveyId))
                .filter(found -> asks(found, accountId))
                .orElseThrow(() -> CatalogRefusal.notFound("survey"));
        Instant now = clock.instant();
        if (now.isBefore(survey.opensAt())) {
            throw new CatalogRefusal(CatalogRefusal.Reason.CONFLICT, "not-open", "The survey is not open yet.");
        }
        if (!now.isBefore(survey.closesAt())) {
            throw new CatalogRefusal(CatalogRefusal.Reason.CONFLICT, "closed", "The survey has closed.");
        }
        if (hasAnswered(surveyId, accountId)) {
            throw alreadyAnswered();
        }
        List<QuestionDefinition> questions = survey.questions();
        List<DefinitionProblem> problems = SurveyCheck.answers(questions, answers);
        if (!problems.isEmpty()) {
            throw CatalogRefusal.invalid(problems);
        }
        try {
            entityManager.persist(new SurveyParticipation(surveyId, accountId, now));
            entityManager.flush();
        } catch (PersistenceException concurrentAnswer) {
            throw alreadyAnswered();
        }
        List<StoredAnswer> stored = stored(questions, answers);
        SurveyResponse response = survey.anonymous() ? SurveyResponse.anonymous(surveyId, stored)
                : SurveyResponse.named(surveyId, accountId, organisationOf(survey, accountId), now, stored);
        entityManager.persist(response);
        entityManager.flush();
        auditLog.record(new AuditEntry(actor, "SURVEY_ANSWERED", "survey:" + surveyId, null, null, null));
    }

    private static CatalogRefusal alreadyAnswered() {
        return new CatalogRefusal(CatalogRefusal.Reason.CONFLICT, "already-answered",
                "You have already answered this survey.");
    }

    public boolean hasAnswered(long surveyId, long accountId) {
        return !entityManager.createQuery("select p.id from SurveyParticipation p where p.surveyId = :survey"
                        + " and p.accountId = :account", Long.class)
                .setParameter("survey", surveyId)
                .setParameter("account", accountId)
                .getResultList().isEmpty();
    }

    private static List<StoredAnswer> stored(List<QuestionDefinition> questions, List<Answer> answers) {
        Map<String, Answer> byCode = new HashMap<>();
        answers.forEach(answer -> byCode.put(answer.questionCode(), answer));
        List<StoredAnswer> stored = new ArrayList<>();
        for (QuestionDefinition question : questions) {
            Answer answer = byCode.get(question.code());
            if (answer == null || SurveyCheck.isEmpty(answer)) {
                continue;
            }
            if (question.kind() == QuestionKind.FREE_TEXT) {
                stored.add(new StoredAnswer(question.code(), null, answer.text().strip()));
            } else {
                question.options().stream()
                        .filter(option -> answer.choices().contains(option.code()))
                        .forEach(option -> stored.add(new StoredAnswer(question.code(), option.code(), null)));
            }
        }
        return stored;
    }

    /** The responses: a named survey's in the order they came; an anonymous survey's in id order, which is random. */
    public List<SurveyResponse> responses(long surveyId) {
        return entityManager.createQuery("select r from SurveyResponse r where r.surveyId = :survey"
                        + " order by r.submittedAt, r.id", SurveyResponse.class)
                .setParameter("survey", surveyId)
                .getResultList();
    }

    public Optional<SurveyResults> results(long surveyId) {
        return find(surveyId).map(survey -> SurveyResults.of(survey.questions(), responses(surveyId),
                invited(survey).size()));
    }

    /** The employment and certification counts, for an employment survey only. */
    public Optional<EmploymentOutcome> outcome(long surveyId) {
        return find(surveyId)
                .filter(survey -> survey.template().filter(StandardSurvey.EMPLOYMENT::equals).isPresent())
                .map(survey -> EmploymentOutcome.of(responses(surveyId), invited(survey).size()));
    }

    public int responseCount(long surveyId) {
        return entityManager.createQuery("select count(r) from SurveyResponse r where r.surveyId = :survey",
                        Long.class)
                .setParameter("survey", surveyId)
                .getSingleResult().intValue();
    }

    /** The table for a download, audited as an export: a named survey's table is personal data. */
    @Transactional
    public Optional<ResponseTable> export(long surveyId, boolean japanese, String format, String actor) {
        Optional<ResponseTable> table = table(surveyId, japanese);
        table.ifPresent(rows -> auditLog.record(new AuditEntry(actor, "SURVEY_EXPORTED", "survey:" + surveyId,
                format + ", " + rows.rows().size() + " response(s)", null, null)));
        return table;
    }

    /** The responses as a table; a named survey's rows say who answered. */
    public Optional<ResponseTable> table(long surveyId, boolean japanese) {
        return find(surveyId).map(survey -> {
            List<SurveyResponse> responses = responses(surveyId);
            Map<Long, ResponseTable.Respondent> respondents = new HashMap<>();
            if (!survey.anonymous()) {
                for (SurveyResponse response : responses) {
                    response.accountId().ifPresent(id -> respondents.computeIfAbsent(id, this::respondent));
                }
            }
            return ResponseTable.of(survey, responses, respondents, japanese);
        });
    }

    private ResponseTable.Respondent respondent(long accountId) {
        Account account = entityManager.find(Account.class, accountId);
        if (account == null) {
            return new ResponseTable.Respondent("", "", "");
        }
        String organisation = Optional.ofNullable(account.organisationId())
                .map(id -> entityManager.find(Organisation.class, id))
                .map(Organisation::name)
                .orElse("");
        return new ResponseTable.Respondent(account.loginId(), account.displayName(), organisation);
    }

    /** Closes a survey now; a closed survey stays closed. */
    @Transactional
    public Survey close(long surveyId, String actor) {
        Survey survey = Optional.ofNullable(entityManager.find(Survey.class, surveyId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> CatalogRefusal.notFound("survey"));
        survey.closeAt(clock.instant());
        audit(actor, "SURVEY_CLOSED", survey, null);
        return survey;
    }

    /** Whether the survey asks this account: see {@link Audience}. */
    public boolean asks(Survey survey, long accountId) {
        return invited(survey).contains(accountId);
    }

    /** The accounts the survey asks today: seat holders, or the managers of their organisations. */
    public Set<Long> invited(Survey survey) {
        String scope = survey.cohortId().isPresent() ? "s.cohortId = :scope" : "s.programmeId = :scope";
        long scopeId = survey.cohortId().orElse(survey.programmeId());
        String organisation = survey.organisationId().isPresent() ? " and s.organisationId = :organisation" : "";
        if (survey.audience() == Audience.COMPANY_MANAGERS) {
            var organisations = entityManager.createQuery("select distinct s.organisationId from Seat s where "
                    + scope + organisation + " and s.organisationId is not null", Long.class)
                    .setParameter("scope", scopeId);
            survey.organisationId().ifPresent(id -> organisations.setParameter("organisation", id));
            List<Long> organisationIds = organisations.getResultList();
            if (organisationIds.isEmpty()) {
                return Set.of();
            }
            return new TreeSet<>(entityManager.createQuery("select distinct a.id from Account a join a.roles r"
                            + " where r = :role and a.organisationId in :organisations and a.status = :active",
                            Long.class)
                    .setParameter("role", Role.COMPANY_MANAGER)
                    .setParameter("organisations", organisationIds)
                    .setParameter("active", AccountStatus.ACTIVE)
                    .getResultList());
        }
        var seatHolders = entityManager.createQuery("select distinct s.accountId from Seat s where " + scope
                        + organisation + " and s.accountId is not null", Long.class)
                .setParameter("scope", scopeId);
        survey.organisationId().ifPresent(id -> seatHolders.setParameter("organisation", id));
        return new TreeSet<>(seatHolders.getResultList());
    }

    private Long organisationOf(Survey survey, long accountId) {
        if (survey.audience() == Audience.COMPANY_MANAGERS) {
            return entityManager.find(Account.class, accountId).organisationId();
        }
        String scope = survey.cohortId().isPresent() ? "s.cohortId = :scope" : "s.programmeId = :scope";
        // A list, not a stream's findFirst: an individual learner's seat has no organisation (null).
        List<Long> organisations = entityManager.createQuery("select s.organisationId from Seat s where " + scope
                        + " and s.accountId = :account order by s.grantedAt", Long.class)
                .setParameter("scope", survey.cohortId().orElse(survey.programmeId()))
                .setParameter("account", accountId)
                .getResultList();
        return organisations.isEmpty() ? null : organisations.get(0);
    }

    private void audit(String actor, String action, Survey survey, String detail) {
        auditLog.record(new AuditEntry(actor, action, "survey:" + survey.id(), detail, null, null));
    }
}
