package org.manabi.core.system;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where the server is in its life. Readiness is reported only once start-up finished, and is
 * withdrawn as soon as shutdown begins so a load balancer stops sending new requests first.
 */
@ApplicationScoped
public class ServerState {

    /** The phases a server goes through, in order; {@code FAILED} ends start-up early. */
    public enum Phase { STARTING, READY, FAILED, STOPPING }

    private volatile Phase phase = Phase.STARTING;
    private volatile String failure;

    public Phase phase() {
        return phase;
    }

    /** Why start-up failed, for operators' eyes (logs and health details), or {@code null}. */
    public String failure() {
        return failure;
    }

    public boolean isReady() {
        return phase == Phase.READY;
    }

    void markReady() {
        phase = Phase.READY;
    }

    void markFailed(String reason) {
        failure = reason;
        phase = Phase.FAILED;
    }

    public void markStopping() {
        phase = Phase.STOPPING;
    }
}
