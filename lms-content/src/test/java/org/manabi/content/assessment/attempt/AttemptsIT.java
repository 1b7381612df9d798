package org.manabi.content.assessment.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.manabi.content.assessment.analysis.Analysis;
import org.manabi.content.assessment.analysis.AnalysisViews;
import org.manabi.content.assessment.bank.BankItem;
import org.manabi.content.assessment.bank.BankItemDefinition;
import org.manabi.content.assessment.bank.BankQuery;
import org.manabi.content.assessment.bank.ItemBank;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.assessment.item.Option;
import org.manabi.content.assessment.quiz.FeedbackPolicy;
import org.manabi.content.assessment.quiz.Quiz;
import org.manabi.content.assessment.quiz.QuizDefinition;
import org.manabi.content.assessment.quiz.Quizzes;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.Account;
import org.manabi.core.identity.Role;
import org.manabi.core.programme.Cohort;
import org.manabi.core.programme.OrganisationCap;
import org.manabi.core.programme.Programme;
import org.manabi.core.testsupport.JpaTestDatabase;

/**
 * The question bank, quizzes and attempts against a real database (H2 and PostgreSQL): every item
 * type stored and read back, the server's time and attempt limits, cohort windows, the feedback
 * policy, and the tampering a browser could try (late answers, someone else's attempt, a second
 * submission, answers asked for before submitting), each refused without writing anything.
 */
class AttemptsIT {

    private static final String UNIT = "manabi-content-test";
    /** The right option of {@link #choice()}, as the author knows it (not taken from the paper). */
    private static final String RIGHT_OPTION = "b";
    private static final Instant T0 = Instant.parse("2026-10-20T09:00:00Z");

    private final MovableClock clock = new MovableClock(T0);
    private final List<QuizAttemptSubmitted> events = new ArrayList<>();

