package org.manabi.content.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.manabi.content.catalog.Course;
import org.manabi.content.catalog.CourseCatalog;
import org.manabi.content.catalog.CourseStatus;
import org.manabi.content.catalog.CourseVersion;
import org.manabi.content.catalog.Lesson;
import org.manabi.content.catalog.LessonKind;
import org.manabi.content.catalog.Section;
import org.manabi.content.markup.LessonMarkup;

/**
 * Turns a course into search documents: the course and each of its lessons, from the version
 * learners read (the published one), or from the draft for a course never published, which only
 * its editors may find.
 */
@ApplicationScoped
public class CatalogDocuments {

    private static final LessonMarkup MARKUP = new LessonMarkup();

    @Inject
    CourseCatalog catalog;

    protected CatalogDocuments() {
    }

    /** For use outside a container. */
    public CatalogDocuments(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    /** The documents of one course, or empty when the course no longer exists. */
    @Transactional
    public Optional<List<SearchDocument>> forCourse(long courseId) {
        return catalog.course(new org.manabi.content.catalog.CatalogViewer(null, true, true), courseId)
                .map(this::documents);
    }

    List<SearchDocument> documents(Course course) {
        CourseVersion version = catalog.version(course.publishedVersionId().orElse(course.headVersionId()))
                .orElseThrow();
        boolean publishedToAll = course.status() == CourseStatus.PUBLISHED && course.publishedVersionId().isPresent();
        List<Long> authors = course.ownerId().map(List::of).orElse(List.of());
        List<SearchDocument> documents = new ArrayList<>();
        String courseText = String.join("\n", nonNull(version.summary()), String.join("\n", version.objectives()),
                String.join(" ", version.tags()));
        documents.add(new SearchDocument(SearchDocument.courseId(course.id()), DocumentKind.COURSE, course.id(), null,
                course.code(), version.title(), courseText, version.title(), version.category().name(),
                version.level().name(), version.language(), version.tags(), version.estimatedHours(), publishedToAll,
                authors));
        for (Section section : version.sections()) {
            for (Lesson lesson : section.lessons()) {
                documents.add(new SearchDocument(SearchDocument.lessonId(lesson.id()), DocumentKind.LESSON,
                        course.id(), lesson.id(), course.code(), lesson.title(), lessonText(section, lesson),
                        version.title(), version.category().name(), version.level().name(), version.language(),
                        version.tags(), version.estimatedHours(), publishedToAll, authors));
            }
        }
        return documents;
    }

    private static String lessonText(Section section, Lesson lesson) {
        String body = lesson.body() == null ? "" : MARKUP.toPlainText(lesson.body());
        if (lesson.kind() == LessonKind.FILE) {
            body = body + "\n" + lesson.file().map(Lesson.AttachedFile::name).orElse("");
        }
        return section.title() + "\n" + body;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
