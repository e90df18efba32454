"""One log of each fact (issue 12): four case-event kinds are no longer written, because a row
already records the same fact, and the timeline derives their entries from the rows
(`app.services.timeline`):

* line_added — the estimate line (`created_at`, and the new `added_by`);
* decision — the line's decision, `decided_at`, acknowledgement (and the new `decided_by`);
* part_fitted — the part_use row (fitted_by, fitted_at, part_no, batch, entry);
* media_attached — the media_file row (captured_by, captured_at, purpose, subject, case).

The events already written stay (they are links of the hash-chained audit log); the
timeline shows the derived entry in their place. This migration adds what the line lacked
and fills it from those events: who added each line and when (a reception line's
`created_at` was the case's opening time until now), who recorded its decision. The
backfill is bookkeeping every bay does alike from the same synced events: it runs without
the change-capture triggers (nothing is queued for head office).

Revision ID: 0019
Revises: 0018
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from app.store.triggers import drop_sync_triggers, install_sync_triggers

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

DECISION_WINDOW_S = 5.0
"""A decision event and the line's `decided_at` were taken in one service call: microseconds
apart. Further apart, the line was answered another way since (an extra-work approval)."""


def _when(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _backfill(conn: sa.Connection) -> None:
    lines: dict[str, list[Any]] = defaultdict(list)
    for row in conn.execute(
        sa.text(
            "SELECT id, case_id, code, description, decided_at FROM estimate_line "
            "ORDER BY case_id, sort, rowid"
        )
    ):
        lines[str(row[1])].append(row)
    added: dict[str, list[Any]] = defaultdict(list)
    decided: dict[str, list[Any]] = defaultdict(list)
    for case_id, kind, at, staff_id, detail in conn.execute(
        sa.text(
            "SELECT case_id, kind, at, staff_id, detail FROM case_event "
            "WHERE kind IN ('line_added', 'decision') ORDER BY case_id, at, rowid"
        )
    ):
        try:
            fact = json.loads(detail or "{}")
        except ValueError:
            continue
        (added if kind == "line_added" else decided)[str(case_id)].append((at, staff_id, fact))
    adds: list[dict[str, Any]] = []
    decisions: list[dict[str, Any]] = []
    for case_id, rows in lines.items():
        events = list(added.get(case_id, []))
        for line in rows:
            # The n-th line of a code and description is the n-th event that added one.
            match = next(
                (
                    e
                    for e in events
                    if e[2].get("code", "") == line.code
                    and e[2].get("description", "") == line.description
                ),
                None,
            )
            if match is not None:
                events.remove(match)
                adds.append({"i": line.id, "by": match[1], "at": match[0]})
            decided_at = _when(line.decided_at)
            if decided_at is None:
                continue
            near = [
                (abs((at - decided_at).total_seconds()), staff)
                for at, staff, fact in ((_when(e[0]), e[1], e[2]) for e in decided.get(case_id, []))
                if at is not None and fact.get("line") == line.description
            ]
            if near and min(near)[0] <= DECISION_WINDOW_S:
                decisions.append({"i": line.id, "by": min(near)[1]})
    if adds:
        conn.execute(
            sa.text("UPDATE estimate_line SET added_by = :by, created_at = :at WHERE id = :i"),
            adds,
        )
    if decisions:
        conn.execute(sa.text("UPDATE estimate_line SET decided_by = :by WHERE id = :i"), decisions)


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("estimate_line", sa.Column("added_by", sa.String(length=36), nullable=True))
    op.add_column("estimate_line", sa.Column("decided_by", sa.String(length=36), nullable=True))
    # Bookkeeping from the synced events, alike on every bay: not a change to send.
    drop_sync_triggers(conn, "estimate_line")
    _backfill(conn)
    install_sync_triggers(conn)  # the new columns are synced fields of the line


def downgrade() -> None:
    conn = op.get_bind()
    drop_sync_triggers(conn, "estimate_line")
    # In place (SQLite 3.35+): a batch copy of the table would trip part_use's foreign key.
    for column in ("decided_by", "added_by"):
        conn.execute(sa.text(f"ALTER TABLE estimate_line DROP COLUMN {column}"))
    install_sync_triggers(conn)
