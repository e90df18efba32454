"""Head office under load: N simulated bays syncing at once, as real workstations do (issue 12).

    BAY_TEST_PG_URL=postgresql+psycopg://… python benchmarks/headoffice_load.py \
        --bays 10 100 500 --duration 150

Starts ``python -m app headoffice serve --workers K`` (K = cores by default) on loopback over a
fresh PostgreSQL database, enrolls N bays (ten to a dealer, as in a real deployment), then runs
every bay as its own Python process against it over real HTTP: a minimal stdlib client
(``http.client``, ``json``, ``gzip``; no httpx, no pydantic, no app import), so a bay costs
about 10 MB and 500 of them fit on this machine. Prints changes/s, p50/p99 request latency,
errors, the load average beside the figures, and memory (bay processes and server).

The bay model is the real sync worker's cadence (app/sync/worker.py, SYNC.md §2):

* a round runs at start, every ``--interval`` seconds (60 s, the worker's default), and
  ``--debounce`` seconds (2 s) after a local commit; bays start at a random phase of the
  interval (they were switched on at different times, not all at once);
* a round is what ``SyncClient.run_round`` sends: ``GET /v1/sync/meta``, the outbox pushed in
  batches of at most the server's recommended size, then every stream of ``meta.streams``
  (the dealer stream and the three reference streams) pulled until ``has_more`` is false,
  responses gzip-accepted and push bodies over 8 KiB gzipped, a connection idle for 5 s
  closed and opened anew, as the client (httpx) does;
* local commits arrive as a Poisson process, one every ``--commit-every`` seconds on average
  (30 s). A workshop's day is lighter: a dealer of ten bays closing ~100 cases a day at
  ~60 synced changes per case writes ~600 changes per bay in 8 hours, a commit of ~6
  changes every ~5 minutes; 30 s is the busy hour with a wide margin;
* a commit holds 1–20 changes (a status move, an estimate with its lines, a QC sheet: mean
  about 6): two thirds new rows, one third edits of rows the dealer already has, including
  rows another bay of the same dealer wrote (learned from its pulls), so pushes of one dealer
  touch the same rows and merge concurrently, as advisors and technicians do.

Latency is per HTTP request (meta, push, pull) as a bay sees it. Errors are any non-200
answer (a 503 "busy" counts) and any transport failure. Bounded: ``--duration`` seconds of
rounds per N, then every bay finishes its round and reports.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BAYS_PER_DEALER = 10
PUSH_GZIP_OVER = 8192
KEEPALIVE_EXPIRY = 5.0
"""httpx's default keep-alive expiry, as the workstation's client uses it."""

# --------------------------------------------------------------------------------------------
# The bay: one process, stdlib only (run as ``headoffice_load.py --bay CONFIG``).
# --------------------------------------------------------------------------------------------


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class Bay:
    """One workstation's sync loop over one keep-alive connection."""

    def __init__(self, cfg: dict[str, Any]) -> None:
        self.cfg = cfg
        self.device_id: str = cfg["device_id"]
        self.auth = f"Bearer {self.device_id}:{cfg['secret']}"
        self.host, self.port = cfg["host"], int(cfg["port"])
        self.conn: http.client.HTTPConnection | None = None
        self.used = 0.0
        self.rng = random.Random(cfg["seed"])
        self.outbox: list[dict[str, Any]] = []
        self.next_seq = 1
        self.last_ms = 0
        self.logical = 0
        self.cursors: dict[str, int] = {}
        self.known: list[tuple[str, int]] = []  # dealer rows seen: (row_id, server_version)
        self.latencies: list[tuple[str, float]] = []
        self.errors: list[str] = []
        self.pushed = 0
        self.pulled = 0
        self.rounds = 0
        self.commits = 0

    # -- the outbox, as the workstation's triggers write it --------------------------------

    def hlc(self) -> str:
        now = time.time_ns() // 1_000_000
        if now > self.last_ms:
            self.last_ms, self.logical = now, 0
        else:
            self.logical += 1
        return f"{self.last_ms:016d}-{self.logical:05d}-{self.device_id}"

    def commit(self) -> None:
        """One local transaction: 1-20 changes, mean about 6."""
        size = self.rng.choice((1, 1, 2, 3, 3, 4, 5, 6, 8, 10, 12, 20))
        tx_id = str(uuid.uuid4())
        for _ in range(size):
            stamp = self.hlc()
            if self.known and self.rng.random() < 1 / 3:
                row_id, base = self.rng.choice(self.known)
                op, values = "update", {"phone": f"139{self.rng.randrange(10**8):08d}"}
            else:
                row_id, base = str(uuid.uuid4()), None
                op = "insert"
                values = {"id": row_id, "name": f"客户 {self.rng.randrange(10**6)}", "phone": ""}
            fields = {k: {"v": v, "hlc": stamp} for k, v in values.items()}
            sha = hashlib.sha256(
                _canonical(
                    {"tbl": "customer", "row_id": row_id, "op": op, "fields": fields}
                ).encode()
            ).hexdigest()
            self.outbox.append(
                {
                    "local_seq": self.next_seq,
                    "change_id": str(uuid.uuid4()),
                    "tx_id": tx_id,
                    "tbl": "customer",
                    "row_id": row_id,
                    "op": op,
                    "base_version": base,
                    "fields": fields,
                    "payload_sha": sha,
                    "hlc": stamp,
                }
            )
            self.next_seq += 1
        self.commits += 1

    # -- HTTP --------------------------------------------------------------------------------

    def request(
        self, kind: str, method: str, path: str, body: bytes | None = None, gz: bool = False
    ) -> Any:
        headers = {"Authorization": self.auth, "Accept-Encoding": "gzip", "X-Sync-Protocol": "1"}
        if body is not None:
            headers["Content-Type"] = "application/json"
            if gz:
                headers["Content-Encoding"] = "gzip"
        t0 = time.monotonic()
        if self.conn is not None and t0 - self.used > KEEPALIVE_EXPIRY:
            self.conn.close()  # httpx's pool drops a connection idle for 5 s
            self.conn = None
        for attempt in (0, 1):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                data = response.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                # A keep-alive connection the server closed while idle: reconnect once, as
                # httpx's pool does; a second failure is an error.
                if self.conn is not None:
                    self.conn.close()
                self.conn = None
                if attempt:
                    raise
        self.used = time.monotonic()
        self.latencies.append((kind, self.used - t0))
        if response.getheader("Content-Encoding") == "gzip":
            data = gzip.decompress(data)
        if response.status != 200:
            self.errors.append(f"{kind} {response.status}")
            return None
        return json.loads(data)

    def round(self) -> None:
        meta = self.request("meta", "GET", "/v1/sync/meta")
        if meta is None:
            return
        limit = min(meta["limits"]["recommended_changes"], meta["limits"]["max_changes"])
        while self.outbox:
            batch = self.outbox[:limit]
            body = {
                "device_id": self.device_id,
                "batch_id": str(uuid.uuid4()),
                "first_local_seq": batch[0]["local_seq"],
                "schema": 1,
                "changes": batch,
            }
            raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
            gz = len(raw) > PUSH_GZIP_OVER
            result = self.request(
                "push", "POST", "/v1/sync/push", gzip.compress(raw, 5) if gz else raw, gz
            )
            if result is None:
                return  # the client retries the same batch next round
            acked = int(result["last_local_seq"])
            done = [c for c in self.outbox if c["local_seq"] <= acked]
            self.pushed += len(done)
            self.outbox = self.outbox[len(done) :]
            if not done:
                return
        for stream in meta["streams"]:
            since = self.cursors.get(stream, 0)
            while True:
                page = self.request(
                    "pull", "GET", f"/v1/sync/pull?stream={stream}&since={since}&limit=1000"
                )
                if page is None:
                    break
                self.pulled += len(page["items"])
                if stream.startswith("dealer:"):
                    for item in page["items"]:
                        if item["tbl"] == "customer":
                            self.known.append((item["row_id"], item["server_version"]))
                    del self.known[:-200]
                since = self.cursors[stream] = page["next_since"]
                if not page["has_more"]:
                    break
        self.rounds += 1

    def run(self) -> dict[str, Any]:
        cfg = self.cfg
        interval, debounce = float(cfg["interval"]), float(cfg["debounce"])
        start = float(cfg["start_at"])
        end = start + float(cfg["duration"])
        # Switched on at a random moment of the interval; the first round runs at start.
        now = time.time()
        next_round = start + self.rng.uniform(0, interval)
        next_commit = start + self.rng.expovariate(1 / float(cfg["commit_every"]))
        while True:
            now = time.time()
            if now >= end:
                break
            wake = min(next_round, next_commit, end)
            if wake > now:
                time.sleep(wake - now)
                continue
            if next_commit <= now:
                self.commit()
                next_commit = now + self.rng.expovariate(1 / float(cfg["commit_every"]))
                next_round = min(next_round, now + debounce)  # sync shortly after a commit
                continue
            try:
                self.round()
            except (OSError, http.client.HTTPException, ValueError) as exc:
                self.errors.append(type(exc).__name__)
                if self.conn is not None:
                    self.conn.close()
                self.conn = None
            next_round = time.time() + interval
        return {
            "latencies": self.latencies,
            "errors": self.errors,
            "pushed": self.pushed,
            "pulled": self.pulled,
            "rounds": self.rounds,
            "commits": self.commits,
            "unsent": len(self.outbox),
            "maxrss_kb": _own_peak_kb(),
        }


