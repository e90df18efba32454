"""SYNC.md §9 reliability tests 13–16, 18 and 20 (test 17, verify and repair, is
tests/integration/test_sync_client.py::test_verify_detects_and_repairs_a_row_changed_outside_the_app).

Real uvicorn on loopback, PostgreSQL when BAY_TEST_PG_URL is set (SQLite otherwise), real
workstation databases, workstations as separate processes where a process is killed or
limited. Each ends with the final check of §9. The CI form runs reduced counts; the full
counts are the ``soak`` variants (BAY_SOAK=1)."""

from __future__ import annotations

import contextlib
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from headoffice_testing import PG_ENV, BackgroundServer, Device, database
from sqlalchemy import create_engine, func, select, text
from sync_testing import (
    Bay,
    ChaosProxy,
    Faults,
    copy_bay,
    final_check,
    make_template,
    open_bay,
)

from app.headoffice import schema
from app.headoffice.auth import create_enrollment_code
from app.headoffice.reference import import_rows
from app.store.engine import set_state
from app.store.models import Customer
from app.sync.client import SyncFailed

SOAK = os.environ.get("BAY_SOAK") == "1"
soak = pytest.mark.skipif(not SOAK, reason="long soak variant: set BAY_SOAK=1")
BACKEND = "postgres" if os.environ.get(PG_ENV) else "sqlite"
TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("faults-template") / "bay")


@pytest.fixture
def hq_url(tmp_path: Path) -> Iterator[str]:
    with database(BACKEND, tmp_path) as url:
        yield url


def _enrolled(template: Path, data_dir: Path, server: Any, via: str | None = None) -> Bay:
    bay = copy_bay(template, data_dir)
    bay.client.enroll(
        via or server.url, create_enrollment_code(server.engine, "TS01", data_dir.name)
    )
    bay.client.backoff_base = 0.01
    return bay


def _joined(server: Any, data_dir: Path, via: str | None = None) -> Bay:
    """Another workstation of the dealer: enrolls empty and takes the dealer's data."""
    fresh = open_bay(data_dir)
    fresh.client.enroll(
        via or server.url, create_enrollment_code(server.engine, "TS01", data_dir.name)
    )
    fresh.close()
    bay = open_bay(data_dir)  # now with the dealer's staff as actors
    bay.client.backoff_base = 0.01
    return bay


def _customers(bay: Bay, count: int, per_tx: int = 25) -> list[str]:
    """Local writes through the app's connection (captured by the triggers): the ledger."""
    dealer = str(bay.scalar("SELECT v FROM sync_state WHERE k = 'dealer_id'"))
    ids: list[str] = []
    for start in range(0, count, per_tx):
        with bay.ctx.db.write() as session:
            for n in range(start, min(start + per_tx, count)):
                row = Customer(dealer_id=dealer, name=f"客户{n}", phone=f"139{n:08d}")
                session.add(row)
                session.flush()
                ids.append(row.id)
    return ids


def _server_customers(engine: Any) -> set[str]:
    rs = schema.row_state
    with engine.connect() as conn:
        return {
            str(r[0])
            for r in conn.execute(select(rs.c.row_id).where(rs.c.tbl == "customer"))
            if r[0] is not None
        }


def _applied_once(engine: Any) -> None:
    ac = schema.applied_change
    with engine.connect() as conn:
        ids = conn.execute(select(ac.c.change_id)).scalars().all()
        pairs = conn.execute(select(ac.c.device_id, ac.c.local_seq)).all()
    assert len(ids) == len(set(ids))
    assert len(pairs) == len(set(pairs))


