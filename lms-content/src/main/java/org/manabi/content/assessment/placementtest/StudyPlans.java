package org.manabi.content.assessment.placementtest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.manabi.content.assessment.placement.PlacementScale;
import org.manabi.content.assessment.studyplan.LessonRef;
import org.manabi.content.assessment.studyplan.PlanCourse;
import org.manabi.content.assessment.studyplan.Replan;
import org.manabi.content.assessment.studyplan.StudyPlan;
import org.manabi.content.assessment.studyplan.StudyPlanRequest;
import org.manabi.content.assessment.studyplan.StudyPlanner;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.content.catalog.Category;
import org.manabi.content.catalog.CourseStatus;
import org.manabi.content.catalog.CourseVersion;
import org.manabi.content.catalog.DefinitionProblem;
import org.manabi.content.catalog.Lesson;
import org.manabi.content.catalog.Level;
import org.manabi.content.curriculum.BreakPeriod;
import org.manabi.core.persistence.Database;
import org.manabi.core.programme.Cohort;

/**
 * A learner's study plan: the settings they chose after the placement test, and the plan made
 * from them whenever it is viewed — from the published courses of the scale's levels, the lessons
 * the learner has completed, and today's date — so it always reflects where they are.
 */
@ApplicationScoped
public class StudyPlans {

    /** Obon and the new year, the breaks a cohort's schedule usually has. */
    public static final List<BreakPeriod> DEFAULT_BREAKS = List.of(
            BreakPeriod.parse("08-13", "08-15").orElseThrow(),
            BreakPeriod.parse("12-29", "01-03").orElseThrow());

    public static final int MIN_HOURS_PER_WEEK = 1;
    public static final int MAX_HOURS_PER_WEEK = 60;

    /** Without a cohort, a plan runs half a year unless the learner chooses an end date. */
    static final int WEEKS_WITHOUT_COHORT = 26;

    /** The furthest end date a learner may choose. */
    static final int MAX_YEARS_AHEAD = 5;

    /** Courses of the bundled library come vocabulary, kanji, grammar within a level. */
    private static final List<String> PART_ORDER = List.of("-VOCAB", "-KANJI", "-GRAMMAR");

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    PlacementTests placementTests;

