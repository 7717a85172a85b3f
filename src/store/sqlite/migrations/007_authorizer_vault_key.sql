-- authz store, schema version 7: an authorizer's keys may come from a vault signing key
-- (its public part, or an HMAC secret). The authorizer names the entry; a vault entry that an
-- authorizer uses cannot be deleted (ON DELETE RESTRICT). SQLite cannot change a CHECK in
-- place, so the table is rebuilt; workflows keep pointing at it (the foreign keys are
-- deferred until the rows are back).

PRAGMA defer_foreign_keys = ON;

CREATE TABLE authorizers_v6 AS SELECT * FROM authorizers;
DROP TABLE authorizers;

CREATE TABLE authorizers (
    name           TEXT PRIMARY KEY CHECK (name != ''),
    iss            TEXT NOT NULL CHECK (iss != ''),
    audiences      TEXT NOT NULL CHECK (json_valid(audiences) AND json_type(audiences) = 'array'
                                        AND json_array_length(audiences) > 0),
    jwks_url       TEXT CHECK (jwks_url LIKE 'https://%'),
    jwks_file      TEXT CHECK (jwks_file != ''),
    -- space-separated RFC 7518 names; never empty, never `none` (LIKE ignores ASCII case)
    algs           TEXT NOT NULL CHECK (algs != '' AND ' ' || algs || ' ' NOT LIKE '% none %'),
    leeway         INTEGER NOT NULL CHECK (leeway BETWEEN 0 AND 300),
    typ            TEXT,
    require_scopes TEXT NOT NULL DEFAULT '',    -- space-separated
    require_claims TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(require_claims)), -- [[name, value], ...]
    max_lifetime   INTEGER CHECK (max_lifetime > 0),
    created        TEXT NOT NULL,
    updated        TEXT NOT NULL,
    vault_key      TEXT REFERENCES vault_entries (name) ON DELETE RESTRICT ON UPDATE RESTRICT,
    CHECK ((jwks_url IS NOT NULL) + (jwks_file IS NOT NULL) + (vault_key IS NOT NULL) = 1)
) STRICT;

INSERT INTO authorizers (name, iss, audiences, jwks_url, jwks_file, algs, leeway, typ,
                         require_scopes, require_claims, max_lifetime, created, updated)
SELECT name, iss, audiences, jwks_url, jwks_file, algs, leeway, typ,
       require_scopes, require_claims, max_lifetime, created, updated
FROM authorizers_v6;
DROP TABLE authorizers_v6;

CREATE INDEX authorizers_vault_key ON authorizers (vault_key);
