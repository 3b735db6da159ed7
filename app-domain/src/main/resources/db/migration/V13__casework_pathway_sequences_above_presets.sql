-- The presets of V6 hold ids 1 to 30, and the id generator takes blocks of 50 whose first id is the sequence value
-- minus 49, so a sequence starting at 50 handed out ids 1 to 50 again: copying a model or adding a level collided
-- with a preset. The sequences now start their first block above the presets.
ALTER SEQUENCE pathway_model_seq RESTART WITH 100;
ALTER SEQUENCE pathway_level_seq RESTART WITH 100;
ALTER SEQUENCE pathway_evidence_seq RESTART WITH 100;
