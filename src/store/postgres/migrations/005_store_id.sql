-- authz store on PostgreSQL, schema version 5 (SQLite's version 6): every store has a random id
-- (setting `store_id`), recorded in each secret entry it writes, so that no other store (another
-- profile, an imported copy) can use, replace or delete those entries. Never exported or
-- imported. Made here, by the schema owner, so a runner (who may not write settings) finds it.

INSERT INTO settings (key, value)
VALUES ('store_id', 'st_' || replace(gen_random_uuid()::text, '-', ''))
ON CONFLICT (key) DO NOTHING;
