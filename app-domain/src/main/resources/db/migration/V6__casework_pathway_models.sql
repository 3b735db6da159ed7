-- Casework: pathway models (the graduated response) as configuration. Three presets ship as data, from the councils'
-- own guidance (spec/PRODUCT.md, The pathway): Knowsley (active by default), Southwark and Norfolk. An administrator
-- edits them or defines a council's own model on the pathway screen; no code holds a level.
CREATE SEQUENCE pathway_model_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE pathway_level_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE pathway_evidence_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE pathway_model (
    id                         BIGINT       NOT NULL PRIMARY KEY,
    code                       VARCHAR(40)  NOT NULL,
    name                       VARCHAR(200) NOT NULL,
    description                VARCHAR(1000),
    active                     BOOLEAN      NOT NULL,
    -- The timescales of the casework cycle, in school weeks / school days (PRODUCT.md, Timescales).
    early_help_check_weeks     INTEGER      NOT NULL,
    not_suitable_review_weeks  INTEGER      NOT NULL,
    aim_review_weeks           INTEGER      NOT NULL,
    aim_extensions             INTEGER      NOT NULL,
    taf_interval_weeks         INTEGER      NOT NULL,
    eha_review_weeks           INTEGER      NOT NULL,
    drift_school_days          INTEGER      NOT NULL,
    version                    BIGINT       NOT NULL,
    CONSTRAINT pathway_model_code UNIQUE (code)
);

CREATE TABLE pathway_level (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    model_id             BIGINT        NOT NULL REFERENCES pathway_model (id),
    position             INTEGER       NOT NULL,
    code                 VARCHAR(20)   NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    description          VARCHAR(1000),
    entry_indicators     VARCHAR(1000),
    entry_below_percent  NUMERIC(4, 1),
    statutory            BOOLEAN       NOT NULL,
    review_unit          VARCHAR(20)   NOT NULL,
    review_amount        INTEGER       NOT NULL,
    max_unit             VARCHAR(20),
    max_amount           INTEGER,
    worked_by            VARCHAR(400)  NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT pathway_level_code UNIQUE (model_id, code),
    CONSTRAINT pathway_level_position UNIQUE (model_id, position)
);

-- What must exist on a case at this level before it may step up to the next one.
CREATE TABLE pathway_evidence (
    id         BIGINT       NOT NULL PRIMARY KEY,
    level_id   BIGINT       NOT NULL REFERENCES pathway_level (id),
    position   INTEGER      NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    label      VARCHAR(300) NOT NULL,
    min_count  INTEGER      NOT NULL
);

CREATE INDEX pathway_level_model ON pathway_level (model_id);
CREATE INDEX pathway_evidence_level ON pathway_evidence (level_id);

-- Knowsley Attendance Handbook 2024-2027 (the default).
INSERT INTO pathway_model VALUES (1, 'KNOWSLEY', 'Knowsley graduated response (levels 1-4)',
    'Level 1 universal school action; Level 2 early intervention (school-based check with SLA, Attendance Improvement Meeting); Level 3 targeted (Family First, statutory attendance work, CLAAG); Level 4 statutory (social care, legal measures).',
    TRUE, 6, 6, 3, 1, 2, 4, 10, 0);
INSERT INTO pathway_level VALUES (1, 1, 1, 'L1', 'Level 1: Universal school action and support',
    'School-level actions at the earliest signs of non-attendance, before asking for wider agency support. After 6 weeks with little or no improvement an Early Help Assessment must be completed.',
    'Attendance below 95%; patterns of irregular attendance', 95.0, FALSE, 'SCHOOL_WEEKS', 6, NULL, NULL,
    'SCHOOL_ATTENDANCE_LEAD,TRADED_OFFICER,EARLY_HELP_WORKER', 0);
INSERT INTO pathway_level VALUES (2, 1, 2, 'L2', 'Level 2: Early intervention (school-based check, Attendance Improvement Meeting)',
    'Early intervention and a family response: the traded officer''s school-based check, then an Attendance Improvement Meeting with an action plan reviewed after 3 weeks. Not extended beyond one half term.',
    'Level 1 action has not improved attendance over 6 weeks; persistent absence', 90.0, FALSE, 'SCHOOL_WEEKS', 3, 'HALF_TERM', 1,
    'TRADED_OFFICER,EARLY_HELP_WORKER', 0);
INSERT INTO pathway_level VALUES (3, 1, 3, 'L3', 'Level 3: Targeted (Family First, statutory attendance work, CLAAG)',
    'Targeted intervention brokering multi-agency support: Family First, the statutory officer, a CLAAG referral. Without the required improvement within a half term, consider prosecution or educational neglect.',
    'AIM and/or TAF actions have failed to improve attendance; needs and risks have increased', 90.0, TRUE, 'HALF_TERM', 1, 'HALF_TERM', 1,
    'STATUTORY_OFFICER,EARLY_HELP_WORKER', 0);
