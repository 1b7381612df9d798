package org.manabi.core.person;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.manabi.core.audit.AuditEvent;
import org.manabi.core.identity.AccountStatus;
import org.manabi.core.identity.ErasureRecord;
import org.manabi.core.identity.RevocationRequest;
import org.manabi.core.identity.Role;
import org.manabi.core.programme.LearnerSeats.HeldSeat;

/**
 * What Manabi holds about one person.
 *
 * @param organisationName the organisation's name, or {@code null} when in none
 * @param revocations      revocation requests about the account, newest first
 * @param erasures         erasure records, empty unless the account was deleted
 * @param trail            audit entries where the person acted or was acted upon; empty except in an export
 */
public record PersonFile(long id, String loginId, String displayName, String email, Set<Role> roles,
                         AccountStatus status, Long organisationId, String organisationName, String department,
                         String preferredLanguage, boolean mustChangePassword, Instant createdAt,
                         Instant passwordChangedAt, List<HeldSeat> seats, List<RevocationRequest> revocations,
                         List<ErasureRecord> erasures, List<AuditEvent> trail) {
}
