package org.manabi.web.accountimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.accountimport.AccountImport;
import org.manabi.core.accountimport.AccountImportJobs;
import org.manabi.core.accountimport.AccountImportWriter;
import org.manabi.core.accountimport.Analysis;
import org.manabi.core.accountimport.Column;
import org.manabi.core.accountimport.CredentialsCsv;
import org.manabi.core.accountimport.ImportBusy;
import org.manabi.core.accountimport.ImportFileException;
import org.manabi.core.accountimport.ImportJob;
import org.manabi.core.accountimport.ImportRejected;
import org.manabi.core.accountimport.ImportRequest;
import org.manabi.core.accountimport.SourceEncoding;
import org.manabi.web.observability.ClientAddress;
import org.manabi.web.observability.CurrentRequest;
import org.manabi.web.problem.FieldViolation;
import org.manabi.web.problem.Problems;
import org.manabi.web.upload.UploadBody;
import org.manabi.web.security.CurrentSession;
import org.manabi.web.security.SessionAccount;

/**
 * Imports accounts from a CSV file sent as the request body ({@code text/csv}). The same body and
 * query parameters go to the preview and to the commit, so the commit checks exactly what the
 * administrator saw. Query parameters are checked here, by hand: Payara's OpenAPI generator fails
 * on Bean Validation constraints on them.
 */
