"""After delivery (issue 9 items 5–7): feedback scored per category and its channel, the
complaint's owner, reply clock, actions and the customer's answer, the warranty flag of a
comeback (rework) case.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.triggers import install_sync_triggers

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_FEEDBACK = (
    sa.Column("category_scores", sa.Text(), nullable=False, server_default="{}"),
    sa.Column("channel", sa.String(length=16), nullable=False, server_default="delivery"),
)
_COMPLAINT = (
    sa.Column("owner_id", sa.String(length=36), nullable=True),
    sa.Column("urgent", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("opened_at", sa.DateTime(), nullable=True),
    sa.Column("replied_at", sa.DateTime(), nullable=True),
    sa.Column("actions", sa.Text(), nullable=False, server_default="[]"),
    sa.Column("answer", sa.Text(), nullable=False, server_default=""),
    sa.Column("satisfied", sa.Boolean(), nullable=True),
    sa.Column("closed_at", sa.DateTime(), nullable=True),
)


def upgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        for column in _FEEDBACK:
            batch_op.add_column(column)
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        for column in _COMPLAINT:
            batch_op.add_column(column)
        batch_op.create_index("ix_complaint_owner_id", ["owner_id"])
    with op.batch_alter_table("service_case", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("warranty_rework", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    # The change-capture triggers are generated from the columns: regenerate them.
    install_sync_triggers(conn)


def downgrade() -> None:
    with op.batch_alter_table("service_case", schema=None) as batch_op:
        batch_op.drop_column("warranty_rework")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index("ix_complaint_owner_id")
        for column in reversed(_COMPLAINT):
            batch_op.drop_column(column.name)
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        for column in reversed(_FEEDBACK):
            batch_op.drop_column(column.name)
    install_sync_triggers(op.get_bind())
