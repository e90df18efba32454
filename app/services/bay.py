"""The bay: the job clock and key steps (W3). Dispatch and assignment (W1), the promise,
progress updates (W4) and delay notices (W5) are in app.services.dispatch; parts fitted (W2) and
extra work mid-job in app.services.fitting; the job clock per labor line in app.services.job."""

from __future__ import annotations

from app.domain.errors import PermissionDenied, ValidationError
from app.domain.lifecycle import CaseAction, check_key_step_media
from app.domain.roles import Action, Role
from app.domain.validation import require_text
from app.services import job
from app.services._support import add_event, case_ref, load_case, transition
from app.services.context import Actor, ServiceContext
from app.services.dto import CaseRef
from app.store.models import KeyStep, ServiceCase


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
