"""Key steps and QC on the floor (issue 8 items 3 and 8): the customer's key-step consent
record (W3), the labor line and consent of a key step, torque specs per fastener of a labor
operation and the job kind and fail reasons of a QC inspection (D1).

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.registry import SYNCED_TABLES
from app.store.triggers import install_sync_triggers

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "key_step_consent",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("given", sa.Boolean(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("customer_name", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("dealer_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("field_hlc", sa.Text(), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["service_case.id"],
            name=op.f("fk_key_step_consent_case_id_service_case"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["staff.id"], name=op.f("fk_key_step_consent_recorded_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_step_consent")),
    )
    with op.batch_alter_table("key_step_consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_key_step_consent_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_key_step_consent_dealer_id"), ["dealer_id"], unique=False
        )
    with op.batch_alter_table("key_step", schema=None) as batch_op:
        batch_op.add_column(sa.Column("line_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("consent_id", sa.String(length=36), nullable=True))
    with op.batch_alter_table("labor_op", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("torque_spec", sa.Text(), nullable=False, server_default="[]")
        )
    with op.batch_alter_table("qc_inspection", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("job_kind", sa.String(length=16), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("reasons", sa.Text(), nullable=False, server_default="[]"))
    # Triggers follow the columns (and cover 0007's job_clock.line_id too).
    install_sync_triggers(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("qc_inspection", schema=None) as batch_op:
        batch_op.drop_column("reasons")
        batch_op.drop_column("job_kind")
    with op.batch_alter_table("labor_op", schema=None) as batch_op:
        batch_op.drop_column("torque_spec")
    with op.batch_alter_table("key_step", schema=None) as batch_op:
        batch_op.drop_column("consent_id")
        batch_op.drop_column("line_id")
    op.drop_table("key_step_consent")
    install_sync_triggers(
        op.get_bind(), {k: v for k, v in SYNCED_TABLES.items() if k != "key_step_consent"}
    )
