-- Accounts and their roles. login_key is the login id as typed, NFKC-normalised and lower-cased,
-- so "Kumamoto-0001" and a full-width "ｋｕｍａｍｏｔｏ－０００１" are the same account.

CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE account (
    id                   BIGINT        NOT NULL,
    login_id             VARCHAR(64)   NOT NULL,
    login_key            VARCHAR(64)   NOT NULL,
    display_name         VARCHAR(200)  NOT NULL,
    email                VARCHAR(254),
    password_hash        VARCHAR(200)  NOT NULL,
    must_change_password BOOLEAN       NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    preferred_language   VARCHAR(8),
    created_at           TIMESTAMP     NOT NULL,
    password_changed_at  TIMESTAMP     NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT account_pk PRIMARY KEY (id),
    CONSTRAINT account_login_key_uq UNIQUE (login_key),
    CONSTRAINT account_status_ck CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DELETED'))
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(30) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT account_role_ck CHECK (role IN ('LEARNER', 'INSTRUCTOR', 'COMPANY_MANAGER', 'COUNSELLOR', 'ADMINISTRATOR'))
);
