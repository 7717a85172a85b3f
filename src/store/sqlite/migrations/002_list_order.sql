-- authz store, schema version 2: `authz list` streams authorizations in creation order
-- straight from this index (no sort, flat memory at 10,000 authorizations).

-- UNIQUE (id is) tells SQLite the order is total, so the names need no sort either.
CREATE UNIQUE INDEX authorizations_created ON authorizations (created, id);
