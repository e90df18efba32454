"""The workshop floor's dispatch and promises (issue 8 items 1, 6, 7).

- W1: dispatch (the signed order reaches the workshop; the promise is set then at the latest)
  and assignment by difficulty and schedule: a technician off shift or already on an urgent
  job is assigned only with a reason, which is recorded;
- W4: progress updates through the customer message queue, due every hour of work from the
  actual start (`app.domain.sla.evaluate_w4`);
- W5: the promised completion time, and delay notices at least 30 minutes ahead with a reason
  from the list plus text, a later time, and a compensation from the dealer's list; a late
  notice is sent only when the person says so and stays a W5 miss;
- the dispatch board and the case progress page read `dispatch_board` and `case_progress`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, ValidationError
from app.domain.lifecycle import CaseAction
from app.domain.roles import Action, Role
from app.domain.sla import SlaStatus
from app.services import messages_e2e as _messages_e2e  # noqa: F401  (registers codes)
from app.services import messages_finish as _messages_finish  # noqa: F401  (registers codes)
from app.services import messages_floor as _messages  # noqa: F401  (registers codes)
from app.services import messaging
from app.services._support import (
    add_event,
    case_ref,
    identity,
    load_case,
    load_staff,
    roles_of,
    staff_info,
    transition,
    write_order,
)
from app.services.context import Actor, ServiceContext
from app.services.dto import CaseRef, CaseRow, SlaInfo, StaffInfo
from app.services.sla import slas_for
from app.store.models import (
    Assignment,
    CaseEvent,
    CompensationOption,
    CustomerMessage,
    DelayNotice,
    EstimateLine,
    ServiceCase,
    Staff,
    WorkShift,
    new_id,
)

ACTIVE_STATES = ("dispatched", "in_work", "paused")
"""A technician's current jobs."""
ASSIGNABLE_STATES = ("confirmed", "dispatched", "in_work", "paused")
WORKING_STATES = ("in_work", "paused")

DELAY_REASONS = ("parts_out_of_stock", "hidden_fault", "waiting_approval", "equipment", "other")
"""W5: why the job is late (the list; the text says the rest)."""
DELAY_ANSWERS = ("accepted", "declined")

DEFAULT_COMPENSATIONS: tuple[tuple[str, str], ...] = (
    ("car_wash", "免费洗车一次"),
    ("extended_warranty_1m", "延保1个月"),
    ("labor_discount", "工时费九折"),
    ("courtesy_car", "代步车"),
)
"""W5: the dealer's compensation list until the dealer keeps one of its own."""

NOTICE_LEAD = timedelta(minutes=30)


# -- results --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BoardCase:
    case: CaseRow
    confirmed_at: datetime | None
    sla: tuple[SlaInfo, ...]
    """W1 clocks of the case (W1 dispatch in 5 min, W1-urgent start in 30 min)."""
    difficulty: int
    estimate_hours: Decimal


@dataclass(frozen=True)
class Lane:
    """One technician's lane: today's shift and load, and the jobs on it."""

    staff: StaffInfo
    on_shift: bool
    shift_start: datetime | None
    shift_end: datetime | None
    bay: str
    hours_booked: Decimal
    urgent_job: str
    """Order number of an urgent job the technician is on ("" when none)."""
    jobs: tuple[BoardCase, ...]


@dataclass(frozen=True)
class BayLane:
    bay: str
    technicians: tuple[str, ...]
    jobs: tuple[BoardCase, ...]
    hours_booked: Decimal


@dataclass(frozen=True)
class Board:
    waiting: tuple[BoardCase, ...]
    """Confirmed or dispatched, nobody assigned: urgent (safety) cases first."""
    lanes: tuple[Lane, ...]
    bays: tuple[BayLane, ...]


@dataclass(frozen=True)
class CompensationInfo:
    code: str
    label: str
    active: bool = True
    """False: retired (kept for the notices that offered it, no longer offered)."""


@dataclass(frozen=True)
class ProgressUpdateInfo:
    at: datetime
    body: str
    status: str
    by: str


