package org.manabi.web.observability;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.manabi.core.audit.RequestOrigin;
import org.manabi.core.config.ManabiConfig;

/**
 * Wraps every request: gives it an id (echoed in {@code X-Request-Id}), sets the security headers,
 * and afterwards writes one JSON access-log line and records the request's duration.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestContextFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger ACCESS_LOG = Logger.getLogger(RequestIdLogHandler.ACCESS_LOGGER);
    private static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    /**
     * Request durations in milliseconds, by method and status class, named for their unit and
     * declared unit-less: Payara 6.2025.10 labels timer values as seconds while they hold
     * nanoseconds, and converts only some statistics of a millisecond histogram to seconds.
     */
    private static final Metadata REQUEST_DURATION = Metadata.builder()
            .withName("manabi.http.request.duration.milliseconds")
            .withDescription("Time to serve a request in milliseconds, by method and status class")
            .withUnit(MetricUnits.NONE)
            .build();
    public static final String REQUEST_ID_ATTRIBUTE = RequestContextFilter.class.getName() + ".requestId";

    @Inject
    transient MetricRegistry metrics;

    @Inject
    transient ManabiConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        request.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
        response.setHeader(RequestIds.HEADER, requestId);
        SecurityHeaders.apply(request, response);
        String client = ClientAddress.resolve(request.getRemoteAddr(), ClientAddress.forwardedFor(request),
                config.trustedProxies());
        request.setAttribute(ClientAddress.ATTRIBUTE, client);
        long started = System.nanoTime();
        CurrentRequest.begin(requestId);
        RequestOrigin.begin(client, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            try {
                record(request, response.getStatus(), requestId, System.nanoTime() - started);
            } finally {
                RequestOrigin.end();
                CurrentRequest.end();
            }
        }
    }

    private void record(HttpServletRequest request, int status, String requestId, long elapsedNanos) {
        ACCESS_LOG.info(new AccessLogEntry(Instant.now(), requestId, request.getMethod(), request.getRequestURI(),
                status, elapsedNanos / 1_000_000.0, ClientAddress.of(request), request.getHeader("User-Agent")).toJson());
        String method = KNOWN_METHODS.contains(request.getMethod()) ? request.getMethod() : "OTHER";
        metrics.histogram(REQUEST_DURATION, new Tag("method", method), new Tag("status", (status / 100) + "xx"))
                .update(elapsedNanos / 1_000_000);
    }
}
