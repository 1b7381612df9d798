-- Organisations (companies), their departments, and which organisation an account belongs to.

CREATE SEQUENCE organisation_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE organisation (
    id             BIGINT       NOT NULL,
    name           VARCHAR(200) NOT NULL,
    employee_count INTEGER      NOT NULL,
    address        VARCHAR(400),
    contact_name   VARCHAR(200),
    contact_email  VARCHAR(254),
    contact_phone  VARCHAR(40),
    created_at     TIMESTAMP    NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT organisation_pk PRIMARY KEY (id),
    CONSTRAINT organisation_employees_ck CHECK (employee_count >= 0)
);

CREATE TABLE organisation_department (
    organisation_id BIGINT       NOT NULL,
    name            VARCHAR(200) NOT NULL,
    CONSTRAINT organisation_department_pk PRIMARY KEY (organisation_id, name),
    CONSTRAINT organisation_department_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
);

ALTER TABLE account ADD COLUMN organisation_id BIGINT;
ALTER TABLE account ADD COLUMN department VARCHAR(200);
ALTER TABLE account ADD CONSTRAINT account_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id);
CREATE INDEX account_organisation_idx ON account (organisation_id);
ALTER TABLE seat ADD CONSTRAINT seat_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id);
