package org.manabi.web.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.manabi.core.programme.Cohort;

/** A cohort (term) as an administrator sets it up; dates are ISO days, e.g. 2026-09-01. */
public record CohortRequest(
        @NotBlank(message = "enter a name") @Size(max = 200, message = "at most 200 characters")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "must not contain '<', '>' or control characters")
        String name,
        @NotNull(message = "enter the first day") LocalDate startsOn,
        @NotNull(message = "enter the last day") LocalDate endsOn,
        @Min(value = 1, message = "at least 1") @Max(value = 1_000_000, message = "at most 1,000,000") Integer seatLimit,
        @Min(value = 0, message = "cannot be negative") @Max(value = 1_000_000, message = "at most 1,000,000")
        Integer invitedReserve,
        LocalDate reserveReleasedOn) {

    public CohortRequest(String name, LocalDate startsOn, LocalDate endsOn, Integer seatLimit, Integer invitedReserve,
                         LocalDate reserveReleasedOn) {
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.seatLimit = seatLimit;
        this.invitedReserve = invitedReserve;
        this.reserveReleasedOn = reserveReleasedOn;
    }

    /** The field whose value contradicts another, with the reason, or {@code null}. */
    String[] inconsistency() {
        if (endsOn.isBefore(startsOn)) {
            return new String[] {"endsOn", "must be on or after the first day"};
        }
        int reserve = invitedReserve == null ? 0 : invitedReserve;
        if (reserve > 0 && seatLimit == null) {
            return new String[] {"seatLimit", "held seats need a seat limit to be held within"};
        }
        if (seatLimit != null && reserve > seatLimit) {
            return new String[] {"invitedReserve", "cannot be more than the seat limit"};
        }
        if (reserve > 0 && reserveReleasedOn == null) {
            return new String[] {"reserveReleasedOn", "say from which day unused held seats go to individuals"};
        }
        return null;
    }

    Cohort toCohort(long programmeId) {
        return new Cohort(programmeId, name.strip(), startsOn, endsOn, seatLimit,
                invitedReserve == null ? 0 : invitedReserve, reserveReleasedOn);
    }
}