def _process(args: list[str], limit_bytes: int | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m sync_testing ARGS`` with tests/ on the path; ``limit_bytes`` caps the size
    any file of the process may reach (RLIMIT_FSIZE), as a full disk would."""

    def limit() -> None:
        if limit_bytes is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails (EFBIG), no signal
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    path = os.pathsep.join((str(TESTS), str(ROOT), os.environ.get("PYTHONPATH", "")))
    return subprocess.run(
        [sys.executable, "-m", "sync_testing", *args],
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=limit,
        check=False,
    )


def _cli(
    data_dir: Path, *args: str, limit_bytes: int | None = None
) -> subprocess.CompletedProcess[str]:
    """The real command line (``python -m app``), optionally on a "full disk"."""

    def limit() -> None:
        if limit_bytes is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--lang", "en", *args],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=180,
        preexec_fn=limit,
        check=False,
    )


# -- 13. long offline --------------------------------------------------------------------------


def _long_offline(template: Path, tmp: Path, hq_url: str, local: int, remote: int) -> None:
    """A bay offline while it makes `local` changes and head office takes `remote` changes
    from another device; it then syncs in one process without a reset, within 300 MB."""
    with BackgroundServer(hq_url, tmp / "hq-media") as server:
        bay = _enrolled(template, tmp / "bay", server)
        bay.client.run_round()
        other = Device.enroll(server.url, create_enrollment_code(server.engine, "TS01", "other"))
        try:
            ledger = _customers(bay, local)
            dealer = other.dealer_id
            remote_ids: list[str] = []
            for start in range(0, remote, 500):
                changes = []
                for n in range(start, min(start + 500, remote)):
                    row_id = str(uuid.uuid4())
                    remote_ids.append(row_id)
                    changes.append(
                        other.change(
                            "customer",
                            row_id,
                            "insert",
                            {"id": row_id, "dealer_id": dealer, "name": f"远{n}", "phone": "1"},
                        )
                    )
                assert other.push(changes).status_code == 200
            epoch_before = bay.scalar("SELECT v FROM sync_state WHERE k = 'hq_epoch'")
            bay.close()
            done = _process(["round", str(bay.data_dir), "500", "1000"])
            assert done.returncode == 0, done.stderr
            peak_kb = next(
                int(line.split("=", 1)[1])
                for line in done.stdout.splitlines()
                if line.startswith("peak_rss_kb=")
            )
            peak_mb = peak_kb / 1024
            print(
                f"test 13: {local} local + {remote} remote changes, child peak RSS {peak_mb:.0f} MB"
            )
            assert peak_mb < 300
            bay = open_bay(bay.data_dir)
            # No reset: same epoch, the outbox pushed, every remote row pulled.
            assert bay.scalar("SELECT v FROM sync_state WHERE k = 'hq_epoch'") == epoch_before
            on_server = _server_customers(server.engine)
            assert set(ledger) <= on_server
            assert bay.scalar("SELECT count(*) FROM customer") >= len(ledger) + remote
            _applied_once(server.engine)
            assert final_check(server.engine, [bay]) == []
        finally:
            other.close()
            bay.close()


def test_13_long_offline(template: Path, tmp_path: Path, hq_url: str) -> None:
    _long_offline(template, tmp_path, hq_url, local=500, remote=5_000)


@pytest.mark.soak
@soak
def test_13_long_offline_soak(template: Path, tmp_path: Path, hq_url: str) -> None:
    _long_offline(template, tmp_path, hq_url, local=5_000, remote=100_000)


# -- 14. partition liveness --------------------------------------------------------------------


def _partitions(template: Path, tmp: Path, hq_url: str, rounds: int) -> None:
    """Three bays work and sync through a network that drops requests and responses at
    random (inbound, outbound, both); after the network heals, every outbox empties and all
    converge within two rounds each: no wedged queue."""
    with BackgroundServer(hq_url, tmp / "hq-media") as server, ChaosProxy(server.port) as proxy:
        first = _enrolled(template, tmp / "bay0", server, via=proxy.url)
        first.client.run_round()
        bays = [first, _joined(server, tmp / "bay1", proxy.url)]
        bays.append(_joined(server, tmp / "bay2", proxy.url))
        rng = random.Random(14)
        ledger: list[str] = []
        try:
            for bay in bays:
                bay.client.max_retries = 1
                bay.client.run_round()
            for step in range(rounds):
                kind = step % 3  # outbound only, inbound only, both
                proxy.faults = Faults(
                    drop_request=0.35 if kind in (0, 2) else 0.0,
                    drop_response=0.35 if kind in (1, 2) else 0.0,
                    seed=step,
                )
                for bay in bays:
                    ledger += _customers(bay, rng.randint(1, 30), per_tx=5)
                    with contextlib.suppress(SyncFailed):  # offline or cut mid-round
                        bay.client.run_round(verify=False, media=False)
            proxy.faults = Faults()  # heal
            for _ in range(2):
                for bay in bays:
                    bay.client.run_round(verify=False)
            assert proxy.counts["dropped_requests"] + proxy.counts["dropped_responses"] > 0
            heads = {}
            with server.engine.connect() as conn:
                sh = schema.stream_head
                heads = {r.stream: int(r.seq) for r in conn.execute(select(sh))}
            for bay in bays:
                assert bay.scalar("SELECT count(*) FROM sync_outbox") == 0
                for stream, seq in bay.rows("SELECT stream, seq FROM sync_cursor"):
                    if stream.startswith("dealer:"):
                        assert seq >= heads.get(stream, 0), stream
            assert set(ledger) <= _server_customers(server.engine)
            _applied_once(server.engine)
            assert final_check(server.engine, bays) == []
        finally:
            for bay in bays:
                bay.close()


def test_14_partition_liveness(template: Path, tmp_path: Path, hq_url: str) -> None:
    _partitions(template, tmp_path, hq_url, rounds=6)


@pytest.mark.soak
@soak
def test_14_partition_liveness_soak(template: Path, tmp_path: Path, hq_url: str) -> None:
    _partitions(template, tmp_path, hq_url, rounds=120)


# -- 15. server restored from a backup (epoch change) -----------------------------------------


def _pg_tool(name: str) -> str:
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    if not found:
        pytest.skip(f"{name} not installed")
    return str(found[-1])


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.mark.postgres
def test_15_server_restored_from_an_older_backup(template: Path, tmp_path: Path) -> None:
    """Head office restored from a backup older than what the bays hold: after `headoffice
    new-epoch` the bays detect the new epoch, push everything again, pull from zero; the
    server holds every ledger write again, and no local data was discarded."""
    if BACKEND != "postgres":
        pytest.skip(f"{PG_ENV} unset")
    import psycopg
    from sqlalchemy.engine import make_url

    from app.headoffice.cli import new_epoch

    dump = tmp_path / "hq.dump"
    with database("postgres", tmp_path) as url:
        name = make_url(url).database
        admin = _libpq(make_url(url).set(database="postgres").render_as_string(False))
        server = BackgroundServer(url, tmp_path / "hq-media").__enter__()
        bays: list[Bay] = []
        try:
            bays = [_enrolled(template, tmp_path / "bay0", server)]
            bays.append(_joined(server, tmp_path / "bay1"))
            early = _customers(bays[0], 40)
            for bay in bays:
                bay.client.run_round()
            subprocess.run([_pg_tool("pg_dump"), "-Fc", "-f", str(dump), _libpq(url)], check=True)
            late = _customers(bays[0], 60) + _customers(bays[1], 30)
            for bay in bays:
                bay.client.run_round()
            assert set(early + late) <= _server_customers(server.engine)
            server.__exit__(None, None, None)
            server.engine.dispose()
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
                conn.execute(f'CREATE DATABASE "{name}"')
            subprocess.run([_pg_tool("pg_restore"), "-d", _libpq(url), str(dump)], check=True)
            new_epoch(url)
            server = BackgroundServer(url, tmp_path / "hq-media").__enter__()
            for bay in bays:  # the restored server answers at the dealer's usual address
                with bay.ctx.db.write() as session:
                    set_state(session, "server_url", server.url)
            restored = _server_customers(server.engine)
            assert not set(late) & restored  # the backup is older than the bays
            offline_edit = _customers(bays[1], 5)
            for _ in range(2):
                for bay in bays:
                    report = bay.client.run_round()
            assert "epoch_changed" not in report.alarms  # seen once, then settled
            for bay in bays:
                alarms = bay.rows("SELECT id FROM sync_inbox_issue WHERE kind = 'alarm'")
                assert any(str(a[0]).startswith("epoch:") for a in alarms)
            assert set(early + late + offline_edit) <= _server_customers(server.engine)
            _applied_once(server.engine)
            assert final_check(server.engine, bays) == []
        finally:
            for bay in bays:
                bay.close()
            server.__exit__(None, None, None)


# -- 16. cursor gap / commit order ------------------------------------------------------------


def _commit_order(hq_url: str, tmp: Path, pushers: int, per_pusher: int, pullers: int) -> None:
    """Parallel pushers whose server transactions sleep at random (a trigger on
    applied_change sleeps inside each push transaction) and concurrent pullers: every
    puller's final row set equals the server's, nothing skipped."""
    with BackgroundServer(hq_url, tmp / "hq-media") as server:
        devices = [
            Device.enroll(server.url, create_enrollment_code(server.engine, "CG01", f"p{n}"))
            for n in range(pushers + pullers)
        ]
        guard = create_engine(hq_url)
        if guard.dialect.name == "postgresql":
            with guard.begin() as conn:
                conn.execute(
                    text(
                        "CREATE FUNCTION test_jitter() RETURNS trigger AS $$ BEGIN "
                        "PERFORM pg_sleep(random() * 0.03); RETURN NEW; END $$ LANGUAGE plpgsql"
                    )
                )
                conn.execute(
                    text(
                        "CREATE TRIGGER test_jitter AFTER INSERT ON applied_change "
                        "FOR EACH STATEMENT EXECUTE FUNCTION test_jitter()"
                    )
                )
        stream = devices[0].stream
        seen: list[dict[str, int]] = [{} for _ in range(pullers)]
        done = threading.Event()
        errors: list[str] = []

        def push(device: Device, seed: int) -> None:
            rng = random.Random(seed)
            try:
                sent = 0
                while sent < per_pusher:
                    size = min(per_pusher - sent, rng.randint(1, 25))
                    changes = []
                    for _ in range(size):
                        row_id = str(uuid.uuid4())
                        changes.append(
                            device.change(
                                "customer",
                                row_id,
                                "insert",
                                {"id": row_id, "dealer_id": device.dealer_id, "name": "x"},
                            )
                        )
                    response = device.push(changes)
                    if response.status_code != 200:
                        errors.append(f"push {response.status_code} {response.text[:200]}")
                        return
                    sent += size
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(repr(exc))

        def pull(device: Device, into: dict[str, int]) -> None:
            since = 0
            try:
                while True:
                    finished = done.is_set()
                    body = device.pull(stream, since, limit=97).json()
                    for item in body["items"]:
                        into[item["row_id"]] = item["seq"]
                    since = body["next_since"]
                    if finished and not body["has_more"]:
                        return
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(repr(exc))

        pushing = [threading.Thread(target=push, args=(devices[n], n)) for n in range(pushers)]
        pulling = [
            threading.Thread(target=pull, args=(devices[pushers + n], seen[n]))
            for n in range(pullers)
        ]
        for thread in pushing + pulling:
            thread.start()
        for thread in pushing:
            thread.join(600)
        done.set()
        for thread in pulling:
            thread.join(600)
        for device in devices:
            device.close()
        guard.dispose()
        assert errors == []
        rs = schema.row_state
        with server.engine.connect() as conn:
            held = {
                str(r[0]) for r in conn.execute(select(rs.c.row_id).where(rs.c.tbl == "customer"))
            }
            total = conn.execute(
                select(func.count()).select_from(schema.applied_change)
            ).scalar_one()
        assert len(held) == pushers * per_pusher == total
        for n, rows in enumerate(seen):
            customers = {r for r in rows if r in held}
            assert customers == held, f"puller {n} skipped {len(held - customers)} rows"


def test_16_cursor_gap_commit_order(hq_url: str, tmp_path: Path) -> None:
    _commit_order(hq_url, tmp_path, pushers=8, per_pusher=150, pullers=3)


@pytest.mark.soak
@soak
def test_16_cursor_gap_commit_order_soak(hq_url: str, tmp_path: Path) -> None:
    _commit_order(hq_url, tmp_path, pushers=20, per_pusher=500, pullers=5)


# -- 18. forked or rolled-back workstation database ---------------------------------------------


def test_18_restored_and_cloned_workstation(template: Path, tmp_path: Path, hq_url: str) -> None:
    """A bay's database restored from yesterday's copy gets SEQ_GAP and an alarm; a clone on
    a second PC gets DEVICE_FORKED and an alarm; no change is applied twice, and every write
    head office acknowledged stays there."""
    with BackgroundServer(hq_url, tmp_path / "hq-media") as server:
        bay = _enrolled(template, tmp_path / "bay", server)
        try:
            _customers(bay, 20)
            bay.client.run_round()
            bay.close()
            shutil.copytree(bay.data_dir, tmp_path / "yesterday")
            bay = open_bay(bay.data_dir)
            acked = _customers(bay, 30)
            bay.client.run_round()
            bay.close()
            # The restored copy: 30 acknowledged changes it no longer has, then new work.
            restored = open_bay(tmp_path / "yesterday")
            restored.client.backoff_base = 0.01
            _customers(restored, 5)
            report = restored.client.run_round()
            assert "seq_gap" in report.alarms or "device_forked" in report.alarms
            assert restored.scalar("SELECT count(*) FROM sync_outbox") > 0  # kept, not dropped
            alarms = restored.rows("SELECT detail FROM sync_inbox_issue WHERE kind = 'alarm'")
            assert alarms
            restored.close()
            # A clone: the same device on a second PC; both write, both push.
            shutil.copytree(bay.data_dir, tmp_path / "clone")
            bay = open_bay(bay.data_dir)
            clone = open_bay(tmp_path / "clone")
            clone.client.backoff_base = 0.01
            _customers(bay, 7)
            mine = bay.client.run_round()
            _customers(clone, 9)
            theirs = clone.client.run_round()
            assert mine.alarms == []
            assert "device_forked" in theirs.alarms
            assert clone.scalar("SELECT count(*) FROM sync_outbox") == 9
            clone.close()
            _applied_once(server.engine)
            assert set(acked) <= _server_customers(server.engine)
            assert final_check(server.engine, [bay]) == []
        finally:
            bay.close()


# -- 20. disk full -----------------------------------------------------------------------------


def test_20_disk_full_during_pull(template: Path, tmp_path: Path, hq_url: str) -> None:
    """The disk fills while a large pull is applied: a clean message and exit code of the
    environment (3), no corruption; after space is freed the pull resumes and the final check
    passes."""
    with BackgroundServer(hq_url, tmp_path / "hq-media") as server:
        bay = _enrolled(template, tmp_path / "bay", server)
        bay.client.run_round()
        bay.close()
        import_rows(
            server.engine,
            {
                "part": [
                    {"part_no": f"DF-{n:07d}", "name": f"零件{n}", "grade": "oem", "price_fen": n}
                    for n in range(6000)
                ]
            },
        )
        db = bay.data_dir / "servicebay.sqlite3"
        limit = db.stat().st_size + 256 * 1024
        full = _cli(bay.data_dir, "sync", "--once", limit_bytes=limit)
        assert full.returncode == 3, full.stderr
        assert "Traceback" not in full.stderr
        assert "internal error" not in full.stderr
        assert "disk" in full.stderr.lower()
        bay = open_bay(bay.data_dir)
        try:
            assert bay.ctx.db.integrity_check() == "ok"
            cursor = bay.scalar("SELECT seq FROM sync_cursor WHERE stream = 'ref:parts'") or 0
            parts = bay.scalar("SELECT count(*) FROM part WHERE part_no LIKE 'DF-%'")
            assert parts < 6000  # it did stop part-way
            bay.close()
            freed = _cli(bay.data_dir, "sync", "--once")
            assert freed.returncode == 0, freed.stderr
            bay = open_bay(bay.data_dir)
            assert bay.scalar("SELECT count(*) FROM part WHERE part_no LIKE 'DF-%'") == 6000
            assert (
                bay.scalar("SELECT seq FROM sync_cursor WHERE stream = 'ref:parts'") or 0
            ) >= cursor
            assert final_check(server.engine, [bay]) == []
        finally:
            bay.close()


# -- 19. schema upgrade with queued changes ---------------------------------------------------


def _queued_across_upgrade(template: Path, tmp: Path, hq_url: str, count: int) -> None:
    """Changes queued by the previous release (database at the previous migration), then
    the program is upgraded (Alembic runs at open) and syncs: every change is applied, the
    outbox empties, and the upgraded database matches the models (no drift)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from app.store.engine import Database
    from app.store.migrate import alembic_config, current_revision, downgrade
    from app.store.models import Base
    from app.store.schema import HEAD_REVISION

    # The revision the newest one follows (not always the number before it: a branch's
    # migration is re-chained at merge).
    head = ScriptDirectory.from_config(alembic_config()).get_revision(HEAD_REVISION)
    assert head is not None
    previous = str(head.down_revision)
    with BackgroundServer(hq_url, tmp / "hq-media") as server:
        bay = _enrolled(template, tmp / "bay", server)
        bay.client.run_round()
        dealer = str(bay.scalar("SELECT v FROM sync_state WHERE k = 'dealer_id'"))
        path = bay.ctx.db.path
        bay.close()
        old = Database(path, migrate=False)
        try:
            downgrade(old.engine, previous)
            assert current_revision(old.engine) == previous
        finally:
            old.dispose()
        # The previous release writes (its schema, its triggers): the outbox fills.
        old = Database(path, migrate=False)
        ledger: list[str] = []
        try:
            for start in range(0, count, 50):
                with old.write() as session:
                    for n in range(start, min(start + 50, count)):
                        row = Customer(dealer_id=dealer, name=f"旧{n}", phone="1")
                        session.add(row)
                        session.flush()
                        ledger.append(row.id)
            with old.read() as session:
                queued = session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one()
            assert queued >= count
        finally:
            old.dispose()
        bay = open_bay(bay.data_dir)  # the new release: migrated at open
        try:
            assert current_revision(bay.ctx.db.engine) == HEAD_REVISION
            assert bay.scalar("SELECT count(*) FROM sync_outbox") == queued
            bay.client.run_round()
            assert set(ledger) <= _server_customers(server.engine)
            _applied_once(server.engine)
            with bay.ctx.db.engine.connect() as conn:
                context = MigrationContext.configure(conn, opts={"compare_type": True})
                assert compare_metadata(context, Base.metadata) == []
            assert final_check(server.engine, [bay]) == []
        finally:
            bay.close()


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_19_schema_upgrade_with_queued_changes(template: Path, tmp_path: Path, hq_url: str) -> None:
    _queued_across_upgrade(template, tmp_path, hq_url, 1000)


# -- a join killed part-way (issue 12 "done when") ---------------------------------------------


def _read(db: Path, sql: str) -> Any:
    """A workstation database read without the app, alongside a writer (WAL)."""
    import sqlite3

    if not db.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute(sql).fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _join_killed(tmp: Path, hq_url: str, orders: int, kills: int, monkeypatch: Any) -> None:
    """A dealer's bay with `orders` demo cases enrolls and syncs; a second bay joins from
    empty and its enrollment and sync processes are SIGKILLed `kills` times part-way through
    the pull (each kill after the cursor moved); then one uninterrupted sync. Both bays and
    head office end equal, the same cases in the same states."""
    from app.services import demo
    from app.services.setup import open_workstation

    monkeypatch.setattr(demo, "LIVE_CASES", min(20, orders))
    dealer = f"J{uuid.uuid4().hex[:6].upper()}"
    with BackgroundServer(hq_url, tmp / "hq-media") as server:
        ctx = open_workstation(tmp / "first")
        demo.create_demo(ctx, orders=orders, seed=9)
        ctx.db.dispose()
        first = open_bay(tmp / "first")
        with first.ctx.db.write() as session:
            set_state(session, "dealer_code", dealer)
        first.client.enroll(server.url, create_enrollment_code(server.engine, dealer, "first"))
        first.client.run_round(media=False)
        first.close()
        second = tmp / "second"
        db = second / "servicebay.sqlite3"
        cursor_sql = "SELECT max(seq) FROM sync_cursor WHERE stream LIKE 'dealer:%'"
        code = create_enrollment_code(server.engine, dealer, "second")
        killed = 0
        args = ["enroll", "--server", server.url, "--code", code]
        for _ in range(kills):
            before = _read(db, cursor_sql) or 0
            process = subprocess.Popen(
                [sys.executable, "-m", "app", "--data-dir", str(second), *args],
                env={**os.environ, "PYTHONPATH": str(ROOT)},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            while process.poll() is None and (_read(db, cursor_sql) or 0) <= before:
                threading.Event().wait(0.02)
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
                killed += 1
            _out, err = process.communicate(timeout=120)
            assert process.returncode in (0, -signal.SIGKILL), err
            args = ["sync", "--once", "--no-media"]
        assert killed >= 1, "no kill landed inside the join"
        done = _cli(second, "sync", "--once", "--no-media")
        assert done.returncode == 0, done.stderr
        first, joined = open_bay(tmp / "first"), open_bay(second)
        try:
            # Quiesce: a round sends queued customer messages; their status comes back the
            # round after, to both bays.
            for _ in range(2):
                joined.client.run_round(media=False)
                first.client.run_round(media=False)
            joined.client.run_round(media=False)
            states = "SELECT id, state FROM service_case ORDER BY id"
            assert first.rows(states) == joined.rows(states)
            assert len(first.rows(states)) >= orders
            assert local_parked(joined) == 0
            problems = final_check(server.engine, [first, joined])
            assert problems == [], problems[:10]
        finally:
            first.close()
            joined.close()


def local_parked(bay: Bay) -> int:
    from app.sync import local

    return local.parked_count(bay.ctx.db)


def test_join_killed_part_way(tmp_path: Path, hq_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _join_killed(tmp_path, hq_url, orders=300, kills=3, monkeypatch=monkeypatch)


@pytest.mark.soak
@soak
def test_join_of_20000_cases_killed_10_times_soak(
    tmp_path: Path, hq_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _join_killed(tmp_path, hq_url, orders=20_000, kills=10, monkeypatch=monkeypatch)
