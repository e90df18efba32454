"""SYNC.md §9 tests 1, 2, 3, 8 and 9 at CI size: the workstation (or the server) killed at
named crash points and at random moments; every test ends with the final check (zero silent
losses, zero duplicates, convergence, integrity_check ok, every media file matches its hash).

Head office runs on PostgreSQL when BAY_TEST_PG_URL is set, else on SQLite. BAY_SOAK=1 runs
the full iteration counts (`@pytest.mark.soak`).
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from headoffice_testing import PG_ENV, BackgroundServer, ServerProcess, database
from sqlalchemy import func, select
from sync_testing import (
    Bay,
    ChaosProxy,
    child,
    copy_bay,
    final_check,
    make_template,
    open_bay,
)

from app.headoffice import schema
from app.headoffice.auth import create_enrollment_code
from app.headoffice.reference import import_rows
from app.media.store import MediaStore

SOAK = os.environ.get("BAY_SOAK") == "1"
soak = pytest.mark.skipif(not SOAK, reason="long soak variant: set BAY_SOAK=1")
BACKEND = "postgres" if os.environ.get(PG_ENV) else "sqlite"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("crash-template") / "bay")


@pytest.fixture
def hq_url(tmp_path: Path) -> Iterator[str]:
    with database(BACKEND, tmp_path) as url:
        yield url


def _enrolled(template: Path, data_dir: Path, server: Any) -> Bay:
    bay = copy_bay(template, data_dir)
    bay.client.enroll(server.url, create_enrollment_code(server.engine, "TS01", data_dir.name))
    return bay


def _add_customers(bay: Bay, count: int, per_tx: int = 10) -> list[str]:
    """Local writes through the app's connection (captured by the triggers); the ledger."""
    from app.store.models import Customer

    dealer = str(bay.scalar("SELECT v FROM sync_state WHERE k = 'dealer_id'"))
    ids: list[str] = []
    for start in range(0, count, per_tx):
        with bay.ctx.db.write() as session:
            for n in range(start, min(count, start + per_tx)):
                row = Customer(dealer_id=dealer, name=f"客户{n}", phone=f"139{n:08d}")
                session.add(row)
                session.flush()
                ids.append(row.id)
    return ids


def _server_customers(engine: Any) -> list[str]:
    rs = schema.row_state
    with engine.connect() as conn:
        return [
            r[0]
            for r in conn.execute(select(rs.c.row_id).where(rs.c.tbl == "customer"))
            if r[0] is not None
        ]


def _finish(bay: Bay) -> str:
    done = child("round", str(bay.data_dir), "100", "500")
    out, err = done.communicate(timeout=180)
    assert done.returncode == 0, err
    return out


def _run_child(args: list[str], env: dict[str, str] | None = None) -> int:
    process = child(*args, env=env)
    process.communicate(timeout=180)
    return process.returncode


def _kill_after(args: list[str], delay: float, ready: Any = None) -> int:
    """Start a workstation process and SIGKILL it `delay` seconds after `ready()` holds (the
    process got to the interesting part), so the kill lands inside the work, not start-up."""
    process = child(*args)
    deadline = time.monotonic() + 60
    while ready is not None and process.poll() is None and time.monotonic() < deadline:
        if ready():
            break
        time.sleep(0.02)
    time.sleep(delay)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=60)
    return process.returncode


