-- authz store, schema version 8: where an authorization's tokens are, recorded when `authz add`
-- stores them and when `authz secrets migrate` moves them. A keyring belongs to one OS user on
-- one machine (tokens_host, tokens_user); OpenBao is a server (tokens_address) and a place in
-- it (tokens_backend `openbao:MOUNT/PREFIX`). All NULL: not known (rows from before this
-- version, and imported rows, whose tokens never come along).

ALTER TABLE authorizations ADD COLUMN tokens_backend TEXT
    CHECK (tokens_backend = 'keyring' OR tokens_backend LIKE 'openbao:_%/_%');
ALTER TABLE authorizations ADD COLUMN tokens_host TEXT CHECK (tokens_host != '');
ALTER TABLE authorizations ADD COLUMN tokens_user TEXT CHECK (tokens_user != '');
ALTER TABLE authorizations ADD COLUMN tokens_address TEXT;

-- The four hold together: a keyring names its host and user, OpenBao its address, and "not
-- known" is all of them NULL. A table CHECK would need the table rebuilt, and SQLite checks a
-- column's CHECK only when that column is written, so triggers hold the rule.
CREATE TRIGGER authorizations_tokens_at_insert BEFORE INSERT ON authorizations
WHEN NOT (
    (NEW.tokens_backend IS NULL AND NEW.tokens_host IS NULL AND NEW.tokens_user IS NULL
        AND NEW.tokens_address IS NULL)
    OR (NEW.tokens_backend IS 'keyring' AND NEW.tokens_host IS NOT NULL
        AND NEW.tokens_user IS NOT NULL AND NEW.tokens_address IS NULL)
    OR (coalesce(NEW.tokens_backend LIKE 'openbao:%', 0)
        AND coalesce(NEW.tokens_address LIKE 'http%://_%', 0)
        AND NEW.tokens_host IS NULL AND NEW.tokens_user IS NULL))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: tokens_backend, tokens_host, tokens_user and tokens_address name no one place');
END;

CREATE TRIGGER authorizations_tokens_at_update
BEFORE UPDATE OF tokens_backend, tokens_host, tokens_user, tokens_address ON authorizations
WHEN NOT (
    (NEW.tokens_backend IS NULL AND NEW.tokens_host IS NULL AND NEW.tokens_user IS NULL
        AND NEW.tokens_address IS NULL)
    OR (NEW.tokens_backend IS 'keyring' AND NEW.tokens_host IS NOT NULL
        AND NEW.tokens_user IS NOT NULL AND NEW.tokens_address IS NULL)
    OR (coalesce(NEW.tokens_backend LIKE 'openbao:%', 0)
        AND coalesce(NEW.tokens_address LIKE 'http%://_%', 0)
        AND NEW.tokens_host IS NULL AND NEW.tokens_user IS NULL))
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: tokens_backend, tokens_host, tokens_user and tokens_address name no one place');
END;
