"""Settlement from the actual work and the delivery documents (issue 9 items 1–4):
the dealer's labor billing basis (clock | standard), discount limits (dealer default and per
advisor), the dealer's value-added services and service interval, and each catalogue part's
warranty period and mileage.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dealer", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "labor_billing", sa.String(length=16), nullable=False, server_default="standard"
            )
        )
        batch_op.add_column(
            sa.Column("discount_limit_fen", sa.Integer(), nullable=False, server_default="20000")
        )
        batch_op.add_column(
            sa.Column("value_added", sa.Text(), nullable=False, server_default="[]")
        )
        batch_op.add_column(
            sa.Column("service_interval_months", sa.Integer(), nullable=False, server_default="6")
        )
        batch_op.add_column(
            sa.Column("service_interval_km", sa.Integer(), nullable=False, server_default="5000")
        )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("discount_limit_fen", sa.Integer(), nullable=True))
    with op.batch_alter_table("part", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("warranty_months", sa.Integer(), nullable=False, server_default="12")
        )
        batch_op.add_column(
            sa.Column("warranty_km", sa.Integer(), nullable=False, server_default="20000")
        )


def downgrade() -> None:
    with op.batch_alter_table("part", schema=None) as batch_op:
        batch_op.drop_column("warranty_km")
        batch_op.drop_column("warranty_months")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("discount_limit_fen")
    with op.batch_alter_table("dealer", schema=None) as batch_op:
        for column in (
            "service_interval_km",
            "service_interval_months",
            "value_added",
            "discount_limit_fen",
            "labor_billing",
        ):
            batch_op.drop_column(column)
