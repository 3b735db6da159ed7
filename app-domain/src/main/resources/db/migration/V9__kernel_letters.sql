-- Shared kernel: letter templates the administrator edits, the letters made from them for a case, and their PDFs.
-- Five presets in plain English; {{placeholders}} are the fields of kernel.letters.LetterField.
CREATE TABLE letter_template (
    code        VARCHAR(40)    NOT NULL PRIMARY KEY,
    name        VARCHAR(200)   NOT NULL,
    body        VARCHAR(20000) NOT NULL,
    updated_by  VARCHAR(100)   NOT NULL,
    updated_at  TIMESTAMP      NOT NULL,
    version     BIGINT         NOT NULL
);

CREATE SEQUENCE letter_seq START WITH 50 INCREMENT BY 50;

-- case_id has no foreign key yet: the case table belongs to casework, which adds the key when it creates the table.
CREATE TABLE letter (
    id               BIGINT       NOT NULL PRIMARY KEY,
    case_id          BIGINT       NOT NULL,
    pupil_id         BIGINT       NOT NULL,
    template_code    VARCHAR(40)  NOT NULL,
    template_version BIGINT       NOT NULL,
    title            VARCHAR(200) NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    sent_method      VARCHAR(10),
    sent_on          DATE,
    sent_by          VARCHAR(100),
    version          BIGINT       NOT NULL,
    CONSTRAINT letter_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id),
    CONSTRAINT letter_sent_method CHECK (sent_method IN ('POST', 'HAND', 'EMAIL'))
);

CREATE INDEX letter_case ON letter (case_id);
CREATE INDEX letter_pupil_id ON letter (pupil_id);

-- The PDF, read only when someone downloads it. BYTEA is PostgreSQL's binary type; H2 reads it as BINARY VARYING.
CREATE TABLE letter_document (
    letter_id BIGINT NOT NULL PRIMARY KEY,
    content   BYTEA  NOT NULL,
    CONSTRAINT letter_document_letter FOREIGN KEY (letter_id) REFERENCES letter (id)
);

INSERT INTO letter_template (code, name, body, updated_by, updated_at, version) VALUES ('ATTENDANCE_LETTER_1',
'Attendance letter 1: a concern about attendance',
'{{council.name}}
{{council.address}}

{{today}}

{{carer.name}}
{{carer.address}}

Our reference: {{case.reference}}

Dear {{carer.name}},

{{child.name}}, born {{child.dateOfBirth}}, at {{school.name}}

I am writing because we are concerned about {{child.name}}''s attendance at {{school.name}}.

Between {{attendance.from}} and {{attendance.to}}, {{child.name}} attended {{attendance.percent}}% of the sessions they could have attended. {{attendance.unauthorisedSessions}} sessions were missed without the school''s permission.

Going to school every day matters. Children who attend regularly learn more, do better in their exams and find it easier to keep up with their friends. Parents have a legal duty to make sure that a child of compulsory school age who is registered at a school attends it regularly.

We would like to understand what is making it hard for {{child.name}} to attend, and to help. If there is something the school or the council should know, such as an illness, worries at school or changes at home, please contact me on {{officer.phone}} or at {{officer.email}}.

We will keep an eye on {{child.name}}''s attendance over the coming weeks. If it does not improve, we will write to you again and invite you to a meeting.

Yours sincerely,

{{officer.name}}
School Attendance Service, {{council.name}}',
'pathway', CURRENT_TIMESTAMP, 0);

INSERT INTO letter_template (code, name, body, updated_by, updated_at, version) VALUES ('ATTENDANCE_LETTER_2',
'Attendance letter 2: attendance has not improved',
'{{council.name}}
{{council.address}}

{{today}}

{{carer.name}}
{{carer.address}}

Our reference: {{case.reference}}

Dear {{carer.name}},

{{child.name}}, born {{child.dateOfBirth}}, at {{school.name}}

I wrote to you earlier about {{child.name}}''s attendance at {{school.name}}. I am sorry to say that it has not improved enough.

Between {{attendance.from}} and {{attendance.to}}, {{child.name}} attended {{attendance.percent}}% of the sessions they could have attended, and {{attendance.unauthorisedSessions}} sessions were missed without the school''s permission.

I would like to meet you to agree together what will help. The meeting is on {{meeting.date}} at {{meeting.time}} at {{meeting.place}}. Please let me know if you cannot come, so that we can find another time.

If {{child.name}}''s attendance does not improve, the council may have to consider formal action. This can include a parenting contract, a penalty notice or, in some cases, prosecution. We would much rather work with you to avoid this.

If you need help to come to the meeting, for example an interpreter, please contact me on {{officer.phone}} or at {{officer.email}}.

Yours sincerely,

{{officer.name}}
School Attendance Service, {{council.name}}',
'pathway', CURRENT_TIMESTAMP, 0);

