package org.manabi.content.curriculum;

/**
 * How fast a curriculum is meant to go: at most {@code hoursPerDay} on a study day and
 * {@code hoursPerMonth} in a calendar month, e.g. 3 and 60 for a full-time training run.
 */
public record Pace(int hoursPerMonth, int hoursPerDay) {

    public Pace {
        if (hoursPerDay < 1 || hoursPerDay > 24) {
            throw new IllegalArgumentException("hoursPerDay must be 1 to 24");
        }
        if (hoursPerMonth < hoursPerDay || hoursPerMonth > 744) {
            throw new IllegalArgumentException("hoursPerMonth must be from hoursPerDay to 744");
        }
    }
}
