-- authz store on PostgreSQL, schema version 6 (SQLite's version 7): an authorizer's keys may
-- come from a vault signing key (its public part, or an HMAC secret). The authorizer names the
-- entry; a vault entry that an authorizer uses cannot be deleted (ON DELETE RESTRICT).

ALTER TABLE authorizers ADD COLUMN vault_key text
    REFERENCES vault_entries (name) ON DELETE RESTRICT ON UPDATE RESTRICT;

-- The old rule (exactly one of jwks_url, jwks_file) gives way to exactly one of three.
DO $$
DECLARE c text;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint
             WHERE conrelid = 'authorizers'::regclass AND contype = 'c'
               AND pg_get_constraintdef(oid) LIKE '%jwks_url IS NULL%jwks_file IS NULL%'
    LOOP
        EXECUTE format('ALTER TABLE authorizers DROP CONSTRAINT %I', c);
    END LOOP;
END $$;

ALTER TABLE authorizers ADD CONSTRAINT authorizers_one_key_source CHECK (
    (jwks_url IS NOT NULL)::int + (jwks_file IS NOT NULL)::int + (vault_key IS NOT NULL)::int = 1);

CREATE INDEX authorizers_vault_key ON authorizers (vault_key);
