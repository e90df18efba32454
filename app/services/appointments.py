"""Appointments (A1–A4), arrival with double confirmation (I1, P2) and inquiries (P3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, ValidationError
from app.domain.lifecycle import AppointmentAction, AppointmentState, CaseState, appointment_next
from app.domain.roles import Action
from app.domain.sla import evaluate_all
from app.domain.validation import require_text
from app.services import messaging
from app.services._support import (
    add_event,
    asset_info,
    audit_only,
    customer_info,
    identity,
    next_order_no,
    write_order,
)
from app.services.context import Actor, ServiceContext
from app.services.customers import (
    AssetInput,
    CustomerInput,
    find_or_create_asset,
    find_or_create_customer,
)
from app.services.dto import AppointmentInfo, InquiryInfo, SlaInfo
from app.store.models import Appointment, Asset, Customer, Inquiry, ServiceCase

CHANNELS = ("store", "app", "hotline")


@dataclass(frozen=True)
class CaseOpened:
    case_id: str
    order_no: str


def appointment_sla(appt: Appointment, now: datetime) -> tuple[SlaInfo, ...]:
    events: dict[str, list[datetime]] = {"appointment_requested": [appt.requested_at]}
    if appt.confirmed_at:
        events["appointment_confirmed"] = [appt.confirmed_at]
    if appt.fast_track_at:
        events["fast_track_arranged"] = [appt.fast_track_at]
    rules = [r for r in evaluate_all(events, now, urgent=appt.urgent) if r.rule_id in ("A2", "A3")]
    return tuple(SlaInfo(r.rule_id, r.status, r.due) for r in rules)


def _info(session: Session, appt: Appointment, now: datetime) -> AppointmentInfo:
    customer = session.get(Customer, appt.customer_id)
    assert customer is not None
    asset = session.get(Asset, appt.asset_id) if appt.asset_id else None
    return AppointmentInfo(
        id=appt.id,
        customer=customer_info(customer),
        asset=asset_info(asset) if asset else None,
        channel=appt.channel,
        state=appt.state,
        fault_description=appt.fault_description,
        desired_at=appt.desired_at,
        urgent=appt.urgent,
        requested_at=appt.requested_at,
        confirmed_at=appt.confirmed_at,
        bay=appt.bay,
        visit=appt.visit,
        technician_id=appt.technician_id,
        advisor_id=appt.advisor_id,
        case_id=appt.case_id,
        sla=appointment_sla(appt, now),
    )


def _load(session: Session, appointment_id: str) -> Appointment:
    appt = session.get(Appointment, appointment_id)
    if appt is None:
        raise NotFound("notfound.appointment", key=appointment_id)
    return appt


def book(
    ctx: ServiceContext,
    actor: Actor,
    *,
    customer: CustomerInput,
    asset: AssetInput,
    channel: str,
    desired_at: datetime,
    fault_description: str,
    urgent: bool = False,
) -> AppointmentInfo:
    """A1: an appointment from a channel; starts the A2 (and, if urgent, A3) clocks."""
    actor.require(Action.BOOK)
    if channel not in CHANNELS:
        raise ValidationError("appointment.channel", value=channel)
    now = ctx.now()
    if desired_at < now - timedelta(minutes=5):
        raise ValidationError("appointment.past")
    with ctx.unit() as session:
        cust = find_or_create_customer(ctx, session, customer)
        item = find_or_create_asset(ctx, session, cust, asset)
        appt = Appointment(
            dealer_id=identity(session).dealer_id,
            customer_id=cust.id,
            asset_id=item.id,
            channel=channel,
            state=AppointmentState.REQUESTED.value,
            fault_description=require_text(fault_description, "fault description", 2000),
            desired_at=desired_at,
            urgent=urgent,
            requested_at=now,
            advisor_id=actor.staff_id,  # P2: the first contact
            created_at=now,
        )
        session.add(appt)
        session.flush()
        audit_only(ctx, session, actor, "book", appt.id, {"channel": channel, "urgent": urgent})
        return _info(session, appt, now)


def confirm(ctx: ServiceContext, actor: Actor, appointment_id: str) -> AppointmentInfo:
    """A2: the advisor confirms; A4: the reminder goes into the outbound queue."""
    actor.require(Action.CONFIRM_APPOINTMENT)
    with ctx.unit() as session:
        return confirm_in(ctx, session, actor, appointment_id)


def confirm_in(
    ctx: ServiceContext, session: Session, actor: Actor, appointment_id: str
) -> AppointmentInfo:
    """`confirm` inside the caller's transaction (the caller checked the permission)."""
    now = ctx.now()
    appt = _load(session, appointment_id)
    appt.state = appointment_next(AppointmentState(appt.state), AppointmentAction.CONFIRM).value
    appt.confirmed_at = now
    appt.advisor_id = appt.advisor_id or actor.staff_id
    session.flush()
    messaging.queue_reminder(ctx, session, actor, appt)
    audit_only(ctx, session, actor, "confirm_appointment", appt.id)
    return _info(session, appt, now)


