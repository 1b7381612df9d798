package org.manabi.web.programme;

import java.time.LocalDate;
import java.util.List;
import org.manabi.core.programme.Cohort;
import org.manabi.core.programme.Programme;
import org.manabi.core.programme.ProgrammeCatalogue;

/** A programme with its cohorts and the seats each has given. */
public record ProgrammeView(long id, String code, String name, Integer seatLimit, long seatsTaken,
                            Integer accessMonths, String organisationCap, Integer capFixed, Integer capSmall,
                            Integer capLarge, Integer employeeThreshold, List<CohortView> cohorts,
                            List<Long> invitedOrganisationIds) {

    /** A cohort with its dates and seats. */
    public record CohortView(long id, String name, LocalDate startsOn, LocalDate endsOn, Integer seatLimit,
                             int invitedReserve, LocalDate reserveReleasedOn, long seatsTaken, boolean cancelled) {

        static CohortView of(ProgrammeCatalogue.CohortSeats seats) {
            Cohort c = seats.cohort();
            return new CohortView(c.id(), c.name(), c.startsOn(), c.endsOn(), c.seatLimit(), c.invitedReserve(),
                    c.reserveReleasedOn(), seats.seatsTaken(), c.cancelled());
        }
    }

    static ProgrammeView of(ProgrammeCatalogue.ProgrammeSeats seats) {
        Programme p = seats.programme();
        return new ProgrammeView(p.id(), p.code(), p.name(), p.seatLimit(), seats.seatsTaken(), p.accessMonths(),
                p.organisationCap().describe(), p.organisationCap().fixedSeats(), p.organisationCap().smallSeats(),
                p.organisationCap().largeSeats(), p.organisationCap().employeeThreshold(), seats.cohorts().stream().map(CohortView::of).toList(),
                p.invitedOrganisationIds().stream().sorted().toList());
    }
}
