"""sync client: signature.subject_digest, media_upload

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 08:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.triggers import install_sync_triggers

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # What the signer saw of the case (protocol.row_digest): head office flags "re-sign
    # required" when the case it holds differs (SYNC.md §4 rule 3).
    op.add_column("signature", sa.Column("subject_digest", sa.String(length=64), nullable=True))
    # Upload state of each content-addressed file, in SQLite and not in memory, so a resumed
    # upload continues at the server's offset after a restart (SYNC.md §8).
    op.create_table(
        "media_upload",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sent", sa.Integer(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_media_upload")),
    )
    install_sync_triggers(op.get_bind())


def downgrade() -> None:
    op.drop_table("media_upload")
    with op.batch_alter_table("signature") as batch:
        batch.drop_column("subject_digest")
    install_sync_triggers(op.get_bind())
