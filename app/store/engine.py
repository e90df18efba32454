"""The workstation database: one engine per data directory, SQLite pragmas, the UDFs the
change-capture triggers call, BEGIN IMMEDIATE for writes, and Alembic migrations at open
(only when the stored revision is not `app.store.schema.HEAD_REVISION`: Alembic is not even
imported for a current schema, which keeps it off the start-up path).

The WAL is kept small: `journal_size_limit` truncates it after each checkpoint, and
`Database.checkpoint()` folds it back after a big write (demo generation, an import) so the
next open does not have to scan a large WAL.

A SQLAlchemy Session never crosses threads: every worker opens its own short-lived session
from `Database.write()` or `Database.read()`.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.orm import Session, sessionmaker

from app.domain.hlc import HybridLogicalClock
from app.domain.ids import uuid7
from app.protocol import wire
from app.store.functions import register as register_functions
from app.store.schema import is_current
from app.store.snapshots import snapshot_text

log = logging.getLogger(__name__)

NEW_DATABASE_PRAGMA = "PRAGMA auto_vacuum=INCREMENTAL"
"""Pages freed by pruning the outbox go back to the file system (new databases; an existing
one converts once, see app.sync.local.compact). Only on an empty file, before WAL: a new
database takes the mode only before anything writes its header, and switching to WAL does
(with WAL first, every database was made without it). On an existing database the pragma
writes the header, so it took the write lock on every connect: a connection opened while
another wrote (the GUI's during the demo) waited and failed with "database is locked"."""

PRAGMAS = (
    "PRAGMA busy_timeout=10000",  # first: every later statement waits for a writer
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    # The WAL is cut back to this size after each checkpoint instead of staying as large as
    # its peak.
    f"PRAGMA journal_size_limit={64 * 1024 * 1024}",
)


def payload_sha(tbl: str, row_id: str, op: str, fields: str) -> str:
    """SHA-256 of the canonical JSON of a change (duplicate detection on the server): the
    protocol's one definition (`app.protocol.wire.payload_sha`), over the JSON text the
    triggers write."""
    return wire.payload_sha(tbl, row_id, op, json.loads(fields or "{}"))


def make_private(path: Path) -> None:
    """The data directory 0700 and the database file 0600 (SQLite gives its -wal and -shm
    files the database's mode): it holds the device secret and customers' data (issue 12)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name != "posix":
        return
    os.chmod(path.parent, 0o700)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if companion.exists():
            os.chmod(companion, 0o600)


def expand_fields(fields: dict[str, Any], hlc: str) -> dict[str, Any]:
    """An outbox row's fields in the wire's form ``{column: {"v": value, "hlc": stamp}}``.
    Rows store the compact ``{column: value}`` under their one stamp; rows written before
    the compact form (migration 0005) are already expanded. Column values are scalars, so a
    dict value can only be the expanded form."""
    if fields and all(isinstance(v, dict) and "hlc" in v for v in fields.values()):
        return fields
    return {k: {"v": v, "hlc": hlc} for k, v in fields.items()}


def payload_sha_compact(tbl: str, row_id: str, op: str, fields: str, hlc: str) -> str:
    """`payload_sha` of a compact outbox row: the hash of what goes on the wire."""
    wire = expand_fields(json.loads(fields or "{}"), hlc)
    return payload_sha(tbl, row_id, op, json.dumps(wire, ensure_ascii=False))


_TX_COUNTER = itertools.count()


def _tx_id() -> str:
    """An id for one transaction's outbox rows (issue 12 storage: 14 characters, not a
    36-character UUID on every captured change). It only has to differ between
    transactions, which batches are cut between; head office does not read it. The
    nanosecond clock plus a per-process counter keeps it unique across restarts."""
    return f"{time.time_ns() // 1000 % (1 << 48):012x}{next(_TX_COUNTER) % 256:02x}"


class Database:
    """A workstation's SQLite database at `path`, migrated to the newest schema on open."""

    def __init__(self, path: Path, device_id: str | None = None, migrate: bool = True) -> None:
        self.path = path
        make_private(path)
        self.url = f"sqlite:///{path}"
        self.hlc = HybridLogicalClock(device_id or "local")
        self._tx = threading.local()
        self.engine: Engine = create_engine(self.url, future=True)
        event.listen(self.engine, "connect", self._on_connect)
        event.listen(self.engine, "begin", self._on_begin)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate and not self._schema_current():
            from app.store.migrate import upgrade

            upgrade(self.engine)
        self._load_identity()

    # -- connection set-up -------------------------------------------------------------
    def _on_connect(self, dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        dbapi_connection.execute(PRAGMAS[0])
        if dbapi_connection.execute("PRAGMA page_count").fetchone()[0] == 0:
            dbapi_connection.execute(NEW_DATABASE_PRAGMA)
        for pragma in PRAGMAS[1:]:
            dbapi_connection.execute(pragma)
        dbapi_connection.create_function("hlc_now", 0, self.hlc.now)
        dbapi_connection.create_function("uuid7", 0, uuid7)
        dbapi_connection.create_function("current_tx", 0, self._current_tx)
        dbapi_connection.create_function("payload_sha", 4, payload_sha, deterministic=True)
        dbapi_connection.create_function(
            "payload_sha_c", 5, payload_sha_compact, deterministic=True
        )
        # Expression indexes on reverse(...) make suffix search an index range (migration 0003);
        # uuid_blob/uuid_text convert ids in triggers and raw SQL (app.store.types).
        register_functions(dbapi_connection)
        # Snapshots are stored compressed (app.store.snapshots): their text for json_extract.
        dbapi_connection.create_function("snapshot_text", 1, snapshot_text, deterministic=True)

    def _schema_current(self) -> bool:
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            return is_current(raw)

    def _on_begin(self, conn: Any) -> None:
        self._tx.id = _tx_id()
        mode = "DEFERRED" if conn.get_execution_options().get("readonly") else "IMMEDIATE"
        # Writers take the lock up front: no lock-upgrade SQLITE_BUSY between the GUI and
        # the sync thread (SYNC.md §3.3).
        conn.exec_driver_sql(f"BEGIN {mode}")

    def _current_tx(self) -> str:
        tx = getattr(self._tx, "id", None)
        return tx if isinstance(tx, str) else _tx_id()

    def _load_identity(self) -> None:
        with self.read() as session:
            device = session.execute(
                text("SELECT v FROM sync_state WHERE k = 'device_id'")
            ).scalar_one_or_none()
            # The outbox is appended in HLC order (writes are serialised), so its last row holds
            # the newest stamp: a primary-key lookup, not a scan of every captured change.
            last = session.execute(
                text("SELECT hlc FROM sync_outbox ORDER BY local_seq DESC LIMIT 1")
            ).scalar_one_or_none()
            saved = session.execute(
                text("SELECT v FROM sync_state WHERE k = 'last_hlc'")
            ).scalar_one_or_none()
        if device:
            self.hlc.device_id = device
        from app.store.triggers import whole_stamp

        for stamp in (last, saved):
            if stamp:
                self.hlc.update(whole_stamp(stamp, device))

    def set_device_id(self, device_id: str) -> None:
        from app.store.triggers import lengthen_device_stamps

        self.hlc.device_id = device_id
        with self.write() as session:
            lengthen_device_stamps(session.connection())  # they name the old device
            set_state(session, "device_id", device_id)

    # -- sessions ----------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE), committed on success."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot (deferred transaction)."""
        with self._sessions(bind=self.engine.execution_options(readonly=True)) as session:
            yield session

    def quick_check(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA quick_check").scalar())

    def integrity_check(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())

    def checkpoint(self) -> None:
        """Fold the WAL back into the database file and truncate it (after big writes)."""
        raw = self.engine.raw_connection()  # outside any transaction (a checkpoint needs it)
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()

    def dispose(self) -> None:
        self.engine.dispose()


def get_state(session: Session, key: str) -> str | None:
    from app.store.models import SyncState

    return session.execute(select(SyncState.v).where(SyncState.k == key)).scalar_one_or_none()


def set_state(session: Session, key: str, value: str | None) -> None:
    session.execute(
        text("INSERT INTO sync_state (k, v) VALUES (:k, :v) ON CONFLICT(k) DO UPDATE SET v = :v"),
        {"k": key, "v": value},
    )


@contextmanager
def applying_remote(session: Session) -> Iterator[None]:
    """Inside a write transaction: writes here come from head office (or seed reference data
    standing in for it) and are not captured in the outbox (SYNC.md §3.2)."""
    set_state(session, "applying_remote", "1")
    try:
        yield
    finally:
        set_state(session, "applying_remote", "0")
