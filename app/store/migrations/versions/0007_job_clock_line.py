"""The job clock per labor line (issue 8 item 2): a clock row names the estimate line it
times; NULL for rows written before (the whole job).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("job_clock", schema=None) as batch_op:
        batch_op.add_column(sa.Column("line_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("job_clock", schema=None) as batch_op:
        batch_op.drop_column("line_id")
