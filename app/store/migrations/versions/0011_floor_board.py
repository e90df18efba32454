"""The workshop floor's dispatch board and promises (issue 8 items 1, 6, 7): technician shifts
(which bay, when), the override reason of an assignment made off shift or onto a technician
busy with an urgent job (W1), the dealer's compensation list and the customer's answer to a
delay notice (W5).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.registry import SYNCED_TABLES
from app.store.triggers import install_sync_triggers

NEW_TABLES = ("work_shift", "compensation_option")

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("dealer_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("field_hlc", sa.Text(), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "work_shift",
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("bay", sa.String(length=40), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_work_shift_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_shift")),
    )
    with op.batch_alter_table("work_shift", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_work_shift_staff_id"), ["staff_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_work_shift_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_work_shift_dealer_id"), ["dealer_id"], unique=False)
    op.create_table(
        "compensation_option",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compensation_option")),
    )
    with op.batch_alter_table("compensation_option", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_compensation_option_dealer_id"), ["dealer_id"], unique=False
        )
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("bay", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("override_kind", sa.String(length=24), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("override_reason", sa.Text(), nullable=False, server_default="")
        )
    with op.batch_alter_table("delay_notice", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reason_code", sa.String(length=32), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("customer_answer", sa.String(length=16), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("answer_note", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("answered_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("late", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    install_sync_triggers(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("delay_notice", schema=None) as batch_op:
        for column in ("late", "answered_at", "answer_note", "customer_answer", "reason_code"):
            batch_op.drop_column(column)
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        for column in ("override_reason", "override_kind", "bay"):
            batch_op.drop_column(column)
    op.drop_table("compensation_option")
    op.drop_table("work_shift")
    older = {k: v for k, v in SYNCED_TABLES.items() if k not in NEW_TABLES}
    install_sync_triggers(op.get_bind(), older)
