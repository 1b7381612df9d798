package org.manabi.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import org.manabi.core.audit.Actor;
import org.manabi.web.observability.ClientAddress;
import org.manabi.web.observability.CurrentRequest;

/** The signed-in person as an {@link Actor}: who, from which address, under which request id. */
public final class Actors {

    private Actors() {
    }

    /** Only for routes whose role check already passed, so a session exists; without one, 401. */
    public static Actor of(HttpServletRequest request) {
        SessionAccount account = CurrentSession.of(request)
                .orElseThrow(() -> new NotAuthorizedException("Session"));
        return new Actor(account.id(), account.loginId(), ClientAddress.of(request),
                CurrentRequest.requestId().orElse(null));
    }
}
