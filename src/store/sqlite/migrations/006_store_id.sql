-- authz store, schema version 6: every store has a random id (setting `store_id`), recorded in
-- each keyring entry it writes, so that no other store (another profile, an imported copy) can
-- use, replace or delete those entries. Never exported or imported.

INSERT OR IGNORE INTO settings (key, value)
VALUES ('store_id', 'st_' || lower(hex(randomblob(16))));
