-- authz store, schema version 8: where an authorization's tokens are, recorded when `authz add`
-- stores them and when `authz secrets migrate` moves them. A keyring belongs to one OS user on
-- one machine (tokens_host, tokens_user); OpenBao is a server (tokens_address) and a place in
-- it (tokens_backend `openbao:MOUNT/PREFIX`). All NULL: not known (rows from before this
-- version, and imported rows, whose tokens never come along).

ALTER TABLE authorizations ADD COLUMN tokens_backend TEXT
    CHECK (tokens_backend = 'keyring' OR tokens_backend LIKE 'openbao:_%/_%');
ALTER TABLE authorizations ADD COLUMN tokens_host TEXT CHECK (tokens_host != '');
ALTER TABLE authorizations ADD COLUMN tokens_user TEXT CHECK (tokens_user != '');
-- The last column's CHECK holds the four together: a keyring names its host and user, OpenBao
-- its address, and "not known" is all of them NULL.
ALTER TABLE authorizations ADD COLUMN tokens_address TEXT CHECK (
    (tokens_backend IS NULL AND tokens_host IS NULL AND tokens_user IS NULL
        AND tokens_address IS NULL)
    OR (tokens_backend = 'keyring' AND tokens_host IS NOT NULL AND tokens_user IS NOT NULL
        AND tokens_address IS NULL)
    OR (tokens_backend LIKE 'openbao:%' AND tokens_address LIKE 'http%://_%'
        AND tokens_host IS NULL AND tokens_user IS NULL));
