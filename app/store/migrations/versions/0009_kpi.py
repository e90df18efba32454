"""Service-manager figures on a big dealer (issue 10 item 5): the SLA and stage figures take the
first/last time of one event kind per case; with (case_id, kind, at) that is one index seek,
without reading the event rows.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_case_event_case_kind_at", "case_event", ["case_id", "kind", "at"])


def downgrade() -> None:
    op.drop_index("ix_case_event_case_kind_at", table_name="case_event")
