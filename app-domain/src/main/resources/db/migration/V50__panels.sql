-- Panels (issue 11): standing multi-agency groups as configuration (members with the agency each represents, a chair,
-- a cadence, the referral form's requirements, the decisions it may take, a quorum rule), their meetings, referrals,
-- agendas, attendance, conflicts of interest, decisions and actions. Cases and children are referred to by id:
-- casework and registration own them; panels never writes their tables.
CREATE SEQUENCE panel_member_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE panel_meeting_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE panel_referral_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE panel_agenda_item_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE panel_attendance_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE panel_conflict_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE panel_decision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE panel_action_seq START WITH 50 INCREMENT BY 50;

-- cadence_weeks: a meeting every N weeks from first_meeting (null: meetings only when someone plans one);
-- referral_requirements: "KIND:count" of the case's records (casework's kinds of evidence), comma separated;
-- decisions: the codes of the decisions it may take; quorum_minimum: members present, chair counted;
-- quorum_agencies: "AGENCY:count" that must be among those present (e.g. two Legal Services representatives).
CREATE TABLE panel (
    code                   VARCHAR(30)   NOT NULL PRIMARY KEY,
    name                   VARCHAR(200)  NOT NULL,
    purpose                VARCHAR(2000) NOT NULL,
    chair_username         VARCHAR(100)  NOT NULL,
    cadence_weeks          INTEGER,
    first_meeting          DATE,
    meeting_time           VARCHAR(5)    NOT NULL,
    meeting_place          VARCHAR(200)  NOT NULL,
    plan_ahead_weeks       INTEGER       NOT NULL,
    papers_school_days     INTEGER       NOT NULL,
    referral_form          BOOLEAN       NOT NULL,
    referral_requirements  VARCHAR(1000),
    decisions              VARCHAR(1000) NOT NULL,
    quorum_minimum         INTEGER       NOT NULL,
    quorum_chair           BOOLEAN       NOT NULL,
    quorum_agencies        VARCHAR(500),
    version                BIGINT        NOT NULL
);

CREATE TABLE panel_member (
    id              BIGINT        NOT NULL PRIMARY KEY,
    panel_code      VARCHAR(30)   NOT NULL REFERENCES panel (code),
    username        VARCHAR(100)  NOT NULL,
    agency          VARCHAR(40)   NOT NULL,
    CONSTRAINT panel_member_once UNIQUE (panel_code, username)
);

CREATE TABLE panel_meeting (
    id              BIGINT        NOT NULL PRIMARY KEY,
    panel_code      VARCHAR(30)   NOT NULL REFERENCES panel (code),
    meeting_date    DATE          NOT NULL,
    nominal_date    DATE,
    meeting_time    VARCHAR(5)    NOT NULL,
    place           VARCHAR(200)  NOT NULL,
    papers_due      DATE          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    planned_by      VARCHAR(100)  NOT NULL,
    published_at    TIMESTAMP,
    minutes         VARCHAR(20000),
    version         BIGINT        NOT NULL,
    CONSTRAINT panel_meeting_nominal UNIQUE (panel_code, nominal_date)
);
CREATE INDEX panel_meeting_date ON panel_meeting (panel_code, meeting_date);

CREATE TABLE panel_referral (
    id                BIGINT        NOT NULL PRIMARY KEY,
    panel_code        VARCHAR(30)   NOT NULL REFERENCES panel (code),
    case_id           BIGINT        NOT NULL REFERENCES case_file (id),
    reason            VARCHAR(4000) NOT NULL,
    evidence          VARCHAR(8000),
    status            VARCHAR(20)   NOT NULL,
    referred_by       VARCHAR(100)  NOT NULL,
    referred_at       TIMESTAMP     NOT NULL,
    override_reason   VARCHAR(2000),
    missing_evidence  VARCHAR(2000),
    returned_from     BIGINT,
    version           BIGINT        NOT NULL
);
CREATE INDEX panel_referral_case ON panel_referral (case_id);

CREATE TABLE panel_agenda_item (
    id            BIGINT        NOT NULL PRIMARY KEY,
    meeting_id    BIGINT        NOT NULL REFERENCES panel_meeting (id),
    referral_id   BIGINT        NOT NULL REFERENCES panel_referral (id),
    case_id       BIGINT        NOT NULL REFERENCES case_file (id),
    listed_at     TIMESTAMP     NOT NULL,
    listed_by     VARCHAR(100)  NOT NULL,
    decided_on    DATE,
    CONSTRAINT panel_agenda_once UNIQUE (meeting_id, case_id)
);
CREATE INDEX panel_agenda_case ON panel_agenda_item (case_id);

CREATE TABLE panel_attendance (
    id            BIGINT        NOT NULL PRIMARY KEY,
    meeting_id    BIGINT        NOT NULL REFERENCES panel_meeting (id),
    username      VARCHAR(100)  NOT NULL,
    agency        VARCHAR(40)   NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    CONSTRAINT panel_attendance_once UNIQUE (meeting_id, username)
);

CREATE TABLE panel_conflict (
    id            BIGINT        NOT NULL PRIMARY KEY,
    meeting_id    BIGINT        NOT NULL REFERENCES panel_meeting (id),
    case_id       BIGINT        NOT NULL,
    username      VARCHAR(100)  NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    declared_at   TIMESTAMP     NOT NULL,
    CONSTRAINT panel_conflict_once UNIQUE (meeting_id, case_id, username)
);

