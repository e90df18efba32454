"""Pulled rows parked until their parent arrives (issue 12 item 1).

A pull page may bring a child row (an estimate line, a case event) before the page that
brings its parent; the child waits here, as the row state head office sent, and is applied
with the page that brings the parent.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_parked",
        sa.Column("tbl", sa.String(40), primary_key=True),
        sa.Column("row_id", sa.String(36), primary_key=True),
        sa.Column("stream", sa.String(64), nullable=False),
        sa.Column("item", sa.Text(), nullable=False),
        sa.Column("parked_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sync_parked")
