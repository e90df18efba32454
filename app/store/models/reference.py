"""Reference data from head office: parts catalogue, labor operations, service campaigns.
Read-only at the dealer (trigger-enforced) unless the sync worker is applying a pull."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models.base import Base, Synced


class Part(Synced, Base):
    __tablename__ = "part"
    part_no: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    grade: Mapped[str] = mapped_column(String(16))  # oem | certified
    price_fen: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(8), default="件")
    applies_to: Mapped[str] = mapped_column(String(16), default="vehicle")
    safety_relevant: Mapped[bool] = mapped_column(default=False)
    warranty_months: Mapped[int] = mapped_column(Integer, default=12)  # D5 warranty card (0008)
    warranty_km: Mapped[int] = mapped_column(Integer, default=20000)


class LaborOp(Synced, Base):
    __tablename__ = "labor_op"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    hours: Mapped[str] = mapped_column(String(16))  # standard hours, Decimal as text
    rate_fen: Mapped[int] = mapped_column(Integer)
    applies_to: Mapped[str] = mapped_column(String(16), default="vehicle")
    difficulty: Mapped[int] = mapped_column(Integer, default=1)
    key_operation: Mapped[bool] = mapped_column(default=False)  # W3
    manual_ref: Mapped[str] = mapped_column(Text, default="")
    """W2: where the brand's technical manual describes the operation (0008), "" if nowhere."""
    # D1 (migration 0008): torque specs per fastener, JSON
    # [{"fastener", "fastener_en", "min_nm", "max_nm"}]; "[]" when the operation has none.
    torque_spec: Mapped[str] = mapped_column(Text, default="[]")


class Campaign(Synced, Base):
    __tablename__ = "campaign"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None] = mapped_column(Date, default=None)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)
