-- authz store, schema version 2: `authz list` streams authorizations in creation order
-- straight from this index (no sort, flat memory at 10,000 authorizations).

CREATE INDEX authorizations_created ON authorizations (created, id);