@dataclass(frozen=True)
class DelayInfo:
    id: str
    notified_at: datetime
    by: str
    reason_code: str
    reason: str
    previous_promise: datetime | None
    new_eta: datetime
    compensation: str
    late: bool
    customer_answer: str
    answer_note: str


@dataclass(frozen=True)
class CaseProgress:
    case: CaseRow
    promised_at: datetime | None
    first_start: datetime | None
    worked_hours: Decimal
    estimate_hours: Decimal
    sla: tuple[SlaInfo, ...]
    """W4 and W5 of the case (a W5 miss stays after the promise moved)."""
    updates: tuple[ProgressUpdateInfo, ...]
    delays: tuple[DelayInfo, ...]
    compensations: tuple[CompensationInfo, ...]


# -- shifts ---------------------------------------------------------------------------------


def _weekly_shift(schedule_json: str, now: datetime) -> tuple[datetime, datetime] | None:
    """Staff.schedule: {"mon": ["08:30", "17:30"], …}; no schedule: a normal day shift."""
    schedule = json.loads(schedule_json or "{}")
    day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[now.weekday()]
    shift = schedule.get(day, ["08:30", "18:00"] if not schedule else None)
    if not shift:
        return None
    start_h, start_m = (int(x) for x in shift[0].split(":"))
    end_h, end_m = (int(x) for x in shift[1].split(":"))
    base = now.replace(second=0, microsecond=0)
    return base.replace(hour=start_h, minute=start_m), base.replace(hour=end_h, minute=end_m)


def shifts_today(
    session: Session, staff: list[Staff], now: datetime
) -> dict[str, tuple[datetime, datetime, str] | None]:
    """Per technician: today's shift covering now, else the next or last one of the day
    (start, end, bay); None when off today. Shifts from the roster (work_shift) win; a
    technician without any falls back to the weekly schedule."""
    day_start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    ids = [s.id for s in staff]
    with_rows = set(
        session.execute(
            select(WorkShift.staff_id)
            .where(WorkShift.staff_id.in_(ids), WorkShift.deleted_at.is_(None))
            .distinct()
        ).scalars()
    )
    today: dict[str, list[WorkShift]] = {}
    for shift in session.execute(
        select(WorkShift)
        .where(
            WorkShift.staff_id.in_(ids),
            WorkShift.deleted_at.is_(None),
            WorkShift.ends_at > day_start,
            WorkShift.starts_at < day_start + timedelta(days=1),
        )
        .order_by(WorkShift.starts_at, write_order(WorkShift))
    ).scalars():
        today.setdefault(shift.staff_id, []).append(shift)
    result: dict[str, tuple[datetime, datetime, str] | None] = {}
    for person in staff:
        if person.id in with_rows:
            rows = today.get(person.id, [])
            current = next((r for r in rows if r.starts_at <= now < r.ends_at), None)
            upcoming = next((r for r in rows if r.starts_at > now), None)
            chosen = current or upcoming or (rows[-1] if rows else None)
            result[person.id] = (
                (chosen.starts_at, chosen.ends_at, chosen.bay) if chosen is not None else None
            )
        else:
            weekly = _weekly_shift(person.schedule, now)
            result[person.id] = (weekly[0], weekly[1], "") if weekly else None
    return result


def _on_shift(shift: tuple[datetime, datetime, str] | None, now: datetime) -> bool:
    return shift is not None and shift[0] <= now < shift[1]


def add_shift(
    ctx: ServiceContext,
    actor: Actor,
    staff_id: str,
    starts_at: datetime,
    ends_at: datetime,
    bay: str = "",
) -> str:
    """The team lead puts a technician on a shift in a bay."""
    actor.require(Action.ASSIGN)
    if ends_at <= starts_at:
        raise ValidationError("desk.duty_order")
    with ctx.unit() as session:
        person = load_staff(session, staff_id)
        shift = WorkShift(
            dealer_id=identity(session).dealer_id,
            staff_id=person.id,
            starts_at=starts_at,
            ends_at=ends_at,
            bay=bay.strip()[:40],
            created_at=ctx.now(),
        )
        session.add(shift)
        session.flush()
        return shift.id


# -- W1: dispatch and assignment ------------------------------------------------------------