INSERT INTO pathway_level VALUES (4, 1, 4, 'L4', 'Level 4: Statutory (social care, legal measures)',
    'Statutory intervention: formal inter-agency meeting, parenting contract, MASH referral, penalty notices, prosecution or educational neglect.',
    'Attendance has not improved despite targeted support', 50.0, TRUE, 'HALF_TERM', 1, NULL, NULL,
    'STATUTORY_OFFICER', 0);
INSERT INTO pathway_evidence VALUES (1, 1, 1, 'PHONE_CALL', 'Phone calls to parents', 1);
INSERT INTO pathway_evidence VALUES (2, 1, 2, 'LETTER_TO_PARENT', 'Correspondence to parents highlighting concerns', 1);
INSERT INTO pathway_evidence VALUES (3, 1, 3, 'SCHOOL_MEETING', 'Meetings in school with parents to discuss issues', 1);
INSERT INTO pathway_evidence VALUES (4, 1, 4, 'HOME_VISIT', 'Home visits', 1);
INSERT INTO pathway_evidence VALUES (5, 1, 5, 'EARLY_HELP_OFFERED', 'Evidence of Early Help work offered', 1);
INSERT INTO pathway_evidence VALUES (6, 1, 6, 'SUPPORT_PLAN', 'Support plans and strategies agreed', 1);
INSERT INTO pathway_evidence VALUES (7, 1, 7, 'EARLY_HELP_ASSESSMENT', 'An Early Help Assessment completed', 1);
INSERT INTO pathway_evidence VALUES (8, 2, 1, 'AIM_MEETING', 'Minutes of an Attendance Improvement Meeting', 1);
INSERT INTO pathway_evidence VALUES (9, 2, 2, 'SUPPORT_PLAN', 'An action plan with targets', 1);
INSERT INTO pathway_evidence VALUES (10, 2, 3, 'PLAN_REVIEW', 'AIM actions reviewed', 1);
INSERT INTO pathway_evidence VALUES (11, 3, 1, 'PENALTY_WARNING_LETTER', 'Warning notice to parents', 1);
INSERT INTO pathway_evidence VALUES (12, 3, 2, 'REFERRAL_TO_SERVICE', 'Referrals to other services', 1);
INSERT INTO pathway_evidence VALUES (13, 3, 3, 'GRADED_CARE_PROFILE', 'A Graded Care Profile completed', 1);
INSERT INTO pathway_evidence VALUES (14, 3, 4, 'PARENTING_ASSESSMENT', 'A parenting assessment completed', 1);

-- Southwark: the three-stage approach (London threshold levels 2-4).
INSERT INTO pathway_model VALUES (2, 'SOUTHWARK', 'Southwark three-stage approach',
    'Stage 1 initial attendance action; Stage 2 formal attendance action; Stage 3 statutory attendance action (London threshold levels 2-4). Stages one and two must be completed before a stage three referral.',
    FALSE, 6, 6, 3, 1, 2, 4, 10, 0);
INSERT INTO pathway_level VALUES (5, 2, 1, 'S1', 'Stage 1: Initial attendance action',
    'The school''s initial action with the family (London threshold level 2: early help).',
    'The carer is not engaged in supporting learning or with the school; emerging absence', 95.0, FALSE, 'SCHOOL_WEEKS', 6, NULL, NULL,
    'SCHOOL_ATTENDANCE_LEAD,TRADED_OFFICER,EARLY_HELP_WORKER', 0);
INSERT INTO pathway_level VALUES (6, 2, 2, 'S2', 'Stage 2: Formal attendance action',
    'Formal attendance action with a plan and review (London threshold level 3: complex multiple needs).',
    'Attendance varied with missing absences; the carer does not engage and resists supportive interventions', 90.0, FALSE, 'SCHOOL_WEEKS', 6, 'HALF_TERM', 2,
    'TRADED_OFFICER,STATUTORY_OFFICER,EARLY_HELP_WORKER', 0);
INSERT INTO pathway_level VALUES (7, 2, 3, 'S3', 'Stage 3: Statutory attendance action',
    'Statutory intervention (London threshold level 4: acute need): legal measures.',
    'The carer actively discourages or prevents the child from learning', 50.0, TRUE, 'HALF_TERM', 1, NULL, NULL,
    'STATUTORY_OFFICER', 0);