    protected StudyPlans() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public StudyPlans(EntityManager entityManager, Clock clock, PlacementTests placementTests) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.placementTests = placementTests;
    }

    /** A lesson of the plan as the learner sees it. */
    public record LessonInfo(long lessonId, long courseId, String courseCode, String courseTitle, String title) {
    }

    /**
     * The plan as of today.
     *
     * @param original what the settings gave on their start date
     * @param replan   the plan from today, with what is behind and the new weekly load
     * @param lessons  titles of every lesson the plan names, by lesson id
     * @param placedBand the placed level's name, or the band below the easiest level (e.g.
     *                 {@code BELOW_N5}) when the learner was placed there; null when not placed
     */
    public record Overview(StudyPlanSettings settings, LocalDate today, StudyPlan original, Replan replan,
                           int completedLessons, Map<String, LessonInfo> lessons, String placedBand) {
    }

    /**
     * Chooses the plan's settings. The placed level comes from the learner's latest finished
     * placement on the scale; the plan starts today.
     *
     * @param endsOn null for the end of the learner's cohort (or half a year without one)
     */
    @Transactional
    public StudyPlanSettings choose(long accountId, String scaleName, double hoursPerWeek, Level targetLevel,
                                    LocalDate endsOn) {
        PlacementScale scale = PlacementBanks.scale(scaleName == null ? PlacementScale.JLPT.name() : scaleName);
        LocalDate today = LocalDate.now(clock);
        List<DefinitionProblem> problems = new ArrayList<>();
        if (!(hoursPerWeek >= MIN_HOURS_PER_WEEK && hoursPerWeek <= MAX_HOURS_PER_WEEK)) {
            problems.add(new DefinitionProblem("hoursPerWeek", "HoursPerWeek",
                    "must be from " + MIN_HOURS_PER_WEEK + " to " + MAX_HOURS_PER_WEEK));
        }
        Level placed = placementTests.latestFinished(accountId, scale.name())
                .flatMap(PlacementAttempt::band)
                .flatMap(band -> scale.levels().keySet().stream().filter(l -> l.name().equals(band)).findFirst())
                .orElse(null);
        List<Level> levels = new ArrayList<>(scale.levels().keySet());
        if (targetLevel == null || !levels.contains(targetLevel)) {
            problems.add(new DefinitionProblem("targetLevel", "TargetLevel", "must be one of " + levels));
        } else if (placed != null && levels.indexOf(targetLevel) < levels.indexOf(placed)) {
            problems.add(new DefinitionProblem("targetLevel", "BelowPlaced",
                    "must not be below the placed level " + placed));
        }
        LocalDate end = endsOn != null ? endsOn : defaultEnd(accountId, today);
        if (!end.isAfter(today)) {
            problems.add(new DefinitionProblem("endDate", "EndDate", "must be after today"));
        } else if (end.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            problems.add(new DefinitionProblem("endDate", "EndTooFar", "must be within " + MAX_YEARS_AHEAD + " years"));
        }
        if (!problems.isEmpty()) {
            throw CatalogRefusal.invalid(problems);
        }
        StudyPlanSettings settings = entityManager.find(StudyPlanSettings.class, accountId);
        if (settings == null) {
            settings = new StudyPlanSettings(accountId);
            settings.set(scale.name(), placed, targetLevel, StudyPlanRequest.minutes(hoursPerWeek), today, end,
                    clock.instant());
            entityManager.persist(settings);
        } else {
            settings.set(scale.name(), placed, targetLevel, StudyPlanRequest.minutes(hoursPerWeek), today, end,
                    clock.instant());
        }
        return settings;
    }

    public Optional<StudyPlanSettings> settings(long accountId) {
        return Optional.ofNullable(entityManager.find(StudyPlanSettings.class, accountId));
    }

    /** The last day of the learner's latest cohort that has not ended, else half a year from today. */
    public LocalDate defaultEnd(long accountId, LocalDate today) {
        return entityManager.createQuery("select c from Cohort c, Seat s where s.cohortId = c.id"
                        + " and s.accountId = :account order by c.endsOn desc", Cohort.class)
                .setParameter("account", accountId)
                .getResultStream()
                .filter(c -> !c.cancelled() && c.endsOn().isAfter(today))
                .map(Cohort::endsOn)
                .findFirst()
                .orElse(today.plusWeeks(WEEKS_WITHOUT_COHORT));
    }

    /** The plan as of today; empty when the learner has not chosen settings yet. */
    public Optional<Overview> overview(long accountId) {
        return settings(accountId).map(this::overview);
    }

    private Overview overview(StudyPlanSettings settings) {
        LocalDate today = LocalDate.now(clock);
        PlacementScale scale = PlacementBanks.scale(settings.scale());
        Map<String, LessonInfo> lessons = new HashMap<>();
        List<PlanCourse> courses = courses(scale, lessons);
        StudyPlanRequest request = new StudyPlanRequest(settings.placedLevel().orElse(null), settings.targetLevel(),
                settings.minutesPerWeek(), settings.startsOn(), settings.endsOn(), DEFAULT_BREAKS, courses);
        StudyPlan original = StudyPlanner.plan(request);
        Set<LessonRef> completed = completed(settings.accountId());
        Replan replan = StudyPlanner.replan(original, request, completed, today);
        int done = (int) original.lessonOrder().stream().filter(completed::contains).count();
        String placedBand = settings.placedLevel().map(Enum::name).orElseGet(() -> placementTests
                .latestFinished(settings.accountId(), scale.name())
                .flatMap(PlacementAttempt::band)
                .filter(scale.below()::equals)
                .orElse(null));
        return new Overview(settings, today, original, replan, done, lessons, placedBand);
    }

    /**
     * The published (not archived) courses of the scale's levels, easiest level first; for IT basics only IT
     * courses, since beginner to advanced is also the ladder of every other subject.
     */
    private List<PlanCourse> courses(PlacementScale scale, Map<String, LessonInfo> lessons) {
        List<Level> levels = new ArrayList<>(scale.levels().keySet());
        List<Category> categories = scale == PlacementScale.JLPT ? List.of(Category.values()) : List.of(Category.IT);
        List<Object[]> rows = entityManager.createQuery("select c.code, v from Course c, CourseVersion v"
                        + " where c.publishedVersionId = v.id and c.status = :published"
                        + " and v.level in :levels and v.category in :categories", Object[].class)
                .setParameter("published", CourseStatus.PUBLISHED)
                .setParameter("levels", levels)
                .setParameter("categories", categories)
                .getResultList();
        rows.sort(Comparator.<Object[]>comparingInt(r -> levels.indexOf(((CourseVersion) r[1]).level()))
                .thenComparingInt(r -> partOrder((String) r[0]))
                .thenComparing(r -> (String) r[0]));
        List<PlanCourse> courses = new ArrayList<>();
        for (Object[] row : rows) {
            String code = (String) row[0];
            CourseVersion version = (CourseVersion) row[1];
            List<PlanCourse.Lesson> planned = new ArrayList<>();
            version.sections().forEach(section -> {
                for (Lesson lesson : section.lessons()) {
                    planned.add(new PlanCourse.Lesson(String.valueOf(lesson.id()), Math.max(1, lesson.minutes())));
                    lessons.put(String.valueOf(lesson.id()), new LessonInfo(lesson.id(), version.courseId(), code,
                            version.title(), lesson.title()));
                }
            });
            courses.add(new PlanCourse(String.valueOf(version.courseId()), version.level(), planned));
        }
        return courses;
    }

    private static int partOrder(String code) {
        for (int i = 0; i < PART_ORDER.size(); i++) {
            if (code.endsWith(PART_ORDER.get(i))) {
                return i;
            }
        }
        return PART_ORDER.size();
    }

    private Set<LessonRef> completed(long accountId) {
        return entityManager.createQuery("select c.courseId, c.lessonId from LessonCompletion c"
                        + " where c.accountId = :account", Object[].class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(r -> new LessonRef(String.valueOf(r[0]), String.valueOf(r[1])))
                .collect(Collectors.toSet());
    }
}
