-- Assessment: the question bank, quizzes (fixed items or draws from the bank, limits, windows per
-- cohort) and attempts with the answers given and their grades.

CREATE SEQUENCE bank_item_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quiz_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quiz_attempt_seq START WITH 1 INCREMENT BY 50;

-- The body is the item's JSON (answers included) read back by its type name; search_text is the
-- prompt and option texts in lower case, for the bank's text search.
CREATE TABLE bank_item (
    id          BIGINT           NOT NULL,
    item_type   VARCHAR(40)      NOT NULL,
    body        VARCHAR(1048576) NOT NULL,
    search_text VARCHAR(4000)    NOT NULL,
    skill       VARCHAR(40),
    item_level  VARCHAR(20),
    difficulty  INTEGER          NOT NULL,
    created_by  BIGINT,
    created_at  TIMESTAMP        NOT NULL,
    updated_at  TIMESTAMP        NOT NULL,
    version     BIGINT           NOT NULL,
    CONSTRAINT bank_item_pk PRIMARY KEY (id),
    CONSTRAINT bank_item_difficulty_ck CHECK (difficulty BETWEEN 1 AND 5)
);
CREATE INDEX bank_item_level_idx ON bank_item (item_level);

CREATE TABLE bank_item_tag (
    bank_item_id BIGINT      NOT NULL,
    tag          VARCHAR(60) NOT NULL,
    CONSTRAINT bank_item_tag_pk PRIMARY KEY (bank_item_id, tag),
    CONSTRAINT bank_item_tag_fk FOREIGN KEY (bank_item_id) REFERENCES bank_item (id) ON DELETE CASCADE
);
CREATE INDEX bank_item_tag_idx ON bank_item_tag (tag);

-- A lesson of kind QUIZ names a quiz by its code.
CREATE TABLE quiz (
    id               BIGINT        NOT NULL,
    code             VARCHAR(60)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(2000),
    time_limit_secs  INTEGER,
    max_attempts     INTEGER,
    pass_percent     INTEGER       NOT NULL,
    feedback         VARCHAR(20)   NOT NULL,
    created_by       BIGINT,
    created_at       TIMESTAMP     NOT NULL,
    updated_at       TIMESTAMP     NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT quiz_pk PRIMARY KEY (id),
    CONSTRAINT quiz_code_uq UNIQUE (code),
    CONSTRAINT quiz_pass_ck CHECK (pass_percent BETWEEN 0 AND 100),
    CONSTRAINT quiz_feedback_ck CHECK (feedback IN ('IMMEDIATE', 'AFTER_CLOSE'))
);

-- Fixed items, in the order shown.
CREATE TABLE quiz_item (
    quiz_id      BIGINT  NOT NULL,
    position     INTEGER NOT NULL,
    bank_item_id BIGINT  NOT NULL,
    points       INTEGER NOT NULL,
    CONSTRAINT quiz_item_pk PRIMARY KEY (quiz_id, position),
    CONSTRAINT quiz_item_fk FOREIGN KEY (quiz_id) REFERENCES quiz (id) ON DELETE CASCADE,
    CONSTRAINT quiz_item_bank_fk FOREIGN KEY (bank_item_id) REFERENCES bank_item (id)
);

-- Random draws from the bank: item_count items carrying the tag (and the level, when given).
CREATE TABLE quiz_draw (
    quiz_id    BIGINT      NOT NULL,
    position   INTEGER     NOT NULL,
    tag        VARCHAR(60) NOT NULL,
    item_level VARCHAR(20),
    item_count INTEGER     NOT NULL,
    points     INTEGER     NOT NULL,
    CONSTRAINT quiz_draw_pk PRIMARY KEY (quiz_id, position),
    CONSTRAINT quiz_draw_fk FOREIGN KEY (quiz_id) REFERENCES quiz (id) ON DELETE CASCADE
);

-- When the quiz may be started; cohort_id NULL means every learner. No window: always open.
CREATE TABLE quiz_window (
    quiz_id   BIGINT    NOT NULL,
    position  INTEGER   NOT NULL,
    cohort_id BIGINT,
    opens_at  TIMESTAMP NOT NULL,
    closes_at TIMESTAMP NOT NULL,
    CONSTRAINT quiz_window_pk PRIMARY KEY (quiz_id, position),
    CONSTRAINT quiz_window_fk FOREIGN KEY (quiz_id) REFERENCES quiz (id) ON DELETE CASCADE,
    CONSTRAINT quiz_window_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT quiz_window_ck CHECK (closes_at > opens_at)
);

-- closes_at is the server's deadline (the time limit, cut short by the window's close); NULL when
-- the quiz has neither. When the answers may be shown follows from the quiz's windows, read at the
-- time (so a window moved later moves it too).
CREATE TABLE quiz_attempt (
    id           BIGINT       NOT NULL,
    quiz_id      BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    attempt_no   INTEGER      NOT NULL,
    seed         BIGINT       NOT NULL,
    started_at   TIMESTAMP    NOT NULL,
    closes_at    TIMESTAMP,
    submitted_at TIMESTAMP,
    expired      BOOLEAN      NOT NULL,
    score        DOUBLE PRECISION,
    max_score    INTEGER      NOT NULL,
    passed       BOOLEAN,
    version      BIGINT       NOT NULL,
    CONSTRAINT quiz_attempt_pk PRIMARY KEY (id),
    CONSTRAINT quiz_attempt_quiz_fk FOREIGN KEY (quiz_id) REFERENCES quiz (id),
    CONSTRAINT quiz_attempt_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT quiz_attempt_no_uq UNIQUE (quiz_id, account_id, attempt_no)
);
CREATE INDEX quiz_attempt_account_idx ON quiz_attempt (account_id);

-- One row per item drawn into the attempt, with the item as it was then (item_type and body, so an
-- edit in the bank does not change a paper being sat or marked); response is the answer's JSON,
-- score the share earned.
CREATE TABLE quiz_attempt_item (
    attempt_id   BIGINT         NOT NULL,
    position     INTEGER        NOT NULL,
    bank_item_id BIGINT         NOT NULL,
    points       INTEGER        NOT NULL,
    item_type    VARCHAR(40)    NOT NULL,
    body         VARCHAR(1048576) NOT NULL,
    response     VARCHAR(65536),
    answered_at  TIMESTAMP,
    score        DOUBLE PRECISION,
    needs_review BOOLEAN        NOT NULL,
    CONSTRAINT quiz_attempt_item_pk PRIMARY KEY (attempt_id, position),
    CONSTRAINT quiz_attempt_item_fk FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    CONSTRAINT quiz_attempt_item_bank_fk FOREIGN KEY (bank_item_id) REFERENCES bank_item (id)
);
CREATE INDEX quiz_attempt_item_bank_idx ON quiz_attempt_item (bank_item_id);
