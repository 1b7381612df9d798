-- Programmes, their cohorts (terms) and the seats given in them.

CREATE SEQUENCE programme_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE cohort_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE seat_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE programme (
    id                         BIGINT       NOT NULL,
    code                       VARCHAR(64)  NOT NULL,
    name                       VARCHAR(200) NOT NULL,
    seat_limit                 INTEGER,
    org_cap_fixed              INTEGER,
    org_cap_small              INTEGER,
    org_cap_large              INTEGER,
    org_cap_employee_threshold INTEGER,
    access_months              INTEGER,
    version                    BIGINT       NOT NULL,
    CONSTRAINT programme_pk PRIMARY KEY (id),
    CONSTRAINT programme_code_uq UNIQUE (code)
);

CREATE TABLE cohort (
    id                  BIGINT       NOT NULL,
    programme_id        BIGINT       NOT NULL,
    name                VARCHAR(200) NOT NULL,
    starts_on           DATE         NOT NULL,
    ends_on             DATE         NOT NULL,
    seat_limit          INTEGER,
    invited_reserve     INTEGER      NOT NULL,
    reserve_released_on DATE,
    CONSTRAINT cohort_pk PRIMARY KEY (id),
    CONSTRAINT cohort_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT cohort_dates_ck CHECK (ends_on >= starts_on)
);

CREATE TABLE seat (
    id              BIGINT    NOT NULL,
    programme_id    BIGINT    NOT NULL,
    cohort_id       BIGINT    NOT NULL,
    organisation_id BIGINT,
    invited         BOOLEAN   NOT NULL,
    account_id      BIGINT,
    submitted_at    TIMESTAMP NOT NULL,
    granted_at      TIMESTAMP NOT NULL,
    CONSTRAINT seat_pk PRIMARY KEY (id),
    CONSTRAINT seat_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT seat_cohort_fk FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT seat_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX seat_cohort_idx ON seat (cohort_id);
CREATE INDEX seat_programme_org_idx ON seat (programme_id, organisation_id);