    static Stream<Arguments> databases() {
        return JpaTestDatabase.h2AndPostgres(UNIT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyItemTypeIsStoredAndFoundByTagLevelTypeAndText(String name, Supplier<JpaTestDatabase> databases) {
        try (JpaTestDatabase database = databases.get()) {
            List<ItemBody> bodies = allTypes();
            List<Long> ids = new ArrayList<>();
            for (ItemBody body : bodies) {
                ids.add(bank(database, b -> b.create(new BankItemDefinition(body, "grammar",
                        List.of("Particles", "n5-unit-1"), "n5", 2), null, "author").id()));
            }
            for (int i = 0; i < bodies.size(); i++) {
                long id = ids.get(i);
                assertEquals(bodies.get(i), bankRead(database, b -> b.find(id).orElseThrow().body()),
                        bodies.get(i).type() + " reads back equal");
            }
            BankItem first = bankRead(database, b -> b.find(ids.get(0)).orElseThrow());
            assertEquals(Set.of("particles", "n5-unit-1"), first.tags(), "tags are stored in lower case");
            assertEquals("N5", first.level());
            assertEquals(bodies.size(), bankRead(database, b -> b.search(new BankQuery("particles", "N5", null, null,
                    null, 100))).size());
            assertEquals(1, bankRead(database, b -> b.search(new BankQuery(null, null, "MATCHING", null, null, 100)))
                    .size());
            assertEquals(ids.get(0), bankRead(database, b -> b.search(new BankQuery(null, null, null, null, "がっこう",
                    100))).get(0).id(), "text search finds the option text");
            assertTrue(bankRead(database, b -> b.search(new BankQuery("other-tag", null, null, null, null, 100)))
                    .isEmpty());

            CatalogRefusal refused = assertThrows(CatalogRefusal.class, () -> bank(database, b -> b.create(
                    new BankItemDefinition(bodies.get(0), "Bad Skill!", List.of(), null, 9), null, "author")));
            assertEquals(List.of("difficulty", "skill"), refused.problems().stream().map(p -> p.path()).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theServerEnforcesTheTimeLimitAndTheAttemptLimit(String name, Supplier<JpaTestDatabase> databases) {
        try (JpaTestDatabase database = databases.get()) {
            long learner = account(database, "learner-t");
            long quizId = quiz(database, 10, 2, FeedbackPolicy.IMMEDIATE, List.of());

            AttemptViews.Paper paper = attempts(database, a -> a.start(quizId, learner));
            assertEquals(T0.plus(Duration.ofMinutes(10)), paper.closesAt(), "the deadline is the server's");
            assertEquals(paper.attemptId(), attempts(database, a -> a.start(quizId, learner)).attemptId(),
                    "starting again resumes the attempt in progress");

            clock.advance(Duration.ofMinutes(5));
            attempts(database, a -> {
                a.answer(paper.attemptId(), learner, 0, Json.createValue(RIGHT_OPTION));
                return null;
            });
            clock.advance(Duration.ofMinutes(6));
            refusedWith("time-over", CatalogRefusal.Reason.CONFLICT, () -> attempts(database, a -> {
                a.answer(paper.attemptId(), learner, 1, JsonValue.TRUE);
                return null;
            }));
            refusedWith("time-over", CatalogRefusal.Reason.CONFLICT,
                    () -> attempts(database, a -> a.submit(paper.attemptId(), learner, Map.of(1, JsonValue.TRUE))));

            assertTrue(events.isEmpty(), "nothing graded yet");
            assertEquals(0, database.read(em -> new Analysis(em).ofQuiz(quizId)).attempts(),
                    "an attempt left open past its deadline is not counted until closed");
            int closedNow = attempts(database, a -> a.closeExpiredAt(quizId));
            assertEquals(1, closedNow);
            assertEquals(1, database.read(em -> new Analysis(em).ofQuiz(quizId)).attempts());
            AttemptViews.Result closed = attempts(database, a -> a.result(paper.attemptId(), learner));
            assertTrue(closed.summary().expired(), "the deadline closed it");
            assertEquals(1, events.size(), "grading at the deadline is published once");
            assertTrue(events.get(0).expired());
            assertEquals(paper.attemptId(), events.get(0).attemptId());
            assertEquals(T0.plus(Duration.ofMinutes(10)), closed.summary().submittedAt());
            assertEquals(1.0, closed.summary().score(), 1e-9, "graded from the answer saved in time only");
            assertEquals(JsonValue.NULL, closed.items().get(1).answer(), "the late answer was not stored");

            long second = attempts(database, a -> a.start(quizId, learner)).attemptId();
            attempts(database, a -> a.submit(second, learner, Map.of()));
            refusedWith("attempts-used-up", CatalogRefusal.Reason.CONFLICT,
                    () -> attempts(database, a -> a.start(quizId, learner)));
            assertEquals("attempts-used-up", attempts(database, a -> a.status(quizId, learner)).refusal());
            assertEquals(2, attempts(database, a -> a.historyOf(learner)).size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tamperingIsRefusedAndWritesNothing(String name, Supplier<JpaTestDatabase> databases) {
        try (JpaTestDatabase database = databases.get()) {
            long learner = account(database, "learner-a");
            long other = account(database, "learner-b");
            long quizId = quiz(database, null, null, FeedbackPolicy.IMMEDIATE, List.of());
            AttemptViews.Paper paper = attempts(database, a -> a.start(quizId, learner));
            long id = paper.attemptId();

            String shown = paper.items().toString();
            assertFalse(shown.contains("correctId") || shown.contains("\"answer\":true") || shown.contains("accepted"),
                    "the paper holds no answers: " + shown);
            refusedWith("not-submitted", CatalogRefusal.Reason.CONFLICT,
                    () -> attempts(database, a -> a.result(id, learner)));
            refusedWith("not-your-attempt", CatalogRefusal.Reason.FORBIDDEN, () -> attempts(database, a -> {
                a.answer(id, other, 0, Json.createValue("a"));
                return null;
            }));
            refusedWith("not-your-attempt", CatalogRefusal.Reason.FORBIDDEN,
                    () -> attempts(database, a -> a.paper(id, other)));
            refusedWith("not-your-attempt", CatalogRefusal.Reason.FORBIDDEN,
                    () -> attempts(database, a -> a.submit(id, other, Map.of())));
            refusedWith("not-your-attempt", CatalogRefusal.Reason.FORBIDDEN,
                    () -> attempts(database, a -> a.result(id, other)));

            String right = RIGHT_OPTION;
            AttemptViews.Result result = attempts(database, a -> a.submit(id, learner,
                    Map.of(0, Json.createValue(right), 1, JsonValue.FALSE)));
            assertEquals(2.0, result.summary().score(), 1e-9, "two items of one point, both right");
            assertEquals(2, result.items().size(), "immediate feedback shows each item");
            assertNotNull(result.items().get(0).solution().get("correctId"), "the solution comes after submitting");

            assertEquals(List.of(new QuizAttemptSubmitted(id, quizId, events.get(0).quizCode(), learner, 2.0, 2, true,
                    false, T0)), events, "the submission is published with its score");
            refusedWith("already-submitted", CatalogRefusal.Reason.CONFLICT,
                    () -> attempts(database, a -> a.submit(id, learner, Map.of(1, JsonValue.TRUE))));
            refusedWith("already-submitted", CatalogRefusal.Reason.CONFLICT, () -> attempts(database, a -> {
                a.answer(id, learner, 1, JsonValue.TRUE);
                return null;
            }));
            refusedWith("already-submitted", CatalogRefusal.Reason.CONFLICT,
                    () -> attempts(database, a -> a.paper(id, learner)));
            assertEquals(2.0, attempts(database, a -> a.result(id, learner)).summary().score(), 1e-9,
                    "the replayed submission changed nothing");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void cohortWindowsAndFeedbackAfterTheClose(String name, Supplier<JpaTestDatabase> databases) {
        try (JpaTestDatabase database = databases.get()) {
            long inCohort = account(database, "learner-c");
            long outsider = account(database, "learner-d");
            long cohort = cohortWithSeat(database, inCohort);
            long laterCohort = cohortWithSeat(database, account(database, "learner-e"));
            Instant opens = T0.plus(Duration.ofHours(1));
            Instant closes = T0.plus(Duration.ofHours(2));
            Instant laterCloses = closes.plus(Duration.ofHours(1));
            long quizId = quiz(database, 90, null, FeedbackPolicy.AFTER_CLOSE,
                    List.of(new QuizDefinition.Window(cohort, opens, closes),
                            new QuizDefinition.Window(laterCohort, opens, laterCloses)));

            refusedWith("not-open-yet", CatalogRefusal.Reason.CONFLICT,
                    () -> attempts(database, a -> a.start(quizId, inCohort)));
            refusedWith("not-in-cohort", CatalogRefusal.Reason.FORBIDDEN,
                    () -> attempts(database, a -> a.start(quizId, outsider)));
            clock.set(opens.plus(Duration.ofMinutes(40)));
            AttemptViews.Paper paper = attempts(database, a -> a.start(quizId, inCohort));
            assertEquals(closes, paper.closesAt(), "the window's close cuts the 90-minute limit short");
            long trueFalseId = database.inTransaction(em -> em.find(Quiz.class, quizId).items().get(1).bankItemId());
            bank(database, b -> b.update(trueFalseId, new BankItemDefinition(
                    new ItemBody.TrueFalse("「で」は場所を表しません。", true), "grammar", List.of("particles"), "N5", 1),
                    "author"));
            AttemptViews.Result held = attempts(database, a -> a.submit(paper.attemptId(), inCohort,
                    Map.of(1, JsonValue.FALSE)));
            assertFalse(held.summary().feedbackReleased());
            assertNull(held.summary().score(), "no score while others may still sit the exam");
            assertTrue(held.items().isEmpty(), "no answers either");
            assertEquals(1.0, attempts(database, a -> a.attemptsAt(quizId)).get(0).score(), 1e-9,
                    "the instructor sees the score at once, marked against the item as it was given, "
                            + "not as it was edited in the bank meanwhile");

            clock.set(closes);
            refusedWith("closed", CatalogRefusal.Reason.CONFLICT, () -> attempts(database, a -> a.start(quizId, inCohort)));
            assertFalse(attempts(database, a -> a.result(paper.attemptId(), inCohort)).summary().feedbackReleased(),
                    "the later cohort is still sitting the quiz");
            clock.set(laterCloses);
            AttemptViews.Result released = attempts(database, a -> a.result(paper.attemptId(), inCohort));
            assertTrue(released.summary().feedbackReleased());
            assertEquals(2, released.items().size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void drawsPickFromTheBankAndAnalysisCountsChoices(String name, Supplier<JpaTestDatabase> databases) {
        try (JpaTestDatabase database = databases.get()) {
            for (int i = 0; i < 6; i++) {
                int n = i;
                bank(database, b -> b.create(new BankItemDefinition(new ItemBody.TrueFalse("文 " + n, n % 2 == 0),
                        "vocabulary", List.of("draw-pool"), "N5", 1), null, "author"));
            }
            long fixedId = bank(database, b -> b.create(new BankItemDefinition(choice(), "grammar",
                    List.of("particles"), "N5", 2), null, "author").id());
            long quizId = database.inTransaction(em -> quizzes(em).create(new QuizDefinition("draw-" + System.nanoTime(),
                    "Draw", null, null, null, 50, FeedbackPolicy.IMMEDIATE,
                    List.of(new QuizDefinition.ItemRef(fixedId, 2)),
                    List.of(new QuizDefinition.Draw("Draw-Pool", "n5", 3, 1)), List.of()), null, "author").id());
            CatalogRefusal tooMany = assertThrows(CatalogRefusal.class, () -> database.inTransaction(em ->
                    quizzes(em).create(new QuizDefinition("draw-many", "Draw", null, null, null, 50,
                            FeedbackPolicy.IMMEDIATE, List.of(), List.of(new QuizDefinition.Draw("draw-pool", null,
                            7, 1)), List.of()), null, "author")));
            assertEquals("draws[0].count", tooMany.problems().get(0).path());

            List<Long> learners = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                learners.add(account(database, "learner-x" + i));
            }
            for (int i = 0; i < learners.size(); i++) {
                long learner = learners.get(i);
                AttemptViews.Paper paper = attempts(database, a -> a.start(quizId, learner));
                assertEquals(4, paper.items().size(), "one fixed item and three drawn");
                assertEquals(3, paper.items().stream().skip(1).map(p -> p.item().getString("prompt")).distinct()
                        .count(), "drawn items do not repeat");
                String pick = i < 2 ? "b" : "c";
                attempts(database, a -> a.submit(paper.attemptId(), learner, Map.of(0, Json.createValue(pick))));
            }
            AnalysisViews.QuizAnalysis analysis = database.read(em -> new Analysis(em).ofQuiz(quizId));
            assertEquals(4, analysis.attempts());
            AnalysisViews.ItemStatistics fixed = analysis.items().stream().filter(s -> s.bankItemId() == fixedId)
                    .findFirst().orElseThrow();
            assertEquals(0.5, fixed.facility(), 1e-9);
            assertEquals(1.0, fixed.discrimination(), 1e-9, "those who got it right scored highest");
            assertEquals(List.of(0, 2, 2), fixed.options().stream().map(AnalysisViews.OptionCount::chosen).toList());

            List<AnalysisViews.Proficiency> proficiency = database.read(em -> new Analysis(em)
                    .proficiencyOf(learners.get(0)));
            AnalysisViews.Proficiency grammar = proficiency.stream().filter(p -> p.name().equals("grammar"))
                    .findFirst().orElseThrow();
            assertEquals(100, grammar.percent());
            assertEquals("skill", grammar.kind());
        }
    }

    // ---- fixtures ----

    private static ItemBody choice() {
        return new ItemBody.SingleChoice("{学校|がっこう}へ行きます。「へ」と同じ意味は？",
                List.of(new Option("a", "を"), new Option("b", "に"), new Option("c", "で")), "b");
    }

    private static List<ItemBody> allTypes() {
        ItemBody.SingleChoice single = new ItemBody.SingleChoice("どこへ行きますか。",
                List.of(new Option("a", "がっこう"), new Option("b", "ほん")), "a");
        return List.of(single,
                new ItemBody.MultipleChoice("Pick verbs", List.of(new Option("a", "食べる"), new Option("b", "本"),
                        new Option("c", "飲む")), List.of("a", "c")),
                new ItemBody.TrueFalse("東京は日本の首都です。", true),
                new ItemBody.FillInBlank("助詞を入れてください。", "わたし{{1}}学生です。",
                        List.of(new ItemBody.Blank(List.of("は")))),
                new ItemBody.ShortText("自己紹介", List.of(), true),
                new ItemBody.Ordering("Order", List.of(new Option("a", "私は"), new Option("b", "学生"),
                        new Option("c", "です"))),
                new ItemBody.Matching("Match", List.of(new ItemBody.Pair(new Option("l1", "犬"), new Option("x9", "dog")),
                        new ItemBody.Pair(new Option("l2", "猫"), new Option("x4", "cat"))),
                        List.of(new Option("x7", "bird"))),
                new ItemBody.Numeric("3 × 4.5 kg", 13.5, 0.05, "kg"),
                new ItemBody.KanjiReading("読み方", "学校", List.of("がっこう")),
                new ItemBody.ReadingPassage("読んで答えてください。", "田中さんは毎朝パンを食べます。",
                        List.of(new ItemBody.SubItem(1, new ItemBody.TrueFalse("田中さんはご飯を食べます。", false)),
                                new ItemBody.SubItem(2, single))),
                new ItemBody.Listening("聞いてください。", "audio-123",
                        List.of(new ItemBody.SubItem(1, new ItemBody.ShortText("何を買いましたか。",
                                List.of("りんご"), false)))));
    }

    /** A quiz of a single-choice item worth 1 and a true/false item (answer false) worth 1. */
    private long quiz(JpaTestDatabase database, Integer minutes, Integer maxAttempts, FeedbackPolicy feedback,
                      List<QuizDefinition.Window> windows) {
        return database.inTransaction(em -> {
            Quizzes quizzes = quizzes(em);
            Quiz quiz = quizzes.createWithItems(new QuizDefinition("q-" + System.nanoTime(), "N5 助詞", null, minutes,
                            maxAttempts, 60, feedback, List.of(), List.of(), windows),
                    List.of(new BankItemDefinition(choice(), "grammar", List.of("particles"), "N5", 2),
                            new BankItemDefinition(new ItemBody.TrueFalse("「で」は場所を表しません。", false), "grammar",
                                    List.of("particles"), "N5", 1)), 1, null, "author");
            return quiz.id();
        });
    }

    private Quizzes quizzes(jakarta.persistence.EntityManager em) {
        AuditLog audit = new AuditLog(em, clock);
        return new Quizzes(em, clock, audit, new ItemBank(em, clock, audit));
    }

    private <T> T attempts(JpaTestDatabase database, Function<Attempts, T> work) {
        return database.inTransaction(em -> work.apply(new Attempts(em, clock, new ItemBank(em, clock,
                new AuditLog(em, clock)), new Recorder(events))));
    }

    private <T> T bank(JpaTestDatabase database, Function<ItemBank, T> work) {
        return database.inTransaction(em -> work.apply(new ItemBank(em, clock, new AuditLog(em, clock))));
    }

    private <T> T bankRead(JpaTestDatabase database, Function<ItemBank, T> work) {
        return database.read(em -> work.apply(new ItemBank(em, clock, new AuditLog(em, clock))));
    }

    private static void refusedWith(String code, CatalogRefusal.Reason reason, Executable call) {
        CatalogRefusal refusal = assertThrows(CatalogRefusal.class, call);
        assertEquals(code, refusal.code());
        assertEquals(reason, refusal.reason());
    }

    private long account(JpaTestDatabase database, String loginId) {
        return database.inTransaction(em -> {
            Account account = new Account(loginId, loginId, null, "x", Set.of(Role.LEARNER), false, T0);
            em.persist(account);
            em.flush();
            return account.id();
        });
    }

    /** A cohort of a new programme, with a seat held by the account. */
    private static long cohortWithSeat(JpaTestDatabase database, long accountId) {
        long[] ids = database.inTransaction(em -> {
            Programme programme = new Programme("p-" + System.nanoTime(), "Japanese", null, OrganisationCap.none(),
                    null);
            em.persist(programme);
            em.flush();
            Cohort cohort = new Cohort(programme.id(), "Run 1", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31),
                    null, 0, null);
            em.persist(cohort);
            em.flush();
            return new long[] {programme.id(), cohort.id()};
        });
        database.inTransaction(em -> em.createNativeQuery("INSERT INTO seat (id, programme_id, cohort_id,"
                        + " organisation_id, invited, account_id, submitted_at, granted_at)"
                        + " VALUES (?, ?, ?, NULL, FALSE, ?, ?, ?)")
                .setParameter(1, 800_000 + accountId).setParameter(2, ids[0]).setParameter(3, ids[1])
                .setParameter(4, accountId)
                .setParameter(5, java.sql.Timestamp.valueOf("2026-08-01 00:00:00"))
                .setParameter(6, java.sql.Timestamp.valueOf("2026-08-01 00:00:00"))
                .executeUpdate());
        return ids[1];
    }

    /** Keeps the events fired, as an observer of {@link QuizAttemptSubmitted} would see them. */
    static final class Recorder implements jakarta.enterprise.event.Event<QuizAttemptSubmitted> {
        private final List<QuizAttemptSubmitted> fired;

        Recorder(List<QuizAttemptSubmitted> fired) {
            this.fired = fired;
        }

        @Override
        public void fire(QuizAttemptSubmitted event) {
            fired.add(event);
        }

        @Override
        public <U extends QuizAttemptSubmitted> java.util.concurrent.CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends QuizAttemptSubmitted> java.util.concurrent.CompletionStage<U> fireAsync(U event,
                jakarta.enterprise.event.NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public jakarta.enterprise.event.Event<QuizAttemptSubmitted> select(java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends QuizAttemptSubmitted> jakarta.enterprise.event.Event<U> select(Class<U> subtype,
                java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends QuizAttemptSubmitted> jakarta.enterprise.event.Event<U> select(
                jakarta.enterprise.util.TypeLiteral<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
