"""Issue 12 storage after sync: enrolling a bay that holds a demo's history and its first
sync leave its tables as dense as they were and as the same database vacuumed.

Enrollment queues every row head office was never sent and stamps it (`queue_unsent`), and
the first pull brings each of the bay's own rows back. Where that made a row longer than it
was (a stamp where the row had none, an "unknown" clock for the dealer column head office
never stamps), every row grew in place, full pages split and ended part empty: 7% of the
database after the first sync was page slack."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from headoffice_testing import PG_ENV, BackgroundServer, database
from sync_testing import open_bay, vacuumed_copy

from app.headoffice.auth import create_enrollment_code
from app.services import demo
from app.services.setup import DB_NAME, open_workstation
from app.store.engine import set_state
from app.store.registry import SYNCED_TABLES, SyncClass

BACKENDS = [pytest.param("sqlite"), pytest.param("postgres", marks=pytest.mark.postgres)]

CHANGED_BY_SYNC = {"customer_message", "workstation"}
"""Tables whose rows the first round really changes: the queued messages are sent, the
workstation takes the code head office allocated."""


@pytest.fixture(params=BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[BackgroundServer]:
    if request.param == "postgres" and not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} unset: PostgreSQL tests need the server scripts/test.sh starts")
    with database(request.param, tmp_path) as url, BackgroundServer(url, tmp_path / "media") as srv:
        yield srv


def _pages(db_file: Path) -> dict[str, int]:
    """Bytes of each table's own b-tree (its rows; indexes apart), from dbstat."""
    plain = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        return {
            str(name): int(size)
            for name, size in plain.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name")
        }
    finally:
        plain.close()


def test_enrollment_and_the_first_sync_leave_no_page_slack(
    server: BackgroundServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "LIVE_CASES", 20)
    ctx = open_workstation(tmp_path / "bay")
    demo.create_demo(ctx, orders=40, seed=5)
    ctx.db.dispose()
    db_file = tmp_path / "bay" / DB_NAME
    before = _pages(db_file)
    bay = open_bay(tmp_path / "bay")
    try:
        assert bay.scalar("SELECT count(*) FROM case_event WHERE server_version = 1") > 300
        dealer = f"D{uuid.uuid4().hex[:6].upper()}"
        with bay.ctx.db.write() as session:
            set_state(session, "dealer_code", dealer)
        bay.client.enroll(server.url, create_enrollment_code(server.engine, dealer, "bay"))
        for _ in range(2):
            report = bay.client.run_round(verify=True, media=False)
            assert report.alarms == []
        assert report.waiting == 0
        # Head office keeps no clock for a row's dealer: a pulled row stores none either.
        for tbl, kind in SYNCED_TABLES.items():
            if kind is SyncClass.DRAFT:
                stamped = bay.scalar(
                    f"SELECT count(*) FROM \"{tbl}\" WHERE field_hlc LIKE '%dealer_id%'"
                )
                assert stamped == 0, tbl
    finally:
        bay.close()
    # The pruned outbox's pages went back to the file system and the WAL was cut back.
    plain = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        assert plain.execute("PRAGMA freelist_count").fetchone()[0] == 0
    finally:
        plain.close()
    wal = db_file.with_name(db_file.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    after = _pages(db_file)
    dense = _pages(vacuumed_copy(db_file, tmp_path / "vacuumed.sqlite3"))
    grown = {
        tbl: (before[tbl], after[tbl])
        for tbl in SYNCED_TABLES
        if tbl in before and tbl not in CHANGED_BY_SYNC and after[tbl] > before[tbl]
    }
    assert grown == {}, "tables that grew though their data did not change (before, after)"
    # Insert-only rows never change: the synced table is as dense as the same rows vacuumed.
    page = 4096
    loose = {
        tbl: (after[tbl], dense[tbl])
        for tbl, kind in SYNCED_TABLES.items()
        if kind is not SyncClass.DRAFT and tbl in after and after[tbl] > dense[tbl] + 2 * page
    }
    assert loose == {}, "insert-only tables with page slack after sync (synced, vacuumed)"
