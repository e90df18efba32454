"""Covering indexes for the service-manager figures on a big dealer (issue 10 item 5): each
figure reads, per case of the period, a few columns of its estimate lines, job clock rows,
QC inspections, progress messages and active assignment. With these indexes every such read is
one seek into an index holding those columns, never into the wide rows (a QC inspection row
carries its checklist and torque JSON), which on a 200,000-case file are pages not in memory.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

INDEXES: dict[str, tuple[str, list[str]]] = {
    # Comebacks: the cases closed in the period, and each one's next opening on its asset.
    "ix_case_closed_kpi": (
        "service_case",
        ["closed_at", "deleted_at", "id", "asset_id", "owner_id", "technician_id"],
    ),
    "ix_case_asset_opened": ("service_case", ["asset_id", "deleted_at", "opened_at", "id"]),
    # W1/W4 job hours (approved labor), declined recommendations (decision, safety apart).
    "ix_estimate_line_kpi": (
        "estimate_line",
        ["case_id", "kind", "decision", "deleted_at", "safety_relevant", "hours"],
    ),
    # W4: first/last clock time per case (MIN/MAX by seek) and the clock rows themselves.
    "ix_job_clock_kpi": ("job_clock", ["case_id", "at", "kind", "line_id"]),
    # QC first pass, rework, the first verdict's time (stage waits).
    "ix_qc_inspection_kpi": ("qc_inspection", ["case_id", "round", "result", "at"]),
    # W4 progress updates.
    "ix_customer_message_kpi": ("customer_message", ["case_id", "kind", "queued_at"]),
    # The "bay" group: the bay of a case's active assignment, and the cases of a bay.
    "ix_assignment_kpi": ("assignment", ["case_id", "active", "bay", "deleted_at"]),
    "ix_assignment_bay": ("assignment", ["bay", "active", "case_id"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in reversed(INDEXES.items()):
        op.drop_index(name, table_name=table)