def arrange_fast_track(
    ctx: ServiceContext,
    actor: Actor,
    appointment_id: str,
    *,
    bay: str = "",
    technician_id: str | None = None,
    visit: bool = False,
) -> AppointmentInfo:
    """A3: within an hour an urgent job gets a reserved bay or a technician visit."""
    actor.require(Action.CONFIRM_APPOINTMENT)
    if not bay and not (visit and technician_id):
        raise ValidationError("validate.required", field="bay / technician")
    now = ctx.now()
    with ctx.unit() as session:
        appt = _load(session, appointment_id)
        appt.bay = bay
        appt.visit = visit
        appt.technician_id = technician_id
        appt.fast_track_at = now
        audit_only(ctx, session, actor, "fast_track", appt.id, {"bay": bay, "visit": visit})
        return _info(session, appt, now)


def remind(ctx: ServiceContext, actor: Actor, appointment_id: str) -> AppointmentInfo:
    actor.require(Action.REMIND)
    with ctx.unit() as session:
        appt = _load(session, appointment_id)
        messaging.queue_reminder(ctx, session, actor, appt)
        return _info(session, appt, ctx.now())


def cancel(ctx: ServiceContext, actor: Actor, appointment_id: str, reason: str) -> AppointmentInfo:
    actor.require(Action.CANCEL_APPOINTMENT)
    with ctx.unit() as session:
        appt = _load(session, appointment_id)
        appt.state = appointment_next(AppointmentState(appt.state), AppointmentAction.CANCEL).value
        audit_only(ctx, session, actor, "cancel_appointment", appt.id, {"reason": reason})
        return _info(session, appt, ctx.now())


def no_show(ctx: ServiceContext, actor: Actor, appointment_id: str) -> AppointmentInfo:
    actor.require(Action.CANCEL_APPOINTMENT)
    with ctx.unit() as session:
        appt = _load(session, appointment_id)
        appt.state = appointment_next(AppointmentState(appt.state), AppointmentAction.NO_SHOW).value
        audit_only(ctx, session, actor, "no_show", appt.id)
        return _info(session, appt, ctx.now())


def _open_case(
    ctx: ServiceContext,
    session: Session,
    actor: Actor,
    customer: Customer,
    asset: Asset,
    *,
    fault_description: str,
    urgent: bool,
    owner_id: str,
    appointment_id: str | None,
    rework_of_id: str | None = None,
) -> ServiceCase:
    now = ctx.now()
    ident = identity(session)
    if asset.kind == "vehicle":
        label = f"{asset.brand} {asset.model}".strip()
    else:
        label = f"{asset.brand} {asset.model}".strip()
    case = ServiceCase(
        dealer_id=ident.dealer_id,
        order_no=next_order_no(session, ident, now.strftime("%Y%m%d")),
        workstation_id=ident.workstation_id,
        customer_id=customer.id,
        asset_id=asset.id,
        appointment_id=appointment_id,
        state=CaseState.RECEPTION.value,
        owner_id=owner_id,
        opened_at=now,
        urgent=urgent,
        fault_description=fault_description,
        rework_of_id=rework_of_id,
        customer_name=customer.name,
        phone=customer.phone,
        plate=asset.plate,
        vin=asset.vin,
        serial=asset.serial,
        asset_label=label,
        created_at=now,
    )
    session.add(case)
    session.flush()
    add_event(
        ctx,
        session,
        actor,
        case,
        "opened",
        to_state=case.state,
        detail={"owner": owner_id, "appointment": appointment_id, "rework_of": rework_of_id},
    )
    return case


