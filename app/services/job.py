"""The technician's job (issue 8 item 2): a job clock per labor line (start, pause with a
reason from the list, resume, finish) kept consistent with the case's lifecycle, and what the
job page shows: the approved lines with their clocks, the brand's operation reference, the
parts to fit and those fitted with their packaging (W2), and extra lines awaiting approval.

The case follows its lines: the first line started starts the case (dispatched → in work),
pausing the last running line pauses it, starting or resuming a line while it is paused
resumes it, and finishing the last open labor line (or "job done") sends it to QC (D1)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, PermissionDenied, TransitionError, ValidationError
from app.domain.fitting import LineClock, check_clock, line_clock_state
from app.domain.lifecycle import CaseAction, CaseState
from app.domain.roles import Action, Role
from app.services import messages_fitting as _messages  # noqa: F401  (registers codes)
from app.services._support import add_event, case_ref, load_case, transition, write_order
from app.services.context import Actor, ServiceContext
from app.services.dto import CaseRef
from app.services.work_time import worked_hours
from app.store.models import (
    EstimateLine,
    JobClock,
    LaborOp,
    MediaFile,
    Part,
    PartUse,
    ServiceCase,
    Signature,
)

BAY_STATES = frozenset({CaseState.DISPATCHED, CaseState.IN_WORK, CaseState.PAUSED})
"""States in which the technician clocks lines (QC rework returns the case to in work)."""


@dataclass(frozen=True)
class LaborLineView:
    id: str
    code: str
    description: str
    hours: Decimal
    decision: str
    extra: bool
    """Added mid-job (issue 8 item 5)."""
    clock: LineClock
    worked_hours: Decimal
    running_since: datetime | None
    manual_ref: str
    """W2: the brand's operation reference (labor catalogue), "" when it has none."""
    key_operation: bool


@dataclass(frozen=True)
class PartLineView:
    id: str
    code: str
    description: str
    grade: str
    qty: Decimal
    fitted_qty: Decimal
    decision: str
    extra: bool


@dataclass(frozen=True)
class FittedPartView:
    id: str
    line_id: str
    part_no: str
    description: str
    qty: Decimal
    batch: str
    packaging_state: str
    entry: str
    fitted_at: datetime
    photo_sha256: str
    """The packaging photo (the newest), "" when none was taken yet."""


@dataclass(frozen=True)
class JobView:
    id: str
    order_no: str
    state: str
    asset_label: str
    plate: str
    customer_name: str
    fault: str
    technician_id: str | None
    signed_version: int | None
    labor: tuple[LaborLineView, ...]
    parts: tuple[PartLineView, ...]
    fitted: tuple[FittedPartView, ...]
    pending_extra: int
    """Extra lines waiting for the customer's approval."""


CLOCK_KINDS = ("start", "pause", "resume", "finish")
"""What a technician does to a labor line's clock (issue 8 item 2)."""


def own_job(actor: Actor, case: ServiceCase) -> None:
    """A technician works only their own job; the team lead may act for a technician."""
    if case.technician_id != actor.staff_id and not actor.has(Role.TEAM_LEAD):
        raise PermissionDenied("case.not_assigned_to_you")


def first_signed_version(session: Session, case: ServiceCase) -> int:
    """The version of the first signed confirmation sheet (P4); lines added later are extra
    work (issue 8 item 5)."""
    first = session.scalar(
        select(func.min(Signature.subject_version)).where(
            Signature.case_id == case.id, Signature.kind == "confirmation_sheet"
        )
    )
    return int(first) if first is not None else max(case.signed_version or 1, 1)


def _last_kinds(session: Session, case_id: str) -> dict[str | None, tuple[str, datetime]]:
    rows = session.execute(
        select(JobClock.line_id, JobClock.kind, JobClock.at)
        .where(JobClock.case_id == case_id)
        # Same instant (a case-level resume and the job done at once): the order written.
        .order_by(JobClock.at, JobClock.created_at, literal_column("job_clock.rowid"))
    ).all()
    last: dict[str | None, tuple[str, datetime]] = {}
    started: dict[str | None, datetime] = {}
    for line_id, kind, at in rows:
        if kind in ("start", "resume"):
            started[line_id] = at
        last[line_id] = (kind, started.get(line_id, at))
    return last


def line_states(session: Session, case_id: str) -> dict[str, LineClock]:
    return {
        line_id: line_clock_state(kind)
        for line_id, (kind, _at) in _last_kinds(session, case_id).items()
        if line_id is not None
    }


def _labor_lines(session: Session, case_id: str) -> list[EstimateLine]:
    return list(
        session.execute(
            select(EstimateLine)
            .where(
                EstimateLine.case_id == case_id,
                EstimateLine.kind == "labor",
                EstimateLine.decision == "approved",
                EstimateLine.deleted_at.is_(None),
            )
            .order_by(EstimateLine.sort)
        ).scalars()
    )


