"""Finishing issue 9 item 4 (helper "finish"): a customer message may be due later than it is
queued (D5: the next-service reminder is sent on its due date, the next service date less the
dealer's reminder lead days), and the dealer's reminder lead days.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.triggers import install_sync_triggers

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer_message", schema=None) as batch_op:
        batch_op.add_column(sa.Column("send_after", sa.DateTime(), nullable=True))
    with op.batch_alter_table("dealer", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reminder_lead_days", sa.Integer(), nullable=False, server_default="7")
        )
    install_sync_triggers(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("dealer", schema=None) as batch_op:
        batch_op.drop_column("reminder_lead_days")
    with op.batch_alter_table("customer_message", schema=None) as batch_op:
        batch_op.drop_column("send_after")
    install_sync_triggers(op.get_bind())
