"""Head office under load: N simulated bays pushing and pulling at once (issue 12).

    BAY_TEST_PG_URL=postgresql+psycopg://… python benchmarks/headoffice_load.py \
        --bays 10 100 500 --workers 2 --rounds 5

Starts ``python -m app headoffice serve --workers K`` on loopback over a fresh PostgreSQL
database, enrolls N bays (each its own dealer of 10 bays' worth: bays are grouped ten to a
dealer, as in a real deployment), then runs them from separate client processes. Each bay,
each round: push a batch of ``--changes`` changes (real HTTP, the wire format a workstation
sends), then pull its dealer stream to the head. Prints changes/s, p50/p99 request latency and
errors per N. Bounded: ``--rounds`` rounds per bay and ``--timeout`` seconds per run.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # headoffice_testing

from headoffice_testing import Device, free_port, pg_database  # noqa: E402

BAYS_PER_DEALER = 10


def _bay_loop(
    base: str,
    creds: list[tuple[str, str, str]],
    rounds: int,
    changes: int,
    deadline: float,
    out: Any,
) -> None:
    """One client process: its bays as threads, each a real HTTP client."""
    latencies: list[float] = []
    errors: list[str] = []
    pushed = 0
    lock = threading.Lock()

    def run(device_id: str, secret: str, dealer_id: str) -> None:
        nonlocal pushed
        bay = Device(base, device_id, secret, dealer_id)
        since = 0
        try:
            for _ in range(rounds):
                if time.monotonic() > deadline:
                    return
                batch = [
                    bay.change("customer", str(uuid.uuid4()), "insert", {"name": "load"})
                    for _ in range(changes)
                ]
                t0 = time.monotonic()
                response = bay.push(batch)
                t1 = time.monotonic()
                ok = response.status_code == 200
                with lock:
                    latencies.append(t1 - t0)
                    if ok:
                        pushed += len(batch)
                    else:
                        errors.append(f"push {response.status_code}")
                while True:
                    t0 = time.monotonic()
                    response = bay.pull(since=since, limit=1000)
                    t1 = time.monotonic()
                    with lock:
                        latencies.append(t1 - t0)
                    if response.status_code != 200:
                        with lock:
                            errors.append(f"pull {response.status_code}")
                        break
                    page = response.json()
                    since = page["next_since"]
                    if not page["has_more"]:
                        break
        except httpx.HTTPError as exc:
            with lock:
                errors.append(type(exc).__name__)
        finally:
            bay.close()

    threads = [threading.Thread(target=run, args=c) for c in creds]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out.put((latencies, errors, pushed))


def _enroll_all(base: str, db_url: str, n: int) -> list[tuple[str, str, str]]:
    from app.headoffice.auth import create_enrollment_code
    from app.headoffice.db import make_engine

    engine = make_engine(db_url)
    run = uuid.uuid4().hex[:6]
    creds = []
    for i in range(n):
        code = create_enrollment_code(engine, f"L{run}-{i // BAYS_PER_DEALER}", f"Bay {i}")
        bay = Device.enroll(base, code)
        creds.append((bay.device_id, bay.secret, bay.dealer_id))
        bay.close()
    engine.dispose()
    return creds


def run_once(
    db_url: str, n: int, workers: int, rounds: int, changes: int, timeout: float, procs: int
) -> dict[str, Any]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    media = Path(f"/tmp/ho-load-media-{port}")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(media.parent / f"ho-load-{port}"),
            "headoffice",
            "serve",
            "--db",
            db_url,
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--enroll-rate",
            "1000000",
            "--media-dir",
            str(media),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        creds = _enroll_all(base, db_url, n)
        queue: Any = mp.Queue()
        groups = [creds[i::procs] for i in range(min(procs, n))]
        started = time.monotonic()
        deadline = started + timeout
        children = [
            mp.Process(target=_bay_loop, args=(base, g, rounds, changes, deadline, queue))
            for g in groups
        ]
        for c in children:
            c.start()
        latencies: list[float] = []
        errors: list[str] = []
        pushed = 0
        for _ in children:
            lat, err, p = queue.get(timeout=timeout + 120)
            latencies += lat
            errors += err
            pushed += p
        for c in children:
            c.join()
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    latencies.sort()
    return {
        "bays": n,
        "changes_per_s": pushed / elapsed if elapsed else 0.0,
        "p50": statistics.median(latencies) if latencies else 0.0,
        "p99": latencies[int(len(latencies) * 0.99) - 1] if latencies else 0.0,
        "requests": len(latencies),
        "errors": len(errors),
        "error_kinds": sorted(set(errors))[:5],
        "seconds": elapsed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bays", type=int, nargs="+", default=[10, 100, 500])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--procs", type=int, default=8, help="client processes")
    parser.add_argument("--timeout", type=float, default=300.0)
    args = parser.parse_args()
    base_url = os.environ.get("BAY_TEST_PG_URL")
    if not base_url:
        raise SystemExit("BAY_TEST_PG_URL: a PostgreSQL server to create a throwaway database on")
    print(
        f"workers={args.workers} rounds={args.rounds} changes/push={args.changes} "
        f"client processes={args.procs}"
    )
    print(
        f"{'bays':>6} {'changes/s':>10} {'p50 s':>8} {'p99 s':>8} {'requests':>9} "
        f"{'errors':>7} {'seconds':>8}"
    )
    for n in args.bays:
        with pg_database(base_url, "load") as db_url:
            r = run_once(
                db_url, n, args.workers, args.rounds, args.changes, args.timeout, args.procs
            )
        print(
            f"{r['bays']:>6} {r['changes_per_s']:>10.0f} {r['p50']:>8.3f} {r['p99']:>8.3f} "
            f"{r['requests']:>9} {r['errors']:>7} {r['seconds']:>8.1f} {r['error_kinds']}",
            flush=True,
        )


if __name__ == "__main__":
    main()
