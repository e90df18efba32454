"""Reference data, customers and message templates through the services."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from app.domain.errors import PermissionDenied, ValidationError
from app.services import appointments, customers, fitting, messaging, reception, reference
from app.services.customers import AssetInput, CustomerInput
from app.store.models import CustomerMessage


def test_parts_catalogue(workshop: Any) -> None:
    everything = reference.search_parts(workshop.ctx)
    assert len(everything) > 20
    assert all(p.grade in ("oem", "certified") for p in everything)  # W2: no aftermarket
    assert all(isinstance(p.price, Decimal) and p.price > 0 for p in everything)
    pads = reference.search_parts(workshop.ctx, "刹车片")
    assert {p.part_no for p in pads} == {"45022-TBA-A01", "43022-TBA-A01"}
    assert all(p.safety_relevant for p in pads)
    assert [p.part_no for p in reference.search_parts(workshop.ctx, "brake disc")] == [
        "45251-TBA-A00"
    ]
    appliance = reference.search_parts(workshop.ctx, applies_to="appliance")
    assert appliance
    assert {p.applies_to for p in appliance} == {"appliance"}
    labor = reference.list_labor(workshop.ctx, "vehicle")
    brake = next(op for op in labor if op.code == "L-BRAKE-F")
    assert (brake.hours, brake.rate) == (Decimal("1.0"), Decimal("200.00"))


def test_find_customers_and_assets(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in(name="王伟", phone="13800138000", vin="1M8GDM9AXKP042788")
    assert case_id
    found = customers.find_customers(ws.ctx, "王")
    assert [c.name for c in found] == ["王伟"]
    assert found[0].phone_masked == "138****8000"
    assert customers.find_customers(ws.ctx, "8000")[0].id == found[0].id
    assert customers.find_customers(ws.ctx, "赵") == []
    [asset] = customers.assets_of(ws.ctx, found[0].id)
    assert (asset.plate, asset.vin, asset.kind) == ("粤B·D12345", "1M8GDM9AXKP042788", "vehicle")


def test_record_inspection_twice_updates_the_one_record(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    reception.start_inspection(ws.ctx, ws.advisor, case_id)
    for mileage in (41000, 42000):
        reception.record_inspection(
            ws.ctx,
            ws.advisor,
            case_id,
            identity_checked=True,
            appointment_checked=True,
            mileage_km=mileage,
        )
    assert ws.scalar("SELECT count(*) FROM inspection WHERE case_id = :c", c=case_id) == 1
    assert ws.scalar("SELECT mileage_km FROM inspection WHERE case_id = :c", c=case_id) == 42000
    with pytest.raises(ValidationError):
        reception.record_inspection(
            ws.ctx, ws.advisor, case_id, identity_checked=True, appointment_checked=True,
            mileage_km=-5,
        )  # fmt: skip


def test_dealer_template_is_used_and_checked(workshop: Any) -> None:
    ws = workshop
    with pytest.raises(PermissionDenied):
        messaging.set_template(ws.ctx, ws.advisor, "reminder", "zh_CN", "{customer}")
    with pytest.raises(ValidationError) as err:
        messaging.set_template(ws.ctx, ws.admin, "reminder", "zh_CN", "{customer} {cusomter}")
    assert err.value.code == "messaging.unknown_placeholder"
    assert err.value.params == {"names": "cusomter"}
    messaging.set_template(
        ws.ctx,
        ws.admin,
        "reminder",
        "zh_CN",
        "{customer}：{time}见，顾问{advisor}（{advisor_phone}）",
    )
    appt = appointments.book(
        ws.ctx,
        ws.advisor,
        customer=CustomerInput(name="赵敏", phone="13700137000"),
        asset=AssetInput(kind="vehicle", plate="粤A·12345"),
        channel="store",
        desired_at=ws.clock.t + timedelta(days=1),
        fault_description="保养",
    )
    appointments.confirm(ws.ctx, ws.advisor, appt.id)
    appointments.remind(ws.ctx, ws.advisor, appt.id)
    with ws.ctx.db.read() as session:
        bodies = list(
            session.execute(
                select(CustomerMessage.body).where(CustomerMessage.appointment_id == appt.id)
            ).scalars()
        )
    when = (ws.clock.t + timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    assert bodies == [f"赵敏：{when}见，顾问王芳（13900139001）"] * 2


def test_english_customer_gets_english_reminder(workshop: Any) -> None:
    ws = workshop
    appt = appointments.book(
        ws.ctx,
        ws.advisor,
        customer=CustomerInput(name="John Smith", phone="13700137001", language="en"),
        asset=AssetInput(kind="appliance", brand="Gree", model="KFR-35GW", serial="GR1"),
        channel="app",
        desired_at=ws.clock.t + timedelta(days=1),
        fault_description="no cooling",
    )
    appointments.confirm(ws.ctx, ws.advisor, appt.id)
    with ws.ctx.db.read() as session:
        body = session.execute(
            select(CustomerMessage.body).where(CustomerMessage.appointment_id == appt.id)
        ).scalar_one()
    assert body.startswith("[测试汽车售后服务中心] Dear John Smith")
    assert "purchase invoice or warranty card" in body  # an appliance's documents (A4)
    assert "王芳" in body
    assert "13900139001" in body


def test_packaging_state(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "qc")
    use_id = ws.scalar("SELECT id FROM part_use WHERE case_id = :c", c=case_id)
    with pytest.raises(ValidationError):
        fitting.set_packaging_state(ws.ctx, ws.tech, use_id, "eaten")
    with pytest.raises(PermissionDenied):
        fitting.set_packaging_state(ws.ctx, ws.qc, use_id, "kept")
    fitting.set_packaging_state(ws.ctx, ws.advisor, use_id, "shown_to_customer")
    fitting.set_packaging_state(ws.ctx, ws.advisor, use_id, "handed_to_customer")
    assert (
        ws.scalar("SELECT packaging_state FROM part_use WHERE id = :u", u=use_id)
        == "handed_to_customer"
    )
