"""Head-office tables (SYNC.md §6.1), on their own MetaData with their own Alembic history.

Synced rows are stored generically in `row_state` as JSON (one row per ``(tbl, row_id)``), so
the workstation schema can grow without server migrations. Times are UTC ISO-8601 text
(``2026-11-27T10:00:00.123456Z``): sortable and identical on PostgreSQL and SQLite.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

Json = JSON().with_variant(JSONB(), "postgresql")
Time = String(32)
Sha = String(64)

server_meta = Table(
    "server_meta",
    metadata,
    Column("k", String(64), primary_key=True),
    Column("v", Text, nullable=False),
)

dealer = Table(
    "dealer",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("code", String(32), nullable=False, unique=True),
    Column("name", String(200), nullable=False, default=""),
    Column("created_at", Time, nullable=False),
)

device = Table(
    "device",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("dealer_id", String(36), ForeignKey("dealer.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False, default=""),
    Column("token_hash", Sha, nullable=False),
    Column("status", String(16), nullable=False, default="active"),  # active | revoked
    Column("hostname", String(200), nullable=False, default=""),
    Column("app_version", String(64), nullable=False, default=""),
    Column("enrolled_at", Time, nullable=False),
    Column("revoked_at", Time),
    Column("last_local_seq", BigInteger, nullable=False, default=0),
    Column("last_seen", Time),
)

enrollment_code = Table(
    "enrollment_code",
    metadata,
    Column("code_hash", Sha, primary_key=True),
    Column("dealer_id", String(36), ForeignKey("dealer.id"), nullable=False),
    Column("name", String(200), nullable=False, default=""),
    Column("created_at", Time, nullable=False),
    Column("expires_at", Time, nullable=False),
    Column("used_at", Time),
    Column("used_by", String(64)),
)

stream_head = Table(
    "stream_head",
    metadata,
    Column("stream", String(80), primary_key=True),
    Column("seq", BigInteger, nullable=False, default=0),
)

row_state = Table(
    "row_state",
    metadata,
    Column("tbl", String(64), nullable=False),
    Column("row_id", String(64), nullable=False),
    Column("dealer_id", String(36), index=True),  # NULL: global reference row
    Column("stream", String(80), nullable=False),
    Column("sync_class", String(16), nullable=False),
    Column("row", Json, nullable=False),
    Column("field_hlc", Json, nullable=False),
    Column("field_version", Json, nullable=False),  # column -> server_version that last set it
    Column("server_version", BigInteger, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("updated_hlc", String(96)),
    Column("content_sha", Sha),  # insert-only classes: hash of the values first stored
    Column("last_change_id", String(64)),
    Column("last_device_id", String(64)),
    Column("updated_at", Time, nullable=False),
    PrimaryKeyConstraint("tbl", "row_id"),
)

sync_feed = Table(
    "sync_feed",
    metadata,
    Column("tbl", String(64), nullable=False),
    Column("row_id", String(64), nullable=False),
    Column("stream", String(80), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("tx_end", BigInteger, nullable=False),
    PrimaryKeyConstraint("tbl", "row_id"),
    Index("ix_sync_feed_stream_seq", "stream", "seq", unique=True),
)

applied_change = Table(
    "applied_change",
    metadata,
    Column("change_id", String(64), primary_key=True),
    Column("device_id", String(64), nullable=False),
    Column("local_seq", BigInteger, nullable=False),
    Column("payload_sha", Sha, nullable=False),
    Column("result", Json, nullable=False),
    Column("applied_at", Time, nullable=False),
    UniqueConstraint("device_id", "local_seq"),
)

conflict = Table(
    "conflict",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("dealer_id", String(36), nullable=False, index=True),
    Column("tbl", String(64), nullable=False),
    Column("row_id", String(64), nullable=False),
    Column("field", String(64), nullable=False),
    Column("kind", String(16), nullable=False, default="field"),  # field | delete
    Column("winner", Json),
    Column("loser", Json),
    Column("winner_hlc", String(96)),
    Column("loser_hlc", String(96)),
    Column("winner_device", String(64)),
    Column("loser_device", String(64)),
    Column("loser_change_id", String(64)),
    Column("status", String(16), nullable=False, default="open"),
    Column("created_at", Time, nullable=False),
    Column("resolved_at", Time),
    Column("resolved_by", String(64)),
    Index("ix_conflict_tbl_row", "tbl", "row_id"),
)

rejected_change = Table(
    "rejected_change",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("change_id", String(64), nullable=False, index=True),
    Column("device_id", String(64), nullable=False),
    Column("dealer_id", String(36), nullable=False, index=True),
    Column("tbl", String(64), nullable=False),
    Column("row_id", String(64), nullable=False),
    Column("reason", String(32), nullable=False),
    Column("detail", Text, nullable=False, default=""),
    Column("payload", Json, nullable=False),
    Column("status", String(16), nullable=False, default="open"),
    Column("created_at", Time, nullable=False),
)

alarm = Table(
    "alarm",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kind", String(32), nullable=False),  # device_forked | immutable_mismatch | verify_…
    Column("device_id", String(64)),
    Column("dealer_id", String(36)),
    Column("detail", Json, nullable=False),
    Column("created_at", Time, nullable=False),
)

signoff = Table(
    "signoff",
    metadata,
    Column("subject_tbl", String(64), nullable=False),
    Column("subject_id", String(64), nullable=False),
    Column("dealer_id", String(36), nullable=False),
    Column("signed_tbl", String(64), nullable=False),
    Column("signed_id", String(64), nullable=False),
    Column("digest", Sha, nullable=False),
    Column("signed_hlc", String(96), nullable=False),
    Column("signed_version", BigInteger),  # the subject's server_version at the signing
    Column("resign_required", Boolean, nullable=False, default=False),
    Column("updated_at", Time, nullable=False),
    PrimaryKeyConstraint("subject_tbl", "subject_id"),
)

media = Table(
    "media",
    metadata,
    Column("sha256", Sha, primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("mime", String(100), nullable=False, default=""),
    Column("verified_at", Time, nullable=False),
)

media_owner = Table(
    "media_owner",
    metadata,
    Column("sha256", Sha, nullable=False),
    Column("dealer_id", String(36), nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("asset_id", String(64)),
    Column("created_at", Time, nullable=False),
    PrimaryKeyConstraint("sha256", "dealer_id"),
)

upload = Table(
    "upload",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("device_id", String(64), nullable=False),
    Column("dealer_id", String(36), nullable=False),
    Column("sha256", Sha, nullable=False),
    Column("length", BigInteger, nullable=False),
    Column("offset", BigInteger, nullable=False, default=0),
    Column("mime", String(100), nullable=False, default=""),
    Column("asset_id", String(64)),
    Column("idempotency_key", String(200), unique=True),
    Column("created_at", Time, nullable=False),
    Column("expires_at", Time, nullable=False),
    Column("completed", Boolean, nullable=False, default=False),
)

message = Table(
    "message",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("dealer_id", String(36), nullable=False, index=True),
    Column("device_id", String(64), nullable=False),
    Column("case_id", String(64)),
    Column("channel", String(16), nullable=False),
    Column("to", String(64), nullable=False),
    Column("body", Text, nullable=False),
    Column("status", String(16), nullable=False),  # queued | sent | failed
    Column("provider_ref", String(200)),
    Column("error", Text),
    Column("attempts", Integer, nullable=False, default=0),
    Column("created_at", Time, nullable=False),
    Column("updated_at", Time, nullable=False),
)

IMMUTABLE_GUARD_PG = """
CREATE OR REPLACE FUNCTION row_state_insert_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.sync_class IN ('immutable', 'append') THEN
      RAISE EXCEPTION 'signed records and logs are insert-only';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.sync_class IN ('immutable', 'append') AND NEW.row IS DISTINCT FROM OLD.row THEN
    RAISE EXCEPTION 'signed records and logs are insert-only';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER trg_row_state_insert_only BEFORE UPDATE OR DELETE ON row_state
  FOR EACH ROW EXECUTE FUNCTION row_state_insert_only();
"""

IMMUTABLE_GUARD_SQLITE = (
    "CREATE TRIGGER trg_row_state_insert_only_u BEFORE UPDATE OF row ON row_state "
    "WHEN OLD.sync_class IN ('immutable', 'append') AND NEW.row IS NOT OLD.row "
    "BEGIN SELECT RAISE(ABORT, 'signed records and logs are insert-only'); END;",
    "CREATE TRIGGER trg_row_state_insert_only_d BEFORE DELETE ON row_state "
    "WHEN OLD.sync_class IN ('immutable', 'append') "
    "BEGIN SELECT RAISE(ABORT, 'signed records and logs are insert-only'); END;",
)
"""ARCHITECTURE.md "Data": signed records are insert-only, in the database itself (SYNC §6.1)."""
