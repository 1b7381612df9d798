package org.manabi.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.audit.AuditEvent;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.audit.AuditQuery;
import org.manabi.web.problem.Problems;
import org.manabi.web.security.Actors;

/** The audit trail for administrators: searched page by page, or exported as CSV. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class AuditResource {

    static final String EXPORTED = "AUDIT_EXPORTED";
    static final int MAX_LIMIT = 500;
    /** Deep paging gets slow and is never what a person wants; narrow the filters instead. */
    static final int MAX_OFFSET = 100_000;
    /** One export is at most this many rows; narrow the filters for more. */
    static final int MAX_EXPORT = 100_000;
    private static final int EXPORT_PAGE = 1_000;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    /**
     * The limit and offset are checked here rather than with {@code @Min}/{@code @Max}: Payara
     * 6.2025.10's OpenAPI generator fails on Bean Validation constraints on query parameters.
     */
    @GET
    @Operation(summary = "Audit entries matching every filter given, newest first (limit 1 to 500, default 50; "
            + "from/to are days in Japan or ISO instants)")
    public Response search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                           @QueryParam("target") String target, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("q") String text,
                           @QueryParam("limit") @DefaultValue("50") int limit,
                           @QueryParam("offset") @DefaultValue("0") int offset, @Context UriInfo uriInfo) {
        String path = uriInfo.getRequestUri().getRawPath();
        if (limit < 1 || limit > MAX_LIMIT) {
            return Problems.invalid(path, "limit", "must be from 1 to " + MAX_LIMIT, "Range");
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            return Problems.invalid(path, "offset", "must be from 0 to " + MAX_OFFSET, "Range");
        }
        AuditFilter.Result filter = new AuditFilter(actor, action, target, from, to, text).toQuery();
        if (!filter.errors().isEmpty()) {
            return Problems.invalid(path, filter.errors());
        }
        List<AuditEventView> events = auditLog.search(filter.query(), offset, limit).stream()
                .map(AuditEventView::of).toList();
        return Response.ok(events).build();
    }

    @GET
    @Path("export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The entries matching the same filters as a CSV download (UTF-8 with BOM); audited")
    public Response export(@QueryParam("actor") String actor, @QueryParam("action") String action,
                           @QueryParam("target") String target, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("q") String text, @Context UriInfo uriInfo) {
        String path = uriInfo.getRequestUri().getRawPath();
        AuditFilter.Result filter = new AuditFilter(actor, action, target, from, to, text).toQuery();
        if (!filter.errors().isEmpty()) {
            return Problems.invalid(path, filter.errors());
        }
        Instant now = clock.instant();
        // Fixing the end at "now" keeps the pages stable while new entries (this export's own among
        // them) are written during the download.
        AuditQuery query = filter.query();
        AuditQuery bounded = new AuditQuery(query.actor(), query.action(), query.target(), query.from(),
                query.to() == null || query.to().isAfter(now) ? now : query.to(), query.text());
        auditLog.record(Actors.of(request).entry(EXPORTED, null, describe(query)));
        StreamingOutput body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            CSVPrinter printer = AuditCsv.open(writer);
            int written = 0;
            while (written < MAX_EXPORT) {
                List<AuditEvent> page = auditLog.search(bounded, written, Math.min(EXPORT_PAGE, MAX_EXPORT - written));
                for (AuditEvent event : page) {
                    AuditCsv.print(printer, AuditEventView.of(event));
                }
                written += page.size();
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
            }
            printer.flush();
        };
        String name = "manabi-audit-" + LocalDate.ofInstant(now, AuditFilter.ZONE) + ".csv";
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    /** The filters of an export, for its audit entry; the free-text filter is left out, as it may be a name. */
    private static String describe(AuditQuery query) {
        StringBuilder detail = new StringBuilder("filters:");
        append(detail, "actor", query.actor());
        append(detail, "action", query.action());
        append(detail, "target", query.target());
        append(detail, "from", query.from());
        append(detail, "to", query.to());
        if (query.text() != null) {
            detail.append(" text");
        }
        return detail.toString();
    }

    private static void append(StringBuilder detail, String name, Object value) {
        if (value != null) {
            detail.append(' ').append(name).append('=').append(value);
        }
    }
}