CREATE TABLE panel_decision (
    id                        BIGINT        NOT NULL PRIMARY KEY,
    meeting_id                BIGINT        NOT NULL REFERENCES panel_meeting (id),
    case_id                   BIGINT        NOT NULL REFERENCES case_file (id),
    referral_id               BIGINT        NOT NULL REFERENCES panel_referral (id),
    panel_code                VARCHAR(30)   NOT NULL,
    outcome                   VARCHAR(40)   NOT NULL,
    reasons                   VARCHAR(8000) NOT NULL,
    decided_on                DATE          NOT NULL,
    decided_by                VARCHAR(100)  NOT NULL,
    neglect_factors           VARCHAR(8000),
    attendance_percent        DECIMAL(5, 1),
    all_agencies_tried        BOOLEAN,
    eso_considered            BOOLEAN,
    eso_consideration         VARCHAR(4000),
    evidential_test_met       BOOLEAN,
    evidential_reasons        VARCHAR(4000),
    public_interest_met       BOOLEAN,
    public_interest_reasons   VARCHAR(4000),
    carer_id                  BIGINT,
    place_school              VARCHAR(7),
    place_due                 DATE,
    mash_outcome              VARCHAR(20),
    mash_received_on          DATE,
    mash_notes                VARCHAR(4000),
    version                   BIGINT        NOT NULL
);
CREATE INDEX panel_decision_case ON panel_decision (case_id);

CREATE TABLE panel_action (
    id            BIGINT        NOT NULL PRIMARY KEY,
    decision_id   BIGINT        NOT NULL REFERENCES panel_decision (id),
    description   VARCHAR(1000) NOT NULL,
    owner         VARCHAR(200)  NOT NULL,
    due_on        DATE          NOT NULL
);

-- The shipped panels. Their members are the demo and test accounts: a council replaces them with its own people.
INSERT INTO panel VALUES ('CLAAG', 'Complex Low Attendance Avoidance Group',
    'Guidance, support and challenge where a child''s attendance causes concern: strategies, challenge to drift and delay by other agencies, and whether the educational neglect threshold is met',
    'claag-chair', 2, DATE '2025-09-09', '10:00', 'Council offices, meeting room 2', 6, 10, TRUE,
    'SCHOOL_MEETING:1,EARLY_HELP_OFFERED:1,GRADED_CARE_PROFILE:1',
    'STRATEGIES_AGREED,DRIFT_CHALLENGED,EDUCATIONAL_NEGLECT,THRESHOLD_NOT_MET', 2, TRUE, NULL, 0);
INSERT INTO panel VALUES ('FAIR_ACCESS', 'Fair Access Panel',
    'Places unplaced and hard-to-place children in the School Admissions Code 2021 categories after an in-year application, and agrees managed moves',
    'sas-manager', 4, DATE '2025-09-11', '14:00', 'Council offices, meeting room 1', 8, 10, TRUE,
    NULL, 'PLACE_ALLOCATED,MANAGED_MOVE,NOT_ELIGIBLE', 2, TRUE, NULL, 0);
INSERT INTO panel VALUES ('PRE_PROCEEDINGS', 'Pre-proceedings panel',
    'The service manager and two Legal Services representatives apply the evidential and public interest tests before any proceedings',
    'sas-manager', 4, DATE '2025-09-18', '11:00', 'Legal Services, conference room', 8, 20, TRUE,
    'PARENTING_CONTRACT:1',
    'APPLY_FOR_ESO,FURTHER_SUPPORT,NOT_IN_PUBLIC_INTEREST,PROSECUTE_444_1,PROSECUTE_444_1A', 3, TRUE,
    'SERVICE_MANAGER:1,LEGAL_SERVICES:2', 0);
INSERT INTO panel VALUES ('PRE_COURT', 'Pre-court panel',
    'Led by the statutory officer with the family present; its outcome is a signed plan with a warning',
    'statutory-officer', NULL, NULL, '10:00', 'Council offices, family room', 0, 10, TRUE,
    NULL, 'SIGNED_PLAN_WITH_WARNING', 1, TRUE, NULL, 0);
INSERT INTO panel VALUES ('TARGETING_SUPPORT', 'Targeting Support Meeting',
    'Each term with each school: the school''s severe, persistent, newly persistent and penalty notice threshold cohorts, and a joint plan per severely absent pupil',
    'traded-officer', NULL, NULL, '13:30', 'At the school', 0, 10, FALSE,
    NULL, 'JOINT_PLAN', 0, FALSE, NULL, 0);

INSERT INTO panel_member VALUES (1, 'CLAAG', 'claag-chair', 'ATTENDANCE_SERVICE');
INSERT INTO panel_member VALUES (2, 'CLAAG', 'claag-member', 'EDUCATION_IMPROVEMENT');
INSERT INTO panel_member VALUES (3, 'FAIR_ACCESS', 'sas-manager', 'SERVICE_MANAGER');
INSERT INTO panel_member VALUES (4, 'FAIR_ACCESS', 'fap-member', 'EDUCATION_IMPROVEMENT');
INSERT INTO panel_member VALUES (5, 'PRE_PROCEEDINGS', 'sas-manager', 'SERVICE_MANAGER');
INSERT INTO panel_member VALUES (6, 'PRE_PROCEEDINGS', 'preproceedings-member', 'LEGAL_SERVICES');
INSERT INTO panel_member VALUES (7, 'PRE_PROCEEDINGS', 'preproceedings-solicitor', 'LEGAL_SERVICES');
INSERT INTO panel_member VALUES (8, 'PRE_COURT', 'statutory-officer', 'ATTENDANCE_SERVICE');
INSERT INTO panel_member VALUES (9, 'TARGETING_SUPPORT', 'traded-officer', 'ATTENDANCE_SERVICE');
