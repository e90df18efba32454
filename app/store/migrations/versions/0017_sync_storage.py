"""A lean workstation database (issue 12, storage).

* Editable rows keep compact per-field clocks (`app.store.clocks`): only the stamps that
  differ from the row's base, not every column with the same 59-character stamp. Existing
  maps are converted row by row (same stamps, fewer bytes), including those of databases
  that already synced (maps that came from head office); the triggers are re-created to
  write the compact form.
* One log of each fact: a case event is the audit entry of its action, a link of the
  workstation's hash chain (`workstation_id`, `chain_seq`, `chain_sha256`), and no
  audit_event copy is written any more. Events written before keep their audit_event copy
  (head office holds both as insert-only facts), so nothing is converted or removed.
* Outbox rows no longer store `payload_sha` and `created_at` (derived when pushed), and
  the outbox loses its unique index on `change_id` (a UUIDv7 made by the trigger; nothing
  looks a change up by it here, head office keys its ledger by it). SQLite cannot drop a
  table constraint, so the table is rebuilt, keeping every row and its AUTOINCREMENT
  counter (a `local_seq` is never reused, even when the outbox is empty).
* The `dealer_id` index of every synced table goes: a workstation holds one dealer, so the
  index holds one value and no query can use it; it cost as much as the primary key.

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

import json
import re

import sqlalchemy as sa
from alembic import op

from app.store import clocks
from app.store.registry import SYNCED_TABLES, SyncClass
from app.store.triggers import data_columns, drop_sync_triggers, install_sync_triggers

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

DRAFT = [t for t, k in SYNCED_TABLES.items() if k is SyncClass.DRAFT]
BATCH = 2000
CHAIN_COLUMNS = (
    ("workstation_id", sa.String(36)),
    ("chain_seq", sa.Integer()),
    ("chain_sha256", sa.String(64)),
)


def _tables(conn: sa.Connection) -> set[str]:
    return set(sa.inspect(conn).get_table_names())


def _indexes(conn: sa.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(sa.text(f"PRAGMA index_list('{table}')"))}


def _convert(conn: sa.Connection, table: str, expand: bool) -> None:
    """Rewrite every stored map of `table` in the compact form (or back to the full one),
    in batches by rowid so a large database is not held in memory at once."""
    columns = data_columns(conn, table)
    last = -1
    while True:
        rows = conn.execute(
            sa.text(
                f'SELECT rowid, field_hlc, updated_hlc FROM "{table}" '
                "WHERE rowid > :last ORDER BY rowid LIMIT :n"
            ),
            {"last": last, "n": BATCH},
        ).all()
        if not rows:
            return
        last = int(rows[-1][0])
        changed = []
        for rowid, stored, updated in rows:
            full = clocks.unpack(stored, updated, columns)
            new = (
                json.dumps(full, ensure_ascii=False)
                if expand
                else clocks.pack(full, updated or "", columns)
            )
            if new != stored:
                changed.append({"r": rowid, "m": new})
        if changed:
            # Bookkeeping only: the change-capture triggers watch the data columns.
            conn.execute(sa.text(f'UPDATE "{table}" SET field_hlc = :m WHERE rowid = :r'), changed)


def _rebuild_outbox(conn: sa.Connection) -> None:
    """sync_outbox again without the UNIQUE (change_id) constraint; rows and the
    AUTOINCREMENT high-water mark kept. Capture triggers name the table: the caller drops
    them first and installs them after."""
    ddl = conn.execute(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'sync_outbox'")
    ).scalar_one()
    stripped = re.sub(r",\s*CONSTRAINT uq_sync_outbox_change_id UNIQUE \(change_id\)", "", ddl)
    # A downgrade of this revision put the uniqueness back as an index of that name.
    conn.execute(sa.text("DROP INDEX IF EXISTS uq_sync_outbox_change_id"))
    if stripped == ddl:
        return  # already without the constraint
    high = conn.execute(
        sa.text("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'")
    ).scalar_one_or_none()
    conn.execute(sa.text(stripped.replace("sync_outbox", "sync_outbox_0014", 1)))
    conn.execute(sa.text("INSERT INTO sync_outbox_0014 SELECT * FROM sync_outbox"))
    conn.execute(sa.text("DROP TABLE sync_outbox"))
    conn.execute(sa.text("ALTER TABLE sync_outbox_0014 RENAME TO sync_outbox"))
    top = max(
        int(high or 0),
        int(
            conn.execute(
                sa.text("SELECT COALESCE(max(local_seq), 0) FROM sync_outbox")
            ).scalar_one()
        ),
    )
    conn.execute(
        sa.text("DELETE FROM sqlite_sequence WHERE name IN ('sync_outbox', 'sync_outbox_0014')")
    )
    if top:
        conn.execute(
            sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES ('sync_outbox', :top)"),
            {"top": top},
        )


def upgrade() -> None:
    conn = op.get_bind()
    existing = _tables(conn)
    for table in SYNCED_TABLES:
        drop_sync_triggers(conn, table)
    _rebuild_outbox(conn)
    for name, type_ in CHAIN_COLUMNS:
        op.add_column("case_event", sa.Column(name, type_, nullable=True))
    install_sync_triggers(conn)  # after the new columns: their guards and capture see them
    for table in (t for t in DRAFT if t in existing):
        _convert(conn, table, expand=False)
    for table in (t for t in SYNCED_TABLES if t in existing):
        name = f"ix_{table}_dealer_id"
        if name in _indexes(conn, table):
            op.drop_index(name, table_name=table)
    # Queued changes: the hash and time are derived when pushed, from what is stored (the
    # same function over the same fields and stamp, so a resend carries the same hash).
    op.execute("UPDATE sync_outbox SET payload_sha = '', created_at = ''")


def downgrade() -> None:
    conn = op.get_bind()
    existing = _tables(conn)
    for table in (t for t in SYNCED_TABLES if t in existing):
        name = f"ix_{table}_dealer_id"
        if name not in _indexes(conn, table):
            op.create_index(name, table, ["dealer_id"])
    for table in (t for t in DRAFT if t in existing):
        _convert(conn, table, expand=True)
    op.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS uq_sync_outbox_change_id ON sync_outbox (change_id)"
    )
    drop_sync_triggers(conn, "case_event")  # they name the chain columns
    for name, _type in reversed(CHAIN_COLUMNS):
        op.drop_column("case_event", name)
    install_sync_triggers(conn)
