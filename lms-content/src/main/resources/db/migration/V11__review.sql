-- Spaced repetition: the decks a learner studies, their settings, one card per practice item they
-- have begun (with its FSRS memory), and an append-only log of every rating.

CREATE SEQUENCE review_card_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE review_log_seq START WITH 1 INCREMENT BY 50;

-- A learner's own choices; no row means the defaults (20 new cards a day, Asia/Tokyo).
CREATE TABLE review_settings (
    account_id  BIGINT      NOT NULL,
    new_per_day INTEGER     NOT NULL,
    time_zone   VARCHAR(64),
    CONSTRAINT review_settings_pk PRIMARY KEY (account_id),
    CONSTRAINT review_settings_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT review_settings_new_ck CHECK (new_per_day BETWEEN 0 AND 200)
);

-- The decks a learner has started; stopping deletes the row and keeps the cards for a restart.
CREATE TABLE review_deck_choice (
    account_id BIGINT      NOT NULL,
    deck_code  VARCHAR(40) NOT NULL,
    started_at TIMESTAMP   NOT NULL,
    CONSTRAINT review_deck_choice_pk PRIMARY KEY (account_id, deck_code),
    CONSTRAINT review_deck_choice_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

-- A card exists from its first rating; items not yet rated are the learner's new cards.
CREATE TABLE review_card (
    id          BIGINT           NOT NULL,
    account_id  BIGINT           NOT NULL,
    deck_code   VARCHAR(40)      NOT NULL,
    item_key    VARCHAR(300)     NOT NULL,
    state       VARCHAR(20)      NOT NULL,
    step        INTEGER          NOT NULL,
    stability   DOUBLE PRECISION NOT NULL,
    difficulty  DOUBLE PRECISION NOT NULL,
    due         TIMESTAMP        NOT NULL,
    last_review TIMESTAMP        NOT NULL,
    reps        INTEGER          NOT NULL,
    lapses      INTEGER          NOT NULL,
    CONSTRAINT review_card_pk PRIMARY KEY (id),
    CONSTRAINT review_card_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT review_card_item_uq UNIQUE (account_id, item_key),
    CONSTRAINT review_card_state_ck CHECK (state IN ('LEARNING', 'REVIEW', 'RELEARNING')),
    CONSTRAINT review_card_counts_ck CHECK (reps >= 1 AND lapses >= 0 AND step >= 0)
);
CREATE INDEX review_card_due_idx ON review_card (account_id, due);

-- Written once per rating and never changed.
CREATE TABLE review_log (
    id                 BIGINT       NOT NULL,
    card_id            BIGINT       NOT NULL,
    account_id         BIGINT       NOT NULL,
    rating             VARCHAR(10)  NOT NULL,
    reviewed_at        TIMESTAMP    NOT NULL,
    state_before       VARCHAR(20)  NOT NULL,
    elapsed_days       BIGINT       NOT NULL,
    scheduled_seconds  BIGINT       NOT NULL,
    scheduled_days     BIGINT       NOT NULL,
    CONSTRAINT review_log_pk PRIMARY KEY (id),
    CONSTRAINT review_log_card_fk FOREIGN KEY (card_id) REFERENCES review_card (id),
    CONSTRAINT review_log_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT review_log_rating_ck CHECK (rating IN ('AGAIN', 'HARD', 'GOOD', 'EASY'))
);
CREATE INDEX review_log_account_idx ON review_log (account_id, reviewed_at);
