package org.manabi.content.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One lesson of one course version. A FILE lesson refers to its file by SHA-256 in the
 * {@link FileStore}; the version and course ids are kept on the row so progress and search need
 * no joins.
 */
@Entity
@Table(name = "course_lesson")
public class Lesson {

    @Id
    @SequenceGenerator(name = "course_lesson_seq", sequenceName = "course_lesson_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_lesson_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "section_id", nullable = false, updatable = false)
    private Section section;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private LessonKind kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "body", length = 1_048_576)
    private String body;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "reference", length = 200)
    private String reference;

    @Column(name = "url", length = 2000)
    private String url;

    @Column(name = "starts_at")
    private Instant startsAt;

    /** The offset the author gave, so a live session shows in the time zone it was planned in. */
    @Column(name = "starts_offset", length = 6)
    private String startsOffset;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "file_media_type", length = 100)
    private String fileMediaType;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @Column(name = "file_size")
    private Long fileSize;

    protected Lesson() {
    }

    Lesson(Section section, long courseId, int position, LessonDefinition definition, FileStore files) {
        this.section = section;
        this.versionId = section.version().id();
        this.courseId = courseId;
        this.position = position;
        this.kind = definition.kind();
        this.title = definition.title();
        this.body = definition.body();
        this.minutes = definition.minutes();
        this.reference = definition.reference();
        this.url = definition.url();
        if (definition.startsAt() != null) {
            this.startsAt = definition.startsAt().toInstant();
            this.startsOffset = definition.startsAt().getOffset().getId().replace("Z", "+00:00");
        }
        if (definition.file() != null) {
            LessonFile file = definition.file();
            this.fileName = file.name();
            this.fileMediaType = file.mediaType();
            this.fileSha256 = files.put(file.content());
            this.fileSize = (long) file.content().length;
        }
    }

    LessonDefinition definition(FileStore files) {
        LessonFile file = fileSha256 == null ? null
                : new LessonFile(fileName, fileMediaType, files.read(fileSha256));
        return new LessonDefinition(kind, title, body, minutes, reference, file, url, startsAt().orElse(null));
    }

    public Long id() {
        return id;
    }

    public long versionId() {
        return versionId;
    }

    public long courseId() {
        return courseId;
    }

    public long sectionId() {
        return section.id();
    }

    public int position() {
        return position;
    }

    public LessonKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public int minutes() {
        return minutes;
    }

    public String reference() {
        return reference;
    }

    public String url() {
        return url;
    }

    public Optional<OffsetDateTime> startsAt() {
        return Optional.ofNullable(startsAt)
                .map(at -> at.atOffset(ZoneOffset.of(startsOffset == null ? "+09:00" : startsOffset)));
    }

    public Optional<AttachedFile> file() {
        return Optional.ofNullable(fileSha256).map(sha -> new AttachedFile(fileName, fileMediaType, sha, fileSize));
    }

    /** What the catalog knows of a lesson's file; the bytes are in the {@link FileStore}. */
    public record AttachedFile(String name, String mediaType, String sha256, long size) {
    }
}
