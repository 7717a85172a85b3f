-- authz store on PostgreSQL, schema version 8 (SQLite's version 8 too: this schema's 007,
-- refresh leases, has no SQLite counterpart): where an authorization's tokens are, recorded
-- when `authz add` stores them and when `authz secrets migrate` moves them. A keyring belongs
-- to one OS user on one machine (tokens_host, tokens_user); OpenBao is a server
-- (tokens_address) and a place in it (tokens_backend `openbao:MOUNT/PREFIX`). All NULL: not
-- known (rows from before this version, and imported rows, whose tokens never come along).
-- The operator writes them (its table-wide UPDATE); the runner's column grants of
-- `authz org init` (token_expires, status) leave them out, so a runner cannot move the record.

ALTER TABLE authorizations
    ADD COLUMN tokens_backend text
        CHECK (tokens_backend = 'keyring' OR tokens_backend LIKE 'openbao:_%/_%'),
    ADD COLUMN tokens_host text CHECK (tokens_host <> ''),
    ADD COLUMN tokens_user text CHECK (tokens_user <> ''),
    ADD COLUMN tokens_address text,
    -- coalesce: a CHECK that comes out NULL passes, and half a record must not.
    ADD CONSTRAINT authorizations_tokens_at CHECK (
        (tokens_backend IS NULL AND tokens_host IS NULL AND tokens_user IS NULL
            AND tokens_address IS NULL)
        OR (coalesce(tokens_backend = 'keyring', false) AND tokens_host IS NOT NULL
            AND tokens_user IS NOT NULL AND tokens_address IS NULL)
        OR (coalesce(tokens_backend LIKE 'openbao:%', false)
            AND coalesce(tokens_address LIKE 'http%://_%', false)
            AND tokens_host IS NULL AND tokens_user IS NULL));
