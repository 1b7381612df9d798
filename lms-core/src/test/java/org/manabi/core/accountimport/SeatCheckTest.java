package org.manabi.core.accountimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.manabi.core.identity.Role;
import org.manabi.core.programme.Cohort;
import org.manabi.core.programme.OrganisationCap;
import org.manabi.core.programme.Programme;

class SeatCheckTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-08-25");
    private static final OrganisationRef SMALL = new OrganisationRef(1, "Small", 10);

    private static List<ImportRow> rows(int count, OrganisationRef organisation) {
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new ImportRow(i + 2, "u" + i, "N", null, Set.of(Role.LEARNER), null, organisation, List.of()));
        }
        return rows;
    }

    private static List<String> codes(List<ImportRow> rows) {
        return rows.stream().map(r -> r.errors().isEmpty() ? "ok" : r.errors().get(0).code()).toList();
    }

    @Test
    void theCohortFillsUpInFileOrder() {
        Programme programme = new Programme("p", "P", null, OrganisationCap.none(), null);
        Cohort cohort = new Cohort(1, "T", TODAY, TODAY.plusDays(30), 5, 0, null);
        assertEquals(List.of("ok", "ok", "CohortFull", "CohortFull"), codes(SeatCheck.apply(rows(4, null), programme,
                cohort, new SeatCheck.Taken(3, 3, 0, Map.of()), TODAY)));
    }

    @Test
    void theProgrammeCapAndTheOrganisationCapCount() {
        Programme capped = new Programme("p", "P", 10, OrganisationCap.none(), null);
        Cohort open = new Cohort(1, "T", TODAY, TODAY.plusDays(30), null, 0, null);
        assertEquals(List.of("ok", "ProgrammeFull"), codes(SeatCheck.apply(rows(2, null), capped, open,
                new SeatCheck.Taken(9, 0, 0, Map.of()), TODAY)));
        Programme bySize = new Programme("k", "K", 300, OrganisationCap.byEmployeeCount(30, 3, 5), null);
        assertEquals(List.of("ok", "ok", "OrganisationCapReached"), codes(SeatCheck.apply(rows(3, SMALL), bySize,
                open, new SeatCheck.Taken(0, 0, 0, Map.of(1L, 1L)), TODAY)), "under 30 employees: 3 seats");
    }

    @Test
    void rowsWithErrorsTakeNoSeatAndReservedSeatsStayReserved() {
        Programme programme = new Programme("p", "P", null, OrganisationCap.none(), null);
        Cohort reserved = new Cohort(1, "T", TODAY, TODAY.plusDays(30), 3, 2, TODAY.plusDays(1));
        List<ImportRow> rows = new ArrayList<>(rows(2, null));
        rows.add(0, new ImportRow(9, "bad", "", null, Set.of(), null, null,
                List.of(new RowError(9, "displayName", "Required", "x"))));
        assertEquals(List.of("Required", "ok", "SeatsReserved"), codes(SeatCheck.apply(rows, programme, reserved,
                new SeatCheck.Taken(0, 0, 0, Map.of()), TODAY)));
    }
}
