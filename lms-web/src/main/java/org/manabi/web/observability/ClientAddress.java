package org.manabi.web.observability;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The address a request really came from. Behind a reverse proxy every request arrives from the
 * proxy, so throttles and the audit trail would see one address; when the direct peer is one of
 * the trusted proxies ({@code MANABI_TRUSTED_PROXIES}), the client is the right-most address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy. A header from anyone else is ignored,
 * since a client can write whatever it likes there.
 */
public final class ClientAddress {

    static final String ATTRIBUTE = ClientAddress.class.getName();

    private ClientAddress() {
    }

    static String resolve(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (peer == null || forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    /**
     * Every X-Forwarded-For line as one list: a proxy may append its own line rather than extend the
     * client's, and the first line alone would then be the one the client wrote.
     */
    static String forwardedFor(HttpServletRequest request) {
        List<String> lines = Collections.list(request.getHeaders("X-Forwarded-For"));
        return lines.isEmpty() ? null : String.join(",", lines);
    }

    /** The client address the request filter worked out, or the direct peer outside it. */
    public static String of(HttpServletRequest request) {
        Object resolved = request.getAttribute(ATTRIBUTE);
        return resolved instanceof String address ? address : request.getRemoteAddr();
    }
}