def _estimate_hours(session: Session, case_ids: list[str]) -> dict[str, Decimal]:
    hours: dict[str, Decimal] = {}
    for case_id, value in session.execute(
        select(EstimateLine.case_id, EstimateLine.hours).where(
            EstimateLine.case_id.in_(case_ids),
            EstimateLine.kind == "labor",
            EstimateLine.decision == "approved",
            EstimateLine.deleted_at.is_(None),
        )
    ):
        hours[case_id] = hours.get(case_id, Decimal("0")) + Decimal(value or "0")
    return hours


def default_promise(now: datetime, estimate_hours: Decimal) -> datetime:
    """The promise given at dispatch when nobody set one: the estimated labor plus half again
    (at least one hour), rounded up to the next quarter hour."""
    hours = max(Decimal("1"), estimate_hours * Decimal("1.5"))
    at = now + timedelta(minutes=int(hours * 60))
    extra = (15 - at.minute % 15) % 15
    return (at + timedelta(minutes=extra)).replace(second=0, microsecond=0)


def _promise(
    ctx: ServiceContext, session: Session, actor: Actor, case: ServiceCase, at: datetime
) -> None:
    case.promised_at = at
    add_event(ctx, session, actor, case, "promise", detail={"promised_at": at.isoformat()})


def dispatch(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    promised_at: datetime | None = None,
    *,
    suggest_promise: bool = False,
) -> CaseRef:
    """W1: the signed order reaches the technical department (5-minute clock). W5: the board
    gives the promise with it; `suggest_promise` sets `default_promise` (from the estimate)
    when none is given and the case has none."""
    actor.require(Action.DISPATCH)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        transition(ctx, session, actor, case, CaseAction.DISPATCH)
        if promised_at is not None:
            if promised_at <= ctx.now():
                raise ValidationError("promise.past", field="promise")
            if case.promised_at is not None and promised_at > case.promised_at:
                raise ValidationError("promise.later_needs_notice", field="promise")
            _promise(ctx, session, actor, case, promised_at)
        elif suggest_promise and case.promised_at is None:
            hours = _estimate_hours(session, [case.id]).get(case.id, Decimal("0"))
            _promise(ctx, session, actor, case, default_promise(ctx.now(), hours))
        return case_ref(case)


def _urgent_job_of(session: Session, technician_id: str, other_than: str) -> str:
    return (
        session.execute(
            select(ServiceCase.order_no)
            .where(
                ServiceCase.technician_id == technician_id,
                ServiceCase.state.in_(ACTIVE_STATES),
                ServiceCase.urgent.is_(True),
                ServiceCase.id != other_than,
            )
            .limit(1)
        ).scalar_one_or_none()
        or ""
    )


def assign(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    technician_id: str,
    difficulty: int = 1,
    reason: str = "",
) -> CaseRef:
    """W1: the team lead picks a technician by difficulty and schedule. A technician off shift
    or already on an urgent job is assigned only with a reason, recorded on the assignment."""
    actor.require(Action.ASSIGN)
    now = ctx.now()
    with ctx.unit() as session:
        case = load_case(session, case_id)
        if case.state not in ASSIGNABLE_STATES:
            raise ValidationError("dispatch.not_open", order_no=case.order_no)
        tech = load_staff(session, technician_id)
        if Role.TECHNICIAN not in roles_of(tech):
            raise ValidationError("case.not_technician", name=tech.name)
        shift = shifts_today(session, [tech], now)[tech.id]
        override = ""
        urgent_job = _urgent_job_of(session, tech.id, case.id)
        if not _on_shift(shift, now):
            override = "off_shift"
        elif urgent_job:
            override = "busy_urgent"
        text = reason.strip()
        if override and not text:
            if override == "off_shift":
                raise ValidationError("dispatch.reason_off_shift", name=tech.name, field="reason")
            raise ValidationError(
                "dispatch.reason_busy_urgent", name=tech.name, order_no=urgent_job, field="reason"
            )
        session.execute(
            update(Assignment)
            .where(Assignment.case_id == case.id, Assignment.active.is_(True))
            .values(active=False)
        )
        level = max(1, min(5, difficulty))
        session.add(
            Assignment(
                dealer_id=case.dealer_id,
                case_id=case.id,
                technician_id=tech.id,
                assigned_by=actor.staff_id,
                difficulty=level,
                bay=shift[2] if shift else "",
                override_kind=override,
                override_reason=text[:500] if override else "",
                created_at=now,
            )
        )
        case.technician_id = tech.id
        detail: dict[str, object] = {"technician": tech.name, "difficulty": level}
        if override:
            detail.update(override=override, reason=text[:500])
        add_event(ctx, session, actor, case, "assign", detail=detail)
        return case_ref(case)


