"""Head-office schema: identity, row states, feed, idempotency, conflicts, media, messages.

Revision ID: 0001
Revises:
Create Date: 2026-11-27 07:54:01.085908
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from app.headoffice.schema import IMMUTABLE_GUARD_PG, IMMUTABLE_GUARD_SQLITE

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alarm",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("dealer_id", sa.String(length=36), nullable=True),
        sa.Column(
            "detail",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alarm")),
    )
    op.create_table(
        "applied_change",
        sa.Column("change_id", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("local_seq", sa.BigInteger(), nullable=False),
        sa.Column("payload_sha", sa.String(length=64), nullable=False),
        sa.Column(
            "result",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("applied_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_applied_change")),
        sa.UniqueConstraint(
            "device_id", "local_seq", name=op.f("uq_applied_change_device_id_local_seq")
        ),
    )
    op.create_table(
        "conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("dealer_id", sa.String(length=36), nullable=False),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column(
            "winner",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "loser",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("winner_hlc", sa.String(length=96), nullable=True),
        sa.Column("loser_hlc", sa.String(length=96), nullable=True),
        sa.Column("winner_device", sa.String(length=64), nullable=True),
        sa.Column("loser_device", sa.String(length=64), nullable=True),
        sa.Column("loser_change_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflict_dealer_id"), ["dealer_id"], unique=False)
        batch_op.create_index("ix_conflict_tbl_row", ["tbl", "row_id"], unique=False)

    op.create_table(
        "dealer",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dealer")),
        sa.UniqueConstraint("code", name=op.f("uq_dealer_code")),
    )
    op.create_table(
        "media",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("verified_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_media")),
    )
    op.create_table(
        "media_owner",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("dealer_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("asset_id", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "dealer_id", name=op.f("pk_media_owner")),
    )
    op.create_table(
        "message",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("dealer_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("to", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("provider_ref", sa.String(length=200), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message")),
    )
    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_message_dealer_id"), ["dealer_id"], unique=False)

    op.create_table(
        "rejected_change",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("change_id", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("dealer_id", sa.String(length=36), nullable=False),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column(
            "payload",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rejected_change")),
    )
    with op.batch_alter_table("rejected_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rejected_change_change_id"), ["change_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_rejected_change_dealer_id"), ["dealer_id"], unique=False
        )

    op.create_table(
        "row_state",
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("dealer_id", sa.String(length=36), nullable=True),
        sa.Column("stream", sa.String(length=80), nullable=False),
        sa.Column("sync_class", sa.String(length=16), nullable=False),
        sa.Column(
            "row",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "field_hlc",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "field_version",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("server_version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_hlc", sa.String(length=96), nullable=True),
        sa.Column("content_sha", sa.String(length=64), nullable=True),
        sa.Column("last_change_id", sa.String(length=64), nullable=True),
        sa.Column("last_device_id", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "row_id", name=op.f("pk_row_state")),
    )
    with op.batch_alter_table("row_state", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_row_state_dealer_id"), ["dealer_id"], unique=False)

    op.create_table(
        "server_meta",
        sa.Column("k", sa.String(length=64), nullable=False),
        sa.Column("v", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("k", name=op.f("pk_server_meta")),
    )
    op.create_table(
        "signoff",
        sa.Column("subject_tbl", sa.String(length=64), nullable=False),
        sa.Column("subject_id", sa.String(length=64), nullable=False),
        sa.Column("dealer_id", sa.String(length=36), nullable=False),
        sa.Column("signed_tbl", sa.String(length=64), nullable=False),
        sa.Column("signed_id", sa.String(length=64), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("signed_hlc", sa.String(length=96), nullable=False),
        sa.Column("resign_required", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("subject_tbl", "subject_id", name=op.f("pk_signoff")),
    )
    op.create_table(
        "stream_head",
        sa.Column("stream", sa.String(length=80), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("stream", name=op.f("pk_stream_head")),
    )
    op.create_table(
        "sync_feed",
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("stream", sa.String(length=80), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("tx_end", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "row_id", name=op.f("pk_sync_feed")),
    )
    with op.batch_alter_table("sync_feed", schema=None) as batch_op:
        batch_op.create_index("ix_sync_feed_stream_seq", ["stream", "seq"], unique=True)

    op.create_table(
        "upload",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("dealer_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("asset_id", sa.String(length=64), nullable=True),
        sa.Column("idempotency_key", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("expires_at", sa.String(length=32), nullable=False),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_upload")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_upload_idempotency_key")),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("dealer_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("hostname", sa.String(length=200), nullable=False),
        sa.Column("app_version", sa.String(length=64), nullable=False),
        sa.Column("enrolled_at", sa.String(length=32), nullable=False),
        sa.Column("revoked_at", sa.String(length=32), nullable=True),
        sa.Column("last_local_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_seen", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["dealer_id"], ["dealer.id"], name=op.f("fk_device_dealer_id_dealer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
    )
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_device_dealer_id"), ["dealer_id"], unique=False)

    op.create_table(
        "enrollment_code",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("dealer_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("expires_at", sa.String(length=32), nullable=False),
        sa.Column("used_at", sa.String(length=32), nullable=True),
        sa.Column("used_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["dealer_id"], ["dealer.id"], name=op.f("fk_enrollment_code_dealer_id_dealer")
        ),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_enrollment_code")),
    )
    # Signed records and logs stay insert-only even for SQL typed by hand (SYNC.md §6.1).
    if op.get_bind().dialect.name == "postgresql":
        op.execute(IMMUTABLE_GUARD_PG)
    else:
        for statement in IMMUTABLE_GUARD_SQLITE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_row_state_insert_only ON row_state")
        op.execute("DROP FUNCTION IF EXISTS row_state_insert_only()")
    op.drop_table("enrollment_code")
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_device_dealer_id"))

    op.drop_table("device")
    op.drop_table("upload")
    with op.batch_alter_table("sync_feed", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_feed_stream_seq")

    op.drop_table("sync_feed")
    op.drop_table("stream_head")
    op.drop_table("signoff")
    op.drop_table("server_meta")
    with op.batch_alter_table("row_state", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_row_state_dealer_id"))

    op.drop_table("row_state")
    with op.batch_alter_table("rejected_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rejected_change_dealer_id"))
        batch_op.drop_index(batch_op.f("ix_rejected_change_change_id"))

    op.drop_table("rejected_change")
    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_message_dealer_id"))

    op.drop_table("message")
    op.drop_table("media_owner")
    op.drop_table("media")
    op.drop_table("dealer")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index("ix_conflict_tbl_row")
        batch_op.drop_index(batch_op.f("ix_conflict_dealer_id"))

    op.drop_table("conflict")
    op.drop_table("applied_change")
    op.drop_table("alarm")
