"""D2–D6: the delivery of a repaired vehicle or appliance (issue 9 item 3).

The advisor demonstrates the repair (D2), shows the old parts and lets the customer choose,
per part actually replaced, to take it or leave it for disposal (D3), shows the kept
packaging (W2), goes through the signed settlement (D4), hands over the documents and tells
the next service date, whose reminder is queued as a customer message (D5), and records the
value-added services done from the dealer's list (D6). The lifecycle refuses a delivery
without a passed QC (D1) or a signed settlement (D4)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.lifecycle import CaseAction
from app.domain.roles import Action
from app.services import messages_settlement as _messages  # noqa: F401  (registers codes)
from app.services import messaging
from app.services._support import case_facts, case_ref, identity, load_case, transition, write_order
from app.services.context import Actor, ServiceContext
from app.services.dto import CaseRef
from app.services.handover_documents import next_service
from app.services.reception import canonical
from app.store.models import Customer, Dealer, Delivery, EstimateLine, PartUse, ServiceCase

CHECKS = ("demonstrated", "old_parts_shown", "packaging_shown", "settlement_explained")
"""D2, D3, W2, D4. The old parts and packaging checks apply only when a part was fitted."""
PART_CHECKS = ("old_parts_shown", "packaging_shown")
OLD_PART_CHOICES = ("to_customer", "scrapped")
DOCUMENTS = ("repair_record", "warranty_card", "maintenance_advice")


@dataclass(frozen=True)
class ReplacedPart:
    use_id: str
    description: str
    part_no: str
    grade: str
    disposition: str
    reason: str
    packaging_state: str


@dataclass(frozen=True)
class DeliveryFacts:
    """What the delivery page needs to know before the advisor starts."""

    case_id: str
    order_no: str
    state: str
    qc_passed: bool
    settlement_signed: bool
    parts: tuple[ReplacedPart, ...]
    value_added_offer: tuple[str, ...]
    next_date: date
    next_km: int | None
    delivered: bool
    recorded_checklist: tuple[str, ...] = ()
    """After the delivery: the checks recorded, the services done and the next date."""
    recorded_value_added: tuple[str, ...] = ()
    recorded_next: date | None = None


def _replaced(session: Session, case: ServiceCase) -> list[tuple[PartUse, str]]:
    lines = {
        line.id: line.description
        for line in session.execute(
            select(EstimateLine).where(EstimateLine.case_id == case.id)
        ).scalars()
    }
    return [
        (use, lines.get(use.line_id, use.part_no))
        for use in session.execute(
            select(PartUse)
            .where(PartUse.case_id == case.id, PartUse.deleted_at.is_(None))
            .order_by(PartUse.fitted_at, write_order(PartUse))
        ).scalars()
    ]


def dealer_value_added(session: Session) -> tuple[str, ...]:
    dealer = session.get(Dealer, identity(session).dealer_id)
    try:
        offer = json.loads(dealer.value_added) if dealer else []
    except ValueError:
        offer = []
    return tuple(str(item) for item in offer if str(item).strip())


def facts(ctx: ServiceContext, case_id: str) -> DeliveryFacts:
    with ctx.reading() as session:
        case = load_case(session, case_id)
        state = case_facts(session, case)
        delivered = session.execute(
            select(Delivery)
            .where(Delivery.case_id == case.id)
            .order_by(Delivery.at, write_order(Delivery))
            .limit(1)
        ).scalar_one_or_none()
        next_date, next_km = next_service(session, case, ctx.now().date())
        checks: tuple[str, ...] = ()
        services: tuple[str, ...] = ()
        if delivered is not None:
            checks = tuple(k for k, v in json.loads(delivered.checklist or "{}").items() if v)
            services = tuple(json.loads(delivered.value_added or "[]"))
        return DeliveryFacts(
            case_id=case.id,
            order_no=case.order_no,
            state=case.state,
            qc_passed=state.qc_passed,
            settlement_signed=state.settlement_signed,
            parts=tuple(
                ReplacedPart(
                    use.id,
                    description,
                    use.part_no,
                    use.grade,
                    use.old_part_disposition,
                    use.old_part_reason,
                    use.packaging_state,
                )
                for use, description in _replaced(session, case)
            ),
            value_added_offer=dealer_value_added(session),
            next_date=next_date,
            next_km=next_km,
            delivered=delivered is not None,
            recorded_checklist=checks,
            recorded_value_added=services,
            recorded_next=delivered.next_service_on if delivered is not None else None,
        )


def deliver(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    checklist: dict[str, bool],
    old_parts: dict[str, str] | None = None,
    value_added: tuple[str, ...] = (),
    next_service_on: date | None = None,
) -> CaseRef:
    """D2–D6. `old_parts`: part_use id → to_customer | scrapped, the customer's choice for
    each part actually replaced (None keeps what the technician recorded)."""
    actor.require(Action.DELIVER)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        replaced = _replaced(session, case)
        needed = [c for c in CHECKS if replaced or c not in PART_CHECKS]
        missing = [c for c in needed if not checklist.get(c, False)]
        if missing:
            raise ValidationError("validate.required", field=", ".join(missing))
        choices: dict[str, str] = {}
        for use, description in replaced:
            choice = (old_parts or {}).get(
                use.id, use.old_part_disposition if old_parts is None else ""
            )
            if old_parts is not None and choice not in OLD_PART_CHOICES:
                raise ValidationError("delivery.old_part_choice", field=use.id, item=description)
            choices[use.id] = choice
        offer = dealer_value_added(session)
        for item in value_added:
            if offer and item not in offer:
                raise ValidationError(
                    "delivery.value_added_unknown", field="value_added", item=item
                )
        now = ctx.now()
        transition(ctx, session, actor, case, CaseAction.DELIVER)
        next_on, next_km = next_service(session, case, now.date())
        next_on = next_service_on or next_on
        recorded = {c: bool(checklist.get(c, False)) for c in needed}
        record: dict[str, Any] = {
            "checklist": recorded,
            "old_parts": choices,
            "documents": list(DOCUMENTS),
            "value_added": list(value_added),
            "next": str(next_on),
            "next_km": next_km,
        }
        session.add(
            Delivery(
                dealer_id=case.dealer_id,
                case_id=case.id,
                checklist=json.dumps(recorded, sort_keys=True),
                documents=json.dumps(list(DOCUMENTS)),
                value_added=json.dumps(list(value_added), ensure_ascii=False),
                next_service_on=next_on,
                delivered_by=actor.staff_id,
                at=now,
                snapshot_sha256=hashlib.sha256(canonical(record).encode()).hexdigest(),
                created_at=now,
            )
        )
        for use, _description in replaced:
            use.old_part_disposition = choices[use.id]
            if use.packaging_state == "kept":
                use.packaging_state = "shown_to_customer"  # W2: kept until the acceptance
        _queue_next_service(ctx, session, actor, case, next_on, next_km)
        return case_ref(case)


REMINDER_HOUR = time(9, 0)
"""The next-service reminder goes out at this hour of its due day (the dealer's local time)."""


def reminder_due(on: date, lead_days: int) -> datetime:
    """D5: when the next-service reminder is sent: the dealer's lead days before the date."""
    return datetime.combine(on - timedelta(days=max(lead_days, 0)), REMINDER_HOUR)


def _queue_next_service(
    ctx: ServiceContext,
    session: Session,
    actor: Actor,
    case: ServiceCase,
    on: date,
    km: int | None,
) -> None:
    """D5: the next service reminder, queued as a customer message due the dealer's lead days
    before the next service date (the gateway sends it then, not at delivery)."""
    customer = session.get(Customer, case.customer_id)
    dealer = session.get(Dealer, identity(session).dealer_id)
    assert customer is not None
    name = dealer.name if dealer else ""
    lead = dealer.reminder_lead_days if dealer else 7
    label = case.asset_label
    if customer.language.startswith("zh"):
        mileage = f"或行驶至 {km:,} 公里（以先到为准）" if km else ""
        body = (
            f"【{name}】{customer.name}您好，您的{label}（工单{case.order_no}）"
            f"下次保养时间为{on:%Y-%m-%d}{mileage}，欢迎提前预约。"
        )
    else:
        mileage = f" or at {km:,} km, whichever comes first" if km else ""
        body = (
            f"[{name}] Dear {customer.name}, the next service of your {label} "
            f"({case.order_no}) is due on {on:%Y-%m-%d}{mileage}. We look forward to your "
            "booking."
        )
    messaging._queue(
        ctx, session, actor, kind="reminder", customer=customer, body=body, case_id=case.id,
        send_after=reminder_due(on, lead),
    )  # fmt: skip
