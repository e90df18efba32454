"""Issue 9 item 4 (D5): the next-service reminder is queued at delivery with its due date (the
next service date less the dealer's lead days) and the message queue sends only what is due."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from app.domain.errors import ValidationError
from app.services import handover
from app.services import settlement as settle_svc
from app.services.handover import reminder_due
from app.store.models import CustomerMessage, Delivery
from app.sync import local


def _deliver(ws: Any) -> str:
    case_id = str(ws.walk_in())
    ws.drive(case_id, "ready")
    settle_svc.settle(ws.ctx, ws.advisor, case_id)
    settle_svc.sign_settlement(ws.ctx, ws.advisor, case_id, signer_name="王伟", method="pad")
    handover.deliver(
        ws.ctx,
        ws.advisor,
        case_id,
        checklist=dict.fromkeys(handover.CHECKS, True),
        old_parts={p.use_id: "to_customer" for p in handover.facts(ws.ctx, case_id).parts},
    )
    return case_id


def test_reminder_waits_for_its_due_date(workshop: Any) -> None:
    ws = workshop
    settle_svc.set_handover_settings(ws.ctx, ws.manager, reminder_lead_days=10)
    with pytest.raises(ValidationError):
        settle_svc.set_handover_settings(ws.ctx, ws.manager, reminder_lead_days=-1)
    case_id = _deliver(ws)
    with ws.ctx.db.read() as session:
        delivery = session.execute(select(Delivery).where(Delivery.case_id == case_id)).scalar_one()
        reminder = session.execute(
            select(CustomerMessage).where(
                CustomerMessage.case_id == case_id, CustomerMessage.kind == "reminder"
            )
        ).scalar_one()
        ready = session.execute(
            select(CustomerMessage.id).where(
                CustomerMessage.case_id == case_id, CustomerMessage.kind == "ready"
            )
        ).scalar_one()
    assert delivery.next_service_on is not None
    due = dt.datetime.combine(delivery.next_service_on - dt.timedelta(days=10), dt.time(9))
    assert reminder.send_after == due == reminder_due(delivery.next_service_on, 10)
    assert reminder.status == "queued"
    assert f"{delivery.next_service_on:%Y-%m-%d}" in reminder.body
    # The queue sends what is due: the "ready" message now, the reminder only from its date.
    now = ws.ctx.now()
    queued = {m.id for m in local.queued_sms(ws.ctx.db, now=now)}
    assert ready in queued
    assert reminder.id not in queued
    assert reminder.id not in {
        m.id for m in local.queued_sms(ws.ctx.db, now=due - dt.timedelta(minutes=1))
    }
    assert reminder.id in {m.id for m in local.queued_sms(ws.ctx.db, now=due)}
    assert reminder.id in {
        m.id for m in local.queued_sms(ws.ctx.db, now=due + dt.timedelta(days=3))
    }
