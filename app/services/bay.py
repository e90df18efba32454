"""The bay: the job clock. Key steps (W3) are in app.services.key_steps. Dispatch and assignment (W1), the promise,
progress updates (W4) and delay notices (W5) are in app.services.dispatch; parts fitted (W2) and
extra work mid-job in app.services.fitting; the job clock per labor line in app.services.job."""

from __future__ import annotations

from app.domain.errors import PermissionDenied
from app.domain.lifecycle import CaseAction
from app.domain.roles import Action, Role
from app.services import job
from app.services._support import case_ref, load_case, transition
from app.services.context import Actor, ServiceContext
from app.services.dto import CaseRef
from app.store.models import ServiceCase


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