INSERT INTO letter_template (code, name, body, updated_by, updated_at, version) VALUES ('AIM_INVITATION',
'Invitation to an Attendance Improvement Meeting',
'{{council.name}}
{{council.address}}

{{today}}

{{carer.name}}
{{carer.address}}

Our reference: {{case.reference}}

Dear {{carer.name}},

Attendance Improvement Meeting for {{child.name}}, born {{child.dateOfBirth}}, at {{school.name}}

You are invited to an Attendance Improvement Meeting about {{child.name}}.

Date: {{meeting.date}}
Time: {{meeting.time}}
Place: {{meeting.place}}

The meeting will last no more than an hour. It is a chance for you, {{child.name}}, the school and me to talk about what is getting in the way of {{child.name}} going to school, and to agree an action plan together. We will look at the plan again after three weeks to see how it is going.

Between {{attendance.from}} and {{attendance.to}}, {{child.name}} attended {{attendance.percent}}% of the sessions they could have attended.

You are welcome to bring someone to support you. {{child.name}} is welcome too: we want to hear what they think. If the date or time is difficult, or you need an interpreter or help with access, please contact me on {{officer.phone}} or at {{officer.email}}.

Yours sincerely,

{{officer.name}}
School Attendance Service, {{council.name}}',
'pathway', CURRENT_TIMESTAMP, 0);

INSERT INTO letter_template (code, name, body, updated_by, updated_at, version) VALUES ('PARENTING_CONTRACT',
'Parenting contract: an invitation to agree one',
'{{council.name}}
{{council.address}}

{{today}}

{{carer.name}}
{{carer.address}}

Our reference: {{case.reference}}

Dear {{carer.name}},

A parenting contract for {{child.name}}, born {{child.dateOfBirth}}, at {{school.name}}

We are concerned that {{child.name}}''s attendance at {{school.name}} has not improved enough, despite the support offered so far. Between {{attendance.from}} and {{attendance.to}}, {{child.name}} attended {{attendance.percent}}% of the sessions they could have attended.

I would like to offer you a parenting contract. A parenting contract is a written agreement between you and the council. It sets out what you agree to do to help {{child.name}} go to school regularly, and the support that the council and the school will give you in return.

A parenting contract is voluntary: you do not have to agree to one. If you do not agree to one, or agree to one and do not keep to it, this may be taken into account if the council later has to consider formal action.

I would like to meet you to talk about the contract and agree it together on {{meeting.date}} at {{meeting.time}} at {{meeting.place}}. Please contact me on {{officer.phone}} or at {{officer.email}} if you cannot come or need help to attend.

Yours sincerely,

{{officer.name}}
School Attendance Service, {{council.name}}',
'pathway', CURRENT_TIMESTAMP, 0);

INSERT INTO letter_template (code, name, body, updated_by, updated_at, version) VALUES ('CASE_CLOSURE',
'Case closure',
'{{council.name}}
{{council.address}}

{{today}}

{{carer.name}}
{{carer.address}}

Our reference: {{case.reference}}

Dear {{carer.name}},

{{child.name}}, born {{child.dateOfBirth}}, at {{school.name}}

I am writing to let you know that the School Attendance Service has closed its case about {{child.name}}.

Between {{attendance.from}} and {{attendance.to}}, {{child.name}} attended {{attendance.percent}}% of the sessions they could have attended at {{school.name}}. Thank you for the work that you and {{child.name}} have put in.

{{school.name}} will keep supporting {{child.name}}''s attendance. If you have any worries in future, please speak to the school first. You can also contact the School Attendance Service on {{officer.phone}} or at {{officer.email}}.

Yours sincerely,

{{officer.name}}
School Attendance Service, {{council.name}}',
'pathway', CURRENT_TIMESTAMP, 0);
