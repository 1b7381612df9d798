package org.manabi.content.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A {@link BreakPeriod} as stored: two {@code MM-DD} texts, which both databases compare and show plainly. */
@Embeddable
public class StoredBreak {

    @Column(name = "first_day", nullable = false, length = 5)
    private String firstDay;

    @Column(name = "last_day", nullable = false, length = 5)
    private String lastDay;

    protected StoredBreak() {
    }

    StoredBreak(BreakPeriod period) {
        this.firstDay = period.firstDayText();
        this.lastDay = period.lastDayText();
    }

    BreakPeriod period() {
        return BreakPeriod.parse(firstDay, lastDay).orElseThrow();
    }
}
