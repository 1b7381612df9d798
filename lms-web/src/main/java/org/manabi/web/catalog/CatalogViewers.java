package org.manabi.web.catalog;

import jakarta.servlet.http.HttpServletRequest;
import org.manabi.content.catalog.CatalogViewer;
import org.manabi.core.identity.Role;
import org.manabi.web.security.CurrentSession;

/** Who is looking at the catalog, from the request's session (nobody when not signed in). */
public final class CatalogViewers {

    private CatalogViewers() {
    }

    public static CatalogViewer of(HttpServletRequest request) {
        return CurrentSession.of(request)
                .map(account -> new CatalogViewer(account.id(),
                        account.roles().contains(Role.INSTRUCTOR) || account.roles().contains(Role.ADMINISTRATOR),
                        account.roles().contains(Role.ADMINISTRATOR)))
                .orElse(CatalogViewer.anonymous());
    }

    /** The login id for the audit trail; the role check has already passed. */
    public static String actor(HttpServletRequest request) {
        return CurrentSession.of(request).map(account -> account.loginId()).orElse("anonymous");
    }
}
