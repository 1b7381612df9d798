package org.manabi.content.curriculum;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Days off that come back every year, such as Obon (08-13..08-15) or the new year
 * (12-29..01-03). A period whose last day comes before its first runs over the new year.
 */
public record BreakPeriod(MonthDay firstDay, MonthDay lastDay) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MM-dd");

    public BreakPeriod {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
    }

    /** Reads {@code MM-DD}; empty when the text is not a day of the year (02-29 is one). */
    public static Optional<BreakPeriod> parse(String firstDay, String lastDay) {
        return monthDay(firstDay).flatMap(first -> monthDay(lastDay).map(last -> new BreakPeriod(first, last)));
    }

    static Optional<MonthDay> monthDay(String text) {
        if (text == null || !text.matches("\\d\\d-\\d\\d")) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.parse("--" + text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public boolean contains(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        if (!lastDay.isBefore(firstDay)) {
            return !md.isBefore(firstDay) && !md.isAfter(lastDay);
        }
        return !md.isBefore(firstDay) || !md.isAfter(lastDay);
    }

    public String firstDayText() {
        return firstDay.format(FORMAT);
    }

    public String lastDayText() {
        return lastDay.format(FORMAT);
    }
}