def _own_peak_kb() -> int:
    """This process's own peak RSS (VmHWM): ru_maxrss would carry the parent's peak across
    the fork and exec that started it."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def bay_main(config_path: str) -> None:
    cfg = json.loads(Path(config_path).read_text())
    bay = Bay(cfg)
    # Every bay process is up before the clock starts (500 interpreters take a while to
    # start on two cores): report ready, wait for the driver's start time.
    Path(cfg["out"] + ".ready").touch()
    go = Path(cfg["go"])
    while not go.exists():
        time.sleep(0.2)
    time.sleep(0.05)
    cfg["start_at"] = float(go.read_text())
    result = bay.run()
    Path(cfg["out"]).write_text(json.dumps(result))


# --------------------------------------------------------------------------------------------
# The driver.
# --------------------------------------------------------------------------------------------


def _tree(pid: int) -> list[int]:
    """A process and all its descendants, from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(parents.get(p, []))
    return found


def _cpu_s(pid: int) -> float:
    """CPU seconds (user + system) the process tree has used so far."""
    total = 0.0
    for p in _tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            continue
    return total


def _rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants (kB), from /proc."""
    total = 0
    for p in _tree(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except (OSError, ValueError):
            continue
    return total


class Sampler(threading.Thread):
    """Samples the 1-minute load average and the server's memory every 2 s."""

    def __init__(self, server_pid: int) -> None:
        super().__init__(daemon=True)
        self.server_pid = server_pid
        self.loads: list[float] = []
        self.server_rss: list[int] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(2.0):
            self.loads.append(os.getloadavg()[0])
            self.server_rss.append(_rss_kb(self.server_pid))


