"""Shared pieces of the services: identity, loading, facts for guards, events, DTO mapping."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, or_, select
from sqlalchemy.orm import Session

from app.domain import catalogue as _domain_messages  # noqa: F401  (registers messages)
from app.domain.errors import NotFound, ValidationError
from app.domain.lifecycle import CaseAction, CaseFacts, CaseState, case_next
from app.domain.money import from_fen, labor_amount, parts_amount
from app.domain.roles import Role
from app.domain.validation import mask_phone
from app.services import audit
from app.services import messages as _service_messages  # noqa: F401
from app.services.context import Actor, ServiceContext
from app.services.dto import AssetInfo, CaseRef, CustomerInfo, EstimateLineInfo, StaffInfo
from app.store.engine import get_state
from app.store.models import (
    Asset,
    CaseEvent,
    Customer,
    EstimateLine,
    Feedback,
    QcInspection,
    ServiceCase,
    Settlement,
    Signature,
    Staff,
)


def write_order(model: Any, *, desc: bool = False) -> ColumnElement[Any]:
    """The tiebreak of a query ordered by a time: rows of one instant (two events of one
    action, a pulled batch) in the order this workstation wrote them (SQLite's rowid), not in
    whatever order SQLite's plan reads them; with desc=True the last written first ("the
    latest")."""
    column: ColumnElement[Any] = literal_column(f"{model.__tablename__}.rowid")
    return column.desc() if desc else column


@dataclass(frozen=True)
class Identity:
    dealer_id: str
    dealer_code: str
    workstation_id: str
    workstation_code: str


_IDENTITY: dict[str, Identity] = {}


def identity(session: Session) -> Identity:
    """Who this workstation is. Set once at set-up and never changed, so it is cached."""
    key = str(session.get_bind().engine.url)
    cached = _IDENTITY.get(key)
    if cached is not None:
        return cached
    values = {
        key: get_state(session, key)
        for key in ("dealer_id", "dealer_code", "workstation_id", "workstation_code")
    }
    if not values["dealer_id"] or not values["workstation_id"]:
        raise ValidationError("setup.not_yet")
    found = Identity(
        dealer_id=values["dealer_id"] or "",
        dealer_code=values["dealer_code"] or "",
        workstation_id=values["workstation_id"] or "",
        workstation_code=values["workstation_code"] or "",
    )
    _IDENTITY[key] = found
    return found


def next_order_no(session: Session, ident: Identity, day: str) -> str:
    """WO-<dealer><workstation>-<yyyymmdd>-<seq>: unique offline because the prefix is ours."""
    seq = session.execute(
        select(func.coalesce(func.max(_counter().c.seq), 0)).where(_counter().c.day == day)
    ).scalar_one()
    seq = int(seq) + 1
    if seq == 1:
        session.execute(_counter().insert().values(day=day, seq=seq))
    else:
        session.execute(_counter().update().where(_counter().c.day == day).values(seq=seq))
    return f"WO-{ident.dealer_code}{ident.workstation_code}-{day}-{seq:04d}"


def _counter() -> Any:
    from app.store.models import OrderCounter

    return OrderCounter.__table__


def load_case(session: Session, key: str) -> ServiceCase:
    case = session.execute(
        select(ServiceCase).where(or_(ServiceCase.id == key, ServiceCase.order_no == key))
    ).scalar_one_or_none()
    if case is None:
        raise NotFound("notfound.case", key=key)
    return case


def case_ref(case: ServiceCase) -> CaseRef:
    return CaseRef(id=case.id, order_no=case.order_no, state=case.state)


def load_staff(session: Session, staff_id: str) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFound("notfound.staff", key=staff_id)
    return staff


def case_facts(session: Session, case: ServiceCase) -> CaseFacts:
    rows = session.execute(
        select(
            EstimateLine.decision,
            EstimateLine.mandatory,
            EstimateLine.safety_relevant,
            EstimateLine.acknowledged,
        ).where(EstimateLine.case_id == case.id, EstimateLine.deleted_at.is_(None))
    ).all()
    undecided = sum(1 for r in rows if r.decision == "pending")
    approved = sum(1 for r in rows if r.decision == "approved")
    unack = sum(
        1
        for r in rows
        if r.decision == "declined" and r.mandatory and r.safety_relevant and not r.acknowledged
    )
    last_qc = session.execute(
        select(QcInspection.result)
        .where(QcInspection.case_id == case.id)
        .order_by(QcInspection.round.desc())
        .limit(1)
    ).scalar_one_or_none()
    settlement_version = session.execute(
        select(func.max(Settlement.version)).where(Settlement.case_id == case.id)
    ).scalar_one_or_none()
    settlement_signed = False
    if settlement_version is not None:
        settlement_signed = (
            session.execute(
                select(func.count())
                .select_from(Signature)
                .where(
                    Signature.case_id == case.id,
                    Signature.kind == "settlement",
                    Signature.subject_version == settlement_version,
                )
            ).scalar_one()
            > 0
        )
    feedback = (
        session.execute(
            select(func.count()).select_from(Feedback).where(Feedback.case_id == case.id)
        ).scalar_one()
        > 0
    )
    return CaseFacts(
        estimate_version=case.estimate_version,
        line_count=len(rows),
        undecided_lines=undecided,
        approved_lines=approved,
        unacknowledged_safety_declines=unack,
        signed_confirmation_version=case.signed_version,
        technician_assigned=case.technician_id is not None,
        qc_passed=last_qc == "pass",
        settlement_signed=settlement_signed,
        pending_observation_noted=bool(case.pending_observation.strip()),
        feedback_recorded=feedback,
    )


def add_event(
    ctx: ServiceContext,
    session: Session,
    actor: Actor | None,
    case: ServiceCase,
    kind: str,
    *,
    from_state: str = "",
    to_state: str = "",
    detail: dict[str, Any] | None = None,
) -> CaseEvent:
    """A timeline entry on the case, chained as its audit entry, in the caller's transaction."""
    now = ctx.now()
    ident = identity(session)
    event = CaseEvent(
        dealer_id=ident.dealer_id,
        case_id=case.id,
        kind=kind,
        at=now,
        staff_id=actor.staff_id if actor else None,
        from_state=from_state,
        to_state=to_state,
        detail=json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str),
        created_at=now,
    )
    # One log of each fact (issue 12): the timeline entry is the audit entry, a link of
    # the workstation's hash chain; `audit.trail` shows both logs as one.
    audit.chain_case_event(session, event, ident.workstation_id)
    session.add(event)
    return event


