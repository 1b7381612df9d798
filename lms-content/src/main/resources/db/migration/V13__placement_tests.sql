-- Placement tests: one row per attempt (a learner may retake, so attempts are kept), the answers in
-- the order given, and each learner's study plan settings. The next item is not stored: it follows
-- from the seed and the answers so far.

CREATE SEQUENCE placement_attempt_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE placement_attempt (
    id           BIGINT           NOT NULL,
    account_id   BIGINT           NOT NULL,
    scale        VARCHAR(20)      NOT NULL,
    seed         BIGINT           NOT NULL,
    max_items    INTEGER          NOT NULL,
    started_at   TIMESTAMP        NOT NULL,
    finished_at  TIMESTAMP,
    band         VARCHAR(20),
    ability      DOUBLE PRECISION,
    standard_error DOUBLE PRECISION,
    version      BIGINT           NOT NULL,
    CONSTRAINT placement_attempt_pk PRIMARY KEY (id),
    CONSTRAINT placement_attempt_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT placement_attempt_scale_ck CHECK (scale IN ('JLPT', 'IT_BASICS'))
);

CREATE INDEX placement_attempt_account_ix ON placement_attempt (account_id, started_at);

CREATE TABLE placement_answer (
    attempt_id  BIGINT       NOT NULL,
    position    INTEGER      NOT NULL,
    item_id     VARCHAR(400) NOT NULL,
    correct     BOOLEAN      NOT NULL,
    answered_at TIMESTAMP    NOT NULL,
    CONSTRAINT placement_answer_pk PRIMARY KEY (attempt_id, position),
    CONSTRAINT placement_answer_fk FOREIGN KEY (attempt_id) REFERENCES placement_attempt (id) ON DELETE CASCADE
);

-- What a learner's study plan is made from; the plan itself is computed when it is viewed.
CREATE TABLE study_plan_settings (
    account_id       BIGINT      NOT NULL,
    scale            VARCHAR(20) NOT NULL,
    placed_level     VARCHAR(20),
    target_level     VARCHAR(20) NOT NULL,
    minutes_per_week INTEGER     NOT NULL,
    starts_on        DATE        NOT NULL,
    ends_on          DATE        NOT NULL,
    updated_at       TIMESTAMP   NOT NULL,
    version          BIGINT      NOT NULL,
    CONSTRAINT study_plan_settings_pk PRIMARY KEY (account_id),
    CONSTRAINT study_plan_settings_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT study_plan_settings_minutes_ck CHECK (minutes_per_week BETWEEN 60 AND 3600),
    CONSTRAINT study_plan_settings_dates_ck CHECK (ends_on >= starts_on)
);
