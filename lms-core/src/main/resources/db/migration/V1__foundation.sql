-- Foundation schema. Every migration must run unchanged on H2 2.x and PostgreSQL 15+:
-- plain types only (BIGINT, VARCHAR, TIMESTAMP holding UTC), sequences for ids.

CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_event (
    id             BIGINT        NOT NULL,
    occurred_at    TIMESTAMP     NOT NULL,
    actor          VARCHAR(200)  NOT NULL,
    action         VARCHAR(100)  NOT NULL,
    target         VARCHAR(400),
    detail         VARCHAR(2000),
    source_address VARCHAR(64),
    request_id     VARCHAR(64),
    CONSTRAINT audit_event_pk PRIMARY KEY (id)
);

CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at);

CREATE TABLE app_setting (
    setting_key   VARCHAR(200)  NOT NULL,
    setting_value VARCHAR(4000) NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT app_setting_pk PRIMARY KEY (setting_key)
);
