-- authz store on PostgreSQL, schema version 9 (no SQLite counterpart: an SQLite store is one
-- user's file, with no other roles to hold back): the database refuses what no authz command
-- would write, whoever writes it, and its writer lock is one only authz's roles can take.

-- The writer lock: writers lock this one row (SELECT ... FOR UPDATE needs the UPDATE right on
-- the table, which `authz org init` gives to the writing roles alone). An advisory lock needs
-- no right at all: any login on the server could hold every authz writer for as long as it
-- liked.
CREATE TABLE writer_lock (
    one boolean PRIMARY KEY DEFAULT true CHECK (one)
);
INSERT INTO writer_lock VALUES (true);

-- Times are finite: 'infinity' in one row made every `list` and `audit` fail, for every role.
-- A planted infinite token expiry is forgotten (the next `authz token` refreshes).
UPDATE authorizations SET token_expires = NULL WHERE NOT isfinite(token_expires);
ALTER TABLE authorizations ADD CONSTRAINT authorizations_finite_times
    CHECK (isfinite(created) AND isfinite(token_expires) AND isfinite(revoked));
ALTER TABLE workflows ADD CONSTRAINT workflows_finite_times
    CHECK (isfinite(created) AND isfinite(updated));
ALTER TABLE authorizers ADD CONSTRAINT authorizers_finite_times
    CHECK (isfinite(created) AND isfinite(updated));
ALTER TABLE vault_entries ADD CONSTRAINT vault_entries_finite_times CHECK (isfinite(created));
ALTER TABLE vault_versions ADD CONSTRAINT vault_versions_finite_times CHECK (isfinite(created));
ALTER TABLE events ADD CONSTRAINT events_finite_times CHECK (isfinite(at));
ALTER TABLE refresh_leases ADD CONSTRAINT refresh_leases_finite_times CHECK (isfinite(expires));

-- An event's time is the database's, whoever inserts it (hosts' clocks differ, and a writer
-- must not place its events anywhere in the history). Its id is the identity's: the column
-- grants of `authz org init` leave `id` and `db_user` out, so OVERRIDING SYSTEM VALUE is
-- refused, and db_user is current_user (its default, held by the row policies too).
CREATE FUNCTION events_at_now() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    NEW.at := date_trunc('second', clock_timestamp());
    RETURN NEW;
END $$;

CREATE TRIGGER events_at_now BEFORE INSERT ON events
FOR EACH ROW EXECUTE FUNCTION events_at_now();

-- A refresh lease belongs to the database role that took it (db_user) and ends: its holder
-- may shorten it or extend it up to 5 minutes after it took it (`taken`), never further;
-- another role's live lease can be neither changed nor deleted (only an expired one taken
-- over); a lease given back (its expiry set to now: the runner and the operator may not
-- delete leases) is not taken again by the same role within a second, so a holder cannot keep
-- one for ever by releasing and retaking it in one breath: waiting hosts (which ask every
-- 50 ms) get their turn.
ALTER TABLE refresh_leases
    ADD COLUMN db_user text NOT NULL DEFAULT current_user,
    ADD COLUMN taken timestamptz NOT NULL DEFAULT clock_timestamp(),
    ADD CONSTRAINT refresh_leases_one_term CHECK (expires <= taken + interval '5 minutes');

CREATE FUNCTION refresh_leases_owned() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    now timestamptz := clock_timestamp();
BEGIN
    -- Changes cascaded from authorizations (a row deleted, an id renamed) pass: the
    -- authorization the lease was for is gone.
    IF TG_OP <> 'INSERT' AND NOT EXISTS (SELECT 1 FROM authorizations WHERE id = OLD.authz_id) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.db_user := current_user;
        NEW.taken := now;
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF OLD.expires >= now AND OLD.db_user <> current_user THEN
            RAISE EXCEPTION 'the refresh lease of % is held by %', OLD.authz_id, OLD.db_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.expires >= now THEN
        -- A live lease: only its own role may change it, within its term.
        IF OLD.db_user <> current_user THEN
            RAISE EXCEPTION 'the refresh lease of % is held by %', OLD.authz_id, OLD.db_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.db_user := OLD.db_user;
        NEW.taken := OLD.taken;
    ELSE
        -- An ended lease, taken over.
        IF OLD.db_user = current_user AND OLD.expires > now - interval '1 second' THEN
            RAISE EXCEPTION 'the refresh lease of % was given back less than a second ago', OLD.authz_id
                USING ERRCODE = 'lock_not_available';
        END IF;
        NEW.db_user := current_user;
        NEW.taken := now;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER refresh_leases_owned BEFORE INSERT OR UPDATE OR DELETE ON refresh_leases
FOR EACH ROW EXECUTE FUNCTION refresh_leases_owned();
