package org.manabi.core.accountimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.manabi.core.programme.Cohort;
import org.manabi.core.programme.Programme;
import org.manabi.core.programme.SeatRules;

/**
 * Whether every valid row would get a seat, counted as {@link SeatRules} would while the rows are
 * seated one by one in file order: the preview shows the very rows the commit would refuse.
 * Organisations have no "invited" mark yet, so imported people never draw on a cohort's reserve.
 */
public final class SeatCheck {

    /**
     * Seats already given.
     *
     * @param byOrganisation seats in the programme per organisation id
     */
    public record Taken(long inProgramme, long inCohort, long invitedInCohort, Map<Long, Long> byOrganisation) {
    }

    private SeatCheck() {
    }

    public static List<ImportRow> apply(List<ImportRow> rows, Programme programme, Cohort cohort, Taken taken,
                                        LocalDate today) {
        long inProgramme = taken.inProgramme();
        long inCohort = taken.inCohort();
        long invitedInCohort = taken.invitedInCohort();
        Map<Long, Long> byOrganisation = new HashMap<>(taken.byOrganisation());
        List<ImportRow> checked = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            if (!row.valid()) {
                checked.add(row);
                continue;
            }
            Long organisationId = row.organisationId();
            boolean invited = programme.invites(organisationId);
            SeatRules.Request request = new SeatRules.Request(organisationId, invited,
                    row.organisation() == null ? null : row.organisation().employeeCount());
            long ofOrganisation = organisationId == null ? 0 : byOrganisation.getOrDefault(organisationId, 0L);
            SeatRules.Decision decision = SeatRules.decide(programme, cohort, new SeatRules.Counts(inProgramme,
                    inCohort, invitedInCohort, ofOrganisation), request, today);
            if (decision == SeatRules.Decision.GRANTED) {
                inProgramme++;
                inCohort++;
                invitedInCohort += invited ? 1 : 0;
                if (organisationId != null) {
                    byOrganisation.merge(organisationId, 1L, Long::sum);
                }
                checked.add(row);
            } else {
                checked.add(row.withError(error(row.line(), decision)));
            }
        }
        return checked;
    }

    static RowError error(int line, SeatRules.Decision decision) {
        return switch (decision) {
            case PROGRAMME_FULL -> new RowError(line, "seat", "ProgrammeFull", "the programme has no seat left");
            case COHORT_FULL -> new RowError(line, "seat", "CohortFull", "the cohort has no seat left");
            case RESERVED_FOR_INVITED_ORGANISATIONS -> new RowError(line, "seat", "SeatsReserved",
                    "the seats left are held for invited organisations until their release date");
            case ORGANISATION_CAP_REACHED -> new RowError(line, "seat", "OrganisationCapReached",
                    "the organisation already has as many seats as it may hold in this programme");
            case COHORT_CANCELLED -> new RowError(line, "seat", "CohortCancelled", "this run was cancelled");
            case GRANTED -> throw new IllegalArgumentException("a granted seat is not an error");
        };
    }
}
