-- Surveys: a definition (questions and their options, in Japanese and English), whom it is for,
-- when it is open, and the answers. One response per respondent is enforced by survey_participation.
-- For an anonymous survey the response row holds no account, organisation or time, and its id is
-- random, so nothing joins it back to the participation row that says who took part.

CREATE SEQUENCE survey_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE survey_participation_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE survey (
    id              BIGINT       NOT NULL,
    template        VARCHAR(20),
    title_ja        VARCHAR(200) NOT NULL,
    title_en        VARCHAR(200) NOT NULL,
    anonymous       BOOLEAN      NOT NULL,
    audience        VARCHAR(20)  NOT NULL,
    programme_id    BIGINT       NOT NULL,
    cohort_id       BIGINT,
    organisation_id BIGINT,
    opens_at        TIMESTAMP    NOT NULL,
    closes_at       TIMESTAMP    NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT survey_pk PRIMARY KEY (id),
    CONSTRAINT survey_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT survey_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT survey_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT survey_audience_ck CHECK (audience IN ('COHORT', 'PROGRAMME', 'COMPANY_MANAGERS')),
    CONSTRAINT survey_template_ck CHECK (template IS NULL
        OR template IN ('SATISFACTION', 'COMPANY', 'EMPLOYMENT')),
    CONSTRAINT survey_window_ck CHECK (closes_at > opens_at)
);

CREATE INDEX survey_cohort_ix ON survey (cohort_id);
CREATE INDEX survey_programme_ix ON survey (programme_id);

-- The questions in order; code is stable across surveys of one template (reports count by it).
CREATE TABLE survey_question (
    survey_id BIGINT       NOT NULL,
    position  INTEGER      NOT NULL,
    code      VARCHAR(60)  NOT NULL,
    kind      VARCHAR(20)  NOT NULL,
    prompt_ja VARCHAR(500) NOT NULL,
    prompt_en VARCHAR(500) NOT NULL,
    required  BOOLEAN      NOT NULL,
    CONSTRAINT survey_question_pk PRIMARY KEY (survey_id, position),
    CONSTRAINT survey_question_fk FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT survey_question_code_uq UNIQUE (survey_id, code),
    CONSTRAINT survey_question_kind_ck CHECK (kind IN ('LIKERT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'FREE_TEXT'))
);

-- Every option of every question of a survey, in order; a Likert scale's options are its five points.
CREATE TABLE survey_option (
    survey_id     BIGINT       NOT NULL,
    position      INTEGER      NOT NULL,
    question_code VARCHAR(60)  NOT NULL,
    code          VARCHAR(60)  NOT NULL,
    label_ja      VARCHAR(200) NOT NULL,
    label_en      VARCHAR(200) NOT NULL,
    CONSTRAINT survey_option_pk PRIMARY KEY (survey_id, position),
    CONSTRAINT survey_option_fk FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT survey_option_code_uq UNIQUE (survey_id, question_code, code)
);

-- Who has answered. The primary key is what allows one response per respondent, for anonymous
-- surveys too.
CREATE TABLE survey_participation (
    id              BIGINT    NOT NULL,
    survey_id       BIGINT    NOT NULL,
    account_id      BIGINT    NOT NULL,
    participated_at TIMESTAMP NOT NULL,
    CONSTRAINT survey_participation_pk PRIMARY KEY (id),
    CONSTRAINT survey_participation_uq UNIQUE (survey_id, account_id),
    CONSTRAINT survey_participation_survey_fk FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT survey_participation_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

-- A response. account_id, organisation_id and submitted_at are NULL for an anonymous survey
-- (a check makes sure of it). The id is random, not from a sequence, so responses and
-- participations cannot be matched by their order.
CREATE TABLE survey_response (
    id              BIGINT    NOT NULL,
    survey_id       BIGINT    NOT NULL,
    account_id      BIGINT,
    organisation_id BIGINT,
    submitted_at    TIMESTAMP,
    CONSTRAINT survey_response_pk PRIMARY KEY (id),
    CONSTRAINT survey_response_survey_fk FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT survey_response_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT survey_response_named_ck CHECK ((account_id IS NULL AND organisation_id IS NULL AND submitted_at IS NULL)
        OR (account_id IS NOT NULL AND submitted_at IS NOT NULL))
);

CREATE INDEX survey_response_survey_ix ON survey_response (survey_id);

-- One row per chosen option (several for multiple choice), or one row holding free text.
CREATE TABLE survey_answer (
    response_id   BIGINT        NOT NULL,
    position      INTEGER       NOT NULL,
    question_code VARCHAR(60)   NOT NULL,
    option_code   VARCHAR(60),
    text_value    VARCHAR(2000),
    CONSTRAINT survey_answer_pk PRIMARY KEY (response_id, position),
    CONSTRAINT survey_answer_fk FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE,
    CONSTRAINT survey_answer_value_ck CHECK ((option_code IS NULL) <> (text_value IS NULL))
);
