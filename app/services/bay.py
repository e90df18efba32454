"""The bay: dispatch and assignment (W1), the job clock, key steps (W3), parts fitted (W2),
progress updates (W4) and delay notices (W5). Parts fitted (W2) and extra work mid-job are in
app.services.fitting, the job clock per labor line in app.services.job."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update

from app.domain.errors import PermissionDenied, ValidationError
from app.domain.lifecycle import CaseAction, check_key_step_media
from app.domain.roles import Action, Role
from app.domain.validation import require_text
from app.services import job, messaging
from app.services._support import add_event, case_ref, load_case, load_staff, roles_of, transition
from app.services.context import Actor, ServiceContext
from app.services.dto import CaseRef
from app.store.models import Assignment, KeyStep, ServiceCase


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


def start_work(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseRef:
    """P4: the guard refuses to start unless the current confirmation sheet is signed.
    The case-level buttons clock the labor lines (app.services.job.case_level_clock)."""
    actor.require(Action.WORK)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        _own_job(actor, case)
        transition(ctx, session, actor, case, CaseAction.START_WORK)
        job.case_level_clock(ctx, session, actor, case, "start", "")
        return case_ref(case)


def pause_work(ctx: ServiceContext, actor: Actor, case_id: str, reason: str) -> CaseRef:
    actor.require(Action.WORK)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        _own_job(actor, case)
        transition(ctx, session, actor, case, CaseAction.PAUSE, {"reason": reason})
        job.case_level_clock(ctx, session, actor, case, "pause", reason)
        return case_ref(case)


def resume_work(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseRef:
    actor.require(Action.WORK)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        _own_job(actor, case)
        transition(ctx, session, actor, case, CaseAction.RESUME)
        job.case_level_clock(ctx, session, actor, case, "resume", "")
        return case_ref(case)


def finish_work(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseRef:
    """Work done: the job goes to QC (D1)."""
    actor.require(Action.WORK)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        _own_job(actor, case)
        transition(ctx, session, actor, case, CaseAction.FINISH_WORK)
        job.case_level_clock(ctx, session, actor, case, "finish", "")
        return case_ref(case)


def record_key_step(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    title: str,
    consent: bool,
    note: str = "",
    with_media: bool = True,
) -> str:
    """W3: a key operation, with photos or video only after the customer's consent.
    Returns the key step's id; photos and clips are linked to it as media."""
    actor.require(Action.RECORD_KEY_STEP)
    check_key_step_media(consent, with_media)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        if case.state not in ("in_work", "paused", "qc"):
            raise ValidationError("lifecycle.not_allowed", action="key_step", state=case.state)
        step = KeyStep(
            dealer_id=case.dealer_id,
            case_id=case.id,
            title=require_text(title, "title", 200),
            consent=consent,
            note=note,
            recorded_by=actor.staff_id,
            created_at=ctx.now(),
        )
        session.add(step)
        session.flush()
        add_event(
            ctx, session, actor, case, "key_step", detail={"title": step.title, "consent": consent}
        )
        return step.id


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
