package org.manabi.content.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.Account;
import org.manabi.core.identity.Role;
import org.manabi.core.organisation.Organisation;
import org.manabi.core.programme.Cohort;
import org.manabi.core.programme.OrganisationCap;
import org.manabi.core.programme.Programme;
import org.manabi.core.testsupport.JpaTestDatabase;

/**
 * Surveys on H2 and PostgreSQL: issued to a cohort, answered once, refused a second time and after
 * closing; an anonymous response row holds no account, organisation or time; company managers are
 * asked only for companies with learners in the cohort.
 */
class SurveysIT {

    private static final String UNIT = "manabi-content-test";
    private static final Instant NOW = Instant.parse("2026-11-02T01:00:00Z");

    static Stream<Arguments> databases() {
        return JpaTestDatabase.h2AndPostgres(UNIT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAnonymousSurveyIsAnsweredOnceAndKeepsNoLinkToThePerson(String name, Supplier<JpaTestDatabase> databases) {
        try (JpaTestDatabase database = databases.get()) {
            long organisation = organisation(database, "Higo Kaigo");
            long first = account(database, "learner-1", Role.LEARNER, organisation);
            long second = account(database, "learner-2", Role.LEARNER, null);
            long outsider = account(database, "learner-3", Role.LEARNER, null);
            long[] programme = programmeWithCohort(database);
            seat(database, programme, first, organisation, 900_001);
            seat(database, programme, second, null, 900_002);

            long surveyId = surveys(database, NOW, s -> s.issueStandard(StandardSurvey.SATISFACTION, programme[1], null,
                    null, "admin-1").id());
            Survey survey = read(database, NOW, s -> s.find(surveyId)).orElseThrow();
            assertTrue(survey.anonymous());
            assertEquals(NOW, survey.opensAt());
            assertEquals(Instant.parse("2027-02-14T15:00:00Z"), survey.closesAt(), "14 days after the cohort ends");
            assertEquals(6, survey.questions().size());
            assertEquals(5, survey.questions().get(0).options().size());

            assertEquals(1, read(database, NOW, s -> s.invitationsFor(first)).size());
            assertEquals(List.of(), read(database, NOW, s -> s.invitationsFor(outsider)));
            assertEquals(CatalogRefusal.Reason.NOT_FOUND, refusal(database, NOW,
                    s -> s.answer(surveyId, outsider, satisfied("5"), "learner-3")).reason());

            CatalogRefusal invalid = refusal(database, NOW, s -> s.answer(surveyId, first,
                    List.of(Answer.choice("overall_satisfaction", "5")), "learner-1"));
            assertEquals(CatalogRefusal.Reason.INVALID, invalid.reason());
            assertEquals("answers.comprehension", invalid.problems().get(0).path());
            boolean answered = read(database, NOW, s -> s.hasAnswered(surveyId, first));
            assertFalse(answered, "a refused answer wrote nothing");

            surveys(database, NOW, s -> {
                s.answer(surveyId, first, satisfied("5"), "learner-1");
                return null;
            });
            assertTrue(read(database, NOW, s -> s.invitationsFor(first)).get(0).answered());
            CatalogRefusal twice = refusal(database, NOW, s -> s.answer(surveyId, first, satisfied("1"), "learner-1"));
            assertEquals("already-answered", twice.code());
            surveys(database, NOW, s -> {
                s.answer(surveyId, second, satisfied("3"), "learner-2");
                return null;
            });

            List<Object[]> rows = database.read(em -> em.createNativeQuery("SELECT account_id, organisation_id,"
                    + " submitted_at FROM survey_response WHERE survey_id = ?").setParameter(1, surveyId)
                    .getResultList());
            assertEquals(2, rows.size());
            for (Object[] row : rows) {
                assertNull(row[0], "no account id in an anonymous response");
                assertNull(row[1], "no organisation in an anonymous response");
                assertNull(row[2], "no time in an anonymous response");
            }
            Number participations = database.read(em -> (Number) em.createNativeQuery(
                    "SELECT COUNT(*) FROM survey_participation WHERE survey_id = ?").setParameter(1, surveyId)
                    .getSingleResult());
            assertEquals(2, participations.intValue());

            SurveyResults results = read(database, NOW, s -> s.results(surveyId)).orElseThrow();
            assertEquals(2, results.responses());
            assertEquals(2, results.invited());
            assertEquals(4.0, results.questions().get(0).mean(), 1e-9);
            assertEquals(List.of("とても良い"), results.questions().get(4).texts());
            ResponseTable table = read(database, NOW, s -> s.table(surveyId, true)).orElseThrow();
            assertEquals(2, table.rows().size());
            assertTrue(table.rows().stream().flatMap(List::stream).noneMatch(cell -> cell.startsWith("learner-")));

            surveys(database, NOW.plusSeconds(60), s -> s.close(surveyId, "admin-1"));
            long third = account(database, "learner-4", Role.LEARNER, null);
            seat(database, programme, third, null, 900_003);
            assertEquals("closed", refusal(database, NOW.plusSeconds(120),
                    s -> s.answer(surveyId, third, satisfied("4"), "learner-4")).code());
            assertEquals(List.of(), read(database, NOW.plusSeconds(120), s -> s.invitationsFor(third)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void namedSurveysKeepWhoAnsweredAndManagersAreAskedForTheirOwnCompany(String name,
                                                                         Supplier<JpaTestDatabase> databases) {
        try (JpaTestDatabase database = databases.get()) {
            long higo = organisation(database, "Higo Kaigo");
            long other = organisation(database, "Other Co");
            long learner = account(database, "learner-1", Role.LEARNER, higo);
            long manager = account(database, "manager-1", Role.COMPANY_MANAGER, higo);
            long otherManager = account(database, "manager-2", Role.COMPANY_MANAGER, other);
            long[] programme = programmeWithCohort(database);
            seat(database, programme, learner, higo, 900_011);

            long employment = surveys(database, NOW, s -> s.issueStandard(StandardSurvey.EMPLOYMENT, programme[1],
                    null, null, "admin-1").id());
            Survey survey = read(database, NOW, s -> s.find(employment)).orElseThrow();
            assertEquals(Instant.parse("2027-04-29T15:00:00Z"), survey.opensAt(),
                    "from 2027-04-30 in Japan, three months after the cohort's last day");
            assertEquals("not-open", refusal(database, NOW, s -> s.answer(employment, learner,
                    List.of(Answer.choice("employment_type", "part_time"), Answer.choice("certifications", "none")),
                    "learner-1")).code());
            Instant later = Instant.parse("2027-05-10T00:00:00Z");
            surveys(database, later, s -> {
                s.answer(employment, learner, List.of(Answer.choice("employment_type", "part_time"),
                        Answer.choice("certifications", "it_passport", "jlpt_n3")), "learner-1");
                return null;
            });
            Object[] row = database.read(em -> (Object[]) em.createNativeQuery("SELECT account_id, organisation_id"
                    + " FROM survey_response WHERE survey_id = ?").setParameter(1, employment).getSingleResult());
            assertEquals(learner, ((Number) row[0]).longValue());
            assertEquals(higo, ((Number) row[1]).longValue(), "counted per organisation");
            long individual = account(database, "learner-5", Role.LEARNER, null);
            seat(database, programme, individual, null, 900_012);
            surveys(database, later, s -> {
                s.answer(employment, individual, List.of(Answer.choice("employment_type", "day_labour"),
                        Answer.choice("certifications", "none")), "learner-5");
                return null;
            });
            Object organisation = database.read(em -> em.createNativeQuery("SELECT organisation_id FROM survey_response"
                    + " WHERE survey_id = ? AND account_id = ?").setParameter(1, employment).setParameter(2, individual)
                    .getSingleResult());
            assertNull(organisation, "an individual applicant's response has no organisation");
            EmploymentOutcome outcome = read(database, later, s -> s.outcome(employment)).orElseThrow();
            assertEquals(new EmploymentOutcome(2, 2, 1, 1), outcome, "day labour is not counted as employed");
            ResponseTable table = read(database, later, s -> s.table(employment, true)).orElseThrow();
            List<String> learnerRow = table.rows().stream().filter(r -> r.get(2).equals("learner-1")).findFirst()
                    .orElseThrow();
            assertEquals(List.of("2027-05-10T00:00:00Z", "learner-1", "learner-1", "Higo Kaigo", "パート",
                    "ITパスポート; 日本語能力試験 N3", ""), learnerRow.subList(1, learnerRow.size()));

            long company = surveys(database, NOW, s -> s.issueStandard(StandardSurvey.COMPANY, programme[1], null,
                    null, "admin-1").id());
            assertEquals(Set.of(manager), read(database, NOW, s -> s.invited(s.find(company).orElseThrow())));
            assertEquals(1, read(database, NOW, s -> s.invitationsFor(manager)).size());
            assertEquals(List.of(), read(database, NOW, s -> s.invitationsFor(otherManager)));
            assertEquals(List.of(), read(database, NOW, s -> s.invitationsFor(learner).stream()
                    .filter(invitation -> invitation.survey().id() == company).toList()));
        }
    }

    private static List<Answer> satisfied(String point) {
        return List.of(Answer.choice("overall_satisfaction", point), Answer.choice("comprehension", "3"),
                Answer.choice("difficulty", "about_right"), Answer.choice("usefulness", "4"),
                Answer.text("good_points", point.equals("5") ? "とても良い" : ""));
    }

    private static CatalogRefusal refusal(JpaTestDatabase database, Instant at, Consumer<Surveys> work) {
        return assertThrows(CatalogRefusal.class, () -> surveys(database, at, s -> {
            work.accept(s);
            return null;
        }));
    }

    private static <T> T surveys(JpaTestDatabase database, Instant at, Function<Surveys, T> work) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        return database.inTransaction(em -> work.apply(new Surveys(em, clock, new AuditLog(em, clock))));
    }

    private static <T> T read(JpaTestDatabase database, Instant at, Function<Surveys, T> query) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        return database.read(em -> query.apply(new Surveys(em, clock, new AuditLog(em, clock))));
    }

    /** A programme and its cohort running 2026-09-01..2027-01-31: {programme id, cohort id}. */
    private static long[] programmeWithCohort(JpaTestDatabase database) {
        return database.inTransaction(em -> {
            Programme programme = new Programme("p-" + System.nanoTime(), "IT training", null, OrganisationCap.none(),
                    null);
            em.persist(programme);
            em.flush();
            Cohort cohort = new Cohort(programme.id(), "Run 1", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31),
                    null, 0, null);
            em.persist(cohort);
            em.flush();
            return new long[] {programme.id(), cohort.id()};
        });
    }

    private static void seat(JpaTestDatabase database, long[] programme, long accountId, Long organisationId,
                             long seatId) {
        database.inTransaction(em -> em.createNativeQuery("INSERT INTO seat (id, programme_id, cohort_id,"
                        + " organisation_id, invited, account_id, submitted_at, granted_at)"
                        + " VALUES (?, ?, ?, " + (organisationId == null ? "NULL" : organisationId)
                        + ", FALSE, ?, ?, ?)")
                .setParameter(1, seatId).setParameter(2, programme[0]).setParameter(3, programme[1])
                .setParameter(4, accountId)
                .setParameter(5, java.sql.Timestamp.valueOf("2026-08-01 00:00:00"))
                .setParameter(6, java.sql.Timestamp.valueOf("2026-08-01 00:00:00"))
                .executeUpdate());
    }

    private static long organisation(JpaTestDatabase database, String name) {
        return database.inTransaction(em -> {
            Organisation organisation = new Organisation(new org.manabi.core.organisation.OrganisationDetails(name, 10, null, null, null, null, List.of()), Instant.EPOCH);
            em.persist(organisation);
            em.flush();
            return organisation.id();
        });
    }

    private static long account(JpaTestDatabase database, String loginId, Role role, Long organisationId) {
        return database.inTransaction(em -> {
            Account account = new Account(loginId, loginId, null, "x", Set.of(role), false, NOW);
            account.assignTo(organisationId, null);
            em.persist(account);
            em.flush();
            return account.id();
        });
    }
}
