"""Opening the store at start-up: Alembic only for an old schema (the head revision is a
constant checked here against the migrations folder), the sqlite3-only login roster, and a
WAL kept small."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from app.domain.roles import Role
from app.services import setup, staff
from app.services.roster import quick_roster
from app.store.engine import Database
from app.store.migrate import alembic_config, current_revision, upgrade
from app.store.schema import HEAD_REVISION, stored_revision

ROOT = Path(__file__).resolve().parents[2]


def test_the_head_revision_constant_is_the_newest_migration() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    heads = script.get_heads()
    assert heads == [HEAD_REVISION], (
        f"a migration was added: set app.store.schema.HEAD_REVISION to {heads}"
    )


def test_an_old_schema_is_still_migrated_at_open(tmp_path: Path) -> None:
    path = tmp_path / "servicebay.sqlite3"
    old = create_engine(f"sqlite:///{path}")
    upgrade(old, "0002")
    assert current_revision(old) == "0002"
    old.dispose()
    # The start-up roster does not trust an old schema: the full path must migrate first.
    assert quick_roster(tmp_path) is None
    db = Database(path)
    assert current_revision(db.engine) == HEAD_REVISION
    # 0003's suffix-search indexes exist, so the migration really ran.
    with db.engine.connect() as conn:
        names = {
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%reverse(%'"
            )
        }
    assert names
    db.dispose()


def test_opening_a_current_schema_does_not_import_alembic(tmp_path: Path) -> None:
    Database(tmp_path / "servicebay.sqlite3").dispose()  # made and migrated here
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.store.engine import Database\n"
        f"db = Database(Path({str(tmp_path / 'servicebay.sqlite3')!r}))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_quick_roster_matches_the_services(tmp_path: Path) -> None:
    ctx = setup.open_workstation(tmp_path)
    assert quick_roster(tmp_path) is None  # not set up yet: the set-up page's business
    setup.set_up_dealer(
        ctx,
        dealer_code="GZ01",
        dealer_name="广州测试店",
        workstation_name="前台",
        admin_name="管理员",
        admin_pin="1234",
    )
    roster = quick_roster(tmp_path)
    assert roster is not None
    assert roster.dealer.info() == setup.dealer_info(ctx)
    assert [(s.id, s.name, s.roles) for s in roster.staff] == [
        (s.id, s.name, s.roles) for s in staff.list_staff(ctx)
    ]
    assert [s.name for s in roster.staff] == ["管理员"]
    ctx.db.dispose()


def test_the_quick_roster_never_creates_a_database(tmp_path: Path) -> None:
    assert quick_roster(tmp_path) is None
    assert not (tmp_path / "servicebay.sqlite3").exists()


def test_the_wal_is_truncated_by_a_checkpoint(tmp_path: Path) -> None:
    db = Database(tmp_path / "servicebay.sqlite3")
    with db.write() as session:
        session.connection().exec_driver_sql("CREATE TABLE scratch (x TEXT)")
        for i in range(2000):
            session.connection().exec_driver_sql(
                "INSERT INTO scratch VALUES (?)", (f"{i:08d}" * 100,)
            )
    wal = tmp_path / "servicebay.sqlite3-wal"
    assert wal.stat().st_size > 1_000_000
    db.checkpoint()
    assert wal.stat().st_size == 0
    with db.engine.connect() as conn:
        limit = conn.exec_driver_sql("PRAGMA journal_size_limit").scalar()
    assert limit == 64 * 1024 * 1024
    db.dispose()
    raw = sqlite3.connect(tmp_path / "servicebay.sqlite3")
    assert stored_revision(raw) == HEAD_REVISION
    raw.close()


def test_a_prefetched_roster_is_taken_once(tmp_path: Path) -> None:
    from app.services.roster import prefetch

    ctx = setup.open_workstation(tmp_path)
    setup.set_up_dealer(
        ctx,
        dealer_code="GZ02",
        dealer_name="测试店",
        workstation_name="前台",
        admin_name="管理员",
        admin_pin="1234",
    )
    prefetch(tmp_path)
    first = quick_roster(tmp_path)
    assert first is not None
    assert [s.name for s in first.staff] == ["管理员"]
    # Taken once: a later call reads afresh and sees a new name.
    admin = staff.login(ctx, first.staff[0].id, "1234")
    staff.add_staff(ctx, admin, name="王芳", roles=(Role.ADVISOR,), pin="1111")
    again = quick_roster(tmp_path)
    assert again is not None
    assert sorted(s.name for s in again.staff) == sorted(["管理员", "王芳"])
    ctx.db.dispose()
