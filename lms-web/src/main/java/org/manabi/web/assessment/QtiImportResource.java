package org.manabi.web.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.assessment.bankimport.BankImportChoices;
import org.manabi.content.assessment.bankimport.QtiBankImport;
import org.manabi.content.assessment.qti.ImportReport;
import org.manabi.content.assessment.qti.QtiImporter;
import org.manabi.content.assessment.qti.QtiLimits;
import org.manabi.content.assessment.qti.QtiProblem;
import org.manabi.web.catalog.CatalogViewers;
import org.manabi.web.problem.FieldViolation;
import org.manabi.web.problem.Problems;
import org.manabi.web.upload.UploadBody;

/**
 * QTI 2.1 items into the question bank (docs/ASSESSMENT-QTI.md): a preview that stores nothing,
 * and the import, which stores every importable item or none.
 */
@Path("assessment/imports/qti")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_XML, MediaType.TEXT_XML,
        MediaType.APPLICATION_OCTET_STREAM})
@RolesAllowed({"INSTRUCTOR", "ADMINISTRATOR"})
public class QtiImportResource {

    private static final QtiLimits LIMITS = QtiLimits.defaults();
    private static final QtiImporter IMPORTER = new QtiImporter(LIMITS);

    @Inject
    QtiBankImport imports;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    /** The new bank items, and the items of the upload that were left out. */
    public record ImportedView(List<Long> ids, List<QtiImportView.Refused> refused) {
    }

    @POST
    @Path("preview")
    @Operation(summary = "What a QTI item (XML) or package (ZIP) would import; nothing is stored")
    public Response preview(InputStream body, @HeaderParam("Content-Length") String contentLength,
                            @QueryParam("name") String name) throws IOException {
        byte[] bytes;
        try {
            bytes = UploadBody.read(body, contentLength, (int) LIMITS.maxZipBytes());
        } catch (UploadBody.TooLarge e) {
            return tooLarge();
        }
        ImportReport report = read(name, bytes);
        return Response.ok(QtiImportView.of(report)).build();
    }

    @POST
    @Operation(summary = "Import the importable items of a QTI item or package into the bank, all or none")
    public Response importItems(InputStream body, @HeaderParam("Content-Length") String contentLength,
                                @QueryParam("name") String name, @QueryParam("skill") String skill,
                                @QueryParam("level") String level, @QueryParam("difficulty") Integer difficulty,
                                @QueryParam("tags") List<String> tags) throws IOException {
        byte[] bytes;
        try {
            bytes = UploadBody.read(body, contentLength, (int) LIMITS.maxZipBytes());
        } catch (UploadBody.TooLarge e) {
            return tooLarge();
        }
        ImportReport report = read(name, bytes);
        if (report.imported().isEmpty()) {
            return Problems.response(400, "nothing-to-import", "Nothing to import",
                    "No item of the upload could be imported; nothing was stored.", path(), violations(report));
        }
        List<Long> ids = imports.importAll(report.imported(), new BankImportChoices(skill, level, difficulty,
                split(tags)), CatalogViewers.of(request).accountId(), CatalogViewers.actor(request));
        return Response.status(Response.Status.CREATED).entity(new ImportedView(ids, QtiImportView.refused(report)))
                .build();
    }

    /**
     * The importer refuses hostile input in its report; a failure it did not foresee becomes a
     * refused upload too, never a 500.
     */
    private static ImportReport read(String name, byte[] bytes) {
        String fileName = name == null || name.isBlank() ? "upload.xml" : name.strip();
        try {
            return IMPORTER.importUpload(fileName, bytes);
        } catch (RuntimeException e) {
            return new ImportReport(List.of(), List.of(new QtiProblem(fileName, null, "Unreadable",
                    "the upload could not be read")));
        }
    }

    /** Tags may be repeated ({@code tags=a&tags=b}) or comma-separated, as typed in one field. */
    private static List<String> split(List<String> tags) {
        return tags == null ? List.of() : tags.stream().flatMap(t -> Arrays.stream(t.split(",")))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private static List<FieldViolation> violations(ImportReport report) {
        List<FieldViolation> violations = new ArrayList<>();
        Stream.concat(report.problems().stream(), report.refused().stream().flatMap(r -> r.reasons().stream()))
                .forEach(p -> violations.add(new FieldViolation(where(p), p.message(), p.code())));
        return violations;
    }

    private static String where(QtiProblem problem) {
        String file = problem.file() == null ? "(upload)" : problem.file();
        return problem.line() == null ? file : file + ":" + problem.line();
    }

    private Response tooLarge() {
        return Problems.response(413, "too-large", "Upload too large",
                "A QTI upload may be at most " + LIMITS.maxZipBytes() / (1024 * 1024) + " MiB.", path());
    }

    private String path() {
        return uriInfo.getRequestUri().getRawPath();
    }
}
