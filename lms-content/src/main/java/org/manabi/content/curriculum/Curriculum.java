package org.manabi.content.curriculum;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered set of courses within a programme, with its pace and breaks. Items, breaks and
 * prerequisites are values of the curriculum: an edit replaces them all at once.
 */
@Entity
@Table(name = "curriculum")
public class Curriculum {

    @Id
    @SequenceGenerator(name = "curriculum_seq", sequenceName = "curriculum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curriculum_seq")
    private Long id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "hours_per_month", nullable = false)
    private int hoursPerMonth;

    @Column(name = "hours_per_day", nullable = false)
    private int hoursPerDay;

    @ElementCollection
    @CollectionTable(name = "curriculum_break", joinColumns = @JoinColumn(name = "curriculum_id"))
    @OrderColumn(name = "position")
    private List<StoredBreak> breaks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "curriculum_item", joinColumns = @JoinColumn(name = "curriculum_id"))
    @OrderColumn(name = "position")
    private List<CurriculumItem> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "curriculum_prerequisite", joinColumns = @JoinColumn(name = "curriculum_id"))
    private Set<Prerequisite> prerequisites = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Curriculum() {
    }

    Curriculum(long programmeId, CurriculumDefinition definition, Instant now) {
        this.programmeId = programmeId;
        this.createdAt = now;
        define(definition, now);
    }

    /** Replaces everything but the programme with {@code definition}, which has been checked. */
    void define(CurriculumDefinition definition, Instant now) {
        this.code = definition.code().strip();
        this.title = definition.title().strip();
        this.description = definition.description() == null || definition.description().isBlank()
                ? null : definition.description().strip();
        this.hoursPerMonth = definition.hoursPerMonth();
        this.hoursPerDay = definition.hoursPerDay();
        this.breaks.clear();
        definition.breaks().forEach(period -> breaks.add(new StoredBreak(period)));
        this.items.clear();
        this.prerequisites.clear();
        for (CurriculumDefinition.ItemDefinition item : definition.items()) {
            items.add(new CurriculumItem(item.courseId(), item.required()));
            item.prerequisites().forEach(required -> prerequisites.add(new Prerequisite(item.courseId(), required)));
        }
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public long programmeId() {
        return programmeId;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Pace pace() {
        return new Pace(hoursPerMonth, hoursPerDay);
    }

    public List<BreakPeriod> breaks() {
        return breaks.stream().map(StoredBreak::period).toList();
    }

    public List<CurriculumItem> items() {
        return List.copyOf(items);
    }

    /** The course ids that must be done before {@code courseId}, in the order of the items. */
    public List<Long> prerequisitesOf(long courseId) {
        Set<Long> required = new HashSet<>();
        prerequisites.stream().filter(p -> p.courseId() == courseId).forEach(p -> required.add(p.requiresCourseId()));
        return items.stream().map(CurriculumItem::courseId).filter(required::contains).toList();
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
