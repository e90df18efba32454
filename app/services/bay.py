"""The bay: dispatch and assignment (W1), the job clock, parts fitted (W2), progress updates
(W4) and delay notices (W5). Key steps (W3) are in app.services.key_steps."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update

from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.lifecycle import (
    CaseAction,
    Decision,
    PartGrade,
    check_part_fit,
)
from app.domain.roles import Action, Role
from app.domain.validation import require_text
from app.services import messaging
from app.services._support import add_event, case_ref, load_case, load_staff, roles_of, transition
from app.services.context import Actor, ServiceContext
from app.services.dto import CaseRef
from app.store.models import Assignment, EstimateLine, JobClock, PartUse, ServiceCase

PACKAGING_STATES = ("kept", "shown_to_customer", "handed_to_customer", "disposed")
OLD_PART_FATES = ("to_customer", "returned_to_oem", "scrapped", "core_exchange")


def dispatch(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseRef:
    """W1: the signed order reaches the technical department (5-minute clock)."""
    actor.require(Action.DISPATCH)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        transition(ctx, session, actor, case, CaseAction.DISPATCH)
        return case_ref(case)


def assign(
    ctx: ServiceContext, actor: Actor, case_id: str, technician_id: str, difficulty: int = 1
) -> CaseRef:
    """W1: the team lead picks a technician by difficulty and schedule."""
    actor.require(Action.ASSIGN)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        if case.state not in ("confirmed", "dispatched", "in_work", "paused"):
            raise ValidationError("lifecycle.not_allowed", action="assign", state=case.state)
        tech = load_staff(session, technician_id)
        if Role.TECHNICIAN not in roles_of(tech):
            raise ValidationError("case.not_technician", name=tech.name)
        session.execute(
            update(Assignment)
            .where(Assignment.case_id == case.id, Assignment.active.is_(True))
            .values(active=False)
        )
        session.add(
            Assignment(
                dealer_id=case.dealer_id,
                case_id=case.id,
                technician_id=tech.id,
                assigned_by=actor.staff_id,
                difficulty=max(1, min(5, difficulty)),
                created_at=ctx.now(),
            )
        )
        case.technician_id = tech.id
        add_event(
            ctx,
            session,
            actor,
            case,
            "assign",
            detail={"technician": tech.name, "difficulty": difficulty},
        )
        return case_ref(case)


def _own_job(actor: Actor, case: ServiceCase) -> None:
    if case.technician_id != actor.staff_id and not actor.has(Role.TEAM_LEAD):
        raise PermissionDenied("case.not_assigned_to_you")


def _clock(
    ctx: ServiceContext, actor: Actor, case: ServiceCase, kind: str, reason: str = ""
) -> JobClock:
    return JobClock(
        dealer_id=case.dealer_id,
        case_id=case.id,
        technician_id=case.technician_id or actor.staff_id,
        kind=kind,
        at=ctx.now(),
        reason=reason,
        created_at=ctx.now(),
    )


def start_work(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseRef:
    """P4: the guard refuses to start unless the current confirmation sheet is signed."""
    actor.require(Action.WORK)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        _own_job(actor, case)
        transition(ctx, session, actor, case, CaseAction.START_WORK)
        session.add(_clock(ctx, actor, case, "start"))
        return case_ref(case)


def pause_work(ctx: ServiceContext, actor: Actor, case_id: str, reason: str) -> CaseRef:
    actor.require(Action.WORK)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        _own_job(actor, case)
        transition(ctx, session, actor, case, CaseAction.PAUSE, {"reason": reason})
        session.add(_clock(ctx, actor, case, "pause", reason))
        return case_ref(case)


def resume_work(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseRef:
    actor.require(Action.WORK)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        _own_job(actor, case)
        transition(ctx, session, actor, case, CaseAction.RESUME)
        session.add(_clock(ctx, actor, case, "resume"))
        return case_ref(case)


def finish_work(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseRef:
    """Work done: the job goes to QC (D1)."""
    actor.require(Action.WORK)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        _own_job(actor, case)
        transition(ctx, session, actor, case, CaseAction.FINISH_WORK)
        session.add(_clock(ctx, actor, case, "finish"))
        return case_ref(case)


def fit_part(
    ctx: ServiceContext,
    actor: Actor,
    line_id: str,
    *,
    part_no: str,
    batch: str = "",
    serial: str = "",
    packaging_state: str = "kept",
    old_part_disposition: str = "to_customer",
    old_part_reason: str = "",
) -> str:
    """W2: only the part the customer confirmed, OEM or certified, packaging kept until
    acceptance; D3: what happens to the old part and why it was replaced."""
    actor.require(Action.FIT_PART)
    if packaging_state not in PACKAGING_STATES:
        raise ValidationError("validate.required", field="packaging")
    if old_part_disposition not in OLD_PART_FATES:
        raise ValidationError("validate.required", field="old part")
    with ctx.unit() as session:
        line = session.get(EstimateLine, line_id)
        if line is None or line.deleted_at is not None:
            raise NotFound("notfound.line", key=line_id)
        case = load_case(session, line.case_id)
        if line.kind == "part" and line.code and part_no.strip().upper() != line.code.upper():
            # W2: no substitutes for what the customer confirmed.
            raise ValidationError("notfound.part", key=part_no)
        check_part_fit(
            Decision(line.decision),
            PartGrade(line.part_grade or "oem"),
            line_is_part=line.kind == "part",
        )
        if case.state not in ("in_work", "paused"):
            raise ValidationError("lifecycle.not_allowed", action="fit_part", state=case.state)
        use = PartUse(
            dealer_id=case.dealer_id,
            case_id=case.id,
            line_id=line.id,
            part_no=line.code or part_no.strip(),
            grade=line.part_grade,
            batch=batch,
            serial=serial,
            qty=line.qty,
            packaging_state=packaging_state,
            old_part_disposition=old_part_disposition,
            old_part_reason=old_part_reason,
            fitted_by=actor.staff_id,
            fitted_at=ctx.now(),
            created_at=ctx.now(),
        )
        session.add(use)
        session.flush()
        add_event(
            ctx,
            session,
            actor,
            case,
            "part_fitted",
            detail={"part_no": use.part_no, "batch": batch},
        )
        return use.id


def set_packaging_state(ctx: ServiceContext, actor: Actor, part_use_id: str, state: str) -> None:
    actor.require(Action.FIT_PART if not actor.has(Role.ADVISOR) else Action.DELIVER)
    if state not in PACKAGING_STATES:
        raise ValidationError("validate.required", field="packaging")
    with ctx.unit() as session:
        use = session.get(PartUse, part_use_id)
        if use is None:
            raise NotFound("notfound.part", key=part_use_id)
        use.packaging_state = state


def progress_update(ctx: ServiceContext, actor: Actor, case_id: str, detail: str) -> CaseRef:
    """W4: on jobs over 2 hours the advisor tells the customer how it goes every hour."""
    actor.require(Action.PROGRESS_UPDATE)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        messaging.queue_case_message(
            ctx, session, actor, case, "progress", detail=require_text(detail, "detail", 500)
        )
        add_event(ctx, session, actor, case, "progress_update", detail={"text": detail})
        return case_ref(case)


def set_promise(ctx: ServiceContext, actor: Actor, case_id: str, promised_at: datetime) -> CaseRef:
    actor.require(Action.PROGRESS_UPDATE)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        case.promised_at = promised_at
        add_event(
            ctx, session, actor, case, "promise", detail={"promised_at": promised_at.isoformat()}
        )
        return case_ref(case)


def announce_delay(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    reason: str,
    new_eta: datetime,
    compensation: str,
) -> CaseRef:
    """W5: the customer hears of a delay at least 30 minutes before the promised time, with the
    reason, the new time and the compensation offered."""
    actor.require(Action.ANNOUNCE_DELAY)
    now = ctx.now()
    if new_eta <= now:
        raise ValidationError("case.promise_past")
    from app.store.models import DelayNotice

    with ctx.unit() as session:
        case = load_case(session, case_id)
        session.add(
            DelayNotice(
                dealer_id=case.dealer_id,
                case_id=case.id,
                reason=require_text(reason, "reason", 500),
                previous_promise=case.promised_at,
                new_eta=new_eta,
                compensation=compensation,
                notified_at=now,
                notified_by=actor.staff_id,
                created_at=now,
            )
        )
        messaging.queue_case_message(
            ctx,
            session,
            actor,
            case,
            "delay",
            detail=reason,
            eta=new_eta,
            compensation=compensation,
        )
        add_event(
            ctx, session, actor, case, "delay",
            detail={"reason": reason, "new_eta": new_eta.isoformat(), "compensation": compensation},
        )  # fmt: skip
        case.promised_at = new_eta
        return case_ref(case)


def active_assignment(ctx: ServiceContext, case_id: str) -> str | None:
    with ctx.reading() as session:
        return session.execute(
            select(Assignment.technician_id).where(
                Assignment.case_id == case_id, Assignment.active.is_(True)
            )
        ).scalar_one_or_none()
