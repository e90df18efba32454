"""Append-only logs and signed (insert-only) records. The database refuses to change them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models.base import Base, Synced
from app.store.snapshots import Snapshot
from app.store.types import Sha256, Uuid


class CaseEvent(Synced, Base):
    """The case timeline: every transition and notable act, append-only."""

    __tablename__ = "case_event"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"))
    kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[str | None] = mapped_column(Uuid(), default=None)
    from_state: Mapped[str] = mapped_column(String(24), default="")
    to_state: Mapped[str] = mapped_column(String(24), default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    # Issue 12 (one log of each fact): a case event is itself the audit entry of its action,
    # a link of its workstation's hash chain (app.services.audit); no audit_event copy.
    # NULL on events written before migration 0014 (their audit_event copy is the link).
    workstation_id: Mapped[str | None] = mapped_column(Uuid(), default=None)
    chain_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    chain_sha256: Mapped[str | None] = mapped_column(Sha256(), default=None)

    __table_args__ = (
        # migration 0009: one seek per case and event kind for the figures (P5); also the
        # case's timeline (migration 0018 dropped the (case_id, at) index it covers)
        Index("ix_case_event_case_kind_at", "case_id", "kind", "at"),
    )


class Feedback(Synced, Base):
    """P5: the customer's feedback (or their refusal to give it)."""

    __tablename__ = "feedback"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"), index=True)
    score: Mapped[int | None] = mapped_column(Integer, default=None)  # 1..5
    categories: Mapped[str] = mapped_column(Text, default="[]")  # JSON: wait, communication …
    comment: Mapped[str] = mapped_column(Text, default="")
    declined: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    # Migration 0008 (issue 9 item 5): each category scored 1..5, JSON {category: score}, and
    # when it was taken: "delivery" (at the hand-over) or "follow_up" (a call days later).
    category_scores: Mapped[str] = mapped_column(Text, default="{}")
    channel: Mapped[str] = mapped_column(String(16), default="delivery")


class Document(Synced, Base):
    """A printed version of a form: its QR payload and content hash."""

    __tablename__ = "document"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # work_order | confirmation_sheet | settlement …
    version: Mapped[int] = mapped_column(Integer)
    content_sha256: Mapped[str] = mapped_column(Sha256())
    payload: Mapped[str] = mapped_column(Text)
    file_sha256: Mapped[str] = mapped_column(Sha256(), default="")
    printed_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))


class MediaFile(Synced, Base):
    """A photo, video, scan or signature image; bytes live in the content-addressed store."""

    __tablename__ = "media_file"
    case_id: Mapped[str | None] = mapped_column(Uuid(), default=None, index=True)
    sha256: Mapped[str] = mapped_column(Sha256(), index=True)
    mime: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(
        String(24)
    )  # damage | intake | key_step | packaging | scan | signature
    subject_id: Mapped[str | None] = mapped_column(Uuid(), default=None)  # damage mark, key step …
    zone: Mapped[str] = mapped_column(String(32), default="")
    markup: Mapped[str] = mapped_column(
        Text, default="[]"
    )  # JSON shapes over the untouched original
    width: Mapped[int | None] = mapped_column(Integer, default=None)
    height: Mapped[int | None] = mapped_column(Integer, default=None)
    duration_s: Mapped[float | None] = mapped_column(default=None)
    captured_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    captured_at: Mapped[datetime] = mapped_column(DateTime)


class AuditEvent(Synced, Base):
    """Tamper-evident log: each event carries the hash of the previous one on this workstation."""

    __tablename__ = "audit_event"
    workstation_id: Mapped[str] = mapped_column(Uuid())
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[str | None] = mapped_column(Uuid(), default=None)
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(Uuid(64), default="", index=True)  # a row id mostly
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_sha256: Mapped[str] = mapped_column(Sha256())
    sha256: Mapped[str] = mapped_column(Sha256())

    __table_args__ = (Index("uq_audit_ws_seq", "workstation_id", "seq", unique=True),)


class Signature(Synced, Base):
    """A customer's signature on an exact version: a frozen snapshot and its SHA-256 (P4, D4)."""

    __tablename__ = "signature"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # confirmation_sheet | settlement | delivery
    subject_version: Mapped[int] = mapped_column(Integer)
    # Canonical JSON of what was signed, compressed (app.store.snapshots); a settlement-kind
    # signature stores SHARED instead: its settlement version's snapshot is the text.
    snapshot: Mapped[str] = mapped_column(Snapshot)
    snapshot_sha256: Mapped[str] = mapped_column(Sha256())
    method: Mapped[str] = mapped_column(String(8))  # pad | paper
    media_sha256: Mapped[str] = mapped_column(Sha256(), default="")
    strokes: Mapped[str] = mapped_column(Text, default="[]")  # pad: vector strokes
    signer_name: Mapped[str] = mapped_column(String(100))
    witnessed_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    signed_at: Mapped[datetime] = mapped_column(DateTime)
    subject_digest: Mapped[str | None] = mapped_column(Sha256(), default=None)
    """protocol.row_digest of the case row as signed: head office flags re-sign required."""


class QcInspection(Synced, Base):
    """D1: the QC re-inspection, signed off by the inspector."""

    __tablename__ = "qc_inspection"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"))  # ix_..._kpi
    round: Mapped[int] = mapped_column(Integer, default=1)
    result: Mapped[str] = mapped_column(String(8))  # pass | fail
    checklist: Mapped[str] = mapped_column(Text)  # JSON {fault_resolved, parts_secure, clean, …}
    torque: Mapped[str] = mapped_column(Text, default="[]")  # JSON readings
    notes: Mapped[str] = mapped_column(Text, default="")
    inspector_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    snapshot_sha256: Mapped[str] = mapped_column(Sha256())
    # Migration 0008: the checklist's job kind (vehicle | appliance) and a fail's reasons
    # (JSON list of the checks that failed).
    job_kind: Mapped[str] = mapped_column(String(16), default="")
    reasons: Mapped[str] = mapped_column(Text, default="[]")

    # migration 0014: first verdicts and rework for the figures from the index alone (P5)
    __table_args__ = (Index("ix_qc_inspection_kpi", "case_id", "round", "result", "at"),)


class Settlement(Synced, Base):
    """D4: actual materials, labor, discounts and differences from the estimate."""

    __tablename__ = "settlement"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[str] = mapped_column(Snapshot)  # compressed (app.store.snapshots)
    snapshot_sha256: Mapped[str] = mapped_column(Sha256())
    total_fen: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(DateTime)


class Delivery(Synced, Base):
    """D2–D6: acceptance, old parts shown, documents handed over, next service date."""

    __tablename__ = "delivery"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"), index=True)
    checklist: Mapped[str] = mapped_column(Text)
    documents: Mapped[str] = mapped_column(Text)
    value_added: Mapped[str] = mapped_column(Text, default="[]")
    next_service_on: Mapped[date | None] = mapped_column(Date, default=None)
    delivered_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    snapshot_sha256: Mapped[str] = mapped_column(Sha256())
