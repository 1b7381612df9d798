package org.manabi.content.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of a course: its description, sections and lessons. A published version is never
 * changed again; an edit of a published course makes a new draft version from it.
 */
@Entity
@Table(name = "course_version")
public class CourseVersion {

    @Id
    @SequenceGenerator(name = "course_version_seq", sequenceName = "course_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_version_seq")
    private Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private VersionState state;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "summary", length = 2000)
    private String summary;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 20)
    private Level level;

    @Column(name = "estimated_hours", nullable = false, precision = 6, scale = 1)
    private BigDecimal estimatedHours;

    @Column(name = "instructor", length = 200)
    private String instructor;

    @Column(name = "review_note", length = 500)
    private String reviewNote;

    @ElementCollection
    @CollectionTable(name = "course_version_tag", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false, length = 40)
    private List<String> tags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "course_version_objective", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "objective", nullable = false, length = 300)
    private List<String> objectives = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "course_version_prerequisite", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "code", nullable = false, length = 40)
    private List<String> prerequisites = new ArrayList<>();

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Section> sections = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 200)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 200)
    private String publishedBy;

    protected CourseVersion() {
    }

    CourseVersion(long courseId, int number, String createdBy, Instant now) {
        this.courseId = courseId;
        this.number = number;
        this.state = VersionState.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /**
     * Replaces the whole content with {@code definition}; only a draft may change. Files have been
     * stored already, so lessons hold only their digests.
     */
    void define(CourseDefinition definition, FileStore files) {
        if (state != VersionState.DRAFT) {
            throw new IllegalStateException("version " + id + " is " + state + " and cannot change");
        }
        this.title = definition.title();
        this.summary = definition.summary();
        this.language = definition.language();
        this.category = definition.category();
        this.level = definition.level();
        this.estimatedHours = BigDecimal.valueOf(definition.estimatedHours()).setScale(1, java.math.RoundingMode.HALF_UP);
        this.instructor = definition.instructor();
        this.reviewNote = definition.reviewNote();
        this.tags = new ArrayList<>(definition.tags());
        this.objectives = new ArrayList<>(definition.objectives());
        this.prerequisites = new ArrayList<>(definition.prerequisites());
        sections.clear();
        int position = 0;
        for (SectionDefinition section : definition.sections()) {
            sections.add(new Section(this, position++, section, files));
        }
    }

    void publish(String actor, Instant now) {
        this.state = VersionState.PUBLISHED;
        this.publishedBy = actor;
        this.publishedAt = now;
    }

    void supersede() {
        this.state = VersionState.SUPERSEDED;
    }

    /** The content as a definition, to copy into a new draft or to hand to an editor. */
    public CourseDefinition definition(String code, FileStore files) {
        return new CourseDefinition(code, title, summary, language, category, level, tags,
                estimatedHours.doubleValue(), prerequisites, objectives, instructor, reviewNote,
                sections.stream().map(s -> s.definition(files)).toList());
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public int number() {
        return number;
    }

    public VersionState state() {
        return state;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String language() {
        return language;
    }

    public Category category() {
        return category;
    }

    public Level level() {
        return level;
    }

    public double estimatedHours() {
        return estimatedHours.doubleValue();
    }

    public String instructor() {
        return instructor;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public List<String> objectives() {
        return List.copyOf(objectives);
    }

    public List<String> prerequisites() {
        return List.copyOf(prerequisites);
    }

    public List<Section> sections() {
        return List.copyOf(sections);
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public int lessonCount() {
        return sections.stream().mapToInt(s -> s.lessons().size()).sum();
    }

    public int totalMinutes() {
        return sections.stream().flatMap(s -> s.lessons().stream()).mapToInt(Lesson::minutes).sum();
    }
}
