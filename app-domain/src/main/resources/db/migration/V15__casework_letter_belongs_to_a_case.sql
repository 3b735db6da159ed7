-- A letter belongs to a case: casework makes letters (POST /cases/{id}/letters) and owns the case table, so it adds
-- the key that the kernel's letter table (V9) left to it.
ALTER TABLE letter ADD CONSTRAINT letter_of_case FOREIGN KEY (case_id) REFERENCES case_file (id);
