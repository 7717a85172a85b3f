#!/usr/bin/env python3
"""Store benchmark (not a test): authz against the sqlite3 CLI on the same file, or against
psql on the same PostgreSQL database.

    python3 benches/store.py [--authz 10000] [--workflows 100000] [--move 50000] [--runs 5]
    tests/support/pg-cluster.sh python3 benches/store.py --postgres   # a private cluster

Builds the release binary, fills a store with N authorizations and M workflows (one
authorization holds --move of them), then times, side by side on the same file:
  - `authz list --json`        vs  sqlite3 building the same JSON (json_group_array)
  - `authz reassign` of --move  vs  sqlite3 running the equivalent UPDATE (on a fresh copy each run)
and reads the peak RSS of `authz list --json`. Prints medians and ratios (authz / sqlite3).
Results are recorded in docs/benchmarks.md.
"""

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Where `cargo build --release` puts it: CARGO_TARGET_DIR when set, as cargo does.
BIN = os.path.join(os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target"),
                   "release", "authz")

# The same document `authz list --json` prints, field for field, built by SQLite itself.
LIST_SQL = """
SELECT json_group_array(json_object(
  'id', a.id, 'email', a.email, 'name', a.name, 'subject', a.subject, 'issuer', a.issuer,
  'created', a.created, 'created_by', a.created_by, 'label', a.label,
  'service_account', json(CASE a.service_account WHEN 1 THEN 'true' ELSE 'false' END),
  'scopes', json('["' || replace(a.scopes, ' ', '","') || '"]'),
  'status', a.status, 'email_claim', a.email_claim,
  'token', CASE
     WHEN a.status = 'relogin-needed' THEN json_object('state', 'relogin-needed')
     WHEN a.token_expires IS NULL THEN json_object('state', 'none')
     WHEN a.token_expires > strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
       THEN json_object('state', 'valid', 'until', a.token_expires, 'refresh_due',
              json(CASE WHEN a.token_expires <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+60 seconds')
                   THEN 'true' ELSE 'false' END))
     ELSE json_object('state', 'expired') END,
  'revoked', a.revoked,
  'workflows', (SELECT json_group_array(name) FROM
                 (SELECT name FROM workflows w WHERE w.authz_id = a.id ORDER BY name)),
  'tokens_at', CASE
     WHEN a.tokens_backend IS NULL THEN NULL
     WHEN a.tokens_backend = 'keyring'
       THEN json_object('backend', 'keyring', 'host', a.tokens_host, 'user', a.tokens_user)
     ELSE json_object('backend', a.tokens_backend, 'address', a.tokens_address) END))
FROM (SELECT * FROM authorizations WHERE status != 'revoked' ORDER BY created, id) a;
"""


def fill(db, n_authz, n_wf, n_move):
    subprocess.run([BIN, "--db", db, "list"], check=True, stdout=subprocess.DEVNULL)
    sql = f"""
    BEGIN;
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < {n_authz})
    INSERT INTO authorizations (id, issuer, subject, email, scopes, created, created_by, status,
                                tokens_backend, tokens_host, tokens_user)
    SELECT printf('az_%08d', i), 'https://idp.example', printf('user%d', i),
           printf('user%d@example.com', i), 'network:write openid workflows:read',
           strftime('%Y-%m-%dT%H:%M:%SZ', 1790000000 + i, 'unixepoch'), 'bench', 'active',
           'keyring', 'bench-host', 'bench' FROM n;
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < {n_wf})
    INSERT INTO workflows (name, authz_id, owner, scopes, created, updated)
    SELECT printf('workflow-%07d', i),
           CASE WHEN i < {n_move} THEN 'az_00000000'
                ELSE printf('az_%08d', 2 + (i % ({n_authz} - 2))) END,
           printf('team-%d', i % 50), 'workflows:read',
           '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z' FROM n;
    COMMIT;
    PRAGMA wal_checkpoint(TRUNCATE);
    """
    subprocess.run(["sqlite3", db], input=sql, text=True, check=True, stdout=subprocess.DEVNULL)


