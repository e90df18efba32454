"""The bay: assignments, job clock, key steps, parts fitted, messages, delays, complaints."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models.base import Base, Synced
from app.store.snapshots import Snapshot
from app.store.types import Sha256, Uuid


class Assignment(Synced, Base):
    """W1: the team lead assigns a technician by difficulty and schedule."""

    __tablename__ = "assignment"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"))  # ix_..._kpi
    technician_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    assigned_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    difficulty: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Migration 0008 (issue 8 item 1): the bay of the technician's shift, and why the team
    # lead assigned a technician off shift or busy with an urgent job ("off_shift" | "busy").
    bay: Mapped[str] = mapped_column(String(40), default="")
    override_kind: Mapped[str] = mapped_column(String(24), default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")

    # migration 0014: the "bay" group of the figures (P5)
    __table_args__ = (
        Index("ix_assignment_kpi", "case_id", "active", "bay", "deleted_at"),
        Index("ix_assignment_bay", "bay", "active", "case_id"),
    )


class JobClock(Synced, Base):
    """start | pause | resume | finish, append-only. `line_id`: the labor line timed (issue 8
    item 2: a clock per labor line); None for the whole job (rows from before 0007)."""

    __tablename__ = "job_clock"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"))  # ix_..._kpi
    line_id: Mapped[str | None] = mapped_column(Uuid(), default=None)
    technician_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(8))
    at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text, default="")

    # migration 0014: W4's clock times per case from the index alone (P5)
    __table_args__ = (Index("ix_job_clock_kpi", "case_id", "at", "kind", "line_id"),)


class KeyStep(Synced, Base):
    """W3: a key operation recorded with photos or video, with the customer's consent."""

    __tablename__ = "key_step"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    # Issue 8 item 3 (migration 0008): the labor line the step belongs to and the consent
    # record its media rely on.
    line_id: Mapped[str | None] = mapped_column(Uuid(), default=None)
    consent_id: Mapped[str | None] = mapped_column(Uuid(), default=None)


class KeyStepConsent(Synced, Base):
    """W3: the customer's answer to key-step photos and video, how it was given (at signing,
    in person, by phone, by message) and who recorded it. Append-only: the newest row holds."""

    __tablename__ = "key_step_consent"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"), index=True)
    given: Mapped[bool] = mapped_column(Boolean, default=False)
    method: Mapped[str] = mapped_column(String(16))
    customer_name: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(DateTime)


class PartUse(Synced, Base):
    """W2/D3: a part fitted, its packaging kept until acceptance, the old part's fate."""

    __tablename__ = "part_use"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"), index=True)
    line_id: Mapped[str] = mapped_column(ForeignKey("estimate_line.id"))
    part_no: Mapped[str] = mapped_column(String(40))
    grade: Mapped[str] = mapped_column(String(16))
    batch: Mapped[str] = mapped_column(String(64), default="")
    serial: Mapped[str] = mapped_column(String(64), default="")
    qty: Mapped[str] = mapped_column(String(16), default="1")
    packaging_state: Mapped[str] = mapped_column(String(24), default="kept")
    old_part_disposition: Mapped[str] = mapped_column(String(24), default="to_customer")
    old_part_reason: Mapped[str] = mapped_column(Text, default="")
    fitted_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    fitted_at: Mapped[datetime] = mapped_column(DateTime)
    entry: Mapped[str] = mapped_column(String(16), default="")
    """W2 (0008): how the part was named: wedge (scanner) | camera (bay camera) | chosen."""
    packaging_shown_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    packaging_shown_by: Mapped[str | None] = mapped_column(Uuid(), default=None)
    """When and by whom the packaging was shown to the customer (`fitting.set_packaging_state`;
    0023, issue 12 "one log of each fact"): the transition's timeline entry, no packaging
    event is written any more. None: not shown that way (still kept, or shown as part of the
    delivery, whose own entry records it)."""
    packaging_done_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    packaging_done_by: Mapped[str | None] = mapped_column(Uuid(), default=None)
    """When and by whom the packaging was handed to the customer or disposed of (which one:
    `packaging_state`), the transition's timeline entry (0023). Staff ids without a foreign
    key, so the columns could be added to the table in place."""