def _scalar(db: Path, sql: str) -> Any:
    """Read a workstation database without the app (a snapshot; WAL lets it run alongside)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        row = conn.execute(sql).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def _db(bay: Bay) -> Path:
    return bay.data_dir / "servicebay.sqlite3"


CRASH_POINTS = ("before_push", "after_response_before_local_commit", "after_push_commit")


def _kill_client_during_push(
    template: Path, tmp: Path, hq_url: str, rounds: int, kills: int
) -> None:
    with BackgroundServer(hq_url, tmp / "hq-media") as server:
        bay = _enrolled(template, tmp / "bay", server)
        ledger: list[str] = []
        bay.close()
        rng = random.Random(1)
        for _ in range(rounds):
            for point in CRASH_POINTS:
                reopened = open_bay(bay.data_dir)
                ledger += _add_customers(reopened, rng.randint(20, 200))
                reopened.close()
                code = _run_child(
                    ["round", str(bay.data_dir), "50", "500"], env={"SYNC_CRASHPOINT": point}
                )
                assert code == 137, point
        for _ in range(kills):
            reopened = open_bay(bay.data_dir)
            ledger += _add_customers(reopened, rng.randint(100, 400))
            reopened.close()
            queued = _scalar(_db(bay), "SELECT count(*) FROM sync_outbox")
            _kill_after(
                ["round", str(bay.data_dir), "20", "500"],
                rng.uniform(0.0, 0.3),
                lambda q=queued: _scalar(_db(bay), "SELECT count(*) FROM sync_outbox") < q,
            )
        _finish(bay)
        bay = open_bay(bay.data_dir)
        try:
            on_server = _server_customers(server.engine)
            assert len(on_server) == len(set(on_server))
            assert set(ledger) <= set(on_server), "a committed local write never reached HQ"
            with server.engine.connect() as conn:
                ac = schema.applied_change
                applied = conn.execute(select(func.count()).select_from(ac)).scalar_one()
                distinct = conn.execute(
                    select(func.count(func.distinct(ac.c.local_seq)))
                ).scalar_one()
            assert applied == distinct
            assert final_check(server.engine, [bay]) == []
        finally:
            bay.close()


def test_1_kill_client_during_push(template: Path, tmp_path: Path, hq_url: str) -> None:
    _kill_client_during_push(template, tmp_path, hq_url, rounds=1, kills=2)


@pytest.mark.soak
@soak
def test_1_kill_client_during_push_soak(template: Path, tmp_path: Path, hq_url: str) -> None:
    _kill_client_during_push(template, tmp_path, hq_url, rounds=20, kills=40)


def _kill_client_during_pull(
    template: Path, tmp: Path, hq_url: str, parts: int, kills: int
) -> None:
    with BackgroundServer(hq_url, tmp / "hq-media") as server:
        import_rows(
            server.engine,
            {
                "part": [
                    {
                        "part_no": f"BX-{n:07d}",
                        "name": f"零件{n}",
                        "grade": "oem",
                        "price_fen": 100 + n,
                    }
                    for n in range(parts)
                ]
            },
        )
        bay = _enrolled(template, tmp / "bay", server)
        bay.close()
        rng = random.Random(2)
        assert (
            _run_child(
                ["round", str(bay.data_dir), "50", "300"], env={"SYNC_CRASHPOINT": "mid_pull_apply"}
            )
            == 137
        )
        assert (
            _run_child(
                ["round", str(bay.data_dir), "50", "300"],
                env={"SYNC_CRASHPOINT": "after_pull_commit"},
            )
            == 137
        )
        for _ in range(kills):
            seen = _scalar(_db(bay), "SELECT seq FROM sync_cursor WHERE stream = 'ref:parts'")
            _kill_after(
                ["round", str(bay.data_dir), "50", "300"],
                rng.uniform(0.0, 0.3),
                lambda s=seen: (
                    _scalar(_db(bay), "SELECT seq FROM sync_cursor WHERE stream = 'ref:parts'") != s
                ),
            )
            reopened = open_bay(bay.data_dir)
            try:
                assert reopened.ctx.db.integrity_check() == "ok"
                # Every row at or below the cursor is here: the cursor never runs ahead.
                seq = reopened.scalar("SELECT seq FROM sync_cursor WHERE stream = 'ref:parts'")
                if seq:
                    fd = schema.sync_feed
                    with server.engine.connect() as conn:
                        below = {
                            r[0]
                            for r in conn.execute(
                                select(fd.c.row_id).where(
                                    fd.c.stream == "ref:parts", fd.c.seq <= seq
                                )
                            )
                        }
                    here = {r[0] for r in reopened.rows("SELECT id FROM part")}
                    assert below <= here
            finally:
                reopened.close()
        _finish(bay)
        bay = open_bay(bay.data_dir)
        try:
            assert bay.scalar("SELECT count(*) FROM part WHERE part_no LIKE 'BX-%'") == parts
            assert final_check(server.engine, [bay]) == []
        finally:
            bay.close()


def test_2_kill_client_during_pull_apply(template: Path, tmp_path: Path, hq_url: str) -> None:
    _kill_client_during_pull(template, tmp_path, hq_url, parts=4000, kills=2)


@pytest.mark.soak
@soak
def test_2_kill_client_during_pull_apply_soak(template: Path, tmp_path: Path, hq_url: str) -> None:
    _kill_client_during_pull(template, tmp_path, hq_url, parts=200_000, kills=100)


def _kill_server_mid_batch(template: Path, tmp: Path, hq_url: str, kills: int) -> None:
    """The server process SIGKILLed while the workstation pushes; a restarted server behind
    the same address. Each batch is all-or-nothing; retries are answered from stored results."""
    import threading

    media = tmp / "hq-media"
    first = ServerProcess(hq_url, media).__enter__()
    proxy = ChaosProxy(first.port).__enter__()
    try:
        bay = copy_bay(template, tmp / "bay")
        bay.client.enroll(proxy.url, create_enrollment_code(first.engine, "TS01", "bay"))
        bay.client.max_retries = 200
        bay.client.max_batch = 20
        ledger = _add_customers(bay, 150 * kills, per_tx=5)
        rng = random.Random(3)
        current = first
        errors: list[BaseException] = []

        def sync() -> None:
            try:
                bay.client.run_round(verify=False, media=False)
            except BaseException as exc:  # noqa: BLE001  (reported to the test thread)
                errors.append(exc)

        worker = threading.Thread(target=sync)
        worker.start()
        for _ in range(kills):
            time.sleep(rng.uniform(0.3, 1.0))
            current.kill()
            current.__exit__(None, None, None)
            current = ServerProcess(hq_url, media).__enter__()
            proxy.target_port = current.port
        worker.join(300)
        assert not errors, errors
        report = bay.client.run_round()
        assert report.waiting == 0
        on_server = _server_customers(current.engine)
        assert len(on_server) == len(set(on_server))
        assert set(ledger) <= set(on_server)
        assert final_check(current.engine, [bay]) == []
        bay.close()
        current.__exit__(None, None, None)
    finally:
        proxy.__exit__(None, None, None)
        first.kill()


def test_3_kill_server_mid_batch(template: Path, tmp_path: Path, hq_url: str) -> None:
    _kill_server_mid_batch(template, tmp_path, hq_url, kills=2)


@pytest.mark.soak
@soak
def test_3_kill_server_mid_batch_soak(template: Path, tmp_path: Path, hq_url: str) -> None:
    _kill_server_mid_batch(template, tmp_path, hq_url, kills=50)


def _durability(template: Path, tmp: Path, kills: int) -> None:
    """(CI form of test 8) WAL + synchronous=FULL, then SIGKILLs during heavy local writes:
    every transaction whose COMMIT returned (fsync'd ledger) is there afterwards."""
    bay = copy_bay(template, tmp / "bay")
    with bay.ctx.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    bay.close()
    ledger = tmp / "ledger.txt"
    rng = random.Random(8)
    for _ in range(kills):
        size = ledger.stat().st_size if ledger.exists() else 0
        _kill_after(
            ["write", str(bay.data_dir), str(ledger), "100000"],
            rng.uniform(0.1, 0.6),
            lambda n=size: ledger.exists() and ledger.stat().st_size > n,
        )
    bay = open_bay(bay.data_dir)
    try:
        assert bay.ctx.db.integrity_check() == "ok"
        committed = [i for line in ledger.read_text().splitlines() for i in line.split()]
        assert committed, "the writer never committed: the test proved nothing"
        here = {r[0] for r in bay.rows("SELECT id FROM customer")}
        assert set(committed) <= here
        # Every committed row is captured for head office too (same transaction).
        queued = {r[0] for r in bay.rows("SELECT row_id FROM sync_outbox WHERE tbl='customer'")}
        assert set(committed) <= queued
    finally:
        bay.close()


def test_8_commits_survive_sigkill_during_heavy_writes(template: Path, tmp_path: Path) -> None:
    _durability(template, tmp_path, kills=3)


@pytest.mark.soak
@soak
def test_8_commits_survive_sigkill_soak(template: Path, tmp_path: Path) -> None:
    _durability(template, tmp_path, kills=100)


def _atomic_capture(template: Path, tmp: Path, hq_url: str, kills: int, size: int) -> None:
    """Test 9: SIGKILL during capture-save. No final CAS name with other content, no media row
    without its file, orphans at most one per crash and swept; then everything uploads."""
    from app.services import appointments
    from app.services.customers import AssetInput, CustomerInput

    with BackgroundServer(hq_url, tmp / "hq-media") as server:
        bay = _enrolled(template, tmp / "bay", server)
        case_id = appointments.walk_in(
            bay.ctx,
            bay.advisor,
            customer=CustomerInput(name="王伟", phone="13800138000"),
            asset=AssetInput(
                kind="vehicle", brand="本田", model="雅阁", plate="粤B·D12345", vin=""
            ),
            fault_description="异响",
        ).case_id
        bay.close()
        rng = random.Random(9)
        for _ in range(kills):
            count = _scalar(_db(bay), "SELECT count(*) FROM media_file")
            _kill_after(
                ["capture", str(bay.data_dir), case_id, str(size), "1000"],
                rng.uniform(0.05, 0.5),
                lambda n=count: _scalar(_db(bay), "SELECT count(*) FROM media_file") > n,
            )
        bay = open_bay(bay.data_dir)
        try:
            store = MediaStore(bay.ctx.media_dir)
            shas = set(store.all_shas())
            for sha in shas:
                assert store.verify(sha), "a final CAS name holds other bytes"
            rows = {r[0] for r in bay.rows("SELECT sha256 FROM media_file")}
            assert rows, "no capture finished: the test proved nothing"
            assert rows <= shas, "a media row without its file"
            assert len(shas - rows) <= kills
            store.clean_temp()
            assert not list((bay.ctx.media_dir / ".tmp").glob("*"))
            bay.client.max_retries = 5
            bay.client.run_round()
            assert final_check(server.engine, [bay], server_media=server.media_dir) == []
            held = {p.name for p in (server.media_dir / "cas").rglob("*") if p.is_file()}
            assert rows <= held
        finally:
            bay.close()


def test_9_atomic_media_capture(template: Path, tmp_path: Path, hq_url: str) -> None:
    _atomic_capture(template, tmp_path, hq_url, kills=3, size=2 * 1024 * 1024)


@pytest.mark.soak
@soak
def test_9_atomic_media_capture_soak(template: Path, tmp_path: Path, hq_url: str) -> None:
    _atomic_capture(template, tmp_path, hq_url, kills=100, size=50 * 1024 * 1024)
