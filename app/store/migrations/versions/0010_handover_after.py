"""After delivery (issue 9 items 5–7): feedback scored per category and its channel, the
complaint's owner, reply clock, actions and the customer's answer, the warranty flag of a
comeback (rework) case.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.triggers import install_sync_triggers

revision = "0010"
down_revision = "0009"
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
    # Plain ALTER TABLE ADD COLUMN: a batch (copy-and-move) rebuild of service_case would drop
    # its expression indexes (migration 0003's reversed search keys).
    conn = op.get_bind()
    for column in _FEEDBACK:
        op.add_column("feedback", column)
    for column in _COMPLAINT:
        op.add_column("complaint", column)
    op.create_index("ix_complaint_owner_id", "complaint", ["owner_id"])
    op.add_column(
        "service_case",
        sa.Column("warranty_rework", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    # The change-capture triggers are generated from the columns: regenerate them.
    install_sync_triggers(conn)


def downgrade() -> None:
    # SQLite drops a column in place (3.35+) when no index or trigger names it.
    conn = op.get_bind()
    from app.store.triggers import drop_sync_triggers

    for table in ("feedback", "complaint", "service_case"):
        drop_sync_triggers(conn, table)
    op.drop_column("service_case", "warranty_rework")
    op.drop_index("ix_complaint_owner_id", table_name="complaint")
    for column in reversed(_COMPLAINT):
        op.drop_column("complaint", column.name)
    for column in reversed(_FEEDBACK):
        op.drop_column("feedback", column.name)
    install_sync_triggers(conn)
