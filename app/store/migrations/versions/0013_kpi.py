"""Service-manager figures on a big dealer (issue 10 item 5): the SLA and stage figures take the
first/last time of one event kind per case; with (case_id, kind, at) that is one index seek,
without reading the event rows; the period's cases (opened_at range, not deleted, with the
columns the figures filter and read) come from one index without reading the wide case rows.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

KPI_CASE_COLUMNS = [
    "opened_at",
    "deleted_at",
    "id",
    "urgent",
    "promised_at",
    "owner_id",
    "technician_id",
]


def upgrade() -> None:
    op.create_index("ix_case_event_case_kind_at", "case_event", ["case_id", "kind", "at"])
    op.create_index("ix_case_kpi", "service_case", KPI_CASE_COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_case_kpi", table_name="service_case")
    op.drop_index("ix_case_event_case_kind_at", table_name="case_event")
