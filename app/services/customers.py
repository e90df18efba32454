"""Customers (P1 preferences) and their vehicles or appliances, found or created at the counter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.validation import normalize_phone, normalize_plate, normalize_vin, require_text
from app.services._support import asset_info, customer_info, identity
from app.services.context import ServiceContext
from app.services.dto import AssetInfo, CustomerInfo
from app.store.models import Asset, Customer

T = TypeVar("T")


@dataclass(frozen=True)
class CustomerInput:
    name: str
    phone: str
    # P1 preferences; None keeps what a returning customer already has on file.
    needs_guidance: bool | None = None
    prefers_speed: bool | None = None
    preferred_channel: str | None = None
    language: str | None = None
    notes: str = ""


@dataclass(frozen=True)
class AssetInput:
    kind: str  # vehicle | appliance
    brand: str = ""
    model: str = ""
    plate: str = ""
    vin: str = ""
    serial: str = ""
    mileage_km: int | None = None


def _pick(given: T | None, current: T | None, new: bool, default: T) -> T:
    if given is not None:
        return given
    if new or current is None:
        return default
    return current


def find_or_create_customer(ctx: ServiceContext, session: Session, data: CustomerInput) -> Customer:
    phone = normalize_phone(data.phone)
    name = require_text(data.name, "customer name", 100)
    customer = session.execute(
        select(Customer).where(Customer.phone == phone, Customer.deleted_at.is_(None)).limit(1)
    ).scalar_one_or_none()
    if customer is None:
        customer = Customer(dealer_id=identity(session).dealer_id, created_at=ctx.now())
        session.add(customer)
    customer.name = name
    customer.phone = phone
    new = customer.id is None
    customer.needs_guidance = _pick(data.needs_guidance, customer.needs_guidance, new, False)
    customer.prefers_speed = _pick(data.prefers_speed, customer.prefers_speed, new, False)
    customer.preferred_channel = _pick(
        data.preferred_channel, customer.preferred_channel, new, "sms"
    )
    customer.language = _pick(data.language, customer.language, new, "zh_CN")
    if data.notes:
        customer.notes = data.notes
    session.flush()
    return customer


def find_or_create_asset(
    ctx: ServiceContext, session: Session, customer: Customer, data: AssetInput
) -> Asset:
    if data.kind == "vehicle":
        plate = normalize_plate(data.plate) if data.plate else ""
        vin = normalize_vin(data.vin) if data.vin else ""
        if not plate and not vin:
            raise ValidationError("asset.kind")
        key = Asset.vin == vin if vin else Asset.plate == plate
        serial = ""
    elif data.kind == "appliance":
        serial = require_text(data.serial, "serial", 64).upper()
        require_text(data.model, "model", 100)
        plate = vin = ""
        key = Asset.serial == serial
    else:
        raise ValidationError("asset.kind")
    asset = session.execute(
        select(Asset).where(key, Asset.deleted_at.is_(None)).limit(1)
    ).scalar_one_or_none()
    if asset is None:
        asset = Asset(dealer_id=identity(session).dealer_id, kind=data.kind, created_at=ctx.now())
        session.add(asset)
    asset.customer_id = customer.id
    asset.brand = data.brand.strip() or asset.brand
    asset.model = data.model.strip() or asset.model
    asset.plate = plate or asset.plate
    asset.vin = vin or asset.vin
    asset.serial = serial or asset.serial
    if data.mileage_km is not None:
        if data.mileage_km < 0:
            raise ValidationError("validate.required", field="mileage")
        asset.mileage_km = data.mileage_km
    session.flush()
    return asset


def find_customers(ctx: ServiceContext, text: str, limit: int = 20) -> list[CustomerInfo]:
    with ctx.reading() as session:
        like = f"%{text.strip()}%"
        rows = session.execute(
            select(Customer)
            .where(
                Customer.deleted_at.is_(None),
                (Customer.phone.like(like)) | (Customer.name.like(like)),
            )
            .limit(limit)
        ).scalars()
        return [customer_info(c) for c in rows]


def assets_of(ctx: ServiceContext, customer_id: str) -> list[AssetInfo]:
    with ctx.reading() as session:
        rows = session.execute(
            select(Asset).where(Asset.customer_id == customer_id, Asset.deleted_at.is_(None))
        ).scalars()
        return [asset_info(a) for a in rows]
