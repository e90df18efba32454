"""Bulk push and pull at a dealer's scale (issue 12: a bay joins a dealer of 20,000 cases).

    BAY_TEST_PG_URL=postgresql+psycopg://… python benchmarks/sync_join.py --orders 2000 \
        [--bay DIR] [--base /path/to/checkout-of-the-start-commit] [--profile DIR]

1. a dealer's first bay: ``python -m app demo --orders N`` (or a copy of ``--bay DIR``, a bay
   built that way before and never enrolled);
2. head office in this process (uvicorn on loopback over a fresh PostgreSQL database, or
   SQLite without BAY_TEST_PG_URL); the bays are ``python -m app`` processes, as in the soak
   test (tests/sync/test_join_soak.py);
3. the first bay enrolls, then syncs once: its whole outbox is pushed (the bulk push), then
   it pulls its own rows back (the write checkpoint);
4. a second bay of the dealer enrolls: it pulls the whole dealer stream (the join pull).

Prints, per code checkout: the changes pushed and the seconds from the first push request to
the end of the last (server side), the same for the pull pages, and changes/s of each.
``--base``: the same run with the code of another checkout (the start commit) first, so both
figures come from one run on one machine. ``--profile DIR``: cProfile of the server's push and
pull handlers (``server-push.prof``, ``server-pull.prof``) and of both bays' processes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
DB_NAME = "servicebay.sqlite3"


def _env(root: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}


def run_app(root: Path, data_dir: Path, *args: str, profile: Path | None = None) -> float:
    """``python -m app --data-dir D ARGS`` of checkout ``root``; its wall seconds."""
    head = [sys.executable]
    if profile is not None:
        head += ["-m", "cProfile", "-o", str(profile)]
    cmd = [*head, "-m", "app", "--data-dir", str(data_dir), *args]
    began = time.perf_counter()
    done = subprocess.run(  # cwd: ``-m app`` imports the checkout it runs in first
        cmd, cwd=root, env=_env(root), capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{args[:2]} exit {done.returncode}: {done.stderr[-3000:]}")
    return time.perf_counter() - began


def build_bay(root: Path, data_dir: Path, orders: int) -> float:
    return run_app(root, data_dir, "demo", "--orders", str(orders), "--seed", "9")


def outbox_size(data_dir: Path) -> int:
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        return int(conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])
    finally:
        conn.close()


def measure(root: Path, bay: Path, work: Path, profile: Path | None) -> dict[str, float]:
    """One run with the code of checkout ``root`` (server in a child process of that code)."""
    first, second = work / "first", work / "second"
    shutil.copytree(bay, first)
    figures_file = work / "server.json"
    server = subprocess.Popen(
        [sys.executable, str(HERE / "benchmarks" / "sync_join.py"), "--serve", str(work)]
        + (["--profile", str(profile)] if profile else []),
        cwd=root,
        env=_env(root),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    url, code_first, code_second = server.stdout.readline().split()
    try:
        figures: dict[str, float] = {"outbox": outbox_size(first)}
        figures["enroll first"] = run_app(
            root, first, "enroll", "--server", url, "--code", code_first
        )
        server.send_signal(signal.SIGUSR1)  # the server counts what follows as "first"
        figures["sync first"] = run_app(
            root,
            first,
            "sync",
            "--once",
            "--no-media",
            profile=profile / "client-first-sync.prof" if profile else None,
        )
        server.send_signal(signal.SIGUSR1)
        figures["join second"] = run_app(
            root,
            second,
            "enroll",
            "--server",
            url,
            "--code",
            code_second,
            profile=profile / "client-second-enroll.prof" if profile else None,
        )
    finally:
        server.terminate()
        server.wait(timeout=120)
    spans = json.loads(figures_file.read_text())
    for kind in ("push", "pull"):
        for phase, (began, ended, changes) in spans[kind].items():
            figures[f"{kind} {phase} s"] = ended - began
            figures[f"{kind} {phase} changes"] = changes
    return figures


def serve(work: Path, profile: Path | None) -> None:
    """The head office of one run, in this process (the code of PYTHONPATH): prints its URL
    and two enrollment codes, records when each push and pull ran, exits on SIGTERM."""
    import cProfile
    import threading

    import uvicorn

    sys.path.insert(0, str(Path(os.environ["PYTHONPATH"]) / "tests"))
    from headoffice_testing import database, free_port

    from app.headoffice import cli, feed, push
    from app.headoffice.api import create_app
    from app.headoffice.auth import create_enrollment_code

    kind = "postgres" if os.environ.get("BAY_TEST_PG_URL") else "sqlite"
    # phase: "first" while the first bay syncs, "join" once the second enrolled
    spans: dict[str, dict[str, list[float]]] = {"push": {}, "pull": {}}
    profiles = {"push": cProfile.Profile(), "pull": cProfile.Profile()}
    lock = threading.Lock()
    state = {"phase": "enroll"}
    phases = iter(["first", "join"])

    def timed(kind_: str, fn, count):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            began = time.perf_counter()
            with lock:  # one request at a time: the bays run one after the other anyway
                if profile:
                    profiles[kind_].enable()
                try:
                    result = fn(*args, **kwargs)
                finally:
                    if profile:
                        profiles[kind_].disable()
            ended = time.perf_counter()
            span = spans[kind_].setdefault(state["phase"], [began, ended, 0])
            span[1] = ended
            span[2] += count(result)
            return result

        return wrapper

    push.push = timed("push", push.push, lambda r: len(r.results))
    feed.pull_json = timed("pull", feed.pull_json, lambda r: r.count('"seq":'))

    with database(kind, work) as url:
        app = create_app(url, work / "media", enroll_rate=(1000, 60.0))
        port = free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        engine = app.state.engine
        if hasattr(cli, "freeze_startup_objects"):
            cli.freeze_startup_objects()  # as ``headoffice serve`` does
        first = create_enrollment_code(engine, "GZ01", "first")
        second = create_enrollment_code(engine, "GZ01", "second")
        print(f"http://127.0.0.1:{port} {first} {second}", flush=True)

        done = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: done.set())

        # SIGUSR1: the first bay's sync starts; again: the second bay's join starts.
        signal.signal(signal.SIGUSR1, lambda *_: state.update(phase=next(phases)))
        done.wait()
        server.should_exit = True
        thread.join(timeout=60)
    (work / "server.json").write_text(json.dumps(spans))
    if profile:
        for kind_, prof in profiles.items():
            prof.dump_stats(str(profile / f"server-{kind_}.prof"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=2000)
    parser.add_argument("--bay", type=Path, help="a demo bay built before (copied, not changed)")
    parser.add_argument("--base", type=Path, help="checkout of the code to compare against")
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.profile)
        return
    with tempfile.TemporaryDirectory(prefix="sync-join-") as tmp:
        bay = args.bay
        if bay is None:
            bay = Path(tmp) / "bay"
            seconds = build_bay(HERE, bay, args.orders)
            print(f"built a {args.orders}-case demo bay in {seconds:.1f} s")
        runs = [("base", args.base), ("this", HERE)] if args.base else [("this", HERE)]
        for name, root in runs:
            work = Path(tmp) / name
            work.mkdir()
            prof = args.profile / name if args.profile else None
            if prof:
                prof.mkdir(parents=True, exist_ok=True)
            figures = measure(root.resolve(), bay, work, prof)
            print(f"== {name} ({root}): {int(figures['outbox'])} changes queued on the first bay")
            for key in ("enroll first", "sync first", "join second"):
                print(f"  {key:>14}: {figures[key]:8.1f} s (process wall time)")
            for kind, phase in (("push", "first"), ("pull", "first"), ("pull", "join")):
                seconds = figures.get(f"{kind} {phase} s")
                changes = figures.get(f"{kind} {phase} changes", 0)
                if seconds:
                    print(
                        f"  {kind} ({phase} bay): {int(changes):,} rows in {seconds:.1f} s, "
                        f"{changes / seconds:,.0f} rows/s"
                    )
            sys.stdout.flush()


if __name__ == "__main__":
    main()
