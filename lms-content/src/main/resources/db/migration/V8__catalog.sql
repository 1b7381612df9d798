-- The catalog: courses, their versions (one per publication, plus at most one draft), sections and
-- lessons, and where each learner is in a course. Lesson files live in the file store, named by
-- their SHA-256; the rows only refer to them.

CREATE SEQUENCE course_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE course_version_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE course_section_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE course_lesson_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE course (
    id                   BIGINT      NOT NULL,
    code                 VARCHAR(40) NOT NULL,
    status               VARCHAR(20) NOT NULL,
    owner_id             BIGINT,
    bundled              BOOLEAN     NOT NULL,
    published_version_id BIGINT,
    draft_version_id     BIGINT,
    created_at           TIMESTAMP   NOT NULL,
    updated_at           TIMESTAMP   NOT NULL,
    version              BIGINT      NOT NULL,
    CONSTRAINT course_pk PRIMARY KEY (id),
    CONSTRAINT course_code_uq UNIQUE (code),
    CONSTRAINT course_status_ck CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT course_owner_fk FOREIGN KEY (owner_id) REFERENCES account (id)
);

CREATE TABLE course_version (
    id              BIGINT        NOT NULL,
    course_id       BIGINT        NOT NULL,
    number          INTEGER       NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    summary         VARCHAR(2000),
    language        VARCHAR(8)    NOT NULL,
    category        VARCHAR(20)   NOT NULL,
    level           VARCHAR(20)   NOT NULL,
    estimated_hours DECIMAL(6, 1) NOT NULL,
    instructor      VARCHAR(200),
    review_note     VARCHAR(500),
    created_at      TIMESTAMP     NOT NULL,
    created_by      VARCHAR(200)  NOT NULL,
    published_at    TIMESTAMP,
    published_by    VARCHAR(200),
    CONSTRAINT course_version_pk PRIMARY KEY (id),
    CONSTRAINT course_version_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT course_version_number_uq UNIQUE (course_id, number),
    CONSTRAINT course_version_state_ck CHECK (state IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED'))
);

ALTER TABLE course ADD CONSTRAINT course_published_fk FOREIGN KEY (published_version_id) REFERENCES course_version (id);
ALTER TABLE course ADD CONSTRAINT course_draft_fk FOREIGN KEY (draft_version_id) REFERENCES course_version (id);

CREATE TABLE course_version_tag (
    version_id BIGINT      NOT NULL,
    position   INTEGER     NOT NULL,
    tag        VARCHAR(40) NOT NULL,
    CONSTRAINT course_version_tag_pk PRIMARY KEY (version_id, position),
    CONSTRAINT course_version_tag_fk FOREIGN KEY (version_id) REFERENCES course_version (id) ON DELETE CASCADE
);

CREATE TABLE course_version_objective (
    version_id BIGINT       NOT NULL,
    position   INTEGER      NOT NULL,
    objective  VARCHAR(300) NOT NULL,
    CONSTRAINT course_version_objective_pk PRIMARY KEY (version_id, position),
    CONSTRAINT course_version_objective_fk FOREIGN KEY (version_id) REFERENCES course_version (id) ON DELETE CASCADE
);

CREATE TABLE course_version_prerequisite (
    version_id BIGINT      NOT NULL,
    position   INTEGER     NOT NULL,
    code       VARCHAR(40) NOT NULL,
    CONSTRAINT course_version_prerequisite_pk PRIMARY KEY (version_id, position),
    CONSTRAINT course_version_prerequisite_fk FOREIGN KEY (version_id) REFERENCES course_version (id) ON DELETE CASCADE
);

CREATE TABLE course_section (
    id         BIGINT       NOT NULL,
    version_id BIGINT       NOT NULL,
    position   INTEGER      NOT NULL,
    title      VARCHAR(200) NOT NULL,
    CONSTRAINT course_section_pk PRIMARY KEY (id),
    CONSTRAINT course_section_version_fk FOREIGN KEY (version_id) REFERENCES course_version (id) ON DELETE CASCADE
);
CREATE INDEX course_section_version_idx ON course_section (version_id);

CREATE TABLE course_lesson (
    id              BIGINT          NOT NULL,
    section_id      BIGINT          NOT NULL,
    version_id      BIGINT          NOT NULL,
    course_id       BIGINT          NOT NULL,
    position        INTEGER         NOT NULL,
    kind            VARCHAR(10)     NOT NULL,
    title           VARCHAR(200)    NOT NULL,
    body            VARCHAR(1048576),
    minutes         INTEGER         NOT NULL,
    reference       VARCHAR(200),
    url             VARCHAR(2000),
    starts_at       TIMESTAMP,
    starts_offset   VARCHAR(6),
    file_name       VARCHAR(200),
    file_media_type VARCHAR(100),
    file_sha256     VARCHAR(64),
    file_size       BIGINT,
    CONSTRAINT course_lesson_pk PRIMARY KEY (id),
    CONSTRAINT course_lesson_section_fk FOREIGN KEY (section_id) REFERENCES course_section (id) ON DELETE CASCADE,
    CONSTRAINT course_lesson_kind_ck CHECK (kind IN ('TEXT', 'VIDEO', 'QUIZ', 'FILE', 'LINK', 'LIVE')),
    CONSTRAINT course_lesson_minutes_ck CHECK (minutes BETWEEN 1 AND 600)
);
CREATE INDEX course_lesson_section_idx ON course_lesson (section_id);
CREATE INDEX course_lesson_version_idx ON course_lesson (version_id);

-- The version a learner started: they keep it while the author publishes newer ones.
CREATE TABLE course_start (
    account_id BIGINT    NOT NULL,
    course_id  BIGINT    NOT NULL,
    version_id BIGINT    NOT NULL,
    started_at TIMESTAMP NOT NULL,
    CONSTRAINT course_start_pk PRIMARY KEY (account_id, course_id),
    CONSTRAINT course_start_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT course_start_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT course_start_version_fk FOREIGN KEY (version_id) REFERENCES course_version (id)
);

CREATE TABLE lesson_completion (
    account_id   BIGINT    NOT NULL,
    lesson_id    BIGINT    NOT NULL,
    course_id    BIGINT    NOT NULL,
    completed_at TIMESTAMP NOT NULL,
    CONSTRAINT lesson_completion_pk PRIMARY KEY (account_id, lesson_id),
    CONSTRAINT lesson_completion_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT lesson_completion_lesson_fk FOREIGN KEY (lesson_id) REFERENCES course_lesson (id) ON DELETE CASCADE
);
CREATE INDEX lesson_completion_course_idx ON lesson_completion (account_id, course_id);
