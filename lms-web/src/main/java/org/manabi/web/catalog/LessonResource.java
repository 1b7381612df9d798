package org.manabi.web.catalog;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.catalog.CatalogViewer;
import org.manabi.content.catalog.CourseCatalog;
import org.manabi.content.catalog.CourseVersion;
import org.manabi.content.catalog.FileStore;
import org.manabi.content.catalog.Lesson;
import org.manabi.content.catalog.Section;
import org.manabi.content.markup.LessonMarkup;

/** Reading a lesson (signed in), marking it done, and downloading a lesson's file. */
@Path("lessons")
@Produces(MediaType.APPLICATION_JSON)
public class LessonResource {

    private static final LessonMarkup MARKUP = new LessonMarkup();

    @Inject
    CourseCatalog catalog;

    @Inject
    FileStore files;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{id}")
    @Operation(summary = "One lesson, its text rendered as safe HTML with furigana, and its neighbours")
    public LessonView get(@PathParam("id") long id) {
        CatalogViewer viewer = signedIn();
        Lesson lesson = catalog.lesson(viewer, id).orElseThrow(NotFoundException::new);
        CourseVersion version = catalog.version(lesson.versionId()).orElseThrow(NotFoundException::new);
        List<Lesson> order = version.sections().stream().flatMap(s -> s.lessons().stream()).toList();
        int index = order.indexOf(order.stream().filter(l -> l.id().equals(lesson.id())).findFirst().orElseThrow());
        String sectionTitle = version.sections().stream()
                .filter(s -> s.lessons().stream().anyMatch(l -> l.id().equals(lesson.id())))
                .map(Section::title)
                .findFirst()
                .orElse("");
        boolean completed = catalog.completedLessons(viewer, lesson.courseId()).contains(lesson.id());
        var file = lesson.file();
        return new LessonView(lesson.id(), lesson.courseId(), version.title(), sectionTitle, lesson.kind().name(),
                lesson.title(), lesson.minutes(), lesson.body() == null ? null : MARKUP.toHtml(lesson.body()),
                lesson.reference(), lesson.url(), lesson.startsAt().orElse(null),
                file.map(Lesson.AttachedFile::name).orElse(null), file.map(Lesson.AttachedFile::mediaType).orElse(null),
                file.map(Lesson.AttachedFile::size).orElse(null),
                file.isPresent() ? "/api/lessons/" + lesson.id() + "/file" : null, completed,
                index > 0 ? order.get(index - 1).id() : null,
                index + 1 < order.size() ? order.get(index + 1).id() : null, index + 1, order.size());
    }

    @POST
    @Path("{id}/completion")
    @Operation(summary = "Mark a lesson done (starts its course when needed)")
    public LessonView complete(@PathParam("id") long id) {
        catalog.complete(signedIn(), id);
        return get(id);
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a FILE lesson's file")
    public Response file(@PathParam("id") long id) {
        Lesson lesson = catalog.lesson(signedIn(), id).orElseThrow(NotFoundException::new);
        Lesson.AttachedFile file = lesson.file().orElseThrow(NotFoundException::new);
        StreamingOutput body = out -> {
            try (InputStream in = files.open(file.sha256())) {
                in.transferTo(out);
            }
        };
        return Response.ok(body)
                // Served as a download, never rendered by the browser as a page of this origin.
                .type(MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encode(file.name()))
                .header("Content-Length", file.size())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private CatalogViewer signedIn() {
        CatalogViewer viewer = CatalogViewers.of(request);
        if (!viewer.signedIn()) {
            throw new NotAuthorizedException("Session");
        }
        return viewer;
    }

    private static String encode(String name) {
        return java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
