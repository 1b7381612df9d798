package org.manabi.content.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A section of one course version: a title and lessons in order. Part of the version aggregate. */
@Entity
@Table(name = "course_section")
public class Section {

    @Id
    @SequenceGenerator(name = "course_section_seq", sequenceName = "course_section_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_section_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private CourseVersion version;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    protected Section() {
    }

    Section(CourseVersion version, int position, SectionDefinition definition, FileStore files) {
        this.version = version;
        this.position = position;
        this.title = definition.title();
        int lessonPosition = 0;
        for (LessonDefinition lesson : definition.lessons()) {
            lessons.add(new Lesson(this, version.courseId(), lessonPosition++, lesson, files));
        }
    }

    SectionDefinition definition(FileStore files) {
        return new SectionDefinition(title, lessons.stream().map(l -> l.definition(files)).toList());
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public List<Lesson> lessons() {
        return List.copyOf(lessons);
    }

    CourseVersion version() {
        return version;
    }
}
