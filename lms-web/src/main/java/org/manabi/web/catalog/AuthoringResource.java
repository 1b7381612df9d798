package org.manabi.web.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.catalog.CatalogViewer;
import org.manabi.content.catalog.Course;
import org.manabi.content.catalog.CourseAuthoring;
import org.manabi.content.catalog.CourseCatalog;
import org.manabi.content.catalog.CourseVersion;
import org.manabi.content.catalog.FileStore;
import org.manabi.content.catalog.Lesson;

/** The course editor's API: instructors their own courses, administrators every course. */
@Path("authoring/courses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"INSTRUCTOR", "ADMINISTRATOR"})
public class AuthoringResource {

    @Inject
    CourseCatalog catalog;

    @Inject
    CourseAuthoring authoring;

    @Inject
    FileStore files;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The courses the caller may edit, most recently changed first")
    public List<CourseSummaryView> list() {
        List<Course> courses = catalog.editableBy(CatalogViewers.of(request));
        List<Long> heads = courses.stream().map(Course::headVersionId).toList();
        Map<Long, CourseVersion> versions = catalog.versions(heads);
        Map<Long, Long> lessons = catalog.lessonCounts(heads);
        return courses.stream()
                .map(course -> CourseSummaryView.of(course, versions.get(course.headVersionId()),
                        lessons.getOrDefault(course.headVersionId(), 0L)))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a course; its first version is a draft")
    public Response create(@Valid @NotNull CourseRequest body) {
        Course course = authoring.create(body.toDefinition(digest -> null), CatalogViewers.of(request),
                CatalogViewers.actor(request));
        return Response.status(Response.Status.CREATED).entity(view(course)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A course in the editor: its draft, or its published version when it has no draft")
    public AuthoringCourseView get(@PathParam("id") long id) {
        return view(editable(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the draft (a published course gets a new draft; learners keep the published one)")
    public AuthoringCourseView save(@PathParam("id") long id, @Valid @NotNull CourseRequest body) {
        Course course = editable(id);
        Set<String> ownFiles = head(course).sections().stream().flatMap(s -> s.lessons().stream())
                .flatMap(l -> l.file().stream())
                .map(Lesson.AttachedFile::sha256)
                .collect(Collectors.toSet());
        authoring.saveDraft(id, body.toDefinition(digest -> ownFiles.contains(digest) ? files.read(digest) : null),
                CatalogViewers.of(request), CatalogViewers.actor(request));
        return get(id);
    }

    @POST
    @Path("{id}/publication")
    @Operation(summary = "Publish the draft")
    public AuthoringCourseView publish(@PathParam("id") long id) {
        authoring.publish(id, CatalogViewers.of(request), CatalogViewers.actor(request));
        return get(id);
    }

    @POST
    @Path("{id}/archival")
    @Operation(summary = "Archive the course: hidden from the catalog; learners who started it keep it")
    public AuthoringCourseView archive(@PathParam("id") long id) {
        authoring.archive(id, CatalogViewers.of(request), CatalogViewers.actor(request));
        return get(id);
    }

    @DELETE
    @Path("{id}/archival")
    @Operation(summary = "Bring an archived course back")
    public AuthoringCourseView restore(@PathParam("id") long id) {
        authoring.restore(id, CatalogViewers.of(request), CatalogViewers.actor(request));
        return get(id);
    }

    private Course editable(long id) {
        CatalogViewer viewer = CatalogViewers.of(request);
        return catalog.course(viewer, id).filter(c -> c.editableBy(viewer)).orElseThrow(NotFoundException::new);
    }

    private CourseVersion head(Course course) {
        return catalog.version(course.headVersionId()).orElseThrow();
    }

    private AuthoringCourseView view(Course course) {
        CourseVersion head = head(course);
        return new AuthoringCourseView(course.id(), course.code(), course.status().name(),
                course.draftVersionId().isPresent(), course.publishedVersionId().isPresent(), head.number(),
                CourseRequest.of(course.code(), head));
    }
}
