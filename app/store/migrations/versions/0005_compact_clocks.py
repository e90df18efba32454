"""Compact change capture (issue 12, storage): the outbox stores ``{column: value}`` under the
change's one stamp (expanded to the wire's ``{"v", "hlc"}`` when pushed, so the wire format
and payload hashes are unchanged), and insert-only rows (logs, signed records) keep one
clock, `updated_hlc`, instead of a map of every field to the same 59-character stamp.

Outbox rows written before stay in the expanded form, which the reader still takes.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.registry import SYNCED_TABLES, SyncClass
from app.store.triggers import install_sync_triggers

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INSERT_ONLY = [t for t, k in SYNCED_TABLES.items() if k in (SyncClass.APPEND, SyncClass.IMMUTABLE)]


def upgrade() -> None:
    conn = op.get_bind()
    install_sync_triggers(conn)
    existing = set(sa.inspect(conn).get_table_names())  # tables of later migrations: not yet
    for table in (t for t in INSERT_ONLY if t in existing):
        # Bookkeeping only: the insert-only guards check the data columns, not this one.
        op.execute(f"UPDATE \"{table}\" SET field_hlc = '{{}}' WHERE field_hlc != '{{}}'")


def downgrade() -> None:
    # The per-field maps of insert-only rows held the row's one stamp for every field;
    # updated_hlc keeps it, and nothing reads the map of an insert-only row.
    install_sync_triggers(op.get_bind())
