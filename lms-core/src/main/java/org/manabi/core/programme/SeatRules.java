package org.manabi.core.programme;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * Decides whether one more seat may be given. Pure: it sees the counts as they are inside the
 * caller's lock ({@link SeatAllocation}), and the day it is in Tokyo.
 */
public final class SeatRules {

    /** Why a seat was or was not given. */
    public enum Decision {
        GRANTED,
        PROGRAMME_FULL,
        COHORT_FULL,
        /** Only seats held back for invited organisations are left, and they are not released yet. */
        RESERVED_FOR_INVITED_ORGANISATIONS,
        ORGANISATION_CAP_REACHED,
        /** The run was cancelled (too few applicants). */
        COHORT_CANCELLED
    }

    /**
     * Who asks for a seat.
     *
     * @param organisationId     the learner's organisation, or {@code null} for an individual applicant
     * @param invited            whether that organisation was invited (e.g. took part in the city's workshop)
     * @param employeeCount      the organisation's size, for size-dependent caps
     */
    public record Request(Long organisationId, boolean invited, Integer employeeCount) {

        public static Request individual() {
            return new Request(null, false, null);
        }
    }

    /**
     * Seats already given, counted under the programme's lock.
     *
     * @param inProgramme           in the whole programme
     * @param inCohort              in this cohort
     * @param invitedInCohort       in this cohort, to members of invited organisations
     * @param organisationInProgramme in the programme, to the requester's organisation
     */
    public record Counts(long inProgramme, long inCohort, long invitedInCohort, long organisationInProgramme) {
    }

    private SeatRules() {
    }

    public static Decision decide(Programme programme, Cohort cohort, Counts counts, Request request, LocalDate today) {
        if (cohort.cancelled()) {
            return Decision.COHORT_CANCELLED;
        }
        if (programme.seatLimit() != null && counts.inProgramme() >= programme.seatLimit()) {
            return Decision.PROGRAMME_FULL;
        }
        if (cohort.seatLimit() != null) {
            long free = cohort.seatLimit() - counts.inCohort();
            if (free <= 0) {
                return Decision.COHORT_FULL;
            }
            boolean fromReserve = request.organisationId() != null && request.invited();
            if (!fromReserve && !cohort.reserveReleased(today)) {
                long unusedReserve = Math.max(0, cohort.invitedReserve() - counts.invitedInCohort());
                if (free - unusedReserve <= 0) {
                    return Decision.RESERVED_FOR_INVITED_ORGANISATIONS;
                }
            }
        }
        if (request.organisationId() != null) {
            OptionalInt cap = programme.organisationCap().capFor(request.employeeCount());
            if (cap.isPresent() && counts.organisationInProgramme() >= cap.getAsInt()) {
                return Decision.ORGANISATION_CAP_REACHED;
            }
        }
        return Decision.GRANTED;
    }
}