def clock_row(
    ctx: ServiceContext,
    actor: Actor,
    case: ServiceCase,
    kind: str,
    line_id: str | None,
    reason: str = "",
) -> JobClock:
    return JobClock(
        dealer_id=case.dealer_id,
        case_id=case.id,
        line_id=line_id,
        technician_id=case.technician_id or actor.staff_id,
        kind=kind,
        at=ctx.now(),
        reason=reason,
        created_at=ctx.now(),
    )


def _require_bay(case: ServiceCase) -> None:
    if CaseState(case.state) not in BAY_STATES:
        raise TransitionError("fitting.job_not_active", state=case.state)


def line_clock(
    ctx: ServiceContext, actor: Actor, line_id: str, kind: str, reason: str = ""
) -> CaseRef:
    """One move of a labor line's clock: start | pause (reason from the list) | resume |
    finish; the case's lifecycle follows (see the module doc)."""
    actor.require(Action.WORK)
    if kind not in CLOCK_KINDS:
        raise ValidationError("validate.required", field="kind")
    with ctx.unit() as session:
        line = session.get(EstimateLine, line_id)
        if line is None or line.deleted_at is not None:
            raise NotFound("notfound.line", key=line_id)
        case = load_case(session, line.case_id)
        own_job(actor, case)
        _require_bay(case)
        if line.kind != "labor":
            raise ValidationError("fitting.not_labor")
        if line.decision != "approved":
            raise TransitionError("lifecycle.w2_not_confirmed", decision=line.decision)
        states = line_states(session, case.id)
        check_clock(states.get(line.id, LineClock.NOT_STARTED), kind, reason)
        state = CaseState(case.state)
        if kind in ("start", "resume"):
            if state is CaseState.DISPATCHED:
                transition(ctx, session, actor, case, CaseAction.START_WORK)
            elif state is CaseState.PAUSED:
                transition(ctx, session, actor, case, CaseAction.RESUME)
        session.add(clock_row(ctx, actor, case, kind, line.id, reason))
        session.flush()
        states[line.id] = line_clock_state(kind)
        if kind == "pause":
            running = [lid for lid, s in states.items() if s is LineClock.RUNNING]
            if not running and CaseState(case.state) is CaseState.IN_WORK:
                transition(ctx, session, actor, case, CaseAction.PAUSE, {"reason": reason})
        elif kind == "finish":
            open_lines = [
                ln.id
                for ln in _labor_lines(session, case.id)
                if states.get(ln.id, LineClock.NOT_STARTED) is not LineClock.FINISHED
            ]
            if not open_lines:
                _to_qc(ctx, session, actor, case)
        add_event(
            ctx, session, actor, case, f"line_{kind}",
            detail={"line": line.description, "reason": reason},
        )  # fmt: skip
        return case_ref(case)


def _to_qc(ctx: ServiceContext, session: Session, actor: Actor, case: ServiceCase) -> None:
    if CaseState(case.state) is CaseState.PAUSED:
        transition(ctx, session, actor, case, CaseAction.RESUME)
    transition(ctx, session, actor, case, CaseAction.FINISH_WORK)


def case_level_clock(
    ctx: ServiceContext, session: Session, actor: Actor, case: ServiceCase, kind: str, reason: str
) -> None:
    """The home's case-level buttons clock the lines too, so every clock row names its line
    (None only for a job without labor lines, or rows written before 0007):
    start → the first open labor line starts; resume → the paused lines resume (else the
    first open one starts); pause → the running lines pause; finish → every open line ends."""
    last = _last_kinds(session, case.id)
    whole = line_clock_state(last[None][0]) if None in last else LineClock.NOT_STARTED
    states = line_states(session, case.id)
    labor = _labor_lines(session, case.id)
    rows: list[tuple[str | None, str]] = []
    if kind in ("start", "resume"):
        paused = [ln.id for ln in labor if states.get(ln.id) is LineClock.PAUSED]
        if kind == "resume" and whole is LineClock.PAUSED:
            rows.append((None, "resume"))
        if kind == "resume" and paused:
            rows.extend((line_id, "resume") for line_id in paused)
        elif not rows:
            running = [ln for ln in labor if states.get(ln.id) is LineClock.RUNNING]
            waiting = [
                ln
                for ln in labor
                if states.get(ln.id, LineClock.NOT_STARTED) is LineClock.NOT_STARTED
            ]
            if not running and waiting:
                rows.append((waiting[0].id, "start"))
            elif not running and not labor:
                rows.append((None, "start"))
    else:
        stops = {LineClock.RUNNING} | ({LineClock.PAUSED} if kind == "finish" else set())
        if whole in stops:
            rows.append((None, kind))
        rows.extend((ln.id, kind) for ln in labor if states.get(ln.id) in stops)
    for line_id, row_kind in rows:
        session.add(clock_row(ctx, actor, case, row_kind, line_id, reason))


