package org.manabi.web.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.catalog.Course;
import org.manabi.content.catalog.CourseAuthoring;
import org.manabi.content.coursepackage.CoursePackageReader;
import org.manabi.content.coursepackage.PackageLimits;
import org.manabi.content.coursepackage.PackageProblem;
import org.manabi.content.coursepackage.PackageResult;
import org.manabi.web.problem.FieldViolation;
import org.manabi.web.problem.Problems;
import org.manabi.web.upload.UploadBody;

/**
 * Course package upload (docs/COURSE-PACKAGE.md): the whole package is checked before anything is
 * written, and becomes a new course or a new draft of the course with its code, or nothing.
 */
@Path("course-packages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"INSTRUCTOR", "ADMINISTRATOR"})
public class CoursePackageResource {

    private static final CoursePackageReader READER = new CoursePackageReader();

    @Inject
    CourseAuthoring authoring;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    /** What an accepted package became. */
    public record ImportedView(long courseId, String code, String status, boolean hasDraft) {
    }

    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a course package (ZIP); every problem is listed by file and line, nothing half-imported")
    public Response upload(InputStream body, @HeaderParam("Content-Length") String contentLength) throws IOException {
        String path = uriInfo.getRequestUri().getRawPath();
        byte[] zip;
        try {
            zip = UploadBody.read(body, contentLength, (int) PackageLimits.defaults().maxZipBytes());
        } catch (UploadBody.TooLarge e) {
            return Problems.response(413, "too-large", "Package too large",
                    "A course package may be at most 20 MiB.", path);
        }
        PackageResult result = READER.readZip(new ByteArrayInputStream(zip));
        if (result instanceof PackageResult.Rejected rejected) {
            return Problems.response(400, "package", "The package has problems",
                    rejected.problems().size() + " problem(s); nothing was imported.", path,
                    violations(rejected.problems()));
        }
        Course course = authoring.importDefinition(((PackageResult.Accepted) result).definition(),
                CatalogViewers.of(request), CatalogViewers.actor(request), false, false);
        return Response.status(Response.Status.CREATED)
                .entity(new ImportedView(course.id(), course.code(), course.status().name(),
                        course.draftVersionId().isPresent()))
                .build();
    }

    /** One error per problem; the field reads {@code <file>:<line> <path>} so a person can find it. */
    static List<FieldViolation> violations(List<PackageProblem> problems) {
        return problems.stream()
                .map(p -> new FieldViolation(where(p), p.message(), p.code()))
                .toList();
    }

    private static String where(PackageProblem problem) {
        StringBuilder where = new StringBuilder(problem.file() == null ? "(zip)" : problem.file());
        if (problem.line() != null) {
            where.append(':').append(problem.line());
        }
        if (problem.field() != null) {
            where.append(' ').append(problem.field());
        }
        return where.toString();
    }
}
