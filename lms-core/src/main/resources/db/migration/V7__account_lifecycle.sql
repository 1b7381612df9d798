-- Account lifecycle: revocation with a second administrator's approval, erasure with a record of
-- what was erased, a normalised name for search, and indexes for searching the audit trail.

ALTER TABLE account DROP CONSTRAINT account_status_ck;
ALTER TABLE account ADD CONSTRAINT account_status_ck
    CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED', 'DELETED'));

-- The display name NFKC-normalised and lower-cased, kept by the entity. Rows written before this
-- migration get the plain lower-cased name (SQL has no NFKC); the entity renormalises on any change.
ALTER TABLE account ADD COLUMN search_name VARCHAR(200);
UPDATE account SET search_name = LOWER(display_name);
ALTER TABLE account ALTER COLUMN search_name SET NOT NULL;

CREATE SEQUENCE revocation_request_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE revocation_request (
    id                   BIGINT        NOT NULL,
    account_id           BIGINT        NOT NULL,
    reason               VARCHAR(500)  NOT NULL,
    requested_by_id      BIGINT        NOT NULL,
    requested_by         VARCHAR(200)  NOT NULL,
    requested_at         TIMESTAMP     NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    decided_by_id        BIGINT,
    decided_by           VARCHAR(200),
    decided_at           TIMESTAMP,
    decision_note        VARCHAR(500),
    version              BIGINT        NOT NULL,
    CONSTRAINT revocation_request_pk PRIMARY KEY (id),
    CONSTRAINT revocation_request_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT revocation_request_status_ck CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED'))
);

CREATE INDEX revocation_request_status_idx ON revocation_request (status);
CREATE INDEX revocation_request_account_idx ON revocation_request (account_id);

CREATE SEQUENCE erasure_record_seq START WITH 1 INCREMENT BY 50;

-- What was erased from an account, when, by whom and why. It holds the names of the fields only,
-- never their old values.
CREATE TABLE erasure_record (
    id             BIGINT        NOT NULL,
    account_id     BIGINT        NOT NULL,
    erased_fields  VARCHAR(400)  NOT NULL,
    erased_at      TIMESTAMP     NOT NULL,
    erased_by      VARCHAR(200)  NOT NULL,
    reason         VARCHAR(500)  NOT NULL,
    CONSTRAINT erasure_record_pk PRIMARY KEY (id),
    CONSTRAINT erasure_record_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX erasure_record_account_idx ON erasure_record (account_id);

CREATE INDEX audit_event_target_idx ON audit_event (target, occurred_at);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at);
