-- authz store on PostgreSQL, schema version 4 (SQLite's version 5): which userinfo claim an
-- authorization's email was read from (`authz add --email-claim NAME`); rows from before were
-- all read from `email`.

ALTER TABLE authorizations ADD COLUMN email_claim text NOT NULL DEFAULT 'email'
    CHECK (length(email_claim) BETWEEN 1 AND 64);
