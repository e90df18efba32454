"""Local-only tables: sync bookkeeping (SYNC.md §3.1), order counters, this workstation's identity."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models.base import Base
from app.store.types import Sha256


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"
    local_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # A UUIDv7 made by the trigger; not indexed (issue 12 storage, migration 0014): nothing
    # looks a change up by it here, head office keys its ledger by it.
    change_id: Mapped[str] = mapped_column(String(36))
    tx_id: Mapped[str] = mapped_column(String(36))
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))  # insert | update | delete | append
    base_version: Mapped[int | None] = mapped_column(Integer)
    fields: Mapped[str] = mapped_column(Text)  # JSON {column: {"v": value, "hlc": stamp}}
    hlc: Mapped[str] = mapped_column(String(64))
    payload_sha: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))

    __table_args__ = ({"sqlite_autoincrement": True},)


class SyncCursor(Base):
    __tablename__ = "sync_cursor"
    stream: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    epoch: Mapped[str] = mapped_column(String(64))


class SyncState(Base):
    """k/v: device_id, last_hlc, applying_remote, write_checkpoint, server_url, token …"""

    __tablename__ = "sync_state"
    k: Mapped[str] = mapped_column(String(64), primary_key=True)
    v: Mapped[str | None] = mapped_column(Text)


class SyncInboxIssue(Base):
    """Conflicts and rejections waiting for a person (SYNC.md §3.1)."""

    __tablename__ = "sync_inbox_issue"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    detail: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))
    resolved_at: Mapped[str | None] = mapped_column(String(32))


class OrderCounter(Base):
    """Per-workstation, per-day order-number sequence (unique offline: the prefix is ours)."""

    __tablename__ = "order_counter"
    day: Mapped[str] = mapped_column(String(8), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)


class MediaUpload(Base):
    """Upload state of one content-addressed file (SYNC.md §5.7): queued -> uploading (tus URL
    and bytes sent kept here, not in memory) -> done once head office has verified the hash."""

    __tablename__ = "media_upload"
    sha256: Mapped[str] = mapped_column(Sha256(), primary_key=True)  # 32 bytes (0022)
    state: Mapped[str] = mapped_column(String(16))  # queued | uploading | done
    url: Mapped[str | None] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    sent: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[str] = mapped_column(String(32))


class SyncParked(Base):
    """A pulled row state whose parent row has not arrived yet (issue 12 item 1): applied
    with the page that brings the parent."""

    __tablename__ = "sync_parked"
    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    stream: Mapped[str] = mapped_column(String(64))
    item: Mapped[str] = mapped_column(Text)  # the pull item, JSON
    parked_at: Mapped[str] = mapped_column(String(32))