def audit_only(
    ctx: ServiceContext,
    session: Session,
    actor: Actor | None,
    action: str,
    subject: str,
    detail: dict[str, Any] | None = None,
) -> None:
    ident = identity(session)
    audit.record(
        session,
        dealer_id=ident.dealer_id,
        workstation_id=ident.workstation_id,
        at=ctx.now(),
        staff_id=actor.staff_id if actor else None,
        action=action,
        subject=subject,
        detail=detail,
    )


def transition(
    ctx: ServiceContext,
    session: Session,
    actor: Actor,
    case: ServiceCase,
    action: CaseAction,
    detail: dict[str, Any] | None = None,
) -> CaseState:
    """Apply one lifecycle transition, guarded by the domain, with its timeline event."""
    session.flush()
    facts = case_facts(session, case)
    before = case.state
    target = case_next(CaseState(before), action, facts)
    case.state = target.value
    add_event(
        ctx, session, actor, case, action.value, from_state=before, to_state=target, detail=detail
    )
    return target


def roles_of(staff: Staff) -> tuple[Role, ...]:
    return tuple(Role(r) for r in staff.roles.split(",") if r)


def staff_info(staff: Staff) -> StaffInfo:
    return StaffInfo(
        id=staff.id,
        name=staff.name,
        roles=roles_of(staff),
        phone=staff.phone,
        skills=tuple(json.loads(staff.skills or "[]")),
        skill_level=staff.skill_level,
        active=staff.active,
    )


def customer_info(customer: Customer) -> CustomerInfo:
    return CustomerInfo(
        id=customer.id,
        name=customer.name,
        phone=customer.phone,
        phone_masked=mask_phone(customer.phone),
        needs_guidance=customer.needs_guidance,
        prefers_speed=customer.prefers_speed,
        preferred_channel=customer.preferred_channel,
        language=customer.language,
        notes=customer.notes,
    )


def asset_info(asset: Asset) -> AssetInfo:
    return AssetInfo(
        id=asset.id,
        customer_id=asset.customer_id,
        kind=asset.kind,
        brand=asset.brand,
        model=asset.model,
        plate=asset.plate,
        vin=asset.vin,
        serial=asset.serial,
        mileage_km=asset.mileage_km,
    )


def line_amount(line: EstimateLine) -> Decimal:
    if line.kind == "labor":
        return labor_amount(Decimal(line.hours), from_fen(line.rate_fen))
    return parts_amount(Decimal(line.qty), from_fen(line.unit_price_fen))


def line_info(line: EstimateLine) -> EstimateLineInfo:
    return EstimateLineInfo(
        id=line.id,
        kind=line.kind,
        code=line.code,
        description=line.description,
        part_grade=line.part_grade,
        qty=Decimal(line.qty),
        unit_price=from_fen(line.unit_price_fen),
        hours=Decimal(line.hours),
        rate=from_fen(line.rate_fen),
        amount=line_amount(line),
        mandatory=line.mandatory,
        safety_relevant=line.safety_relevant,
        reason=line.reason,
        decision=line.decision,
        acknowledged=line.acknowledged,
        added_in_version=line.added_in_version,
    )
