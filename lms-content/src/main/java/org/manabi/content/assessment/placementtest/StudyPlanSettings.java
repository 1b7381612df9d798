package org.manabi.content.assessment.placementtest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.manabi.content.catalog.Level;

/**
 * What a learner's study plan is made from: the scale, the level placed at, the target, the weekly
 * hours and the dates. One row per learner, replaced when they change it; the plan itself is
 * computed when it is viewed, from these, the catalog and the lessons they have completed.
 */
@Entity
@Table(name = "study_plan_settings")
public class StudyPlanSettings {

    @Id
    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "scale", nullable = false, length = 20)
    private String scale;

    @Enumerated(EnumType.STRING)
    @Column(name = "placed_level", length = 20)
    private Level placedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level", nullable = false, length = 20)
    private Level targetLevel;

    @Column(name = "minutes_per_week", nullable = false)
    private int minutesPerWeek;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StudyPlanSettings() {
    }

    StudyPlanSettings(long accountId) {
        this.accountId = accountId;
    }

    void set(String scale, Level placedLevel, Level targetLevel, int minutesPerWeek, LocalDate startsOn,
             LocalDate endsOn, Instant now) {
        this.scale = scale;
        this.placedLevel = placedLevel;
        this.targetLevel = targetLevel;
        this.minutesPerWeek = minutesPerWeek;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.updatedAt = now;
    }

    public long accountId() {
        return accountId;
    }

    public String scale() {
        return scale;
    }

    /** Empty when the placement found the learner below the scale's easiest level. */
    public Optional<Level> placedLevel() {
        return Optional.ofNullable(placedLevel);
    }

    public Level targetLevel() {
        return targetLevel;
    }

    public int minutesPerWeek() {
        return minutesPerWeek;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