def active_assignment(ctx: ServiceContext, case_id: str) -> str | None:
    with ctx.reading() as session:
        return session.execute(
            select(Assignment.technician_id).where(
                Assignment.case_id == case_id, Assignment.active.is_(True)
            )
        ).scalar_one_or_none()


# -- W5: the promise and delay notices ------------------------------------------------------


def set_promise(ctx: ServiceContext, actor: Actor, case_id: str, promised_at: datetime) -> CaseRef:
    """W5: the promised completion time. Set once (at dispatch or signature) or moved earlier;
    moving it later is a delay and goes through `announce_delay` (never silently)."""
    actor.require(Action.PROGRESS_UPDATE)
    if promised_at <= ctx.now():
        raise ValidationError("promise.past", field="promise")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        if case.promised_at is not None and promised_at > case.promised_at:
            raise ValidationError("promise.later_needs_notice", field="promise")
        _promise(ctx, session, actor, case, promised_at)
        return case_ref(case)


def _options(session: Session) -> list[CompensationOption] | None:
    rows = list(
        session.execute(
            select(CompensationOption)
            .where(CompensationOption.deleted_at.is_(None))
            .order_by(CompensationOption.created_at, CompensationOption.code)
        ).scalars()
    )
    return rows or None


def compensation_options(session: Session) -> tuple[CompensationInfo, ...]:
    rows = _options(session)
    if rows is None:
        return tuple(CompensationInfo(code, label) for code, label in DEFAULT_COMPENSATIONS)
    return tuple(CompensationInfo(r.code, r.label) for r in rows if r.active)


def compensation_list(ctx: ServiceContext) -> tuple[CompensationInfo, ...]:
    """W5: the dealer's compensation list as the delay notice offers it."""
    with ctx.reading() as session:
        return compensation_options(session)


def compensation_catalogue(ctx: ServiceContext) -> tuple[CompensationInfo, ...]:
    """W5: the dealer's whole compensation list, retired entries included (settings page)."""
    with ctx.reading() as session:
        rows = _options(session)
        if rows is None:
            return tuple(CompensationInfo(code, label) for code, label in DEFAULT_COMPENSATIONS)
        return tuple(CompensationInfo(r.code, r.label, bool(r.active)) for r in rows)


def _own_list(ctx: ServiceContext, session: Session) -> list[CompensationOption]:
    """The dealer's rows, the defaults made rows first (the dealer keeps its own list)."""
    rows = _options(session)
    if rows is not None:
        return rows
    dealer = identity(session).dealer_id
    made = [
        CompensationOption(dealer_id=dealer, code=code, label=default, created_at=ctx.now())
        for code, default in DEFAULT_COMPENSATIONS
    ]
    session.add_all(made)
    session.flush()
    return made


def retire_compensation(ctx: ServiceContext, actor: Actor, code: str) -> None:
    """W5: a compensation the dealer no longer offers. Retired, never deleted: the notices
    that offered it keep showing it (they record its name), new notices cannot offer it."""
    actor.require(Action.MANAGE_SETTINGS)
    with ctx.unit() as session:
        rows = _own_list(ctx, session)
        row = next((r for r in rows if r.code == code), None)
        if row is None:
            raise NotFound("notfound.compensation", key=code)
        if not row.active:
            raise ValidationError("compensation.retired", label=row.label, field="compensation")
        if sum(1 for r in rows if r.active) <= 1:
            raise ValidationError("compensation.last", field="compensation")
        row.active = False