# The same document on PostgreSQL, built by the server (json_agg), for psql to print.
PG_LIST_SQL = """
SELECT coalesce(json_agg(json_build_object(
  'id', a.id, 'email', a.email, 'name', a.name, 'subject', a.subject, 'issuer', a.issuer,
  'created', to_char(a.created AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  'created_by', a.created_by, 'label', a.label, 'service_account', a.service_account,
  'scopes', to_json(string_to_array(a.scopes, ' ')), 'status', a.status,
  'email_claim', a.email_claim,
  'token', CASE
     WHEN a.status = 'relogin-needed' THEN json_build_object('state', 'relogin-needed')
     WHEN a.token_expires IS NULL THEN json_build_object('state', 'none')
     WHEN a.token_expires > now() THEN json_build_object('state', 'valid', 'until',
       to_char(a.token_expires AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       'refresh_due', a.token_expires <= now() + interval '60 seconds')
     ELSE json_build_object('state', 'expired') END,
  'revoked', to_char(a.revoked AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  'workflows', coalesce((SELECT json_agg(w.name ORDER BY w.name) FROM authz.workflows w
                         WHERE w.authz_id = a.id), '[]'::json),
  'tokens_at', CASE
     WHEN a.tokens_backend IS NULL THEN NULL
     WHEN a.tokens_backend = 'keyring'
       THEN json_build_object('backend', 'keyring', 'host', a.tokens_host, 'user', a.tokens_user)
     ELSE json_build_object('backend', a.tokens_backend, 'address', a.tokens_address) END)
  ORDER BY a.created, a.id), '[]'::json)
FROM authz.authorizations a WHERE a.status <> 'revoked';
"""


def postgres(a, env):
    """The same two measurements on the cluster of tests/support/pg-cluster.sh."""
    url = os.environ["AUTHZ_TEST_PG_URL"]
    env = dict(env, PGPASSWORD=os.environ["AUTHZ_TEST_PG_PASSWORD"], PGSSLMODE="disable")
    psql = ["psql", "-XAtq", url]
    store = ["--store", url]

    def sql(text):
        subprocess.run([*psql, "-v", "ON_ERROR_STOP=1"], input=text, text=True, check=True,
                       env=env, stdout=subprocess.DEVNULL)

    subprocess.run([BIN, *store, "list"], check=True, env=env, stdout=subprocess.DEVNULL)
    sql(f"""
    INSERT INTO authz.authorizations (id, issuer, subject, email, scopes, created, created_by, status,
                                      tokens_backend, tokens_host, tokens_user)
    SELECT format('az_%s', lpad(i::text, 8, '0')), 'https://idp.example', 'user' || i,
           'user' || i || '@example.com', 'network:write openid workflows:read',
           to_timestamp(1790000000 + i), 'bench', 'active', 'keyring', 'bench-host', 'bench'
    FROM generate_series(0, {a.authz} - 1) i;
    INSERT INTO authz.workflows (name, authz_id, owner, scopes, created, updated)
    SELECT format('workflow-%s', lpad(i::text, 7, '0')),
           CASE WHEN i < {a.move} THEN 'az_00000000'
                ELSE format('az_%s', lpad((2 + (i % ({a.authz} - 2)))::text, 8, '0')) END,
           'team-' || (i % 50), 'workflows:read', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z'
    FROM generate_series(0, {a.workflows} - 1) i;
    VACUUM ANALYZE authz.authorizations; VACUUM ANALYZE authz.workflows;
    """)
    ours = subprocess.run([BIN, *store, "list", "--json"], check=True, env=env,
                          capture_output=True, text=True).stdout
    floor = subprocess.run([*psql, "-c", PG_LIST_SQL], check=True, env=env,
                           capture_output=True, text=True).stdout
    assert json.loads(ours) == json.loads(floor), "psql's document differs from authz's"
    ours_list, floor_list = [], []
    for _ in range(a.runs):
        ours_list.append(timed([BIN, *store, "list", "--json"], env))
        floor_list.append(timed([*psql, "-c", PG_LIST_SQL], env))
    ours_move, floor_move = [], []
    back = ("UPDATE authz.workflows SET authz_id = 'az_00000000' WHERE authz_id = 'az_00000001' "
            "AND name < 'workflow-%07d';" % a.move)
    update = ("UPDATE authz.workflows SET authz_id = 'az_00000001', "
              "updated = '2026-11-28T00:00:00Z' WHERE authz_id = 'az_00000000';")
    for _ in range(a.runs):
        ours_move.append(timed([BIN, *store, "reassign", "--from", "az_00000000",
                                "--to", "az_00000001", "--json"], env))
        sql(back)
        floor_move.append(timed([*psql, "-c", update], env))
        sql(back)
    mem = peak_rss_kib([BIN, *store, "list", "--json"], env)
    return ours_list, floor_list, ours_move, floor_move, mem


# CPU seconds (user + system) of the timed processes given a key: on a shared machine the
# wall-clock medians move with other jobs, the CPU time much less.
CPU = {}


