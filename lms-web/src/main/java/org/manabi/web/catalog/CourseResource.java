package org.manabi.web.catalog;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.catalog.CatalogViewer;
import org.manabi.content.catalog.Course;
import org.manabi.content.catalog.CourseCatalog;
import org.manabi.content.catalog.CourseVersion;

/**
 * Courses as readers see them. Anyone may look at a published course's outline; starting it and
 * recording progress need a signed-in account. Drafts are shown only to their editors.
 */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    CourseCatalog catalog;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{id}")
    @Operation(summary = "A course's outline; with draft=true an editor sees the unpublished draft")
    public CourseView get(@PathParam("id") long id, @QueryParam("draft") boolean draft) {
        CatalogViewer viewer = CatalogViewers.of(request);
        Course course = catalog.course(viewer, id).orElseThrow(NotFoundException::new);
        CourseVersion version = catalog.versionFor(viewer, id, draft).orElseThrow(NotFoundException::new);
        boolean started = catalog.startedBy(viewer, id).isPresent();
        Set<Long> completed = catalog.completedLessons(viewer, id);
        return CourseView.of(course, version, started, completed, course.editableBy(viewer));
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "Start a course: the learner keeps the version published now")
    public CourseView start(@PathParam("id") long id) {
        CatalogViewer viewer = CatalogViewers.of(request);
        if (!viewer.signedIn()) {
            throw new jakarta.ws.rs.NotAuthorizedException("Session");
        }
        catalog.start(viewer, id);
        return get(id, false);
    }
}
