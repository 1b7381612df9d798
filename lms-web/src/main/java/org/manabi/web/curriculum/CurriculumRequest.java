package org.manabi.web.curriculum;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.manabi.content.curriculum.BreakPeriod;
import org.manabi.content.curriculum.CurriculumDefinition;

/**
 * A curriculum as an administrator writes it. Items are in the order they are meant to be taken;
 * prerequisites name the course ids of other items. Breaks are {@code MM-DD} days, every year.
 */
public record CurriculumRequest(
        @NotBlank(message = "enter a code")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}", message = "letters, digits, '.', '_' or '-', at most 40")
        String code,
        @NotBlank(message = "enter a title") @Size(max = 200, message = "at most 200 characters")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "must not contain '<', '>' or control characters")
        String title,
        @Size(max = 2000, message = "at most 2000 characters")
        @Pattern(regexp = "[^<>\\x00-\\x09\\x0B-\\x1F\\x7F]*",
                message = "must not contain '<', '>' or control characters")
        String description,
        @NotNull(message = "enter the hours per month") @Min(value = 1, message = "at least 1")
        @Max(value = 744, message = "at most 744") Integer hoursPerMonth,
        @NotNull(message = "enter the hours per day") @Min(value = 1, message = "at least 1")
        @Max(value = 24, message = "at most 24") Integer hoursPerDay,
        @Size(max = 20, message = "at most 20 breaks") List<@Valid @NotNull BreakRequest> breaks,
        @NotNull(message = "list the items, or none") @Size(max = 200, message = "at most 200 items")
        List<@Valid @NotNull ItemRequest> items) {

    public CurriculumRequest(String code, String title, String description, Integer hoursPerMonth, Integer hoursPerDay,
                             List<BreakRequest> breaks, List<ItemRequest> items) {
        this.code = code;
        this.title = title;
        this.description = description;
        this.hoursPerMonth = hoursPerMonth;
        this.hoursPerDay = hoursPerDay;
        this.breaks = breaks;
        this.items = items;
    }

    /** A yearly break, e.g. 12-29 to 01-03. */
    public record BreakRequest(
            @NotNull(message = "enter the first day") @Pattern(regexp = "\\d\\d-\\d\\d", message = "as MM-DD")
            String firstDay,
            @NotNull(message = "enter the last day") @Pattern(regexp = "\\d\\d-\\d\\d", message = "as MM-DD")
            String lastDay) {

        public BreakRequest(String firstDay, String lastDay) {
            this.firstDay = firstDay;
            this.lastDay = lastDay;
        }
    }

    /** One course; {@code required} defaults to true. */
    public record ItemRequest(
            @NotNull(message = "choose a course") Long courseId,
            Boolean required,
            @Size(max = 200, message = "at most 200 prerequisites") List<Long> prerequisites) {

        public ItemRequest(Long courseId, Boolean required, List<Long> prerequisites) {
            this.courseId = courseId;
            this.required = required;
            this.prerequisites = prerequisites;
        }
    }

    /** The field of the first break that is not a day of the year (02-30), or {@code null}. */
    String invalidBreak() {
        List<BreakRequest> given = breaks == null ? List.of() : breaks;
        for (int i = 0; i < given.size(); i++) {
            if (BreakPeriod.parse(given.get(i).firstDay(), "01-01").isEmpty()) {
                return "breaks[" + i + "].firstDay";
            }
            if (BreakPeriod.parse("01-01", given.get(i).lastDay()).isEmpty()) {
                return "breaks[" + i + "].lastDay";
            }
        }
        return null;
    }

    CurriculumDefinition toDefinition() {
        List<BreakPeriod> periods = (breaks == null ? List.<BreakRequest>of() : breaks).stream()
                .map(b -> BreakPeriod.parse(b.firstDay(), b.lastDay()).orElseThrow())
                .toList();
        List<CurriculumDefinition.ItemDefinition> definitions = items.stream()
                .map(item -> new CurriculumDefinition.ItemDefinition(item.courseId(),
                        item.required() == null || item.required(),
                        item.prerequisites() == null ? List.of() : item.prerequisites().stream()
                                .filter(java.util.Objects::nonNull).toList()))
                .toList();
        return new CurriculumDefinition(code, title, description, hoursPerMonth, hoursPerDay, periods, definitions);
    }
}
