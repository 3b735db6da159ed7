-- A letter may be about another module's subject (a penalty notice, a notice to improve, a school's request) instead
-- of a case, and addressed to a named carer; legal's five letters in plain English.
ALTER TABLE letter ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE letter ADD COLUMN subject_type VARCHAR(40);
ALTER TABLE letter ADD COLUMN subject_id BIGINT;
ALTER TABLE letter ADD COLUMN carer_id BIGINT;
ALTER TABLE letter ADD CONSTRAINT letter_of_case_or_subject CHECK (case_id IS NOT NULL OR (subject_type IS NOT NULL AND subject_id IS NOT NULL));
ALTER TABLE letter ADD CONSTRAINT letter_to_carer FOREIGN KEY (carer_id) REFERENCES carer (id);
CREATE INDEX letter_subject ON letter (subject_type, subject_id);

INSERT INTO letter_template (code, name, body, updated_by, updated_at, version) VALUES ('PENALTY_NOTICE_WARNING',
'Warning: a penalty notice may be issued',
'{{council.name}}
{{council.address}}

{{today}}

{{carer.name}}
{{carer.address}}

Dear {{carer.name}},

{{child.name}}, born {{child.dateOfBirth}}, at {{school.name}}

{{child.name}} has missed sessions at {{school.name}} without the school''s permission. If this continues, the council may issue you with a penalty notice, a fine under section 444A of the Education Act 1996, or take other action to make sure {{child.name}} attends school regularly.

A holiday in term time that the school has not agreed to is an unauthorised absence.

If there is something we should know, or you would like help, please contact me on {{officer.phone}} or at {{officer.email}}.

Yours sincerely,

{{officer.name}}
School Attendance Service, {{council.name}}',
'pathway', CURRENT_TIMESTAMP, 0);

INSERT INTO letter_template (code, name, body, updated_by, updated_at, version) VALUES ('NOTICE_TO_IMPROVE',
'Notice to improve',
'{{council.name}}
{{council.address}}

{{today}}

{{carer.name}}
{{carer.address}}

Dear {{carer.name}},

Notice to improve: {{child.name}}, born {{child.dateOfBirth}}, at {{school.name}}

{{child.name}} has missed {{attendance.unauthorisedSessions}} sessions without the school''s permission. This is a final chance to improve before the council considers a penalty notice.

The improvement period is {{improvement.weeks}} school weeks, from {{improvement.from}} to {{improvement.to}}. During it {{child.name}} must attend every session unless the school has given permission for an absence. Support is available from the school and from us: please contact me on {{officer.phone}} or at {{officer.email}}.

If {{child.name}}''s attendance does not improve during this period, you may be issued with a penalty notice without further warning.

Yours sincerely,

{{officer.name}}
School Attendance Service, {{council.name}}',
'pathway', CURRENT_TIMESTAMP, 0);

INSERT INTO letter_template (code, name, body, updated_by, updated_at, version) VALUES ('PENALTY_NOTICE',
'Penalty notice',
'{{council.name}}
{{council.address}}

{{today}}

{{carer.name}}
{{carer.address}}

Penalty notice {{notice.reference}}: Education Act 1996, section 444A

Dear {{carer.name}},

This penalty notice is issued to you on {{notice.issuedOn}} because {{child.name}}, born {{child.dateOfBirth}}, a registered pupil at {{school.name}}, did not attend regularly. It covers these sessions of unauthorised absence:

{{notice.sessions}}

You are taken to have received it on {{notice.receivedOn}}. To discharge your liability to be convicted of the offence under section 444(1) for these sessions, pay {{notice.amounts}}.

How to pay: {{notice.howToPay}}. Quote the reference {{notice.reference}}.

If you do not pay in full by {{notice.fullBy}}, the council must either prosecute you for the offence or withdraw this notice. A part payment does not settle the notice and is refunded if the notice is withdrawn.

If you have questions, contact me on {{officer.phone}} or at {{officer.email}}.

{{officer.name}}
School Attendance Service, {{council.name}}',
'pathway', CURRENT_TIMESTAMP, 0);

INSERT INTO letter_template (code, name, body, updated_by, updated_at, version) VALUES ('PENALTY_NOTICE_WITHDRAWAL',
'Penalty notice withdrawn',
'{{council.name}}
{{council.address}}

{{today}}

{{carer.name}}
{{carer.address}}

Penalty notice {{notice.reference}}: withdrawn

Dear {{carer.name}},

The penalty notice {{notice.reference}} issued to you on {{notice.issuedOn}} about {{child.name}} has been withdrawn because {{notice.withdrawalGround}}. No proceedings will be taken against you for the offence it covered. Amount refunded to you: {{notice.refund}}.

A copy of this letter goes to {{school.name}}.

Yours sincerely,

{{officer.name}}
School Attendance Service, {{council.name}}',
'pathway', CURRENT_TIMESTAMP, 0);

INSERT INTO letter_template (code, name, body, updated_by, updated_at, version) VALUES ('PENALTY_NOTICE_REMINDER',
'Penalty notice: reminder',
'{{council.name}}
{{council.address}}

{{today}}

{{carer.name}}
{{carer.address}}

Penalty notice {{notice.reference}}: reminder

Dear {{carer.name}},

Our records show that the penalty notice {{notice.reference}} issued to you on {{notice.issuedOn}} about {{child.name}} has not been paid in full. You can still pay {{notice.amounts}}.

How to pay: {{notice.howToPay}}. Quote the reference {{notice.reference}}.

If it is not paid in full by {{notice.fullBy}}, the council must either prosecute you or withdraw the notice.

Yours sincerely,

{{officer.name}}
School Attendance Service, {{council.name}}',
'pathway', CURRENT_TIMESTAMP, 0);
