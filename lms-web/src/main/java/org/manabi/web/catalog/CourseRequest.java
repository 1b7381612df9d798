package org.manabi.web.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.manabi.content.catalog.Category;
import org.manabi.content.catalog.CourseDefinition;
import org.manabi.content.catalog.CourseVersion;
import org.manabi.content.catalog.LessonDefinition;
import org.manabi.content.catalog.LessonFile;
import org.manabi.content.catalog.LessonKind;
import org.manabi.content.catalog.Level;
import org.manabi.content.catalog.SectionDefinition;

/**
 * A whole course as the editor sends and receives it. The detailed rules are the catalog's
 * ({@code DefinitionCheck}); Bean Validation here only keeps the shape sane. Files are not sent:
 * a FILE lesson keeps an existing file by naming its SHA-256, and new files come in packages.
 *
 * <p>The canonical constructors are written out so the constraints stay on the fields and
 * accessors only: Payara's OpenAPI generator fails on constraints a record copies onto the
 * parameters of an implicit constructor (ARCHITECTURE.md, decision (i)).
 */
public record CourseRequest(
        @NotNull String code,
        @NotNull String title,
        String summary,
        @NotNull String language,
        @NotNull Category category,
        @NotNull Level level,
        @Size(max = 20) List<String> tags,
        double estimatedHours,
        @Size(max = 20) List<String> prerequisites,
        @Size(max = 20) List<String> objectives,
        String instructor,
        String reviewNote,
        @NotNull @Size(max = 200) List<@Valid @NotNull SectionRequest> sections) {

    public CourseRequest(String code, String title, String summary, String language, Category category, Level level,
            List<String> tags, double estimatedHours, List<String> prerequisites, List<String> objectives,
            String instructor, String reviewNote, List<SectionRequest> sections) {
        this.code = code;
        this.title = title;
        this.summary = summary;
        this.language = language;
        this.category = category;
        this.level = level;
        this.tags = tags;
        this.estimatedHours = estimatedHours;
        this.prerequisites = prerequisites;
        this.objectives = objectives;
        this.instructor = instructor;
        this.reviewNote = reviewNote;
        this.sections = sections;
    }

    /** A section in the editor. */
    public record SectionRequest(@NotNull String title, @NotNull @Size(max = 500) List<@Valid @NotNull LessonRequest> lessons) {

        public SectionRequest(String title, List<LessonRequest> lessons) {
            this.title = title;
            this.lessons = lessons;
        }
    }

    /**
     * A lesson in the editor.
     *
     * @param fileSha256 for a FILE lesson, the digest of a file this course already has
     */
    public record LessonRequest(@NotNull LessonKind kind, @NotNull String title, String body, int minutes,
                                String reference, String url, OffsetDateTime startsAt, String fileName,
                                String fileMediaType, String fileSha256) {

        public LessonRequest(LessonKind kind, String title, String body, int minutes, String reference, String url,
                OffsetDateTime startsAt, String fileName, String fileMediaType, String fileSha256) {
            this.kind = kind;
            this.title = title;
            this.body = body;
            this.minutes = minutes;
            this.reference = reference;
            this.url = url;
            this.startsAt = startsAt;
            this.fileName = fileName;
            this.fileMediaType = fileMediaType;
            this.fileSha256 = fileSha256;
        }
    }

    /**
     * The definition, with each kept file read back by digest through {@code ownFiles}, which
     * answers only for the course's own files (null otherwise): a lesson naming any other digest
     * has no file, and the catalog's check refuses it.
     */
    CourseDefinition toDefinition(Function<String, byte[]> ownFiles) {
        return new CourseDefinition(code, title, summary, language, category, level, orEmpty(tags), estimatedHours,
                orEmpty(prerequisites), orEmpty(objectives), instructor, reviewNote,
                sections.stream().map(s -> new SectionDefinition(s.title(), s.lessons().stream()
                        .map(l -> new LessonDefinition(l.kind(), l.title(), l.body(), l.minutes(), l.reference(),
                                file(l, ownFiles),
                                l.url(), l.startsAt()))
                        .toList()))
                        .toList());
    }

    static CourseRequest of(String code, CourseVersion version) {
        return new CourseRequest(code, version.title(), version.summary(), version.language(), version.category(),
                version.level(), version.tags(), version.estimatedHours(), version.prerequisites(),
                version.objectives(), version.instructor(), version.reviewNote(),
                version.sections().stream().map(s -> new SectionRequest(s.title(), s.lessons().stream()
                        .map(l -> new LessonRequest(l.kind(), l.title(), l.body(), l.minutes(), l.reference(), l.url(),
                                l.startsAt().orElse(null), l.file().map(f -> f.name()).orElse(null),
                                l.file().map(f -> f.mediaType()).orElse(null),
                                l.file().map(f -> f.sha256()).orElse(null)))
                        .toList()))
                        .toList());
    }

    private static LessonFile file(LessonRequest lesson, Function<String, byte[]> ownFiles) {
        byte[] content = lesson.fileSha256() == null ? null : ownFiles.apply(lesson.fileSha256());
        return content == null ? null : new LessonFile(lesson.fileName(), lesson.fileMediaType(), content);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
