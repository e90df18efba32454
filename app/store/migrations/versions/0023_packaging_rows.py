"""One log of each fact, packaging (issue 12): a fitted part's packaging steps — shown to the
customer, then handed over or disposed of (`app.services.fitting.set_packaging_state`) — are
recorded on the part_use row only, no longer also as a "packaging" case event; the timeline
derives their entries from the row (`app.services.timeline`), as 0019 did for four other kinds.

The row already held the state; this migration adds who and when of each step
(`packaging_shown_at`/`_by`, `packaging_done_at`/`_by`: "done" is handed over or disposed of,
the state says which) and fills them from the events written so far. Those events stay (they
are links of the hash-chained audit log); the timeline shows the row's entry in their place.
An event whose step the state machine does not take (shown from kept, done from shown) is
left to stand for itself. The backfill is bookkeeping every bay does alike from the same
synced events: it runs without the change-capture triggers (nothing is queued).

Revision ID: 0023
Revises: 0022
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from alembic import op

from app.store.triggers import drop_sync_triggers, install_sync_triggers

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

COLUMNS = ("packaging_shown_at", "packaging_shown_by", "packaging_done_at", "packaging_done_by")
KEPT, SHOWN, DONE = "kept", "shown_to_customer", ("handed_to_customer", "disposed")


def _backfill(conn: sa.Connection) -> None:
    # Each step of a part number, oldest first: the n-th row of a case and part number
    # (in the order fitted) that took a step gets the n-th event of that step.
    events: dict[tuple[Any, str, str], list[tuple[Any, Any]]] = defaultdict(list)
    for case_id, at, staff_id, detail in conn.execute(
        sa.text(
            "SELECT case_id, at, staff_id, detail FROM case_event "
            "WHERE kind = 'packaging' ORDER BY at, rowid"
        )
    ):
        try:
            step = json.loads(detail or "{}")
        except ValueError:
            continue
        before, after = step.get("from"), step.get("to")
        if (before, after) == (KEPT, SHOWN) or (before == SHOWN and after in DONE):
            events[(case_id, str(step.get("part_no", "")), str(after))].append((at, staff_id))
    updates: list[dict[str, Any]] = []
    for use_id, case_id, part_no, state in conn.execute(
        sa.text(
            "SELECT id, case_id, part_no, packaging_state FROM part_use "
            "WHERE packaging_state != 'kept' ORDER BY fitted_at, rowid"
        )
    ):
        shown = events.get((case_id, part_no, SHOWN))
        done = events.get((case_id, part_no, state)) if state in DONE else None
        row: dict[str, Any] = {"i": use_id, "sa": None, "sb": None, "da": None, "db": None}
        if shown:
            row["sa"], row["sb"] = shown.pop(0)
        if done:
            row["da"], row["db"] = done.pop(0)
        if row["sa"] is not None or row["da"] is not None:
            updates.append(row)
    if updates:
        conn.execute(
            sa.text(
                "UPDATE part_use SET packaging_shown_at = :sa, packaging_shown_by = :sb, "
                "packaging_done_at = :da, packaging_done_by = :db WHERE id = :i"
            ),
            updates,
        )


def upgrade() -> None:
    conn = op.get_bind()
    for column in COLUMNS:
        # A staff id is declared VARCHAR(36) and stored as 16 bytes (`app.store.types.Uuid`).
        kind = sa.DateTime() if column.endswith("_at") else sa.String(length=36)
        op.add_column("part_use", sa.Column(column, kind, nullable=True))
    # Bookkeeping from the synced events, alike on every bay: not a change to send.
    drop_sync_triggers(conn, "part_use")
    _backfill(conn)
    install_sync_triggers(conn)  # the new columns are synced fields of the part


def downgrade() -> None:
    conn = op.get_bind()
    drop_sync_triggers(conn, "part_use")
    # In place (SQLite 3.35+), as 0019's downgrade: no batch copy of the table.
    for column in reversed(COLUMNS):
        conn.execute(sa.text(f"ALTER TABLE part_use DROP COLUMN {column}"))
    install_sync_triggers(conn)
