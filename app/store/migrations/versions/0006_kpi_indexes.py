"""Indexes for the service-manager figures: cases closed in a period (comebacks) and cases
named as rework of another.

Revision ID: 0006
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_case_closed", "service_case", ["closed_at"])
    op.create_index("ix_case_rework_of", "service_case", ["rework_of_id"])


def downgrade() -> None:
    op.drop_index("ix_case_rework_of", table_name="service_case")
    op.drop_index("ix_case_closed", table_name="service_case")
