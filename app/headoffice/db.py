"""Engine factory, migrations and small helpers shared by the head-office modules.

PostgreSQL through psycopg 3 (``postgresql+psycopg://``; plain ``postgresql://`` is accepted
and mapped to it) or SQLite, the embedded default. On SQLite every write transaction is
``BEGIN IMMEDIATE`` (one writer, no lock upgrade) and pulls read in a deferred snapshot.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import JSON, Connection, Engine, Table, create_engine, event, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError

from app.headoffice import schema

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "headoffice_alembic_version"
DEFAULT_DB_FILENAME = "headoffice.sqlite3"
READ_ONLY = {"headoffice_readonly": True}
"""Execution options of a read transaction (deferred BEGIN on SQLite, REPEATABLE READ on PG)."""


def normalize_url(db_url: str) -> str:
    if db_url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db_url.split("://", 1)[1]
    return db_url


def make_engine(db_url: str) -> Engine:
    url = normalize_url(db_url)
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True
        )

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            for pragma in (
                "PRAGMA journal_mode=WAL",
                "PRAGMA synchronous=FULL",
                "PRAGMA foreign_keys=ON",
                "PRAGMA busy_timeout=30000",
            ):
                cur.execute(pragma)
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Connection) -> None:
            readonly = conn.get_execution_options().get("headoffice_readonly", False)
            conn.exec_driver_sql("BEGIN DEFERRED" if readonly else "BEGIN IMMEDIATE")

        return engine
    # hide_parameters: no log line or error message ever carries a row's values (a batch can
    # hold megabytes of customer data).
    # No pool_pre_ping: it costs a round trip on every checkout, i.e. every request. After a
    # database restart the first statement on a stale connection fails instead; SQLAlchemy
    # then invalidates the whole pool and the request answers 503 with Retry-After, which
    # the workstation honours. pool_size: the thread pool runs at most 40 requests at once
    # per worker; most of them wait on PostgreSQL, so 10 + 20 connections keep it busy.
    return create_engine(url, pool_size=10, max_overflow=20, hide_parameters=True)


def is_postgres(conn: Connection | Engine) -> bool:
    return conn.dialect.name == "postgresql"


def read_options(conn: Connection | Engine) -> dict[str, Any]:
    if is_postgres(conn):
        return {"isolation_level": "REPEATABLE READ", **READ_ONLY}
    return dict(READ_ONLY)


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def run_migrations(engine: Engine) -> None:
    """Upgrade the head-office schema to head; then make sure the server epoch exists."""
    command.upgrade(alembic_config(engine), "head")
    with engine.begin() as conn:
        if (
            conn.execute(
                select(schema.server_meta.c.v).where(schema.server_meta.c.k == "epoch")
            ).first()
            is None
        ):
            conn.execute(insert(schema.server_meta).values(k="epoch", v=uuid.uuid4().hex))


def new_epoch(engine: Engine) -> str:
    """Give the database a new epoch: run after restoring a backup or re-creating it, so
    workstations notice and push everything they hold (SYNC.md §5.6) instead of trusting
    cursors and versions that the restore took back."""
    epoch = uuid.uuid4().hex
    with engine.begin() as conn:
        conn.execute(
            update(schema.server_meta).where(schema.server_meta.c.k == "epoch").values(v=epoch)
        )
    return epoch


def epoch_of(conn: Connection) -> str:
    value = conn.execute(
        select(schema.server_meta.c.v).where(schema.server_meta.c.k == "epoch")
    ).scalar_one()
    return str(value)


def now_iso(moment: datetime | None = None) -> str:
    moment = moment or datetime.now(UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def ms_to_iso(ms: int) -> str:
    return now_iso(datetime.fromtimestamp(ms / 1000, UTC))


def new_id() -> str:
    return str(uuid.uuid4())


def upsert(
    conn: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    keys: Iterable[str],
    update: Iterable[str] | None = None,
) -> None:
    """INSERT … ON CONFLICT (keys) DO UPDATE SET update-columns (DO NOTHING when empty)."""
    if not rows:
        return
    keys = list(keys)
    make = pg_insert if is_postgres(conn) else sqlite_insert
    stmt = make(table)
    cols = list(update) if update is not None else [c for c in rows[0] if c not in keys]
    if cols:
        stmt = stmt.on_conflict_do_update(
            index_elements=keys, set_={c: getattr(stmt.excluded, c) for c in cols}
        )
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=keys)
    conn.execute(stmt, list(rows))


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT ``rows`` (every one with the keys of the first). On PostgreSQL one ``COPY … FROM
    STDIN`` stream in the open transaction: a bulk push (a bay's first upload of ~75 rows a
    case) writes its row states, feed entries and results without a statement per row. An
    error (a unique key raced by another push) is raised as SQLAlchemy raises an INSERT's,
    so the push's retry sees the same exception. Elsewhere an executemany INSERT."""
    if not rows:
        return
    if not is_postgres(conn):
        conn.execute(insert(table), list(rows))
        return
    import psycopg

    cols = list(rows[0])
    as_json = {c for c in cols if isinstance(table.c[c].type, JSON)}
    names = ", ".join(f'"{c}"' for c in cols)
    sql = f'COPY "{table.name}" ({names}) FROM STDIN'
    raw: Any = conn.connection.driver_connection  # the psycopg connection, same transaction
    try:
        with raw.cursor() as cursor, cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(
                    [
                        json.dumps(row[c]) if c in as_json and row[c] is not None else row[c]
                        for c in cols
                    ]
                )
    except psycopg.Error as exc:
        raise DBAPIError.instance(sql, None, exc, psycopg.Error) from exc


def ensure_stream(conn: Connection, stream: str) -> None:
    upsert(conn, schema.stream_head, [{"stream": stream, "seq": 0}], ["stream"], update=[])


def lock_stream(conn: Connection, stream: str) -> int:
    """Lock the stream head until commit and return its seq (SYNC.md §6.2).

    Holding the lock for the whole push serializes one dealer's writers, so seqs are handed
    out in commit order and a puller can never skip a row that commits late."""
    head = schema.stream_head
    locked = select(head.c.seq).where(head.c.stream == stream).with_for_update()
    seq = conn.execute(locked).scalar()
    if seq is None:  # the stream's first write: create its head (a race inserts it once)
        ensure_stream(conn, stream)
        seq = conn.execute(locked).scalar_one()
    return int(seq)


def head_and_epoch(conn: Connection, stream: str) -> tuple[int, str]:
    """The stream's head seq and the server epoch, in one round trip."""
    head, meta = schema.stream_head, schema.server_meta
    row = conn.execute(
        select(
            select(head.c.seq).where(head.c.stream == stream).scalar_subquery(),
            select(meta.c.v).where(meta.c.k == "epoch").scalar_subquery(),
        )
    ).one()
    return int(row[0] or 0), str(row[1])


def stream_head_of(conn: Connection, stream: str) -> int:
    head = schema.stream_head
    value = conn.execute(select(head.c.seq).where(head.c.stream == stream)).scalar()
    return int(value or 0)


def reader(engine: Engine) -> Connection:
    """A connection for reads only: a snapshot that never takes SQLite's write lock.
    Use as ``with reader(engine) as conn:``."""
    return engine.connect().execution_options(**read_options(engine))
