package org.manabi.content.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.content.catalog.CatalogViewer;
import org.manabi.content.catalog.Course;
import org.manabi.content.catalog.CourseCatalog;
import org.manabi.content.catalog.CourseVersion;
import org.manabi.content.catalog.DefinitionProblem;
import org.manabi.content.catalog.Lesson;
import org.manabi.content.catalog.Section;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.Account;
import org.manabi.core.persistence.Database;
import org.manabi.core.programme.Cohort;
import org.manabi.core.programme.Programme;

/**
 * Curricula of a programme: defining them, enrolling learners one by one or a cohort at a time,
 * their plan, and where a learner stands in each. Changes are audited; a refused change throws
 * {@link CatalogRefusal} and writes nothing.
 */
@ApplicationScoped
public class Curricula {

    static final int MAX_ITEMS = 200;
    static final int MAX_BREAKS = 20;

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    CourseCatalog catalog;

    @Inject
    AuditLog auditLog;

    protected Curricula() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public Curricula(EntityManager entityManager, Clock clock, CourseCatalog catalog, AuditLog auditLog) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.catalog = catalog;
        this.auditLog = auditLog;
    }

    /** The programme's curricula by title; empty when there is no such programme. */
    public Optional<List<Curriculum>> ofProgramme(long programmeId) {
        if (entityManager.find(Programme.class, programmeId) == null) {
            return Optional.empty();
        }
        return Optional.of(entityManager.createQuery(
                        "select c from Curriculum c where c.programmeId = :programme order by c.title, c.id",
                        Curriculum.class)
                .setParameter("programme", programmeId)
                .getResultList());
    }

    public Optional<Curriculum> find(long id) {
        return Optional.ofNullable(entityManager.find(Curriculum.class, id));
    }

    @Transactional
    public Curriculum create(long programmeId, CurriculumDefinition definition, String actor) {
        if (entityManager.find(Programme.class, programmeId) == null) {
            throw CatalogRefusal.notFound("programme");
        }
        check(definition);
        refuseTakenCode(programmeId, definition.code(), null);
        Curriculum curriculum = new Curriculum(programmeId, definition, clock.instant());
        entityManager.persist(curriculum);
        entityManager.flush();
        audit(actor, "CURRICULUM_CREATED", curriculum, definition.items().size() + " item(s)");
        return curriculum;
    }

    @Transactional
    public Curriculum update(long id, CurriculumDefinition definition, String actor) {
        Curriculum curriculum = Optional.ofNullable(entityManager.find(Curriculum.class, id,
                LockModeType.PESSIMISTIC_WRITE)).orElseThrow(() -> CatalogRefusal.notFound("curriculum"));
        check(definition);
        refuseTakenCode(curriculum.programmeId(), definition.code(), id);
        curriculum.define(definition, clock.instant());
        audit(actor, "CURRICULUM_CHANGED", curriculum, definition.items().size() + " item(s)");
        return curriculum;
    }

    /**
     * Enrols one learner; idempotent. Their plan starts on the first day of their cohort in this
     * programme when they hold a seat, else today. Returns how many were newly enrolled (0 or 1).
     */
    @Transactional
    public int enrolLearner(long curriculumId, long accountId, String actor) {
        Curriculum curriculum = locked(curriculumId);
        Account account = entityManager.find(Account.class, accountId);
        if (account == null) {
            throw CatalogRefusal.invalid("accountId", "Exists", "no such account");
        }
        Optional<Cohort> cohort = entityManager.createQuery("select c from Cohort c, Seat s where s.cohortId = c.id"
                        + " and s.accountId = :account and s.programmeId = :programme order by c.startsOn",
                        Cohort.class)
                .setParameter("account", accountId)
                .setParameter("programme", curriculum.programmeId())
                .getResultStream()
                .findFirst();
        LocalDate startsOn = cohort.map(Cohort::startsOn).orElse(LocalDate.now(clock));
        int added = enrol(curriculum, List.of(accountId), cohort.map(Cohort::id).orElse(null), startsOn, actor);
        if (added > 0) {
            audit(actor, "CURRICULUM_ENROLLED", curriculum, "account:" + accountId);
        }
        return added;
    }

    /**
     * Enrols every account holding a seat in the cohort; idempotent, so enrolling the cohort again
     * adds only later seat holders. Returns how many were newly enrolled.
     */
    @Transactional
    public int enrolCohort(long curriculumId, long cohortId, String actor) {
        Curriculum curriculum = locked(curriculumId);
        Cohort cohort = entityManager.find(Cohort.class, cohortId);
        if (cohort == null || cohort.programmeId() != curriculum.programmeId()) {
            throw CatalogRefusal.invalid("cohortId", "Exists", "no such cohort in this curriculum's programme");
        }
        List<Long> holders = entityManager.createQuery("select distinct s.accountId from Seat s"
                        + " where s.cohortId = :cohort and s.accountId is not null", Long.class)
                .setParameter("cohort", cohortId)
                .getResultList();
        int added = enrol(curriculum, holders, cohortId, cohort.startsOn(), actor);
        audit(actor, "CURRICULUM_ENROLLED", curriculum, "cohort:" + cohortId + ", " + added + " new");
        return added;
    }

    public List<CurriculumEnrolment> enrolments(long curriculumId) {
        return entityManager.createQuery("select e from CurriculumEnrolment e where e.curriculumId = :curriculum"
                        + " order by e.enrolledAt, e.id", CurriculumEnrolment.class)
                .setParameter("curriculum", curriculumId)
                .getResultList();
    }

    /** The plan from {@code start}, with each course's length from its published (else newest) version. */
    public CurriculumSchedule.Plan plan(Curriculum curriculum, LocalDate start) {
        List<CurriculumSchedule.Item> items = curriculum.items().stream()
                .map(item -> CurriculumSchedule.Item.ofHours(referenceVersion(item.courseId())
                        .map(CourseVersion::estimatedHours).orElse(0.0), item.required()))
                .toList();
        return CurriculumSchedule.plan(start, curriculum.pace(), curriculum.breaks(), items, true);
    }

    /** The day an administrator's plan starts: the programme's earliest cohort that is not cancelled, else today. */
    public LocalDate planStart(Curriculum curriculum) {
        return entityManager.createQuery("select c from Cohort c where c.programmeId = :programme"
                        + " order by c.startsOn, c.id", Cohort.class)
                .setParameter("programme", curriculum.programmeId())
                .getResultStream()
                .filter(cohort -> !cohort.cancelled())
                .map(Cohort::startsOn)
                .findFirst()
                .orElse(LocalDate.now(clock));
    }

    /** The version an administrator sees of a course in a curriculum: the published one, else the newest. */
    public Optional<CourseVersion> referenceVersion(long courseId) {
        Course course = entityManager.find(Course.class, courseId);
        if (course == null) {
            return Optional.empty();
        }
        return catalog.version(course.publishedVersionId().orElse(course.headVersionId()));
    }

    /** Where the learner stands today in each curriculum they are enrolled in, earliest start first. */
    public List<LearnerPosition> positionsOf(long accountId) {
        List<CurriculumEnrolment> enrolments = entityManager.createQuery(
                        "select e from CurriculumEnrolment e where e.accountId = :account", CurriculumEnrolment.class)
                .setParameter("account", accountId)
                .getResultList();
        CatalogViewer learner = new CatalogViewer(accountId, false, false);
        LocalDate today = LocalDate.now(clock);
        List<LearnerPosition> positions = new ArrayList<>();
        for (CurriculumEnrolment enrolment : enrolments) {
            Curriculum curriculum = entityManager.find(Curriculum.class, enrolment.curriculumId());
            positions.add(position(curriculum, enrolment.startsOn(), learner, today));
        }
        positions.sort(Comparator.comparing(LearnerPosition::startsOn).thenComparing(LearnerPosition::title));
        return positions;
    }

    private LearnerPosition position(Curriculum curriculum, LocalDate startsOn, CatalogViewer learner,
                                     LocalDate today) {
        List<CurriculumItem> items = curriculum.items();
        Map<Long, ItemStatus> statuses = new HashMap<>();
        List<CourseVersion> versions = new ArrayList<>();
        List<int[]> lessonCounts = new ArrayList<>();
        for (CurriculumItem item : items) {
            Optional<CourseVersion> version = catalog.versionFor(learner, item.courseId(), false);
            versions.add(version.orElse(null));
            Set<Long> lessons = version.map(Curricula::lessonIds).orElse(Set.of());
            Set<Long> completed = new HashSet<>(catalog.completedLessons(learner, item.courseId()));
            completed.retainAll(lessons);
            lessonCounts.add(new int[] {completed.size(), lessons.size()});
            boolean started = catalog.startedBy(learner, item.courseId()).isPresent();
            ItemStatus status = !lessons.isEmpty() && completed.size() == lessons.size() ? ItemStatus.DONE
                    : started || !completed.isEmpty() ? ItemStatus.IN_PROGRESS : ItemStatus.NOT_STARTED;
            statuses.put(item.courseId(), status);
        }
        List<CurriculumSchedule.Item> planItems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            double hours = versions.get(i) == null ? 0 : versions.get(i).estimatedHours();
            planItems.add(CurriculumSchedule.Item.ofHours(hours, items.get(i).required()));
        }
        CurriculumSchedule.Plan plan = CurriculumSchedule.plan(startsOn, curriculum.pace(), curriculum.breaks(),
                planItems, true);

        List<LearnerPosition.Item> shown = new ArrayList<>();
        int[] counts = new int[ItemStatus.values().length];
        int requiredCount = 0;
        int requiredDone = 0;
        Long next = null;
        boolean behind = false;
        for (int i = 0; i < items.size(); i++) {
            CurriculumItem item = items.get(i);
            List<Long> prerequisites = curriculum.prerequisitesOf(item.courseId());
            ItemStatus status = statuses.get(item.courseId());
            if (status == ItemStatus.NOT_STARTED
                    && prerequisites.stream().anyMatch(p -> statuses.get(p) != ItemStatus.DONE)) {
                status = ItemStatus.LOCKED;
            }
            counts[status.ordinal()]++;
            CourseVersion version = versions.get(i);
            boolean available = version != null;
            CurriculumSchedule.PlannedItem planned = plan.items().get(i);
            if (item.required()) {
                requiredCount++;
                if (status == ItemStatus.DONE) {
                    requiredDone++;
                } else if (planned.planned() && planned.endsOn().isBefore(today)) {
                    behind = true;
                }
            }
            if (next == null && available && (status == ItemStatus.IN_PROGRESS || status == ItemStatus.NOT_STARTED)) {
                next = item.courseId();
            }
            shown.add(new LearnerPosition.Item(item.courseId(), available ? version.title() : null, item.required(),
                    prerequisites, status, lessonCounts.get(i)[0], lessonCounts.get(i)[1], planned.minutes(),
                    planned.startsOn(), planned.endsOn(), available));
        }
        int percent = requiredCount == 0 ? 100 : requiredDone * 100 / requiredCount;
        Programme programme = entityManager.find(Programme.class, curriculum.programmeId());
        return new LearnerPosition(curriculum.id(), curriculum.code(), curriculum.title(), curriculum.description(),
                programme == null ? null : programme.name(), startsOn, plan.endsOn(), plan.trainingHours(), shown,
                counts[ItemStatus.DONE.ordinal()], counts[ItemStatus.IN_PROGRESS.ordinal()],
                counts[ItemStatus.NOT_STARTED.ordinal()], counts[ItemStatus.LOCKED.ordinal()], requiredCount,
                requiredDone, percent, next, behind);
    }

    private static Set<Long> lessonIds(CourseVersion version) {
        Set<Long> ids = new HashSet<>();
        for (Section section : version.sections()) {
            section.lessons().stream().map(Lesson::id).forEach(ids::add);
        }
        return ids;
    }

    private int enrol(Curriculum curriculum, List<Long> accountIds, Long cohortId, LocalDate startsOn, String actor) {
        Set<Long> already = new HashSet<>(entityManager.createQuery("select e.accountId from CurriculumEnrolment e"
                        + " where e.curriculumId = :curriculum", Long.class)
                .setParameter("curriculum", curriculum.id())
                .getResultList());
        int added = 0;
        for (Long accountId : accountIds) {
            if (already.add(accountId)) {
                entityManager.persist(new CurriculumEnrolment(curriculum.id(), accountId, cohortId, startsOn,
                        clock.instant(), actor));
                added++;
            }
        }
        return added;
    }

    /** Locked so that two enrolments of the same curriculum at once cannot both add a learner. */
    private Curriculum locked(long curriculumId) {
        return Optional.ofNullable(entityManager.find(Curriculum.class, curriculumId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> CatalogRefusal.notFound("curriculum"));
    }

    private void refuseTakenCode(long programmeId, String code, Long exceptId) {
        boolean taken = entityManager.createQuery("select c from Curriculum c where c.programmeId = :programme"
                        + " and c.code = :code", Curriculum.class)
                .setParameter("programme", programmeId)
                .setParameter("code", code.strip())
                .getResultStream()
                .anyMatch(c -> !c.id().equals(exceptId));
        if (taken) {
            throw new CatalogRefusal(CatalogRefusal.Reason.CONFLICT, "code-taken",
                    "Another curriculum of this programme already uses this code.",
                    List.of(new DefinitionProblem("code", "Unique", "already in use in this programme")));
        }
    }

    /** Checks what Bean Validation cannot: the courses exist, appear once, and prerequisites form no cycle. */
    void check(CurriculumDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        if (definition.code() == null || !definition.code().strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            problems.add(new DefinitionProblem("code", "Pattern", "letters, digits, '.', '_' or '-', at most 40"));
        }
        if (definition.title() == null || definition.title().isBlank() || definition.title().strip().length() > 200) {
            problems.add(new DefinitionProblem("title", "NotBlank", "enter a title of at most 200 characters"));
        }
        if (definition.hoursPerDay() < 1 || definition.hoursPerDay() > 24) {
            problems.add(new DefinitionProblem("hoursPerDay", "Range", "from 1 to 24"));
        } else if (definition.hoursPerMonth() < definition.hoursPerDay() || definition.hoursPerMonth() > 744) {
            problems.add(new DefinitionProblem("hoursPerMonth", "Range", "from the hours per day to 744"));
        }
        if (definition.breaks().size() > MAX_BREAKS) {
            problems.add(new DefinitionProblem("breaks", "Size", "at most " + MAX_BREAKS + " breaks"));
        }
        if (definition.items().size() > MAX_ITEMS) {
            problems.add(new DefinitionProblem("items", "Size", "at most " + MAX_ITEMS + " items"));
        }
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < definition.items().size(); i++) {
            long courseId = definition.items().get(i).courseId();
            if (entityManager.find(Course.class, courseId) == null) {
                problems.add(new DefinitionProblem("items[" + i + "].courseId", "Exists", "no such course"));
            } else if (positions.putIfAbsent(courseId, i) != null) {
                problems.add(new DefinitionProblem("items[" + i + "].courseId", "Unique",
                        "this course is already item " + (positions.get(courseId) + 1)));
            }
        }
        for (int i = 0; i < definition.items().size(); i++) {
            CurriculumDefinition.ItemDefinition item = definition.items().get(i);
            for (Long required : item.prerequisites()) {
                if (required == null || !positions.containsKey(required)) {
                    problems.add(new DefinitionProblem("items[" + i + "].prerequisites", "Exists",
                            "a prerequisite must be another item of this curriculum"));
                } else if (required == item.courseId()) {
                    problems.add(new DefinitionProblem("items[" + i + "].prerequisites", "Cycle",
                            "an item cannot require itself"));
                }
            }
        }
        if (problems.isEmpty()) {
            firstInCycle(definition).ifPresent(i -> problems.add(new DefinitionProblem("items[" + i + "].prerequisites",
                    "Cycle", "the prerequisites go round in a circle, so this item could never start")));
        }
        if (!problems.isEmpty()) {
            throw CatalogRefusal.invalid(problems);
        }
    }

    /** Kahn's algorithm: an item left over once every item without open prerequisites is removed is in a cycle. */
    private static Optional<Integer> firstInCycle(CurriculumDefinition definition) {
        Map<Long, Set<Long>> open = new HashMap<>();
        for (CurriculumDefinition.ItemDefinition item : definition.items()) {
            open.put(item.courseId(), new HashSet<>(item.prerequisites()));
        }
        Deque<Long> free = new ArrayDeque<>();
        open.forEach((course, requires) -> {
            if (requires.isEmpty()) {
                free.add(course);
            }
        });
        while (!free.isEmpty()) {
            long done = free.poll();
            open.remove(done);
            open.forEach((course, requires) -> {
                if (requires.remove(done) && requires.isEmpty()) {
                    free.add(course);
                }
            });
        }
        for (int i = 0; i < definition.items().size(); i++) {
            if (open.containsKey(definition.items().get(i).courseId())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private void audit(String actor, String action, Curriculum curriculum, String detail) {
        auditLog.record(new AuditEntry(actor, action, "curriculum:" + curriculum.id(), detail, null, null));
    }
}
