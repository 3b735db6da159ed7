-- Registration: the council's register of schools. Runs on PostgreSQL and on H2 (PostgreSQL mode).
CREATE SEQUENCE school_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE school (
    id             BIGINT       NOT NULL PRIMARY KEY,
    urn            VARCHAR(6)   NOT NULL,
    laestab        VARCHAR(7)   NOT NULL,
    name           VARCHAR(200) NOT NULL,
    phase          VARCHAR(20)  NOT NULL,
    sla_subscriber BOOLEAN      NOT NULL,
    link_officer   VARCHAR(100),
    registered_at  TIMESTAMP    NOT NULL,
    updated_at     TIMESTAMP    NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT school_urn_unique UNIQUE (urn),
    CONSTRAINT school_laestab_unique UNIQUE (laestab),
    CONSTRAINT school_phase_known CHECK (phase IN ('PRIMARY', 'SECONDARY', 'SPECIAL', 'ALL_THROUGH', 'PRU', 'NURSERY'))
);