def timed(cmd, env=None, key=None):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    t = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if key:
        CPU.setdefault(key, []).append(
            after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return t


def peak_rss_kib(cmd, env=None):
    """Peak resident memory of one run, from GNU time (the process alone, not its siblings)."""
    out = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], check=True, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(out.stderr.strip().splitlines()[-1])


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--authz", type=int, default=10000)
    p.add_argument("--workflows", type=int, default=100000)
    p.add_argument("--move", type=int, default=50000)
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--postgres", action="store_true",
                   help="measure against psql on the cluster of tests/support/pg-cluster.sh")
    a = p.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    work = tempfile.mkdtemp(prefix="authz-bench.")
    if a.postgres:
        home = os.path.join(work, "home")
        os.mkdir(home)
        env = dict(os.environ, HOME=home, XDG_DATA_HOME=home, XDG_CONFIG_HOME=home)
        try:
            ol, fl, om, fm, mem = postgres(a, env)
        finally:
            shutil.rmtree(work)
        print(f"store on PostgreSQL: {a.authz} authorizations x {a.workflows} workflows, "
              f"median of {a.runs} runs")
        for name, o, f, target in (("list --json", ol, fl, "1.1x"),
                                   (f"reassign {a.move} workflows", om, fm, "1.5x")):
            o, f = statistics.median(o), statistics.median(f)
            print(f"{name:<34} authz {o*1000:8.1f} ms   psql {f*1000:8.1f} ms   "
                  f"ratio {o/f:5.2f}x   (target <= {target})")
        print(f"{'list --json peak RSS':<34} authz {mem/1024:8.1f} MiB")
        return 0
    try:
        db = os.path.join(work, "bench.db")
        fill(db, a.authz, a.workflows, a.move)
        mem = peak_rss_kib([BIN, "--db", db, "list", "--json"])
        mem_table = peak_rss_kib([BIN, "--db", db, "list"])

        # The floor must print the same document, or the ratio means nothing.
        ours = subprocess.run([BIN, "--db", db, "list", "--json"], check=True,
                              capture_output=True, text=True).stdout
        floor = subprocess.run(["sqlite3", db, LIST_SQL], check=True,
                               capture_output=True, text=True).stdout
        assert json.loads(ours) == json.loads(floor), "sqlite3's document differs from authz's"

        # Alternating, so that a machine that slows down (other jobs, thermal) slows both.
        ours_list, floor_list = [], []
        for _ in range(a.runs):
            ours_list.append(timed([BIN, "--db", db, "list", "--json"]))
            floor_list.append(timed(["sqlite3", db, LIST_SQL]))

        ours_move, floor_move = [], []
        update = ("UPDATE workflows SET authz_id = 'az_00000001', "
                  "updated = '2026-11-28T00:00:00Z' WHERE authz_id = 'az_00000000';")
        for _ in range(a.runs):
            for target, runner in ((ours_move, "authz"), (floor_move, "sqlite3")):
                copy = os.path.join(work, f"copy-{runner}.db")
                shutil.copyfile(db, copy)
                if runner == "authz":
                    cmd = [BIN, "--db", copy, "reassign", "--from", "az_00000000",
                           "--to", "az_00000001", "--json"]
                else:
                    cmd = ["sqlite3", copy, update]
                target.append(timed(cmd, key=f"reassign {runner}"))
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(copy + suffix):
                        os.remove(copy + suffix)

        def report(name, ours, floor, target):
            o, f = statistics.median(ours), statistics.median(floor)
            print(f"{name:<34} authz {o*1000:8.1f} ms   sqlite3 {f*1000:8.1f} ms   "
                  f"ratio {o/f:5.2f}x   (target {target})")

        def report_cpu(name, ours, floor):
            o, f = statistics.median(CPU[ours]), statistics.median(CPU[floor])
            print(f"{name + ' (CPU time)':<34} authz {o*1000:8.1f} ms   sqlite3 {f*1000:8.1f} ms   "
                  f"ratio {o/f:5.2f}x")

        print(f"store: {a.authz} authorizations x {a.workflows} workflows, "
              f"median of {a.runs} runs")
        report("list --json", ours_list, floor_list, "<= 1.0x")
        report(f"reassign {a.move} workflows", ours_move, floor_move, "<= 1.05x")
        report_cpu(f"reassign {a.move} workflows", "reassign authz", "reassign sqlite3")
        print(f"{'list --json peak RSS':<34} {mem/1024:.1f} MiB   (target <= 15 MiB)")
        print(f"{'list (table) peak RSS':<34} {mem_table/1024:.1f} MiB   (target <= 15 MiB)")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
