"""The technician bay (issue 8 items 2, 4, 5): the brand's operation reference of a labor
operation, how a fitted part was entered (scanner, camera, chosen), and the customer's
approval of extra work found mid-job (pad, paper or remote: who, when and how).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.registry import SYNCED_TABLES
from app.store.triggers import install_sync_triggers

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

CHANGED = ("labor_op", "part_use", "extra_approval")


def upgrade() -> None:
    with op.batch_alter_table("labor_op", schema=None) as batch_op:
        batch_op.add_column(sa.Column("manual_ref", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("part_use", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("entry", sa.String(length=16), nullable=False, server_default="")
        )
    op.create_table(
        "extra_approval",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("line_ids", sa.Text(), nullable=False),
        sa.Column("declined_ids", sa.Text(), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("approver_name", sa.String(length=100), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=False),
        sa.Column("media_sha256", sa.String(length=64), nullable=False),
        sa.Column("strokes", sa.Text(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("snapshot_sha256", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("dealer_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("field_hlc", sa.Text(), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["service_case.id"], name=op.f("fk_extra_approval_case_id_service_case")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["staff.id"], name=op.f("fk_extra_approval_recorded_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_extra_approval")),
    )
    with op.batch_alter_table("extra_approval", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_extra_approval_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_extra_approval_dealer_id"), ["dealer_id"], unique=False
        )
    install_sync_triggers(op.get_bind(), {t: SYNCED_TABLES[t] for t in CHANGED})


def downgrade() -> None:
    from app.store.triggers import drop_sync_triggers

    drop_sync_triggers(op.get_bind(), "extra_approval")
    op.drop_table("extra_approval")
    with op.batch_alter_table("part_use", schema=None) as batch_op:
        batch_op.drop_column("entry")
    with op.batch_alter_table("labor_op", schema=None) as batch_op:
        batch_op.drop_column("manual_ref")
    install_sync_triggers(op.get_bind(), {t: SYNCED_TABLES[t] for t in ("labor_op", "part_use")})
