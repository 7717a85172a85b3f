-- authz store on PostgreSQL, schema version 2 (SQLite's version 3): authorizers, the JWT
-- policies that guard inbound workflows. A workflow has at most one (a nullable column), and an
-- authorizer that guards a workflow cannot be deleted (ON DELETE RESTRICT).

CREATE TABLE authorizers (
    name           text PRIMARY KEY CHECK (name <> ''),
    iss            text NOT NULL CHECK (iss <> ''),
    audiences      jsonb NOT NULL CHECK (jsonb_typeof(audiences) = 'array'
                                         AND jsonb_array_length(audiences) > 0),
    jwks_url       text CHECK (jwks_url LIKE 'https://%'),
    jwks_file      text CHECK (jwks_file <> ''),
    -- space-separated RFC 7518 names; never empty, never `none` (in any case)
    algs           text NOT NULL CHECK (algs <> '' AND ' ' || lower(algs) || ' ' NOT LIKE '% none %'),
    leeway         bigint NOT NULL CHECK (leeway BETWEEN 0 AND 300),
    typ            text,
    require_scopes text NOT NULL DEFAULT '',    -- space-separated
    require_claims jsonb NOT NULL DEFAULT '[]', -- [[name, value], ...]
    max_lifetime   bigint CHECK (max_lifetime > 0),
    created        timestamptz NOT NULL,
    updated        timestamptz NOT NULL,
    CHECK ((jwks_url IS NULL) <> (jwks_file IS NULL))
);

ALTER TABLE workflows ADD COLUMN authorizer text
    REFERENCES authorizers (name) ON DELETE RESTRICT ON UPDATE RESTRICT;

CREATE INDEX workflows_authorizer ON workflows (authorizer, name);