def job_done(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseRef:
    """ "Job done": every open line clock finishes and the case goes to QC (D1)."""
    actor.require(Action.WORK)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        own_job(actor, case)
        if CaseState(case.state) not in (CaseState.IN_WORK, CaseState.PAUSED):
            raise TransitionError("fitting.job_not_active", state=case.state)
        case_level_clock(ctx, session, actor, case, "finish", "")
        _to_qc(ctx, session, actor, case)
        return case_ref(case)


def job_view(ctx: ServiceContext, case_id: str) -> JobView:
    now = ctx.now()
    with ctx.reading() as session:
        case = load_case(session, case_id)
        lines = list(
            session.execute(
                select(EstimateLine)
                .where(EstimateLine.case_id == case.id, EstimateLine.deleted_at.is_(None))
                .order_by(EstimateLine.sort)
            ).scalars()
        )
        last = _last_kinds(session, case.id)
        hours = worked_hours(session, case.id, now)
        codes = [ln.code for ln in lines if ln.kind == "labor" and ln.code]
        ops = {
            op.code: op
            for op in session.execute(select(LaborOp).where(LaborOp.code.in_(codes))).scalars()
        }
        uses = list(
            session.execute(
                select(PartUse)
                .where(PartUse.case_id == case.id, PartUse.deleted_at.is_(None))
                .order_by(PartUse.fitted_at, write_order(PartUse))
            ).scalars()
        )
        photos: dict[str, str] = {}
        for subject, sha in session.execute(
            select(MediaFile.subject_id, MediaFile.sha256)
            .where(
                MediaFile.case_id == case.id,
                MediaFile.purpose == "packaging",
                MediaFile.deleted_at.is_(None),
            )
            .order_by(MediaFile.captured_at, write_order(MediaFile))
        ).all():
            if subject:
                photos[subject] = sha
        names = {
            p.part_no: p.name
            for p in session.execute(
                select(Part).where(Part.part_no.in_([u.part_no for u in uses]))
            ).scalars()
        }
        by_line = {ln.id: ln for ln in lines}
        fitted_qty: dict[str, Decimal] = {}
        for use in uses:
            fitted_qty[use.line_id] = fitted_qty.get(use.line_id, Decimal(0)) + Decimal(use.qty)
        labor: list[LaborLineView] = []
        parts: list[PartLineView] = []
        pending = 0
        first = first_signed_version(session, case)
        for ln in lines:
            extra = ln.added_in_version > first
            if extra and ln.decision == "pending":
                pending += 1
            if ln.decision == "declined":
                continue
            if ln.kind == "labor":
                kind, since = last.get(ln.id, ("", None))
                clock = line_clock_state(kind or None)
                op = ops.get(ln.code)
                labor.append(
                    LaborLineView(
                        id=ln.id,
                        code=ln.code,
                        description=ln.description,
                        hours=Decimal(ln.hours),
                        decision=ln.decision,
                        extra=extra,
                        clock=clock,
                        worked_hours=hours.get(ln.id, Decimal("0.00")),
                        running_since=since if clock is LineClock.RUNNING else None,
                        manual_ref=op.manual_ref if op is not None else "",
                        key_operation=op.key_operation if op is not None else False,
                    )
                )
            else:
                parts.append(
                    PartLineView(
                        id=ln.id,
                        code=ln.code,
                        description=ln.description,
                        grade=ln.part_grade,
                        qty=Decimal(ln.qty),
                        fitted_qty=fitted_qty.get(ln.id, Decimal(0)),
                        decision=ln.decision,
                        extra=extra,
                    )
                )
        fitted = tuple(
            FittedPartView(
                id=u.id,
                line_id=u.line_id,
                part_no=u.part_no,
                description=(
                    by_line[u.line_id].description
                    if u.line_id in by_line
                    else names.get(u.part_no, "")
                ),
                qty=Decimal(u.qty),
                batch=u.batch,
                packaging_state=u.packaging_state,
                entry=u.entry,
                fitted_at=u.fitted_at,
                photo_sha256=photos.get(u.id, ""),
            )
            for u in uses
        )
        return JobView(
            id=case.id,
            order_no=case.order_no,
            state=case.state,
            asset_label=case.asset_label,
            plate=case.plate,
            customer_name=case.customer_name,
            fault=case.fault_description,
            technician_id=case.technician_id,
            signed_version=case.signed_version,
            labor=tuple(labor),
            parts=tuple(parts),
            fitted=fitted,
            pending_extra=pending,
        )
