"""signoff.signed_version: the subject's server version when the signature was applied

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("signoff") as batch:
        batch.add_column(sa.Column("signed_version", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("signoff") as batch:
        batch.drop_column("signed_version")
