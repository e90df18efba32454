"""A leaner workstation database, without changing what anything means (issue 12, storage).

* Per-field clocks: a stamp made on the device of the row's `updated_hlc` is stored without
  its device part (22 characters instead of 59, `app.store.clocks`). Existing maps are
  converted value by value; `clocks.unpack` reads the same stamps before and after.
* Outbox rows no longer store a change id: it is derived when pushed from the change's
  stamp, table, row and operation (`app.store.triggers.change_id`). Rows queued before keep
  the id they have (it may already have been sent).
* An editable row's queued insert no longer copies the row while the row is as inserted:
  read from the row when pushed; the row's first edit or delete writes the inserted fields
  into the entry first (`app.store.triggers`). Queued inserts of rows not changed since are
  converted (only where the stored fields are exactly the row's).
* An outbox row's stamp, always this workstation's own, and a row's `updated_hlc` made here
  are stored without the device part (`app.store.clocks.short_sql`; whole again before the
  device id ever changes, `app.store.triggers.lengthen_device_stamps`).
* Indexes another index already covers go (each the first columns of a wider index that
  serves the same lookups): case_event (case_id, at) under (case_id, kind, at) — the
  timeline orders by time and then by rowid, the order the index gave ties —, and the
  single-column case_id / asset_id / closed_at indexes under the figures' covering indexes.

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store import clocks
from app.store.registry import SYNCED_TABLES, SyncClass
from app.store.triggers import (
    change_id,
    data_columns,
    drop_sync_triggers,
    install_sync_triggers,
    lengthen_device_stamps,
    short_stamp_sql,
)

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

DRAFT = [t for t, k in SYNCED_TABLES.items() if k is SyncClass.DRAFT]

COVERED = (
    # (table, index, its columns: the leading columns of the wider index named after them)
    ("case_event", "ix_case_event_case_at", ["case_id", "at"]),  # ix_case_event_case_kind_at
    ("estimate_line", "ix_estimate_line_case_id", ["case_id"]),  # ix_estimate_line_kpi
    ("job_clock", "ix_job_clock_case_id", ["case_id"]),  # ix_job_clock_kpi
    ("customer_message", "ix_customer_message_case_id", ["case_id"]),  # ..._kpi
    ("qc_inspection", "ix_qc_inspection_case_id", ["case_id"]),  # ix_qc_inspection_kpi
    ("assignment", "ix_assignment_case_id", ["case_id"]),  # ix_assignment_kpi
    ("service_case", "ix_service_case_asset_id", ["asset_id"]),  # ix_case_asset_opened
    ("service_case", "ix_case_closed", ["closed_at"]),  # ix_case_closed_kpi
)


def _tables(conn: sa.Connection) -> set[str]:
    return set(sa.inspect(conn).get_table_names())


def _indexes(conn: sa.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(sa.text(f"PRAGMA index_list('{table}')"))}


def _row_json(conn: sa.Connection, table: str, alias: str) -> str:
    """SQL: the row's fields as the capture trigger copies them (``{column: value}``)."""
    parts = ", ".join(f"'{c}', {alias}.\"{c}\"" for c in data_columns(conn, table))
    return f"json_object({parts})"


def _rewrite_maps(conn: sa.Connection, existing: set[str], new_map: str) -> None:
    """Every stored clock map of the editable tables rewritten to the SQL `new_map`."""
    for table in (t for t in DRAFT if t in existing):
        conn.execute(
            sa.text(
                f"UPDATE \"{table}\" SET field_hlc = {new_map} WHERE field_hlc NOT IN ('', '{{}}')"
            )
        )


def upgrade() -> None:
    conn = op.get_bind()
    existing = _tables(conn)
    for table, name, _columns in COVERED:
        if table in existing and name in _indexes(conn, table):
            op.drop_index(name, table_name=table)
    for table in SYNCED_TABLES:
        # Without them while converting: bookkeeping only, and a trigger is compiled with
        # the statement (it names functions only the app's connections have).
        drop_sync_triggers(conn, table)
    _rewrite_maps(conn, existing, clocks.shorten_stored_sql())
    for table in (t for t in DRAFT if t in existing):
        # A queued insert of a row not changed since: read from the row when pushed (the
        # row's first edit writes the fields back into the entry, as the new triggers do).
        # Only where the entry's fields are exactly the row's, under the row's own stamp.
        fields = _row_json(conn, table, "r")
        conn.execute(
            sa.text(
                "UPDATE sync_outbox SET fields = '' WHERE local_seq IN ("
                f'SELECT o.local_seq FROM sync_outbox AS o JOIN "{table}" AS r ON r.id = o.row_id '
                f"WHERE o.tbl = '{table}' AND o.op = 'insert' AND o.fields != '' "
                "AND r.field_hlc IN ('{}', '') AND r.server_version IS NULL "
                f"AND r.updated_hlc = o.hlc AND o.fields = {fields})"
            )
        )
    conn.execute(sa.text(f"UPDATE sync_outbox SET hlc = {short_stamp_sql('hlc')}"))
    for table in (t for t in SYNCED_TABLES if t in existing):
        # After the maps (they are read against the whole stamp, either way).
        conn.execute(
            sa.text(
                f'UPDATE "{table}" SET updated_hlc = {clocks.short_sql("updated_hlc")} '
                f"WHERE length(updated_hlc) > {clocks.SHORT}"
            )
        )
    install_sync_triggers(conn)  # the outbox's change id, the insert read from the row,
    # and the short stamps


def downgrade() -> None:
    conn = op.get_bind()
    existing = _tables(conn)
    for table, name, columns in COVERED:
        if table in existing and name not in _indexes(conn, table):
            op.create_index(name, table, columns)
    for table in SYNCED_TABLES:
        drop_sync_triggers(conn, table)
    _rewrite_maps(conn, existing, clocks.lengthen_stored_sql())
    lengthen_device_stamps(conn)
    rows = conn.execute(
        sa.text("SELECT local_seq, hlc, tbl, row_id, op FROM sync_outbox WHERE change_id = ''")
    ).all()
    if rows:
        conn.execute(
            sa.text("UPDATE sync_outbox SET change_id = :c WHERE local_seq = :s"),
            [{"c": change_id(r[1], r[2], r[3], r[4]), "s": r[0]} for r in rows],
        )
    for table in (t for t in DRAFT if t in existing):
        fields = _row_json(conn, table, "r")
        conn.execute(
            sa.text(
                f'UPDATE sync_outbox SET fields = (SELECT {fields} FROM "{table}" AS r '
                f"WHERE r.id = sync_outbox.row_id) WHERE tbl = '{table}' AND op = 'insert' "
                f"AND fields = '' AND row_id IN (SELECT id FROM \"{table}\")"
            )
        )
    install_sync_triggers(conn, lean=False)
