-- PostgreSQL only: an index for the case-insensitive search of school names (H2 has no expression indexes).
CREATE INDEX school_name_lower ON school (LOWER(name));
