"""The bay: the job clock, key steps (W3), parts fitted (W2). Dispatch and assignment (W1),
the promise, progress updates (W4) and delay notices (W5) are in app.services.dispatch."""

from __future__ import annotations

from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.lifecycle import (
    CaseAction,
    Decision,
    PartGrade,
    check_key_step_media,
    check_part_fit,
)
from app.domain.roles import Action, Role
from app.domain.validation import require_text
from app.services._support import add_event, case_ref, load_case, transition
from app.services.context import Actor, ServiceContext
from app.services.dto import CaseRef
from app.store.models import EstimateLine, JobClock, KeyStep, PartUse, ServiceCase

PACKAGING_STATES = ("kept", "shown_to_customer", "handed_to_customer", "disposed")
OLD_PART_FATES = ("to_customer", "returned_to_oem", "scrapped", "core_exchange")


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