def add_compensation(ctx: ServiceContext, actor: Actor, label: str) -> str:
    """W5: the dealer keeps its own compensation list (the defaults become rows first)."""
    actor.require(Action.MANAGE_SETTINGS)
    text = label.strip()
    if not text:
        raise ValidationError("compensation.empty", field="compensation")
    with ctx.unit() as session:
        dealer = identity(session).dealer_id
        _own_list(ctx, session)
        code = f"custom_{new_id()[:8]}"
        session.add(
            CompensationOption(dealer_id=dealer, code=code, label=text[:100], created_at=ctx.now())
        )
        return code


def announce_delay(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    reason_code: str,
    reason: str,
    new_eta: datetime,
    compensation: str,
    late_ok: bool = False,
) -> CaseRef:
    """W5: the customer hears of a delay at least 30 minutes before the promised time, with
    the reason (list + text), a new time later than the old one, and a compensation from the
    dealer's list. Less than 30 minutes ahead it is sent only with `late_ok`, and recorded as
    late: the W5 miss stays in the record and the figures after the promise moves."""
    actor.require(Action.ANNOUNCE_DELAY)
    now = ctx.now()
    if reason_code not in DELAY_REASONS:
        raise ValidationError("delay.reason_code", field="reason")
    text = reason.strip()
    if not text:
        raise ValidationError("delay.reason_empty", field="reason")
    if len(text) > 500:
        raise ValidationError("validate.too_long", field="reason", max=500)
    if not compensation.strip():
        raise ValidationError("delay.compensation_empty", field="compensation")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        if case.promised_at is None:
            raise ValidationError("promise.none", field="eta")
        old = case.promised_at
        if new_eta <= old or new_eta <= now:
            raise ValidationError(
                "delay.not_later",
                new=new_eta.strftime("%m-%d %H:%M"),
                old=old.strftime("%m-%d %H:%M"),
                field="eta",
            )
        option = next((o for o in compensation_options(session) if o.code == compensation), None)
        if option is None:
            raise ValidationError(
                "delay.compensation_unknown", value=compensation, field="compensation"
            )
        late = now > old - NOTICE_LEAD
        if late and not late_ok:
            raise ValidationError("delay.too_late", promised=old.strftime("%H:%M"), field="late")
        session.add(
            DelayNotice(
                dealer_id=case.dealer_id,
                case_id=case.id,
                reason=text,
                reason_code=reason_code,
                previous_promise=old,
                new_eta=new_eta,
                compensation=option.label,
                notified_at=now,
                notified_by=actor.staff_id,
                late=late,
                created_at=now,
            )
        )
        messaging.queue_case_message(
            ctx, session, actor, case, "delay", detail=text, eta=new_eta,
            compensation=option.label,
        )  # fmt: skip
        add_event(
            ctx, session, actor, case, "delay",
            detail={"reason": text, "reason_code": reason_code, "new_eta": new_eta.isoformat(),
                    "compensation": option.label, "late": late},
        )  # fmt: skip
        case.promised_at = new_eta
        return case_ref(case)


def record_delay_answer(
    ctx: ServiceContext, actor: Actor, notice_id: str, answer: str, note: str = ""
) -> CaseRef:
    """W5: the customer's answer to a delay notice (accepted or declined), recorded once."""
    actor.require(Action.ANNOUNCE_DELAY)
    if answer not in DELAY_ANSWERS:
        raise ValidationError("delay.answer", field="answer")
    with ctx.unit() as session:
        notice = session.get(DelayNotice, notice_id)
        if notice is None:
            raise NotFound("notfound.delay", key=notice_id)
        if notice.customer_answer:
            raise ValidationError("delay.answered", field="answer")
        case = load_case(session, notice.case_id)
        notice.customer_answer = answer
        notice.answer_note = note.strip()[:500]
        notice.answered_at = ctx.now()
        add_event(
            ctx, session, actor, case, "delay_answer",
            detail={"answer": answer, "note": notice.answer_note},
        )  # fmt: skip
        return case_ref(case)


# -- W4: progress updates -------------------------------------------------------------------


