package org.manabi.web.account;

import java.time.Instant;
import org.manabi.core.identity.RevocationRequest;

/**
 * A revocation request as administrators see it.
 *
 * @param accountLoginId     the account's login id, when the caller lists pending requests
 * @param accountDisplayName the account's name, likewise
 */
public record RevocationRequestView(long id, long accountId, String accountLoginId, String accountDisplayName,
                                    String reason, String requestedBy, Instant requestedAt, String status,
                                    String decidedBy, Instant decidedAt, String decisionNote) {

    static RevocationRequestView of(RevocationRequest request) {
        return of(request, null, null);
    }

    static RevocationRequestView of(RevocationRequest request, String loginId, String displayName) {
        return new RevocationRequestView(request.id(), request.accountId(), loginId, displayName, request.reason(),
                request.requestedBy(), request.requestedAt(), request.status().name(), request.decidedBy(),
                request.decidedAt(), request.decisionNote());
    }
}
