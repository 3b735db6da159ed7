-- Imports across the nodes of a cluster: the node that runs (or queued) a job, and when that node last showed it was
-- alive (every 15 seconds). A job whose node has given no sign for pathway.cluster.takeover-after-seconds is taken
-- over by another node and resumed from its spooled file, once (integration.imports.ImportRecovery).
ALTER TABLE import_job ADD COLUMN node_name VARCHAR(100);
ALTER TABLE import_job ADD COLUMN heartbeat_at TIMESTAMP;
