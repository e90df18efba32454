"""Ids stored as 16 bytes (issue 12 storage): every primary key and every column holding a
UUID (foreign keys, ``*_id``, ``*_by``, staff references, subject ids, the dealer) keeps
the UUID's 16 bytes instead of its 36 characters (`app.store.types.Uuid`). The declared
column types stay (TEXT affinity stores a BLOB as it is), so no table is rebuilt.

Lossless both ways: only canonical UUID text is converted (``uuid_blob``; any other value,
``""`` or a code, stays as it is) and the downgrade writes the same text back
(``uuid_text``). The insert-only guards and the change capture are off while the stored
form is rewritten (nothing is queued for head office: the wire carries the text, as
before); foreign keys are checked at the end (deferred meanwhile: a parent's key and its
children's references change in different statements), the indexes of each rewritten
table rebuilt compactly and the triggers installed again.

Revision ID: 0021
Revises: 0020
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.registry import SYNCED_TABLES
from app.store.triggers import drop_sync_triggers, install_sync_triggers
from app.store.types import id_columns

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def _targets(conn: sa.Connection) -> dict[str, list[str]]:
    """{table: its id columns} of the tables this database has."""
    found: dict[str, list[str]] = {}
    for table in sa.inspect(conn).get_table_names():
        live = {r[1] for r in conn.execute(sa.text(f"PRAGMA table_info('{table}')"))}
        columns = sorted(id_columns(table) & live)
        if columns:
            found[table] = columns
    return found


def _convert(function: str, binary_ids: bool) -> None:
    conn = op.get_bind()
    targets = _targets(conn)
    for table in SYNCED_TABLES:
        drop_sync_triggers(conn, table)
    conn.execute(sa.text("PRAGMA defer_foreign_keys=ON"))
    for table, columns in targets.items():
        sets = ", ".join(f'"{c}" = {function}("{c}")' for c in columns)
        conn.execute(sa.text(f'UPDATE "{table}" SET {sets}'))
    problems = conn.execute(sa.text("PRAGMA foreign_key_check")).all()
    if problems:
        raise RuntimeError(f"foreign keys broken by the id conversion: {problems[:5]}")
    for table in targets:
        conn.execute(sa.text(f'REINDEX "{table}"'))
    install_sync_triggers(conn, binary_ids=binary_ids)


def upgrade() -> None:
    _convert("uuid_blob", binary_ids=True)


def downgrade() -> None:
    _convert("uuid_text", binary_ids=False)
