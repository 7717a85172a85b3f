-- authz store, schema version 3: authorizers, the JWT policies that guard inbound workflows.
-- A workflow has at most one (a nullable column, not a join table), and an authorizer that
-- guards a workflow cannot be deleted (ON DELETE RESTRICT).

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
    CHECK ((jwks_url IS NULL) != (jwks_file IS NULL))
) STRICT;

ALTER TABLE workflows ADD COLUMN authorizer TEXT
    REFERENCES authorizers (name) ON DELETE RESTRICT ON UPDATE RESTRICT;

CREATE INDEX workflows_authorizer ON workflows (authorizer, name);