def _enroll_all(base: str, db_url: str, n: int) -> list[dict[str, str]]:
    import httpx

    from app.headoffice.auth import create_enrollment_code
    from app.headoffice.db import make_engine
    from app.protocol.wire import EnrollRequest, secret_sha256

    engine = make_engine(db_url)
    run = uuid.uuid4().hex[:6]
    creds = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for i in range(n):
            code = create_enrollment_code(engine, f"L{run}-{i // BAYS_PER_DEALER}", f"Bay {i}")
            device_id = f"W-{uuid.uuid4().hex[:8]}"
            secret = uuid.uuid4().hex + uuid.uuid4().hex
            body = EnrollRequest(
                code=code, secret_sha256=secret_sha256(secret), device_id=device_id
            )
            response = client.post("/v1/enroll", json=body.model_dump())
            response.raise_for_status()
            creds.append({"device_id": device_id, "secret": secret})
    engine.dispose()
    return creds


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * q))]


def run_once(db_url: str, n: int, args: argparse.Namespace) -> dict[str, Any]:
    import httpx

    sys.path.insert(0, str(ROOT / "tests"))
    from headoffice_testing import free_port

    load_before = os.getloadavg()[0]  # other sessions sharing the machine
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    work = Path(tempfile.mkdtemp(prefix=f"ho-load-{n}-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(work / "hq"),
            "headoffice",
            "serve",
            "--db",
            db_url,
            "--port",
            str(port),
            "--workers",
            str(args.workers),
            "--enroll-rate",
            "1000000",
            "--media-dir",
            str(work / "media"),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(work / "server.log", "wb"),  # noqa: SIM115 - closed with the process
    )
    bays: list[subprocess.Popen[bytes]] = []
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        creds = _enroll_all(base, db_url, n)
        go = work / "go"
        for i, cred in enumerate(creds):
            cfg = {
                **cred,
                "host": "127.0.0.1",
                "port": port,
                "seed": i,
                "interval": args.interval,
                "debounce": args.debounce,
                "commit_every": args.commit_every,
                "duration": args.duration,
                "go": str(go),
                "out": str(work / f"bay{i}.out"),
            }
            path = work / f"bay{i}.json"
            path.write_text(json.dumps(cfg))
            bays.append(
                subprocess.Popen(
                    [sys.executable, "-I", "-S", str(Path(__file__).resolve()), "--bay", str(path)]
                )
            )
        while sum(1 for _ in work.glob("bay*.out.ready")) < n:
            if any(b.poll() is not None for b in bays):
                break
            time.sleep(0.5)
        time.sleep(2)  # let the start-up load settle
        (work / "go.tmp").write_text(str(time.time() + 1))
        (work / "go.tmp").rename(go)
        sampler = Sampler(server.pid)
        sampler.start()
        cpu_before = _cpu_s(server.pid)
        failed = sum(1 for b in bays if b.wait() != 0)
        server_cpu = _cpu_s(server.pid) - cpu_before
        sampler.stop.set()
        elapsed = args.duration
        results = []
        for i in range(n):
            out = work / f"bay{i}.out"
            if out.exists():
                results.append(json.loads(out.read_text()))
    finally:
        for b in bays:
            if b.poll() is None:
                b.kill()
        server.terminate()
        server.wait(timeout=30)
    latencies = [t for r in results for _, t in r["latencies"]]
    by_kind: dict[str, list[float]] = {}
    for r in results:
        for kind, t in r["latencies"]:
            by_kind.setdefault(kind, []).append(t)
    errors = [e for r in results for e in r["errors"]] + ["bay process failed"] * failed
    pushed = sum(r["pushed"] for r in results)
    bay_rss = [r["maxrss_kb"] / 1024 for r in results]
    return {
        "bays": n,
        "changes_per_s": pushed / elapsed,
        "p50": statistics.median(latencies) if latencies else 0.0,
        "p99": _pct(latencies, 0.99),
        "p99_push": _pct(by_kind.get("push", []), 0.99),
        "p99_pull": _pct(by_kind.get("pull", []), 0.99),
        "max": max(latencies, default=0.0),
        "requests": len(latencies),
        "rounds": sum(r["rounds"] for r in results),
        "errors": len(errors),
        "error_kinds": sorted(set(errors))[:5],
        "unsent": sum(r["unsent"] for r in results),
        "load_before": load_before,
        "load_max": max(sampler.loads, default=os.getloadavg()[0]),
        "load_end": os.getloadavg()[0],
        "bay_mb": statistics.median(bay_rss) if bay_rss else 0.0,
        "bays_mb_total": sum(bay_rss),
        "server_mb": max(sampler.server_rss, default=0) / 1024,
        "server_ms_per_request": 1000 * server_cpu / max(1, len(latencies)),
    }


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--bay":
        bay_main(sys.argv[2])
        return
    sys.path.insert(0, str(ROOT))
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--bays", type=int, nargs="+", default=[10, 100, 500])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--duration", type=float, default=150.0, help="seconds of rounds per N")
    parser.add_argument("--interval", type=float, default=60.0, help="worker's round interval")
    parser.add_argument("--debounce", type=float, default=2.0, help="round after a commit")
    parser.add_argument(
        "--commit-every", type=float, default=30.0, help="mean seconds between a bay's commits"
    )
    args = parser.parse_args()
    base_url = os.environ.get("BAY_TEST_PG_URL")
    if not base_url:
        raise SystemExit("BAY_TEST_PG_URL: a PostgreSQL server to create a throwaway database on")
    sys.path.insert(0, str(ROOT / "tests"))
    from headoffice_testing import pg_database

    print(
        f"model: one process per bay (stdlib client), ten bays per dealer; round at a random "
        f"phase, every {args.interval:g} s and {args.debounce:g} s after a commit; a commit "
        f"(1-20 changes, mean ~6, 1/3 edits of the dealer's rows) every {args.commit_every:g} s "
        f"on average; round = meta + push + pull of every stream. server workers={args.workers}, "
        f"{args.duration:g} s per N, cores={os.cpu_count()}"
    )
    print(
        f"{'bays':>5} {'chg/s':>6} {'p50 s':>6} {'p99 s':>6} {'p99psh':>6} {'p99pul':>6} "
        f"{'max s':>6} {'reqs':>6} {'rounds':>6} {'errs':>5} {'unsent':>6} {'load':>10} "
        f"{'bay MB':>6} {'bays MB':>7} {'srv MB':>6} {'srv ms/req':>10}"
    )
    for n in args.bays:
        with pg_database(base_url, "load") as db_url:
            r = run_once(db_url, n, args)
        print(
            f"{r['bays']:>5} {r['changes_per_s']:>6.1f} {r['p50']:>6.3f} {r['p99']:>6.3f} "
            f"{r['p99_push']:>6.3f} {r['p99_pull']:>6.3f} {r['max']:>6.2f} {r['requests']:>6} "
            f"{r['rounds']:>6} {r['errors']:>5} {r['unsent']:>6} "
            f"{r['load_before']:>5.1f}/{r['load_max']:>5.1f}/{r['load_end']:<5.1f}"
            f"{r['bay_mb']:>6.1f} "
            f"{r['bays_mb_total']:>7.0f} {r['server_mb']:>6.0f} "
            f"{r['server_ms_per_request']:>10.1f} {r['error_kinds']}",
            flush=True,
        )
    print(
        "load = 1-min load average before the run (other sessions) / highest during it / at "
        "its end; bay MB = "
        "median peak RSS of one bay process (shared interpreter pages counted in each), bays "
        "MB = their sum; srv MB = server processes' peak RSS; srv ms/req = server CPU per request"
    )


if __name__ == "__main__":
    main()