def progress_update(ctx: ServiceContext, actor: Actor, case_id: str, detail: str) -> CaseRef:
    """W4: on jobs over 2 hours the advisor tells the customer how it goes every hour of
    work; the update goes out through the customer message queue."""
    actor.require(Action.PROGRESS_UPDATE)
    text = detail.strip()
    if not text:
        raise ValidationError("progress.empty", field="detail")
    if len(text) > 500:
        raise ValidationError("validate.too_long", field="detail", max=500)
    if "%1" in text or "%2" in text:  # a template's blanks never reach the customer
        raise ValidationError("progress.placeholder", field="detail")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        if case.state not in WORKING_STATES:
            raise ValidationError("progress.not_working", order_no=case.order_no)
        messaging.queue_case_message(ctx, session, actor, case, "progress", detail=text)
        add_event(ctx, session, actor, case, "progress_update", detail={"text": text})
        return case_ref(case)


# -- reads ----------------------------------------------------------------------------------


def _case_rows(session: Session, cases: list[ServiceCase]) -> list[CaseRow]:
    from app.services.queries import _rows

    return _rows(session, cases)


def dispatch_board(ctx: ServiceContext) -> Board:
    """The W1 board: waiting cases (urgent/safety first, then the W1 clock), a lane per
    technician with today's shift and load, and a lane per bay."""
    now = ctx.now()
    with ctx.reading() as session:
        cases = list(
            session.execute(
                select(ServiceCase).where(
                    (
                        ServiceCase.state.in_(["confirmed", "dispatched"])
                        & ServiceCase.technician_id.is_(None)
                    )
                    | ServiceCase.state.in_(ACTIVE_STATES)
                )
            ).scalars()
        )
        ids = [c.id for c in cases]
        slas = slas_for(session, cases, now)
        hours = _estimate_hours(session, ids)
        assigned = {
            a.case_id: a
            for a in session.execute(
                select(Assignment).where(Assignment.case_id.in_(ids), Assignment.active.is_(True))
            ).scalars()
        }
        confirmed: dict[str, datetime] = {}
        for case_id, at in session.execute(
            select(CaseEvent.case_id, CaseEvent.at).where(
                CaseEvent.case_id.in_(ids), CaseEvent.kind == "sign_confirmation"
            )
        ):
            confirmed[case_id] = max(at, confirmed.get(case_id, at))
        items = {
            row.id: BoardCase(
                case=row,
                confirmed_at=confirmed.get(row.id),
                sla=tuple(s for s in slas[row.id] if s.rule.startswith("W1")),
                difficulty=assigned[row.id].difficulty if row.id in assigned else 1,
                estimate_hours=hours.get(row.id, Decimal("0")),
            )
            for row in _case_rows(session, cases)
        }
        by_case = {c.id: c for c in cases}
        staff = [
            s
            for s in session.execute(
                select(Staff).where(Staff.active.is_(True)).order_by(Staff.name)
            ).scalars()
            if Role.TECHNICIAN.value in s.roles.split(",")
        ]
        shifts = shifts_today(session, staff, now)
        lanes: list[Lane] = []
        for person in staff:
            jobs = [
                items[c.id]
                for c in cases
                if c.technician_id == person.id and c.state in (*ACTIVE_STATES, "confirmed")
            ]
            jobs.sort(key=lambda j: (not j.case.urgent, j.case.opened_at))
            shift = shifts[person.id]
            urgent = next(
                (j.case.order_no for j in jobs if j.case.urgent and j.case.state in ACTIVE_STATES),
                "",
            )
            lanes.append(
                Lane(
                    staff=staff_info(person),
                    on_shift=_on_shift(shift, now),
                    shift_start=shift[0] if shift else None,
                    shift_end=shift[1] if shift else None,
                    bay=shift[2] if shift else "",
                    hours_booked=sum((j.estimate_hours for j in jobs), Decimal("0")),
                    urgent_job=urgent,
                    jobs=tuple(jobs),
                )
            )
        lanes.sort(key=lambda lane: (not lane.on_shift, lane.hours_booked, lane.staff.name))
        waiting = [
            items[c.id]
            for c in cases
            if c.technician_id is None and c.state in ("confirmed", "dispatched")
        ]

        def urgency(item: BoardCase) -> tuple[int, int, datetime]:
            clock = min(
                (s.due for s in item.sla if s.due is not None and s.status != SlaStatus.MET),
                default=None,
            )
            return (
                0 if item.case.urgent else 1,
                0 if clock is not None else 1,
                clock or by_case[item.case.id].opened_at,
            )

        waiting.sort(key=urgency)
        bays: dict[str, list[Lane]] = {}
        for lane in lanes:
            if lane.bay:
                bays.setdefault(lane.bay, []).append(lane)
        bay_lanes = tuple(
            BayLane(
                bay=name,
                technicians=tuple(lane.staff.name for lane in members),
                jobs=tuple(job for lane in members for job in lane.jobs),
                hours_booked=sum((lane.hours_booked for lane in members), Decimal("0")),
            )
            for name, members in sorted(bays.items())
        )
    return Board(waiting=tuple(waiting), lanes=tuple(lanes), bays=bay_lanes)


