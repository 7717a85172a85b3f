-- authz store on PostgreSQL, schema version 10 (no SQLite counterpart): writers no longer wait
-- for one another through one schema-wide lock. Each writer locks the rows its decision is read
-- from as it reads them (`SELECT ... FOR NO KEY UPDATE`, which needs the UPDATE right: only
-- authz's writing roles can take it), so a refresh's write or a workflow edit no longer queues
-- behind a bulk move of other authorizations' workflows. The triggers' FOR SHARE reads
-- (migration 001) keep the rules under concurrency; a deadlock or a unique-key race between two
-- writers is retried by authz (store::postgres).
DROP TABLE writer_lock;
