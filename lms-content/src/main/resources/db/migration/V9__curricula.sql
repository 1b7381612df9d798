-- Curricula: ordered courses of a programme, each required or optional, with prerequisites among
-- them, a pace and yearly breaks for planning, and the learners enrolled in each.

CREATE SEQUENCE curriculum_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE curriculum_enrolment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE curriculum (
    id              BIGINT        NOT NULL,
    programme_id    BIGINT        NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    description     VARCHAR(2000),
    hours_per_month INTEGER       NOT NULL,
    hours_per_day   INTEGER       NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT curriculum_pk PRIMARY KEY (id),
    CONSTRAINT curriculum_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT curriculum_code_uq UNIQUE (programme_id, code),
    CONSTRAINT curriculum_pace_ck CHECK (hours_per_day BETWEEN 1 AND 24 AND hours_per_month >= hours_per_day)
);

-- Month-day ranges (MM-DD) that repeat every year; a range may run over the new year.
CREATE TABLE curriculum_break (
    curriculum_id BIGINT     NOT NULL,
    position      INTEGER    NOT NULL,
    first_day     VARCHAR(5) NOT NULL,
    last_day      VARCHAR(5) NOT NULL,
    CONSTRAINT curriculum_break_pk PRIMARY KEY (curriculum_id, position),
    CONSTRAINT curriculum_break_fk FOREIGN KEY (curriculum_id) REFERENCES curriculum (id) ON DELETE CASCADE
);

-- The courses in order. A course appears once per curriculum; the service checks that, because
-- a rewrite of the list moves rows between positions.
CREATE TABLE curriculum_item (
    curriculum_id BIGINT  NOT NULL,
    position      INTEGER NOT NULL,
    course_id     BIGINT  NOT NULL,
    required      BOOLEAN NOT NULL,
    CONSTRAINT curriculum_item_pk PRIMARY KEY (curriculum_id, position),
    CONSTRAINT curriculum_item_fk FOREIGN KEY (curriculum_id) REFERENCES curriculum (id) ON DELETE CASCADE,
    CONSTRAINT curriculum_item_course_fk FOREIGN KEY (course_id) REFERENCES course (id)
);

-- Within one curriculum, course_id may be started only after requires_course_id is done.
CREATE TABLE curriculum_prerequisite (
    curriculum_id      BIGINT NOT NULL,
    course_id          BIGINT NOT NULL,
    requires_course_id BIGINT NOT NULL,
    CONSTRAINT curriculum_prerequisite_pk PRIMARY KEY (curriculum_id, course_id, requires_course_id),
    CONSTRAINT curriculum_prerequisite_fk FOREIGN KEY (curriculum_id) REFERENCES curriculum (id) ON DELETE CASCADE,
    CONSTRAINT curriculum_prerequisite_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT curriculum_prerequisite_requires_fk FOREIGN KEY (requires_course_id) REFERENCES course (id)
);

-- Who follows a curriculum, from which day the plan counts, and through which cohort if any.
CREATE TABLE curriculum_enrolment (
    id            BIGINT       NOT NULL,
    curriculum_id BIGINT       NOT NULL,
    account_id    BIGINT       NOT NULL,
    cohort_id     BIGINT,
    starts_on     DATE         NOT NULL,
    enrolled_at   TIMESTAMP    NOT NULL,
    enrolled_by   VARCHAR(200) NOT NULL,
    CONSTRAINT curriculum_enrolment_pk PRIMARY KEY (id),
    CONSTRAINT curriculum_enrolment_uq UNIQUE (curriculum_id, account_id),
    CONSTRAINT curriculum_enrolment_curriculum_fk FOREIGN KEY (curriculum_id) REFERENCES curriculum (id),
    CONSTRAINT curriculum_enrolment_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT curriculum_enrolment_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort (id)
);
CREATE INDEX curriculum_enrolment_account_idx ON curriculum_enrolment (account_id);
