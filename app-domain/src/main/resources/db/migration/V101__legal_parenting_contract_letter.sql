-- The letter that goes with a signed parenting contract (issue 13), a preset like the others (V9).
INSERT INTO letter_template (code, name, body, updated_by, updated_at, version) VALUES ('PARENTING_CONTRACT_SIGNED',
'Parenting contract: the agreement signed',
'{{council.name}}
{{council.address}}

{{today}}

{{carer.name}}
{{carer.address}}

Our reference: {{case.reference}}

Dear {{carer.name}},

Your parenting contract for {{child.name}}, born {{child.dateOfBirth}}, at {{school.name}}

Thank you for agreeing a parenting contract with us. A copy of the contract you signed is enclosed. It sets out what you have agreed to do to help {{child.name}} go to school every day, and the support that {{school.name}} and the council will give you.

Between {{attendance.from}} and {{attendance.to}}, {{child.name}} attended {{attendance.percent}}% of the sessions they could have attended. We will meet to review the contract together, and I will write to you with the date of each review.

A parenting contract is voluntary. If it is not kept, or {{child.name}}''s attendance does not improve, the council may have to consider formal action, such as an Education Supervision Order or prosecution. We would much rather the contract worked.

If anything changes, or you need help to keep to the contract, please contact me on {{officer.phone}} or at {{officer.email}}.

Yours sincerely,

{{officer.name}}
School Attendance Service, {{council.name}}',
'pathway', CURRENT_TIMESTAMP, 0);