INSERT INTO pathway_evidence VALUES (15, 5, 1, 'LETTER_TO_PARENT', 'Initial attendance letter to parents', 1);
INSERT INTO pathway_evidence VALUES (16, 5, 2, 'SCHOOL_MEETING', 'Attendance meeting with parents', 1);
INSERT INTO pathway_evidence VALUES (17, 5, 3, 'EARLY_HELP_OFFERED', 'Family Early Help offered', 1);
INSERT INTO pathway_evidence VALUES (18, 6, 1, 'SUPPORT_PLAN', 'Formal attendance plan', 1);
INSERT INTO pathway_evidence VALUES (19, 6, 2, 'PLAN_REVIEW', 'Plan reviewed', 1);
INSERT INTO pathway_evidence VALUES (20, 6, 3, 'PENALTY_WARNING_LETTER', 'Formal warning letter', 1);
INSERT INTO pathway_evidence VALUES (21, 6, 4, 'HOME_VISIT', 'Home visit', 1);

-- Norfolk: a staged intervention pathway by need.
INSERT INTO pathway_model VALUES (3, 'NORFOLK', 'Norfolk staged intervention pathway',
    'Universal; low-level emerging needs; early intervention; targeted persistent absence (90% and below); acute severe absence (50% and below).',
    FALSE, 6, 6, 3, 1, 2, 4, 10, 0);
INSERT INTO pathway_level VALUES (8, 3, 1, 'UNIVERSAL', 'Universal and whole-school approaches',
    'Whole-school promotion of attendance, first-day response, information to families.',
    'Attendance concerns noticed by the school', 95.0, FALSE, 'SCHOOL_WEEKS', 6, NULL, NULL,
    'SCHOOL_ATTENDANCE_LEAD,TRADED_OFFICER,EARLY_HELP_WORKER', 0);
INSERT INTO pathway_level VALUES (9, 3, 2, 'EMERGING', 'Low-level, emerging needs',
    'Self-help, information, advice and guidance; family hub support.',
    'Emerging pattern of absence', 95.0, FALSE, 'SCHOOL_WEEKS', 6, NULL, NULL,
    'SCHOOL_ATTENDANCE_LEAD,TRADED_OFFICER,EARLY_HELP_WORKER', 0);
INSERT INTO pathway_level VALUES (10, 3, 3, 'EARLY', 'Early intervention',
    'Early Intervention Attendance Plan, attendance reviews, Early Help Assessment and Plan where needs are wider.',
    'At risk of becoming persistently absent', 92.0, FALSE, 'SCHOOL_WEEKS', 4, NULL, NULL,
    'SCHOOL_ATTENDANCE_LEAD,TRADED_OFFICER,EARLY_HELP_WORKER', 0);
INSERT INTO pathway_level VALUES (11, 3, 4, 'TARGETED', 'Targeted: persistent absence (90% and below)',
    'Formalised planning, check-ins, multi-agency meetings; the Attendance Team considers legal measures.',
    'Attendance 90% and below (persistent absence)', 90.0, TRUE, 'SCHOOL_WEEKS', 4, NULL, NULL,
    'TRADED_OFFICER,STATUTORY_OFFICER,EARLY_HELP_WORKER', 0);
INSERT INTO pathway_level VALUES (12, 3, 5, 'ACUTE', 'Acute: severe absence (50% and below)',
    'Intensive multi-agency work, social care consultation, legal intervention.',
    'Attendance 50% and below (severe absence)', 50.0, TRUE, 'HALF_TERM', 1, NULL, NULL,
    'STATUTORY_OFFICER', 0);
INSERT INTO pathway_evidence VALUES (22, 8, 1, 'LETTER_TO_PARENT', 'Letter to parents about attendance', 1);
INSERT INTO pathway_evidence VALUES (23, 9, 1, 'PHONE_CALL', 'Conversation with parents', 1);
INSERT INTO pathway_evidence VALUES (24, 9, 2, 'SCHOOL_MEETING', 'Attendance review meeting', 1);
INSERT INTO pathway_evidence VALUES (25, 10, 1, 'SUPPORT_PLAN', 'Early Intervention Attendance Plan', 1);
INSERT INTO pathway_evidence VALUES (26, 10, 2, 'PLAN_REVIEW', 'Plan reviewed', 1);
INSERT INTO pathway_evidence VALUES (27, 10, 3, 'EARLY_HELP_OFFERED', 'Early Help Assessment and Plan offered', 1);
INSERT INTO pathway_evidence VALUES (28, 11, 1, 'INTER_AGENCY_MEETING', 'Multi-agency meeting', 1);
INSERT INTO pathway_evidence VALUES (29, 11, 2, 'HOME_VISIT', 'Home visit', 1);
INSERT INTO pathway_evidence VALUES (30, 11, 3, 'PENALTY_WARNING_LETTER', 'Notice to improve / warning letter', 1);
