-- Casework: cases (one child, or siblings worked together), their level history, and the Assess, Plan, Do, Review
-- records; referrals from schools and their triage. Children are referred to by id: registration owns them.
CREATE SEQUENCE case_file_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_level_change_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_contact_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_assessment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_assessment_needed_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_plan_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_plan_action_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_review_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE referral_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_file (
    id            BIGINT        NOT NULL PRIMARY KEY,
    model_id      BIGINT        NOT NULL REFERENCES pathway_model (id),
    level_id      BIGINT        NOT NULL REFERENCES pathway_level (id),
    status        VARCHAR(20)   NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    referrer      VARCHAR(200),
    officer       VARCHAR(100),
    opened_on     DATE          NOT NULL,
    opened_by     VARCHAR(100)  NOT NULL,
    level_since   DATE          NOT NULL,
    closed_on     DATE,
    outcome       VARCHAR(40),
    closing_note  VARCHAR(2000),
    version       BIGINT        NOT NULL
);

CREATE TABLE case_pupil (
    case_id   BIGINT NOT NULL REFERENCES case_file (id),
    pupil_id  BIGINT NOT NULL REFERENCES pupil (id),
    PRIMARY KEY (case_id, pupil_id)
);

CREATE TABLE case_level_change (
    id                BIGINT        NOT NULL PRIMARY KEY,
    case_id           BIGINT        NOT NULL REFERENCES case_file (id),
    from_level_id     BIGINT        REFERENCES pathway_level (id),
    to_level_id       BIGINT        REFERENCES pathway_level (id),
    direction         VARCHAR(20)   NOT NULL,
    changed_on        DATE          NOT NULL,
    changed_by        VARCHAR(100)  NOT NULL,
    reason            VARCHAR(2000),
    override_reason   VARCHAR(2000),
    missing_evidence  VARCHAR(2000)
);

-- Do: calls, letters, visits, meetings (school, TAF, AIM, inter-agency), referrals to other services.
CREATE TABLE case_contact (
    id                BIGINT        NOT NULL PRIMARY KEY,
    case_id           BIGINT        NOT NULL REFERENCES case_file (id),
    kind              VARCHAR(40)   NOT NULL,
    occurred_on       DATE          NOT NULL,
    summary           VARCHAR(500)  NOT NULL,
    notes             VARCHAR(8000),
    attendees         VARCHAR(1000),
    family_present    BOOLEAN,
    duration_minutes  INTEGER,
    recorded_by       VARCHAR(100)  NOT NULL,
    recorded_at       TIMESTAMP     NOT NULL
);

CREATE TABLE case_assessment (
    id                BIGINT        NOT NULL PRIMARY KEY,
    case_id           BIGINT        NOT NULL REFERENCES case_file (id),
    assessed_on       DATE          NOT NULL,
    reasons           VARCHAR(4000) NOT NULL,
    needs_education   VARCHAR(2000),
    needs_health      VARCHAR(2000),
    needs_care        VARCHAR(2000),
    child_voice       VARCHAR(4000),
    already_tried     VARCHAR(4000),
    support_required  VARCHAR(4000),
    recorded_by       VARCHAR(100)  NOT NULL
);

-- Further assessments the case needs (Early Help Assessment, Graded Care Profile, parenting assessment).
CREATE TABLE case_assessment_needed (
    id            BIGINT       NOT NULL PRIMARY KEY,
    case_id       BIGINT       NOT NULL REFERENCES case_file (id),
    kind          VARCHAR(40)  NOT NULL,
    due_on        DATE         NOT NULL,
    completed_on  DATE,
    notes         VARCHAR(2000),
    version       BIGINT       NOT NULL
);

CREATE TABLE case_plan (
    id                        BIGINT        NOT NULL PRIMARY KEY,
    case_id                   BIGINT        NOT NULL REFERENCES case_file (id),
    created_on                DATE          NOT NULL,
    target_attendance_percent NUMERIC(4, 1),
    targets                   VARCHAR(2000),
    shared_with_family        BOOLEAN       NOT NULL,
    shared_with_child         BOOLEAN       NOT NULL,
    meeting_id                BIGINT        REFERENCES case_contact (id),
    recorded_by               VARCHAR(100)  NOT NULL
);

CREATE TABLE case_plan_action (
    id                BIGINT        NOT NULL PRIMARY KEY,
    plan_id           BIGINT        NOT NULL REFERENCES case_plan (id),
    description       VARCHAR(1000) NOT NULL,
    owner_kind        VARCHAR(20)   NOT NULL,
    owner_name        VARCHAR(200)  NOT NULL,
    due_on            DATE          NOT NULL,
    expected_outcome  VARCHAR(1000),
    done_on           DATE,
    evidence          VARCHAR(2000),
    version           BIGINT        NOT NULL
);

CREATE TABLE case_review (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    case_id                 BIGINT        NOT NULL REFERENCES case_file (id),
    reviewed_on             DATE          NOT NULL,
    intervention            VARCHAR(40)   NOT NULL,
    before_from             DATE          NOT NULL,
    before_to               DATE          NOT NULL,
    before_percent          NUMERIC(4, 1),
    after_from              DATE          NOT NULL,
    after_to                DATE          NOT NULL,
    after_percent           NUMERIC(4, 1),
    family_felt_supported   BOOLEAN,
    actions_completed       INTEGER       NOT NULL,
    actions_total           INTEGER       NOT NULL,
    child_voice             VARCHAR(4000),
    consider_legal          BOOLEAN       NOT NULL,
    outcome                 VARCHAR(20)   NOT NULL,
    notes                   VARCHAR(4000),
    recorded_by             VARCHAR(100)  NOT NULL
);

-- A school's referral through the portal, with what the handbook asks for, and the officer's triage.
CREATE TABLE referral (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    pupil_id               BIGINT        NOT NULL REFERENCES pupil (id),
    laestab                VARCHAR(7)    NOT NULL,
    referred_by            VARCHAR(100)  NOT NULL,
    referred_on            DATE          NOT NULL,
    reason                 VARCHAR(4000) NOT NULL,
    attendance_summary     VARCHAR(2000) NOT NULL,
    attendance_history     VARCHAR(2000) NOT NULL,
    siblings               VARCHAR(2000),
    parents                VARCHAR(2000),
    exclusions             VARCHAR(2000),
    send_information       VARCHAR(2000),
    medical_and_gp         VARCHAR(2000),
    pastoral_support       VARCHAR(2000),
    early_help_assessment  VARCHAR(2000),
    other_agencies         VARCHAR(2000),
    extenuating_factors    VARCHAR(2000),
    status                 VARCHAR(20)   NOT NULL,
    triaged_by             VARCHAR(100),
    triaged_on             DATE,
    decision_reason        VARCHAR(2000),
    review_by              DATE,
    case_id                BIGINT        REFERENCES case_file (id),
    version                BIGINT        NOT NULL
);

CREATE INDEX case_file_officer ON case_file (officer, status);
CREATE INDEX case_pupil_pupil ON case_pupil (pupil_id);
CREATE INDEX case_level_change_case ON case_level_change (case_id);
CREATE INDEX case_contact_case ON case_contact (case_id);
CREATE INDEX case_assessment_case ON case_assessment (case_id);
CREATE INDEX case_assessment_needed_case ON case_assessment_needed (case_id);
CREATE INDEX case_plan_case ON case_plan (case_id);
CREATE INDEX case_plan_action_plan ON case_plan_action (plan_id);
CREATE INDEX case_review_case ON case_review (case_id);
CREATE INDEX referral_school ON referral (laestab, status);
CREATE INDEX referral_pupil ON referral (pupil_id);
