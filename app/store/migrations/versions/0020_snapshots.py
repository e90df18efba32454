"""Signed snapshots stored once and compressed (issue 12, storage: one log of each fact,
stored compactly), without changing what was signed or its hash (`app.store.snapshots`).

* A settlement-kind signature whose snapshot is byte for byte its settlement version's (the
  settlement of its case with the same SHA-256) keeps no copy: `SHARED`.
* Every other snapshot of signature, settlement and extra_approval is stored as zlib of its
  UTF-8 text (a BLOB), where that is smaller.

Lossless both ways: the downgrade writes the same text back. The insert-only guards and the
change capture are off while the stored form is rewritten (nothing is queued for head office:
the wire carries the text, as before).

Revision ID: 0020
Revises: 0019
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

from app.store import snapshots
from app.store.registry import SYNCED_TABLES
from app.store.triggers import drop_sync_triggers, install_sync_triggers

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

_SETTLEMENT_TEXT = (
    "SELECT s.snapshot FROM settlement AS s WHERE s.case_id = signature.case_id "
    "AND s.snapshot_sha256 = signature.snapshot_sha256 AND typeof(s.snapshot) = 'text' "
    "ORDER BY s.rowid LIMIT 1"
)
"""SQL: the (uncompressed) snapshot of a signature's settlement, by case and hash."""


def _tables(conn: sa.Connection) -> list[str]:
    existing = set(sa.inspect(conn).get_table_names())
    return [t for t in snapshots.SNAPSHOT_TABLES if t in existing]


def _rewrite(conn: sa.Connection, table: str, kind: str, convert: Callable[[Any], Any]) -> None:
    """Every snapshot of ``table`` stored as SQLite type ``kind`` rewritten by ``convert``
    (None: left as it is), a slice of rows at a time (a large history does not fit memory)."""
    last = -1
    while True:
        rows = conn.execute(
            sa.text(
                f'SELECT rowid, snapshot FROM "{table}" WHERE rowid > :last '
                f"AND typeof(snapshot) = '{kind}' AND snapshot != '' ORDER BY rowid LIMIT 2000"
            ),
            {"last": last},
        ).all()
        if not rows:
            return
        last = int(rows[-1][0])
        changed = [{"r": r[0], "s": convert(r[1])} for r in rows]
        changed = [c for c in changed if c["s"] is not None]
        if changed:
            conn.execute(sa.text(f'UPDATE "{table}" SET snapshot = :s WHERE rowid = :r'), changed)


def _packed(value: str) -> bytes | None:
    stored = snapshots.pack(value)
    return stored if isinstance(stored, bytes) else None


def upgrade() -> None:
    conn = op.get_bind()
    tables = _tables(conn)
    for table in tables:
        drop_sync_triggers(conn, table)
    if {"signature", "settlement"} <= set(tables):
        # Only where the texts are equal byte for byte (SQLite compares text exactly).
        conn.execute(
            sa.text(
                f"UPDATE signature SET snapshot = '{snapshots.SHARED}' "
                "WHERE kind = 'settlement' AND typeof(snapshot) = 'text' AND snapshot != '' "
                f"AND snapshot = ({_SETTLEMENT_TEXT})"
            )
        )
    for table in tables:
        _rewrite(conn, table, "text", _packed)
    install_sync_triggers(conn, {t: SYNCED_TABLES[t] for t in tables})


def downgrade() -> None:
    conn = op.get_bind()
    tables = _tables(conn)
    for table in tables:
        drop_sync_triggers(conn, table)
    for table in tables:
        _rewrite(conn, table, "blob", snapshots.unpack)
    if {"signature", "settlement"} <= set(tables):
        conn.execute(
            sa.text(
                f"UPDATE signature SET snapshot = ({_SETTLEMENT_TEXT}) "
                f"WHERE kind = 'settlement' AND snapshot = '{snapshots.SHARED}' "
                f"AND EXISTS ({_SETTLEMENT_TEXT})"
            )
        )
    install_sync_triggers(conn, {t: SYNCED_TABLES[t] for t in tables})
