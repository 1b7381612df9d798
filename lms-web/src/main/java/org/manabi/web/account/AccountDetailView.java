package org.manabi.web.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.manabi.core.identity.ErasureRecord;
import org.manabi.core.identity.Role;
import org.manabi.core.person.PersonFile;
import org.manabi.core.programme.LearnerSeats.HeldSeat;

/** One person's account with their organisation, seats and lifecycle history: no password, no hash. */
public record AccountDetailView(long id, String loginId, String displayName, String email, List<String> roles,
                                String status, Long organisationId, String organisationName, String department,
                                String preferredLanguage, boolean mustChangePassword, Instant createdAt,
                                Instant passwordChangedAt, List<SeatView> seats,
                                List<RevocationRequestView> revocations, List<ErasureView> erasures) {

    /** A seat the person holds. */
    public record SeatView(long seatId, long programmeId, String programmeCode, String programmeName, long cohortId,
                           String cohortName, LocalDate startsOn, LocalDate endsOn, Instant grantedAt) {

        static SeatView of(HeldSeat seat) {
            return new SeatView(seat.seatId(), seat.programmeId(), seat.programmeCode(), seat.programmeName(),
                    seat.cohortId(), seat.cohortName(), seat.startsOn(), seat.endsOn(), seat.grantedAt());
        }
    }

    /** What was erased from the account, when, by whom and why. */
    public record ErasureView(List<String> erasedFields, Instant erasedAt, String erasedBy, String reason) {

        static ErasureView of(ErasureRecord record) {
            return new ErasureView(record.erasedFields(), record.erasedAt(), record.erasedBy(), record.reason());
        }
    }

    static AccountDetailView of(PersonFile file) {
        return new AccountDetailView(file.id(), file.loginId(), file.displayName(), file.email(),
                file.roles().stream().map(Role::name).sorted().toList(), file.status().name(), file.organisationId(),
                file.organisationName(), file.department(), file.preferredLanguage(), file.mustChangePassword(),
                file.createdAt(), file.passwordChangedAt(), file.seats().stream().map(SeatView::of).toList(),
                file.revocations().stream().map(RevocationRequestView::of).toList(),
                file.erasures().stream().map(ErasureView::of).toList());
    }
}