@Path("account-imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class AccountImportResource {

    private static final int MAX_FILE_NAME = 255;

    @Inject
    AccountImport imports;

    @Inject
    AccountImportJobs jobs;

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    /** Browsers label a .csv file in several ways; Windows with Excel installed says vnd.ms-excel. */
    @POST
    @Path("preview")
    @Consumes({"text/csv", "text/plain", "application/octet-stream", "application/vnd.ms-excel",
        "text/tab-separated-values"})
    @Operation(summary = "Read a CSV file and report, row by row, what an import would do; nothing is written")
    public Response preview(InputStream body, @HeaderParam("Content-Length") String contentLength,
                            @QueryParam("fileName") String fileName, @QueryParam("encoding") String encoding,
                            @QueryParam("organisationId") String organisationId,
                            @QueryParam("cohortId") String cohortId,
                            @QueryParam("loginIdColumn") String loginIdColumn,
                            @QueryParam("displayNameColumn") String displayNameColumn,
                            @QueryParam("emailColumn") String emailColumn, @QueryParam("roleColumn") String roleColumn,
                            @QueryParam("departmentColumn") String departmentColumn,
                            @QueryParam("organisationColumn") String organisationColumn) {
        try {
            ImportRequest importRequest = importRequest(body, contentLength, fileName, encoding, organisationId,
                    cohortId, columns(loginIdColumn, displayNameColumn, emailColumn, roleColumn, departmentColumn,
                            organisationColumn));
            return Response.ok(PreviewView.of(imports.analyse(importRequest, account().viewer()))).build();
        } catch (Refusal refusal) {
            return refusal.response;
        } catch (ImportFileException e) {
            return fileProblem(e);
        }
    }

    @POST
    @Consumes({"text/csv", "text/plain", "application/octet-stream", "application/vnd.ms-excel",
        "text/tab-separated-values"})
    @Operation(summary = "Import every row of a CSV file, all or nothing, in the background; poll the job it returns")
    public Response commit(InputStream body, @HeaderParam("Content-Length") String contentLength,
                           @QueryParam("fileName") String fileName, @QueryParam("encoding") String encoding,
                           @QueryParam("organisationId") String organisationId, @QueryParam("cohortId") String cohortId,
                           @QueryParam("loginIdColumn") String loginIdColumn,
                           @QueryParam("displayNameColumn") String displayNameColumn,
                           @QueryParam("emailColumn") String emailColumn, @QueryParam("roleColumn") String roleColumn,
                           @QueryParam("departmentColumn") String departmentColumn,
                           @QueryParam("organisationColumn") String organisationColumn) {
        SessionAccount account = account();
        try {
            ImportRequest importRequest = importRequest(body, contentLength, fileName, encoding, organisationId,
                    cohortId, columns(loginIdColumn, displayNameColumn, emailColumn, roleColumn, departmentColumn,
                            organisationColumn));
            Analysis analysis = imports.analyse(importRequest, account.viewer());
            ImportJob job = jobs.start(analysis, account.id(), new AccountImportWriter.Actor(account.loginId(),
                    ClientAddress.of(request), CurrentRequest.requestId().orElse(null)));
            return Response.accepted(ImportJobView.of(job))
                    .location(URI.create("/api/account-imports/" + job.id()))
                    .build();
        } catch (Refusal refusal) {
            return refusal.response;
        } catch (ImportFileException e) {
            return fileProblem(e);
        } catch (ImportRejected e) {
            return Problems.response(400, "import-rows", "Rows with errors",
                    "Nothing was imported: " + e.errors().size() + " problems in the rows; fix them and send the "
                            + "file again. Each error names the line (as Excel numbers rows) and the field.", path(),
                    e.errors().stream().map(error -> new FieldViolation("lines[" + error.line() + "]."
                            + error.field(), error.reason(), error.code())).toList());
        } catch (ImportBusy e) {
            return Problems.response(409, "import-running", "Another import is running",
                    "Imports run one at a time. Wait until the other one ends, then try again.", path());
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The progress of an import this administrator started")
    public ImportJobView job(@PathParam("id") String id) {
        return jobs.find(id, account().id()).map(ImportJobView::of).orElseThrow(NotFoundException::new);
    }

    /** A POST, not a GET: it hands the passwords out once, and must carry the session's CSRF token. */
    @POST
    @Path("{id}/credentials")
    @Produces({"text/csv", "application/problem+json"})
    @Operation(summary = "The one-time passwords of a finished import, as CSV (UTF-8 with BOM); only once")
    public Response credentials(@PathParam("id") String id) {
        ImportJob job = jobs.find(id, account().id()).orElseThrow(NotFoundException::new);
        return job.takeCredentials()
                .map(credentials -> Response.ok(CredentialsCsv.write(credentials), "text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"manabi-accounts-"
                                + job.startedAt().toString().substring(0, 10) + ".csv\"")
                        .build())
                .orElseGet(() -> Problems.response(410, "credentials-gone", "Passwords no longer available",
                        "The one-time passwords are handed out only once, and only after a successful import. "
                                + "An administrator can issue a new password to anyone who did not get one.",
                        path()));
    }

    /** A request that is refused before the file is read. */
    private static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;
        private final transient Response response;

        Refusal(Response response) {
            super(null, null, false, false);
            this.response = response;
        }
    }

    private ImportRequest importRequest(InputStream body, String contentLength, String fileName, String encoding,
                                        String organisationId, String cohortId, Map<Column, String> columns)
            throws Refusal {
        if (fileName != null && fileName.length() > MAX_FILE_NAME) {
            throw new Refusal(Problems.invalid(path(), "fileName", "at most " + MAX_FILE_NAME + " characters",
                    "Size"));
        }
        Optional<SourceEncoding> chosen = Optional.empty();
        if (encoding != null && !encoding.isBlank() && !"auto".equalsIgnoreCase(encoding.strip())) {
            chosen = SourceEncoding.named(encoding);
            if (chosen.isEmpty()) {
                throw new Refusal(Problems.invalid(path(), "encoding", "auto, UTF-8 or Shift_JIS", "Encoding"));
            }
        }
        Long organisation = id("organisationId", organisationId);
        Long cohort = id("cohortId", cohortId);
        byte[] content;
        try {
            content = UploadBody.read(body, contentLength, AccountImport.MAX_BYTES);
        } catch (UploadBody.TooLarge e) {
            throw new Refusal(tooLarge());
        } catch (IOException e) {
            throw new Refusal(Problems.response(400, "upload-broken", "Upload interrupted",
                    "The file did not arrive completely; send it again.", path()));
        }
        return new ImportRequest(content, fileName, chosen, columns, organisation, cohort);
    }

    private Long id(String field, String value) throws Refusal {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(Problems.invalid(path(), field, "must be a number", "Invalid"));
        }
    }

    private static Map<Column, String> columns(String loginId, String displayName, String email, String role,
                                               String department, String organisation) {
        Map<Column, String> columns = new EnumMap<>(Column.class);
        put(columns, Column.LOGIN_ID, loginId);
        put(columns, Column.DISPLAY_NAME, displayName);
        put(columns, Column.EMAIL, email);
        put(columns, Column.ROLE, role);
        put(columns, Column.DEPARTMENT, department);
        put(columns, Column.ORGANISATION, organisation);
        return columns;
    }

    private static void put(Map<Column, String> columns, Column column, String header) {
        if (header != null) {
            columns.put(column, header);
        }
    }

    /**
     * Closes the connection after answering: the rest of the body is never read, and a client still
     * sending it must not wait for a server that stopped listening.
     */
    private Response tooLarge() {
        Response problem = Problems.response(413, "payload-too-large", "File too large",
                "An import file may be at most " + AccountImport.MAX_BYTES / 1024 + " KiB and "
                        + AccountImport.MAX_ROWS + " rows. Split it into smaller files.", path(),
                List.of(new FieldViolation("file", "at most " + AccountImport.MAX_BYTES / 1024 + " KiB",
                        "TooLarge")));
        return Response.fromResponse(problem).header("Connection", "close").build();
    }

    private Response fileProblem(ImportFileException e) {
        FieldViolation violation = new FieldViolation(e.field(), e.reason(), code(e.kind()));
        return switch (e.kind()) {
            case TOO_LARGE -> tooLarge();
            case ENCODING -> Problems.response(400, "encoding", "Unreadable encoding", "The file could not be read "
                    + "as text: " + e.reason() + ".", path(), List.of(violation));
            case UNKNOWN_REFERENCE -> Problems.invalid(path(), List.of(violation));
            default -> Problems.response(400, slug(e.kind()), "File cannot be imported",
                    "Nothing was imported: " + e.reason() + ".", path(), List.of(violation));
        };
    }

    /** TOO_MANY_ROWS becomes {@code TooManyRows}: the code the UI has a text for. */
    static String code(ImportFileException.Kind kind) {
        if (kind == ImportFileException.Kind.UNKNOWN_REFERENCE) {
            return "Exists";
        }
        StringBuilder code = new StringBuilder();
        for (String part : kind.name().split("_")) {
            code.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return code.toString();
    }

    private static String slug(ImportFileException.Kind kind) {
        return switch (kind) {
            case EMPTY -> "empty-file";
            default -> kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    private SessionAccount account() {
        return CurrentSession.of(request).orElseThrow(() -> new NotAuthorizedException("Session"));
    }

    private String path() {
        return uriInfo.getRequestUri().getRawPath();
    }
}
