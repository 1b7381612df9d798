package org.manabi.core.testsupport;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when a program it needs (a browser, a database server) is absent: in CI
 * ({@code CI=true}) it fails with a clear message; elsewhere it is skipped, loudly. It never passes.
 */
public final class ExternalProgram {

    private ExternalProgram() {
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Stops the current test because {@code what} is missing; {@code howToGetIt} tells the reader the fix. */
    public static void missing(String what, String reason, String howToGetIt) {
        String message = what + " is not available (" + reason + "). " + howToGetIt;
        if (inCi()) {
            Assertions.fail("CI=true and " + message);
        }
        System.err.println("[SKIPPED TIER] " + message);
        Assumptions.abort(message);
    }
}