class CustomerMessage(Synced, Base):
    """A4/W4/W5: outbound queue; stays `queued` until a gateway reports delivery."""

    __tablename__ = "customer_message"
    case_id: Mapped[str | None] = mapped_column(Uuid(), default=None)  # ix_..._kpi
    appointment_id: Mapped[str | None] = mapped_column(Uuid(), default=None)
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customer.id"), default=None)
    kind: Mapped[str] = mapped_column(String(16))  # reminder | progress | delay | ready | other
    channel: Mapped[str] = mapped_column(String(16), default="sms")
    to: Mapped[str] = mapped_column(String(32))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    queued_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    provider_ref: Mapped[str] = mapped_column(String(64), default="")
    sent_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    # 0014: not sent before this time (D5: the next-service reminder waits for its due date);
    # None: due at once.
    send_after: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    # migration 0014: W4's progress updates per case from the index alone (P5)
    __table_args__ = (Index("ix_customer_message_kpi", "case_id", "kind", "queued_at"),)


class DelayNotice(Synced, Base):
    """W5: reason, new completion time and the compensation offered."""

    __tablename__ = "delay_notice"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    previous_promise: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    new_eta: Mapped[datetime] = mapped_column(DateTime)
    compensation: Mapped[str] = mapped_column(String(100), default="")
    notified_at: Mapped[datetime] = mapped_column(DateTime)
    notified_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    # Migration 0008 (issue 8 item 7): the reason from the list, the customer's answer
    # (accepted | declined), and whether it came less than 30 minutes ahead (a W5 miss).
    reason_code: Mapped[str] = mapped_column(String(32), default="")
    customer_answer: Mapped[str] = mapped_column(String(16), default="")
    answer_note: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    late: Mapped[bool] = mapped_column(Boolean, default=False)


class WorkShift(Synced, Base):
    """Issue 8 item 1 (W1 "by staff schedule"): a technician's shift in a bay."""

    __tablename__ = "work_shift"
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    bay: Mapped[str] = mapped_column(String(40), default="")


class CompensationOption(Synced, Base):
    """W5: the dealer's list of compensations a delay notice offers (car wash, …)."""

    __tablename__ = "compensation_option"
    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Complaint(Synced, Base):
    __tablename__ = "complaint"
    case_id: Mapped[str | None] = mapped_column(Uuid(), default=None, index=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"))
    category: Mapped[str] = mapped_column(
        String(32)
    )  # wait | communication | quality | price | other
    description: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open")
    opened_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    rework_case_id: Mapped[str | None] = mapped_column(Uuid(), default=None)
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # Migration 0008 (issue 9 item 6): owner, P3 reply clock, actions taken, the customer's
    # answer at closing.
    owner_id: Mapped[str | None] = mapped_column(Uuid(), default=None, index=True)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    opened_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    replied_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    actions: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{at, by, text}]
    answer: Mapped[str] = mapped_column(Text, default="")
    satisfied: Mapped[bool | None] = mapped_column(Boolean, default=None)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class ImprovementAction(Synced, Base):
    """P5: an improvement with owner, due date and status."""

    __tablename__ = "improvement_action"
    title: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(64), default="")
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(16), default="open")
    notes: Mapped[str] = mapped_column(Text, default="")


class ExtraApproval(Synced, Base):
    """Issue 8 item 5: the customer's approval of estimate lines added mid-job (insert-only):
    on the pad (strokes), on a scanned paper sheet (media_sha256) or remote (who, when, how:
    phone | sms | wechat), with a frozen snapshot of the lines approved and declined."""

    __tablename__ = "extra_approval"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    line_ids: Mapped[str] = mapped_column(Text, default="[]")
    declined_ids: Mapped[str] = mapped_column(Text, default="[]")
    method: Mapped[str] = mapped_column(String(8))  # pad | paper | remote
    channel: Mapped[str] = mapped_column(String(16), default="")  # phone | sms | wechat
    approver_name: Mapped[str] = mapped_column(String(100))
    approved_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    media_sha256: Mapped[str] = mapped_column(Sha256(), default="")
    strokes: Mapped[str] = mapped_column(Text, default="[]")
    snapshot: Mapped[str] = mapped_column(Snapshot, default="{}")  # compressed
    snapshot_sha256: Mapped[str] = mapped_column(Sha256(), default="")
    note: Mapped[str] = mapped_column(Text, default="")
