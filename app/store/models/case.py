"""Appointments, inquiries, the service case (work order) and what reception records on it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models.base import Base, Synced
from app.store.types import Uuid


class Appointment(Synced, Base):
    __tablename__ = "appointment"
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    asset_id: Mapped[str | None] = mapped_column(ForeignKey("asset.id"), default=None)
    channel: Mapped[str] = mapped_column(String(16))  # A1: store | app | hotline
    state: Mapped[str] = mapped_column(String(16), index=True)
    fault_description: Mapped[str] = mapped_column(Text, default="")
    desired_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    fast_track_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)  # A3
    bay: Mapped[str] = mapped_column(String(32), default="")
    visit: Mapped[bool] = mapped_column(Boolean, default=False)  # A3: technician visit
    technician_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    advisor_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    case_id: Mapped[str | None] = mapped_column(Uuid(), default=None)


class Inquiry(Synced, Base):
    """P3: a customer question with a 30-minute (urgent) or 2-hour reply clock."""

    __tablename__ = "inquiry"
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customer.id"), default=None)
    channel: Mapped[str] = mapped_column(String(16))
    question: Mapped[str] = mapped_column(Text)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    replied_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    replied_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    reply: Mapped[str] = mapped_column(Text, default="")


class ServiceCase(Synced, Base):
    """The case / work order. Customer and asset fields are copied in for instant search."""

    __tablename__ = "service_case"
    order_no: Mapped[str] = mapped_column(String(40), unique=True)
    workstation_id: Mapped[str] = mapped_column(Uuid())
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    asset_id: Mapped[str] = mapped_column(ForeignKey("asset.id"))  # ix_case_asset_opened
    appointment_id: Mapped[str | None] = mapped_column(Uuid(), default=None)
    state: Mapped[str] = mapped_column(String(24))
    owner_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)  # P2
    technician_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    fault_description: Mapped[str] = mapped_column(Text, default="")
    preliminary_diagnosis: Mapped[str] = mapped_column(Text, default="")
    pending_observation: Mapped[str] = mapped_column(Text, default="")  # I3
    promised_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    estimate_version: Mapped[int] = mapped_column(Integer, default=0)
    signed_version: Mapped[int | None] = mapped_column(Integer, default=None)
    resign_required: Mapped[bool] = mapped_column(Boolean, default=False)
    rework_of_id: Mapped[str | None] = mapped_column(Uuid(), default=None)
    # Migration 0008 (issue 9 item 7): a comeback repaired under warranty is not billed.
    warranty_rework: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # Copies for search and lists (never the source of truth).
    customer_name: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    plate: Mapped[str] = mapped_column(String(16), default="")
    vin: Mapped[str] = mapped_column(String(17), default="")
    serial: Mapped[str] = mapped_column(String(64), default="")
    asset_label: Mapped[str] = mapped_column(String(120), default="")

    # Migration 0003 also indexes reverse(order_no, plate, vin, phone, customer_name, serial),
    # so tails (the last digits of a phone, the letters after a plate's dot) are index ranges.
    __table_args__ = (
        Index("ix_case_state_opened", "state", "opened_at", "order_no"),
        Index("ix_case_opened", "opened_at", "order_no"),
        Index("ix_case_plate", "plate"),
        Index("ix_case_vin", "vin"),
        Index("ix_case_phone", "phone"),
        Index("ix_case_customer_name", "customer_name"),
        Index("ix_case_serial", "serial"),
        # migration 0009: the period's cases for the figures without reading whole rows (P5)
        Index(
            "ix_case_kpi",
            "opened_at",
            "deleted_at",
            "id",
            "urgent",
            "promised_at",
            "owner_id",
            "technician_id",
        ),
        Index("ix_case_rework_of", "rework_of_id"),
        # migration 0014: comebacks from the indexes alone (P5)
        Index(
            "ix_case_closed_kpi",
            "closed_at",
            "deleted_at",
            "id",
            "asset_id",
            "owner_id",
            "technician_id",
        ),
        Index("ix_case_asset_opened", "asset_id", "deleted_at", "opened_at", "id"),
    )


class Inspection(Synced, Base):
    """I1/I2: the intake check with the customer present."""

    __tablename__ = "inspection"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"), index=True)
    identity_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    appointment_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    mileage_km: Mapped[int | None] = mapped_column(Integer, default=None)
    fuel_level: Mapped[str] = mapped_column(String(8), default="")  # e.g. "1/2"
    valuables: Mapped[str] = mapped_column(Text, default="")
    keys: Mapped[int] = mapped_column(Integer, default=1)
    functional_checks: Mapped[str] = mapped_column(Text, default="{}")  # JSON {check: ok|fault}
    fault_reproduced: Mapped[bool | None] = mapped_column(Boolean, default=None)
    reproduction_note: Mapped[str] = mapped_column(Text, default="")
    customer_present: Mapped[bool] = mapped_column(Boolean, default=True)
    inspected_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))


class DamageMark(Synced, Base):
    """I1(b): a damage on a zone of the vehicle or appliance diagram."""

    __tablename__ = "damage_mark"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"), index=True)
    zone: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))  # scratch | dent | crack | deformation | missing
    severity: Mapped[int] = mapped_column(Integer, default=1)  # 1 light .. 3 severe
    note: Mapped[str] = mapped_column(Text, default="")
    marked_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))


class DiagnosticReading(Synced, Base):
    """I2: OBD trouble codes or appliance tester values."""

    __tablename__ = "diagnostic_reading"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"), index=True)
    tool: Mapped[str] = mapped_column(String(16))  # obd | tester | manual
    code: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))


class EstimateLine(Synced, Base):
    """I4/I5: one labor or part line with the customer's decision. Prices are copied in at
    quote time so a later price list never rewrites a quoted or signed sheet (SYNC.md §4.4)."""

    __tablename__ = "estimate_line"
    case_id: Mapped[str] = mapped_column(ForeignKey("service_case.id"))  # ix_..._kpi
    kind: Mapped[str] = mapped_column(String(8))  # labor | part
    code: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(String(200))
    part_grade: Mapped[str] = mapped_column(String(16), default="")  # oem | certified
    qty: Mapped[str] = mapped_column(String(16), default="1")  # Decimal as text
    unit_price_fen: Mapped[int] = mapped_column(Integer, default=0)
    hours: Mapped[str] = mapped_column(String(16), default="0")  # Decimal as text
    rate_fen: Mapped[int] = mapped_column(Integer, default=0)
    mandatory: Mapped[bool] = mapped_column(Boolean, default=True)
    safety_relevant: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(String(16), default="pending")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    added_by: Mapped[str | None] = mapped_column(Uuid(), default=None)
    """Who added the line (0019, issue 12 "one log of each fact"): with `created_at`, the
    line's entry in the case timeline (no line_added event is written any more). A staff id,
    without a foreign key so the column could be added to the table in place."""
    decided_by: Mapped[str | None] = mapped_column(Uuid(), default=None)
    """Who recorded the customer's decision of the line (`app.services.reception.decide`),
    with `decided_at` and `acknowledged` its timeline entry (0019; no decision event any
    more). None for a line answered on an extra-work approval, whose record names who."""
    acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    added_in_version: Mapped[int] = mapped_column(Integer, default=1)
    sort: Mapped[int] = mapped_column(Integer, default=0)

    # migration 0014: the figures' reads of a case's lines from the index alone (P5)
    __table_args__ = (
        Index(
            "ix_estimate_line_kpi",
            "case_id",
            "kind",
            "decision",
            "deleted_at",
            "safety_relevant",
            "hours",
        ),
    )
