#!/usr/bin/env python3
"""Hot-path benchmark (not a test): `authz token` on a valid cached token, side by side with
`secret-tool lookup` of the same keyring entry (the floor for one Secret Service read).

    python3 benches/token.py [--runs 50]

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


def inner(runs):
    work = tempfile.mkdtemp(prefix="authz-bench-token.")
    provider = subprocess.Popen(
        ["node", os.path.join(ROOT, "tests/provider/server.mjs"), "--dir", work],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        info = json.loads(provider.stdout.readline())
        env = dict(os.environ,
                   AUTHZ_DB=os.path.join(work, "authz.db"),
                   AUTHZ_ISSUER=info["issuer"], AUTHZ_CLIENT_ID=info["client_id"],
                   AUTHZ_CA_FILE=info["ca"],
                   BROWSER=os.path.join(ROOT, "tests/provider/browser.mjs"))
        added = subprocess.run([BIN, "--json", "add", "--timeout", "60"], env=env, check=True,
                               capture_output=True, text=True)
        authz_id = json.loads(added.stdout)["id"]
        ours_cmd = [BIN, "token", authz_id]
        floor_cmd = ["secret-tool", "lookup", "service", "authz", "username", f"{authz_id}:access"]
        for cmd in (ours_cmd, floor_cmd):  # warm up both (page cache, daemon)
            timed(cmd, env)
        ours, floor = [], []
        for _ in range(runs):
            ours.append(timed(ours_cmd, env))
            floor.append(timed(floor_cmd, env))
        o, f = statistics.median(ours), statistics.median(floor)
        print(f"authz token (cached), median of {runs} runs")
        print(f"{'authz token':<28} {o*1000:7.2f} ms")
        print(f"{'secret-tool lookup (floor)':<28} {f*1000:7.2f} ms")
        print(f"{'ratio':<28} {o/f:7.2f}x   (target <= 1.5x)")
    finally:
        provider.terminate()
        provider.wait()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=50)
    p.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.inner:
        return inner(a.runs)
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    return subprocess.run([os.path.join(ROOT, "tests/support/keyring-session.sh"),
                           sys.executable, os.path.abspath(__file__), "--inner",
                           "--runs", str(a.runs)]).returncode


if __name__ == "__main__":
    sys.exit(main())
