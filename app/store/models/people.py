"""Dealer, workstations, staff (roles, skills, schedule), duty roster, customers, assets."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models.base import Base, Synced


class Dealer(Synced, Base):
    __tablename__ = "dealer"
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    kind: Mapped[str] = mapped_column(String(16), default="vehicle")  # vehicle | appliance | both
    # Issue 9 (0008): labor billed by the job clock or standard hours (P4), the advisors'
    # default discount limit, value-added services offered at delivery (D6, JSON list) and
    # the routine service interval printed on the maintenance advice (D5).
    labor_billing: Mapped[str] = mapped_column(String(16), default="standard")
    discount_limit_fen: Mapped[int] = mapped_column(Integer, default=20000)
    value_added: Mapped[str] = mapped_column(Text, default="[]")
    service_interval_months: Mapped[int] = mapped_column(Integer, default=6)
    service_interval_km: Mapped[int] = mapped_column(Integer, default=5000)
    # Migration 0014 (issue 10 item 2): the dealer's KPI targets, JSON {rule id or stage: value}
    # (app/services/kpi_targets.py; empty: the standard's defaults).
    kpi_targets: Mapped[str] = mapped_column(Text, default="{}")
    # 0014: days before the next service date its reminder is sent (D5).
    reminder_lead_days: Mapped[int] = mapped_column(Integer, default=7)


class Workstation(Synced, Base):
    __tablename__ = "workstation"
    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(8))  # order-number prefix, unique in the dealer
    role: Mapped[str] = mapped_column(String(32), default="front_desk")  # front_desk | bay | qc


class Staff(Synced, Base):
    __tablename__ = "staff"
    name: Mapped[str] = mapped_column(String(100), index=True)
    roles: Mapped[str] = mapped_column(String(200))  # comma-separated app.domain.roles.Role
    pin_hash: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(32), default="")
    skills: Mapped[str] = mapped_column(
        Text, default="[]"
    )  # JSON list, e.g. ["engine", "electrical"]
    skill_level: Mapped[int] = mapped_column(
        Integer, default=1
    )  # 1..5, for W1 dispatch by difficulty
    schedule: Mapped[str] = mapped_column(Text, default="{}")  # JSON weekly shifts
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    discount_limit_fen: Mapped[int | None] = mapped_column(Integer, default=None)
    """Issue 9 (0008): this advisor's discount limit; None: the dealer's default."""


class DutyRoster(Synced, Base):
    """P3: who answers customers outside working hours."""

    __tablename__ = "duty_roster"
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(32), default="phone")


class MessageTemplate(Synced, Base):
    """A4/W4/W5 message texts the dealer can edit. `{advisor}`-style placeholders."""

    __tablename__ = "message_template"
    kind: Mapped[str] = mapped_column(String(32), index=True)
    lang: Mapped[str] = mapped_column(String(8), default="zh_CN")
    body: Mapped[str] = mapped_column(Text)


class Customer(Synced, Base):
    __tablename__ = "customer"
    name: Mapped[str] = mapped_column(String(100), index=True)
    phone: Mapped[str] = mapped_column(String(32), index=True)
    # P1: differentiated service.
    needs_guidance: Mapped[bool] = mapped_column(Boolean, default=False)
    prefers_speed: Mapped[bool] = mapped_column(Boolean, default=False)
    preferred_channel: Mapped[str] = mapped_column(String(16), default="sms")  # sms | app | phone
    language: Mapped[str] = mapped_column(String(8), default="zh_CN")
    notes: Mapped[str] = mapped_column(Text, default="")


class Asset(Synced, Base):
    """What is serviced: a vehicle (VIN, plate, mileage) or a product (model, serial)."""

    __tablename__ = "asset"
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # vehicle | appliance
    brand: Mapped[str] = mapped_column(String(64), default="")
    model: Mapped[str] = mapped_column(String(100), default="")
    plate: Mapped[str] = mapped_column(String(16), default="", index=True)
    vin: Mapped[str] = mapped_column(String(17), default="", index=True)
    serial: Mapped[str] = mapped_column(String(64), default="", index=True)
    mileage_km: Mapped[int | None] = mapped_column(Integer, default=None)
    purchased_on: Mapped[date | None] = mapped_column(Date, default=None)
