"""Declarative base and the columns every synced table carries (SYNC.md §3.1)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.domain.ids import uuid7
from app.store.types import Uuid

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def new_id() -> str:
    return uuid7()


def local_now() -> datetime:
    """The workstation's wall-clock time, naive, as stored in SQLite.

    Business times (opened at, promised at, signed at) are the dealer's local time: that is
    what people read on forms and what "today" means at the counter (China has one time zone
    and no daylight saving). Ordering between workstations uses the HLC, never these."""
    return datetime.now(UTC).astimezone().replace(tzinfo=None)


class Synced:
    """Mixin: UUID key, dealer scope and the sync bookkeeping columns.

    `field_hlc` and `updated_hlc` are maintained by the change-capture triggers, never by
    Python code; `server_version` only by the sync worker.
    """

    id: Mapped[str] = mapped_column(Uuid(), primary_key=True, default=new_id)
    dealer_id: Mapped[str] = mapped_column(Uuid(), default="")  # one dealer: no index
    created_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
    server_version: Mapped[int | None] = mapped_column(Integer, default=None)
    field_hlc: Mapped[str] = mapped_column(Text, default="{}")
    updated_hlc: Mapped[str] = mapped_column(String(64), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