def arrive(
    ctx: ServiceContext,
    actor: Actor,
    appointment_id: str,
    *,
    identity_checked: bool,
    appointment_checked: bool,
) -> CaseOpened:
    """I1(a): the customer's identity and appointment are checked against the record before a
    case is opened; the first-contact owner (P2) carries over from the booking."""
    actor.require(Action.ARRIVE)
    if not (identity_checked and appointment_checked):
        raise ValidationError("validate.required", field="I1 double confirmation")
    with ctx.unit() as session:
        appt = _load(session, appointment_id)
        appt.state = appointment_next(AppointmentState(appt.state), AppointmentAction.ARRIVE).value
        customer = session.get(Customer, appt.customer_id)
        asset = session.get(Asset, appt.asset_id) if appt.asset_id else None
        if customer is None or asset is None:
            raise NotFound("notfound.customer", key=appt.customer_id)
        case = _open_case(
            ctx,
            session,
            actor,
            customer,
            asset,
            fault_description=appt.fault_description,
            urgent=appt.urgent,
            owner_id=appt.advisor_id or actor.staff_id,
            appointment_id=appt.id,
        )
        appt.case_id = case.id
        return CaseOpened(case.id, case.order_no)


def walk_in(
    ctx: ServiceContext,
    actor: Actor,
    *,
    customer: CustomerInput,
    asset: AssetInput,
    fault_description: str,
    urgent: bool = False,
) -> CaseOpened:
    """A customer without an appointment: whoever receives them is the first contact (P2)."""
    actor.require(Action.ARRIVE)
    with ctx.unit() as session:
        cust = find_or_create_customer(ctx, session, customer)
        item = find_or_create_asset(ctx, session, cust, asset)
        case = _open_case(
            ctx,
            session,
            actor,
            cust,
            item,
            fault_description=require_text(fault_description, "fault description", 2000),
            urgent=urgent,
            owner_id=actor.staff_id,
            appointment_id=None,
        )
        return CaseOpened(case.id, case.order_no)


def inquiry_sla(inquiry: Inquiry, now: datetime) -> tuple[SlaInfo, ...]:
    events: dict[str, list[datetime]] = {"inquiry_received": [inquiry.received_at]}
    if inquiry.replied_at:
        events["inquiry_replied"] = [inquiry.replied_at]
    results = evaluate_all(events, now, urgent=inquiry.urgent)
    return tuple(SlaInfo(r.rule_id, r.status, r.due) for r in results if r.rule_id.startswith("P3"))


def _inquiry_info(session: Session, inquiry: Inquiry, now: datetime) -> InquiryInfo:
    customer = session.get(Customer, inquiry.customer_id) if inquiry.customer_id else None
    return InquiryInfo(
        id=inquiry.id,
        customer_name=customer.name if customer else "",
        channel=inquiry.channel,
        question=inquiry.question,
        urgent=inquiry.urgent,
        received_at=inquiry.received_at,
        replied_at=inquiry.replied_at,
        reply=inquiry.reply,
        sla=inquiry_sla(inquiry, now),
    )


def log_inquiry(
    ctx: ServiceContext,
    actor: Actor,
    *,
    customer: CustomerInput | None,
    channel: str,
    question: str,
    urgent: bool,
) -> InquiryInfo:
    """P3: a question with its 30-minute (urgent) or 2-hour reply clock."""
    actor.require(Action.ANSWER_INQUIRY)
    now = ctx.now()
    with ctx.unit() as session:
        cust = find_or_create_customer(ctx, session, customer) if customer else None
        inquiry = Inquiry(
            dealer_id=identity(session).dealer_id,
            customer_id=cust.id if cust else None,
            channel=channel,
            question=require_text(question, "question", 2000),
            urgent=urgent,
            received_at=now,
            created_at=now,
        )
        session.add(inquiry)
        session.flush()
        audit_only(ctx, session, actor, "inquiry", inquiry.id, {"urgent": urgent})
        return _inquiry_info(session, inquiry, now)


def reply_inquiry(ctx: ServiceContext, actor: Actor, inquiry_id: str, reply: str) -> InquiryInfo:
    actor.require(Action.ANSWER_INQUIRY)
    now = ctx.now()
    with ctx.unit() as session:
        inquiry = session.get(Inquiry, inquiry_id)
        if inquiry is None:
            raise NotFound("notfound.inquiry", key=inquiry_id)
        inquiry.reply = require_text(reply, "reply", 2000)
        inquiry.replied_at = now
        inquiry.replied_by = actor.staff_id
        audit_only(ctx, session, actor, "reply_inquiry", inquiry.id)
        return _inquiry_info(session, inquiry, now)


def open_inquiries(ctx: ServiceContext) -> list[InquiryInfo]:
    now = ctx.now()
    with ctx.reading() as session:
        rows = session.execute(
            select(Inquiry)
            .where(Inquiry.replied_at.is_(None))
            .order_by(Inquiry.received_at, write_order(Inquiry))
        ).scalars()
        return [_inquiry_info(session, i, now) for i in rows]
