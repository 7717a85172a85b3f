-- authz store on PostgreSQL, schema version 7 (no SQLite counterpart: an SQLite store is one
-- machine's, where a file lock serializes refreshes): one refresh at a time across hosts. A
-- host refreshing an authorization's tokens holds its lease; the others wait until it is
-- released or has expired. Expiries are the database's clock (hosts' clocks differ), and no
-- lease may reach further than a few minutes ahead, so nobody (not even raw SQL) can plant one
-- that blocks refreshes for good.

CREATE TABLE refresh_leases (
    authz_id text PRIMARY KEY REFERENCES authorizations (id) ON DELETE CASCADE ON UPDATE CASCADE,
    -- Who holds it, for the message of a waiter: "host pid 1234 #nonce".
    holder text NOT NULL CHECK (holder <> ''),
    expires timestamptz NOT NULL,
    CONSTRAINT refresh_leases_bounded CHECK (expires <= clock_timestamp() + interval '5 minutes')
);
