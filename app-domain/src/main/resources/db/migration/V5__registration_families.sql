-- Registration: parents and carers, and their link to each child (parental responsibility, lives with). Children who
-- share a carer are siblings: the whole family is worked together, at all their schools.
CREATE SEQUENCE carer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE carer_link_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE carer (
    id        BIGINT       NOT NULL PRIMARY KEY,
    forename  VARCHAR(100) NOT NULL,
    surname   VARCHAR(100) NOT NULL,
    phone     VARCHAR(30),
    email     VARCHAR(200),
    address   VARCHAR(300),
    postcode  VARCHAR(8),
    version   BIGINT       NOT NULL
);

CREATE TABLE carer_link (
    id                     BIGINT      NOT NULL PRIMARY KEY,
    pupil_id               BIGINT      NOT NULL REFERENCES pupil (id),
    carer_id               BIGINT      NOT NULL REFERENCES carer (id),
    relationship           VARCHAR(20) NOT NULL,
    parental_responsibility BOOLEAN    NOT NULL,
    lives_with             BOOLEAN     NOT NULL,
    version                BIGINT      NOT NULL,
    CONSTRAINT carer_link_unique UNIQUE (pupil_id, carer_id)
);

CREATE INDEX carer_link_carer ON carer_link (carer_id);
