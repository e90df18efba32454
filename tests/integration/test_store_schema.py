"""Alembic migrations from an empty database and back, the models matching the migrated
schema, the change-capture triggers of every synced table, and the SQLite pragmas."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import IntegrityError

from app.store.engine import Database
from app.store.migrate import (
    alembic_config,
    current_revision,
    downgrade,
    head_revision,
    upgrade,
)
from app.store.models import Asset, Base
from app.store.registry import SYNCED_TABLES, SyncClass


def _engine(path: Path) -> Engine:
    """A bare engine on `path` whose transactions are real SQLite transactions (pysqlite would
    otherwise run each DDL statement in autocommit, one fsync each), as the app's own."""
    engine = create_engine(f"sqlite:///{path}")

    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None

    def on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


def _names(engine: Engine, kind: str) -> set[str]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = :k AND name NOT LIKE 'sqlite_%'"),
            {"k": kind},
        )
        return {row[0] for row in rows}


def _expected_triggers() -> set[str]:
    tags = {
        SyncClass.DRAFT: ("ai", "au", "ad"),
        SyncClass.APPEND: ("ai", "bu", "bd"),
        SyncClass.IMMUTABLE: ("ai", "bu", "bd"),
        SyncClass.REFERENCE: ("bi", "bu", "bd"),
    }
    return {f"trg_{table}_{tag}" for table, kind in SYNCED_TABLES.items() for tag in tags[kind]}


def test_upgrade_from_empty_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "empty.sqlite3")
    try:
        assert current_revision(engine) is None
        assert _names(engine, "table") == set()

        upgrade(engine)
        assert current_revision(engine) == head_revision()
        tables = _names(engine, "table")
        assert tables == set(Base.metadata.tables) | {"alembic_version"}
        assert set(SYNCED_TABLES) <= tables
        assert _names(engine, "trigger") == _expected_triggers()

        downgrade(engine, "base")
        assert current_revision(engine) is None
        assert _names(engine, "table") == {"alembic_version"}
        assert _names(engine, "trigger") == set()

        upgrade(engine)
        assert current_revision(engine) == head_revision()
        assert _names(engine, "trigger") == _expected_triggers()
    finally:
        engine.dispose()


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_models_match_the_migrated_schema(tmp_path: Path) -> None:
    """Autogenerate finds nothing to do: no model change is missing a migration."""
    engine = _engine(tmp_path / "cmp.sqlite3")
    try:
        upgrade(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_database_opens_migrated_and_twice(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite3"
    db = Database(path)
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()
    again = Database(path)  # already at head: opens without migrating again
    try:
        assert current_revision(again.engine) == head_revision()
    finally:
        again.dispose()


def _pragmas(conn: Any) -> tuple[object, ...]:
    return tuple(
        conn.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    )


def test_pragmas_on_every_connection(workshop: Any) -> None:
    db = workshop.ctx.db
    with db.engine.connect() as conn:
        assert _pragmas(conn) == ("wal", 2, 1, 10000)
    with db.read() as session:
        assert _pragmas(session.connection()) == ("wal", 2, 1, 10000)
    with db.write() as session:
        assert _pragmas(session.connection()) == ("wal", 2, 1, 10000)
    # WAL is a property of the file: a plain connection sees it too.
    plain = sqlite3.connect(db.path)
    try:
        assert plain.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        plain.close()


def test_opening_the_database_needs_no_write_lock(workshop: Any) -> None:
    """A connection opened while another writes (the GUI's while the demo or the sync worker
    holds a long write transaction) opens at once: its set-up wrote the auto-vacuum mode on
    every connect, so it waited for the writer and failed with "database is locked"."""
    db = workshop.ctx.db
    outcome: list[str] = []

    def open_another() -> None:
        try:
            Database(db.path).dispose()
            outcome.append("opened")
        except Exception as exc:  # noqa: BLE001 - the failure is what is reported
            outcome.append(repr(exc))

    with db.write() as session:
        # BEGIN IMMEDIATE, then a write: the lock is held and pages are dirty.
        session.execute(text("INSERT INTO sync_state (k, v) VALUES ('lock_test', '1')"))
        other = threading.Thread(target=open_another)
        other.start()
        other.join(4)
        assert outcome == ["opened"]  # while the writer still holds its lock
    other.join(20)


def test_foreign_keys_are_enforced(workshop: Any) -> None:
    def orphan() -> None:
        with workshop.ctx.db.write() as session:
            session.add(Asset(customer_id="no-such-customer", kind="vehicle", plate="粤B·12345"))

    with pytest.raises(IntegrityError):
        orphan()
    assert workshop.scalar("SELECT count(*) FROM asset") == 0


def test_writes_begin_immediate(workshop: Any) -> None:
    """A write session holds the write lock from its first statement (SYNC.md §3.3): a
    second connection cannot start writing meanwhile."""
    db = workshop.ctx.db
    with db.write() as session:
        session.execute(text("SELECT 1"))
        other = sqlite3.connect(db.path, timeout=0.05, isolation_level=None)
        try:
            try:
                other.execute("BEGIN IMMEDIATE")
                locked = False
                other.execute("ROLLBACK")
            except sqlite3.OperationalError as exc:
                locked = "locked" in str(exc)
        finally:
            other.close()
    assert locked


def test_every_revision_steps_up_and_down(tmp_path: Path) -> None:
    """Each migration on its own, from every past version to the next and back."""
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert revisions[-1] == head_revision()
    engine = _engine(tmp_path / "steps.sqlite3")
    try:
        for revision in revisions:
            upgrade(engine, revision)
            assert current_revision(engine) == revision
        assert _names(engine, "trigger") == _expected_triggers()
        for previous in [*reversed(revisions[:-1]), None]:
            downgrade(engine, previous or "base")
            assert current_revision(engine) == previous
        assert _names(engine, "table") == {"alembic_version"}
    finally:
        engine.dispose()
