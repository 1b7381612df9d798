package org.manabi.core.system;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The server's managed executor, for work that outlives a request (imports, index rebuilds, the
 * bundled library). Looked up by name: Payara does not inject {@code @Resource} fields into beans of
 * a library jar (see {@code ApplicationDataSource}).
 */
public final class BackgroundWork {

    static final String EXECUTOR = "java:comp/DefaultManagedExecutorService";

    private BackgroundWork() {
    }

    public static ManagedExecutorService executor() {
        try {
            return InitialContext.doLookup(EXECUTOR);
        } catch (NamingException e) {
            throw new IllegalStateException("No managed executor at " + EXECUTOR, e);
        }
    }
}