def case_progress(ctx: ServiceContext, case_id: str) -> CaseProgress:
    """The case's promise, W4 progress updates and W5 delay notices (the progress page)."""
    from app.services.work_time import first_start, worked_hours

    now = ctx.now()
    with ctx.reading() as session:
        case = load_case(session, case_id)
        row = _case_rows(session, [case])[0]
        sla = tuple(s for s in slas_for(session, [case], now)[case.id] if s.rule in ("W4", "W5"))
        names = dict(session.execute(select(Staff.id, Staff.name)).all())
        updates = tuple(
            ProgressUpdateInfo(m.queued_at, m.body, m.status, names.get(m.sent_by or "", ""))
            for m in session.execute(
                select(CustomerMessage)
                .where(CustomerMessage.case_id == case.id, CustomerMessage.kind == "progress")
                .order_by(CustomerMessage.queued_at, write_order(CustomerMessage))
            ).scalars()
        )
        delays = tuple(
            DelayInfo(
                id=d.id,
                notified_at=d.notified_at,
                by=names.get(d.notified_by, ""),
                reason_code=d.reason_code,
                reason=d.reason,
                previous_promise=d.previous_promise,
                new_eta=d.new_eta,
                compensation=d.compensation,
                late=d.late
                or (
                    d.previous_promise is not None
                    and d.notified_at > d.previous_promise - NOTICE_LEAD
                ),
                customer_answer=d.customer_answer,
                answer_note=d.answer_note,
            )
            for d in session.execute(
                select(DelayNotice)
                .where(DelayNotice.case_id == case.id)
                .order_by(DelayNotice.notified_at, write_order(DelayNotice))
            ).scalars()
        )
        worked = sum(worked_hours(session, case.id, now).values(), Decimal("0"))
        return CaseProgress(
            case=row,
            promised_at=case.promised_at,
            first_start=first_start(session, case.id),
            worked_hours=worked,
            estimate_hours=_estimate_hours(session, [case.id]).get(case.id, Decimal("0")),
            sla=sla,
            updates=updates,
            delays=delays,
            compensations=compensation_options(session),
        )


def attention(ctx: ServiceContext, actor: Actor) -> list[tuple[CaseRow, SlaInfo]]:
    """W4 updates due or missed and W5 notices at risk or missed on open cases: the
    advisor's own cases, every case for a manager (the homes' "progress and delays" block)."""
    now = ctx.now()
    with ctx.reading() as session:
        query = select(ServiceCase).where(ServiceCase.state.in_((*WORKING_STATES, "qc")))
        if not actor.has(Role.MANAGER):
            query = query.where(ServiceCase.owner_id == actor.staff_id)
        cases = list(session.execute(query.limit(500)).scalars())
        slas = slas_for(session, cases, now)
        rows = {r.id: r for r in _case_rows(session, cases)}
        found = [
            (rows[c.id], info)
            for c in cases
            for info in slas[c.id]
            if info.rule in ("W4", "W5")
            and info.status in (SlaStatus.OVERDUE, SlaStatus.DUE_SOON, SlaStatus.MISSED)
        ]
    order = {SlaStatus.OVERDUE: 0, SlaStatus.MISSED: 1, SlaStatus.DUE_SOON: 2}
    found.sort(key=lambda p: (order.get(p[1].status, 3), p[1].due or now))
    return found
