-- Applications (entry forms) to programmes, their review, the organisations a programme invited,
-- and the outbox of e-mail that notifies applicants.

CREATE TABLE programme_invitation (
    programme_id    BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    CONSTRAINT programme_invitation_pk PRIMARY KEY (programme_id, organisation_id),
    CONSTRAINT programme_invitation_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT programme_invitation_org_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

ALTER TABLE cohort ADD COLUMN cancelled_at TIMESTAMP;
ALTER TABLE cohort ADD COLUMN cancelled_reason VARCHAR(1000);

-- One form per programme: whether it takes applications, how places are decided, and which
-- optional questions it asks.
CREATE TABLE application_form (
    programme_id       BIGINT        NOT NULL,
    accepting          BOOLEAN       NOT NULL,
    selection_mode     VARCHAR(20)   NOT NULL,
    minimum_applicants INTEGER,
    selection_criteria VARCHAR(2000),
    version            BIGINT        NOT NULL,
    CONSTRAINT application_form_pk PRIMARY KEY (programme_id),
    CONSTRAINT application_form_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT application_form_mode_ck CHECK (selection_mode IN ('FIRST_COME', 'SELECTION')),
    CONSTRAINT application_form_minimum_ck CHECK (minimum_applicants IS NULL OR minimum_applicants >= 1)
);

CREATE TABLE application_form_question (
    programme_id BIGINT      NOT NULL,
    question     VARCHAR(40) NOT NULL,
    requirement  VARCHAR(20) NOT NULL,
    CONSTRAINT application_form_question_pk PRIMARY KEY (programme_id, question),
    CONSTRAINT application_form_question_fk FOREIGN KEY (programme_id) REFERENCES application_form (programme_id)
        ON DELETE CASCADE,
    CONSTRAINT application_form_question_ck CHECK (requirement IN ('OPTIONAL', 'REQUIRED'))
);

CREATE SEQUENCE application_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE application (
    id                 BIGINT        NOT NULL,
    reference          VARCHAR(20)   NOT NULL,
    programme_id       BIGINT        NOT NULL,
    cohort_id          BIGINT        NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    display_name       VARCHAR(200)  NOT NULL,
    email              VARCHAR(254)  NOT NULL,
    email_key          VARCHAR(254)  NOT NULL,
    language           VARCHAR(8)    NOT NULL,
    submitted_at       TIMESTAMP     NOT NULL,
    source_address     VARCHAR(64),
    decided_at         TIMESTAMP,
    decided_by         VARCHAR(200),
    decision_reason    VARCHAR(1000),
    selection_note     VARCHAR(1000),
    organisation_id    BIGINT,
    account_id         BIGINT,
    seat_id            BIGINT,
    version            BIGINT        NOT NULL,
    CONSTRAINT application_pk PRIMARY KEY (id),
    CONSTRAINT application_reference_uq UNIQUE (reference),
    CONSTRAINT application_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT application_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT application_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT application_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    -- A seat is released (deleted) when its account is revoked or erased; the application keeps its history.
    CONSTRAINT application_seat_fk FOREIGN KEY (seat_id) REFERENCES seat (id) ON DELETE SET NULL,
    CONSTRAINT application_status_ck CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED'))
);

CREATE INDEX application_queue_idx ON application (programme_id, status, submitted_at);
CREATE INDEX application_email_idx ON application (programme_id, email_key);

CREATE TABLE application_answer (
    application_id BIGINT        NOT NULL,
    question       VARCHAR(40)   NOT NULL,
    answer         VARCHAR(1000) NOT NULL,
    CONSTRAINT application_answer_pk PRIMARY KEY (application_id, question),
    CONSTRAINT application_answer_fk FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
);

-- Mail is written here in the transaction that causes it and sent afterwards, so an approval is
-- never lost to an SMTP outage and a rolled-back approval sends nothing. The body is cleared once
-- the message is sent: it may carry a one-time password.
CREATE SEQUENCE outbound_mail_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE outbound_mail (
    id           BIGINT         NOT NULL,
    created_at   TIMESTAMP      NOT NULL,
    recipients   VARCHAR(20000) NOT NULL,
    blind_copy   BOOLEAN        NOT NULL,
    subject      VARCHAR(400)   NOT NULL,
    body         VARCHAR(20000),
    purpose      VARCHAR(60)    NOT NULL,
    related_to   VARCHAR(100),
    status       VARCHAR(20)    NOT NULL,
    attempts     INTEGER        NOT NULL,
    next_attempt TIMESTAMP      NOT NULL,
    sent_at      TIMESTAMP,
    last_error   VARCHAR(1000),
    version      BIGINT         NOT NULL,
    CONSTRAINT outbound_mail_pk PRIMARY KEY (id),
    CONSTRAINT outbound_mail_status_ck CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);

CREATE INDEX outbound_mail_pending_idx ON outbound_mail (status, next_attempt);
