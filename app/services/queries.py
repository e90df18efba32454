"""Read side: case lists that stay instant with hundreds of thousands of cases, the case
detail, and each role's home. Reads only; no audit."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal_column, select, text, union
from sqlalchemy.orm import Session

from app.domain.lifecycle import OPEN_STATES, CaseState, allowed_actions
from app.domain.money import CENT, DEFAULT_TAX_RATE
from app.domain.roles import Role
from app.domain.sla import SlaStatus, worst
from app.domain.validation import mask_phone
from app.services import timeline
from app.services._support import (
    asset_info,
    case_facts,
    customer_info,
    line_amount,
    line_info,
    load_case,
    staff_info,
    write_order,
)
from app.services.context import Actor, ServiceContext
from app.services.dto import (
    AppointmentInfo,
    CaseDetail,
    CaseRow,
    DamageInfo,
    DispatchItem,
    EstimateTotals,
    EventInfo,
    InquiryInfo,
    IntakeInfo,
    MediaInfo,
    MessageInfo,
    Overview,
    SlaInfo,
    StateCount,
    TechnicianLoad,
)
from app.services.sla import slas_for
from app.store.models import (
    Appointment,
    Asset,
    Assignment,
    CaseEvent,
    Customer,
    CustomerMessage,
    DamageMark,
    EstimateLine,
    Inspection,
    MediaFile,
    QcInspection,
    ServiceCase,
    Staff,
)

_PROVINCE = re.compile(r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]")
_HAN = re.compile(r"^[\u4e00-\u9fff·]+$")
HIGH = "\U0010ffff"


@dataclass(frozen=True)
class CaseFilter:
    search: str = ""
    states: tuple[str, ...] = ()
    owner_id: str | None = None
    technician_id: str | None = None


def _search_rowids(term: str) -> Select[Any] | None:
    """Row ids matching a search term. Every branch is an index range, never a scan: order
    number, plate, VIN, phone, serial and customer name by prefix, and by tail through the
    reversed-key indexes of migration 0003 (the last digits of a phone or an order number,
    the letters after a plate's dot, the last six of a VIN, a given name without surname).
    One- and two-character Chinese names are whole prefixes or tails of the name."""
    raw = term.strip()
    if not raw:
        return None
    compact = re.sub(r"[\s·\-]", "", raw).upper()
    c = ServiceCase.__table__.c
    rowid = text("rowid")
    branches: list[Select[Any]] = []

    def prefix(column: ColumnElement[str], value: str) -> Select[Any]:
        return (
            select(rowid)
            .select_from(ServiceCase.__table__)
            .where(column >= value, column < value + HIGH)
        )

    def suffix(column: ColumnElement[str], value: str) -> Select[Any]:
        return prefix(func.reverse(column), value[::-1])

    # All-Han text is a name, even when the surname is a province's abbreviation (苏, 鲁, 云):
    # a plate always has a letter after the province.
    if _HAN.match(raw):
        branches.append(prefix(c.customer_name, raw))
        if len(raw) >= 2:
            branches.append(suffix(c.customer_name, raw))
    if _PROVINCE.match(compact) and len(compact) >= 2:
        plate = compact[:2] + "·" + compact[2:]
        branches.append(prefix(c.plate, plate))
    if compact.startswith("WO"):
        branches.append(prefix(c.order_no, raw.upper()))
    elif compact.isalnum() and compact.isascii():
        if compact.isdigit():
            branches.append(prefix(c.phone, compact))
            if len(compact) >= 4:
                branches.append(suffix(c.phone, compact))
                branches.append(suffix(c.order_no, raw.upper()))
        if len(compact) >= 3:
            branches.append(suffix(c.plate, compact))
            branches.append(suffix(c.vin, compact))
            branches.append(suffix(c.serial, compact))
            branches.append(prefix(c.serial, compact))
        if len(compact) >= 8:
            branches.append(prefix(c.vin, compact))
    elif re.fullmatch(r"[0-9]{8}-?[0-9]{1,4}", raw):
        # "20261127-0003": an order number without its WO-<dealer> prefix.
        branches.append(suffix(c.order_no, raw if "-" in raw else raw[:8] + "-" + raw[8:]))
    if not branches:
        branches.append(prefix(c.customer_name, raw))
    return union(*branches) if len(branches) > 1 else branches[0]  # type: ignore[return-value]


def _conditions(flt: CaseFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.states:
        conditions.append(ServiceCase.state.in_(flt.states))
    if flt.owner_id:
        conditions.append(ServiceCase.owner_id == flt.owner_id)
    if flt.technician_id:
        conditions.append(ServiceCase.technician_id == flt.technician_id)
    rowids = _search_rowids(flt.search)
    if rowids is not None:
        conditions.append(literal_column("service_case.rowid").in_(rowids))
    return conditions


def count_cases(ctx: ServiceContext, flt: CaseFilter) -> int:
    with ctx.reading() as session:
        query = select(func.count()).select_from(ServiceCase).where(*_conditions(flt))
        return int(session.execute(query).scalar_one())


def _names(session: Session, ids: set[str]) -> dict[str, str]:
    ids.discard("")
    if not ids:
        return {}
    return dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())


def _rows(session: Session, cases: list[ServiceCase]) -> list[CaseRow]:
    names = _names(session, {c.owner_id for c in cases} | {c.technician_id or "" for c in cases})
    return [
        CaseRow(
            id=c.id,
            order_no=c.order_no,
            state=c.state,
            opened_at=c.opened_at,
            customer_name=c.customer_name,
            phone_masked=mask_phone(c.phone),
            asset_label=c.asset_label,
            plate=c.plate or c.serial,
            owner_name=names.get(c.owner_id, ""),
            technician_name=names.get(c.technician_id or "", ""),
            urgent=c.urgent,
            promised_at=c.promised_at,
        )
        for c in cases
    ]


def case_page(ctx: ServiceContext, flt: CaseFilter, offset: int, limit: int) -> list[CaseRow]:
    """Newest first. The offset is walked on the (opened_at, order_no) index alone (row ids
    only), then just the page's rows are read: a page deep in 200,000 cases stays quick."""
    with ctx.reading() as session:
        rowid: ColumnElement[int] = literal_column("service_case.rowid")
        page = (
            select(rowid)
            .select_from(ServiceCase.__table__)
            .where(*_conditions(flt))
            .order_by(ServiceCase.opened_at.desc(), ServiceCase.order_no.desc())
            .offset(max(0, offset))
            .limit(max(0, limit))
        )
        ids = [int(r) for r in session.execute(page).scalars()]
        if not ids:
            return []
        cases = session.execute(select(ServiceCase).where(rowid.in_(ids))).scalars()
        ordered = sorted(cases, key=lambda c: (c.opened_at, c.order_no), reverse=True)
        return _rows(session, ordered)


def _timeline(
    events: list[CaseEvent], derived: list[timeline.Fact], names: dict[str, str]
) -> tuple[EventInfo, ...]:
    """The case's events and the entries derived from its rows (issue 12, one log of each
    fact), by time; an event written before store migration 0019 (a packaging step: 0023)
    whose fact is derived now is left out, so each fact shows once (`timeline.reconcile`)."""
    details = [json.loads(e.detail or "{}") for e in events]
    hidden, shown = timeline.reconcile(
        ((e.case_id, e.kind, d) for e, d in zip(events, details, strict=True)), derived
    )
    written = [
        (
            e.at,
            e.updated_hlc,
            EventInfo(
                at=e.at,
                kind=e.kind,
                staff_name=names.get(e.staff_id or "", ""),
                from_state=e.from_state,
                to_state=e.to_state,
                detail=detail,
            ),
        )
        for i, (e, detail) in enumerate(zip(events, details, strict=True))
        if i not in hidden
    ]
    return tuple(
        timeline.merge(
            written,
            (
                (
                    f,
                    EventInfo(
                        at=f.at,
                        kind=f.kind,
                        staff_name=names.get(f.staff_id or "", ""),
                        from_state="",
                        to_state="",
                        detail=f.detail,
                    ),
                )
                for f in shown
            ),
        )
    )


def case_detail(ctx: ServiceContext, key: str) -> CaseDetail:
    with ctx.reading() as session:
        return case_detail_in(ctx, session, load_case(session, key.strip()))


def case_detail_in(ctx: ServiceContext, session: Session, case: ServiceCase) -> CaseDetail:
    session.flush()
    now = ctx.now()
    customer = session.get(Customer, case.customer_id)
    asset = session.get(Asset, case.asset_id)
    owner = session.get(Staff, case.owner_id)
    technician = session.get(Staff, case.technician_id) if case.technician_id else None
    assert customer is not None
    assert asset is not None
    assert owner is not None
    lines = list(
        session.execute(
            select(EstimateLine)
            .where(EstimateLine.case_id == case.id, EstimateLine.deleted_at.is_(None))
            .order_by(EstimateLine.sort)
        ).scalars()
    )
    events = list(
        session.execute(
            select(CaseEvent)
            .where(CaseEvent.case_id == case.id)
            .order_by(CaseEvent.at, CaseEvent.created_at, write_order(CaseEvent))
        ).scalars()
    )
    derived = timeline.facts(session, [case.id])
    names = _names(
        session, {e.staff_id or "" for e in events} | {f.staff_id or "" for f in derived}
    )
    marks = list(session.execute(select(DamageMark).where(DamageMark.case_id == case.id)).scalars())
    media = list(
        session.execute(
            select(MediaFile)
            .where(MediaFile.case_id == case.id, MediaFile.deleted_at.is_(None))
            .order_by(MediaFile.captured_at, write_order(MediaFile))
        ).scalars()
    )
    qc_rows = session.execute(
        select(QcInspection.result, QcInspection.notes, QcInspection.checklist,
               QcInspection.reasons)
        .where(QcInspection.case_id == case.id)
        .order_by(QcInspection.round)
    ).all()  # fmt: skip
    qc = [row[0] for row in qc_rows]
    qc_note = next((_qc_fail_note(row) for row in reversed(qc_rows) if row[0] == "fail"), "")
    inspection = session.execute(
        select(Inspection)
        .where(Inspection.case_id == case.id)
        .order_by(Inspection.created_at.desc(), write_order(Inspection, desc=True))
        .limit(1)
    ).scalar_one_or_none()
    messages = session.execute(
        select(CustomerMessage)
        .where(CustomerMessage.case_id == case.id)
        .order_by(CustomerMessage.queued_at, write_order(CustomerMessage))
    ).scalars()
    approved = [ln for ln in lines if ln.decision != "declined"]
    labor = sum((line_amount(ln) for ln in approved if ln.kind == "labor"), Decimal("0.00"))
    parts = sum((line_amount(ln) for ln in approved if ln.kind == "part"), Decimal("0.00"))
    hours = sum((Decimal(ln.hours) for ln in approved if ln.kind == "labor"), Decimal("0"))
    declined = sum((line_amount(ln) for ln in lines if ln.decision == "declined"), Decimal("0.00"))
    # Half up to the fen, as the settlement (money.Totals); Decimal's default is half-even.
    tax = ((labor + parts) * DEFAULT_TAX_RATE).quantize(CENT, rounding=ROUND_HALF_UP)
    facts = case_facts(session, case)
    return CaseDetail(
        id=case.id,
        order_no=case.order_no,
        state=case.state,
        opened_at=case.opened_at,
        urgent=case.urgent,
        owner=staff_info(owner),
        technician=staff_info(technician) if technician else None,
        customer=customer_info(customer),
        asset=asset_info(asset),
        fault_description=case.fault_description,
        preliminary_diagnosis=case.preliminary_diagnosis,
        pending_observation=case.pending_observation,
        promised_at=case.promised_at,
        estimate_version=case.estimate_version,
        signed_version=case.signed_version,
        resign_required=case.resign_required,
        rework_of_id=case.rework_of_id,
        lines=tuple(line_info(ln) for ln in lines),
        totals=EstimateTotals(
            labor=labor,
            parts=parts,
            discount=Decimal("0.00"),
            tax=tax,
            total=labor + parts + tax,
            hours=hours,
            declined_total=declined,
        ),
        sla=slas_for(session, [case], now)[case.id],
        events=_timeline(events, derived, names),
        damages=tuple(
            DamageInfo(
                id=m.id,
                zone=m.zone,
                kind=m.kind,
                severity=m.severity,
                note=m.note,
                photos=tuple(f.sha256 for f in media if f.subject_id == m.id),
            )
            for m in marks
        ),
        media=tuple(
            MediaInfo(
                id=f.id,
                sha256=f.sha256,
                mime=f.mime,
                purpose=f.purpose,
                subject_id=f.subject_id,
                zone=f.zone,
                captured_at=f.captured_at,
                duration_s=f.duration_s,
            )
            for f in media
        ),
        allowed_actions=tuple(a.value for a in allowed_actions(CaseState(case.state), facts)),
        qc_results=tuple(qc),
        messages=tuple(
            MessageInfo(
                id=m.id,
                kind=m.kind,
                channel=m.channel,
                to_masked=mask_phone(m.to),
                body=m.body,
                status=m.status,
                queued_at=m.queued_at,
            )
            for m in messages
        ),
        intake=(
            IntakeInfo(
                mileage_km=inspection.mileage_km,
                fuel_level=inspection.fuel_level,
                keys=inspection.keys,
                valuables=inspection.valuables,
            )
            if inspection is not None
            else None
        ),
        qc_note=qc_note,
    )


# -- homes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AdvisorHome:
    appointments: list[AppointmentInfo]
    open_cases: list[tuple[CaseRow, tuple[SlaInfo, ...]]]
    inquiries: list[InquiryInfo]


@dataclass(frozen=True)
class TeamLeadHome:
    waiting: list[DispatchItem]
    technicians: list[TechnicianLoad]


HOME_LIMIT = 200
_ATTENTION = {
    SlaStatus.OVERDUE: 0,
    SlaStatus.DUE_SOON: 1,
    SlaStatus.MISSED: 2,
    SlaStatus.RUNNING: 3,
    SlaStatus.MET: 4,
}


def _with_sla(
    session: Session, cases: list[ServiceCase], now: datetime
) -> list[tuple[CaseRow, tuple[SlaInfo, ...]]]:
    slas = slas_for(session, cases, now)
    rows = _rows(session, cases)
    paired = [(row, slas[row.id]) for row in rows]
    paired.sort(key=lambda p: (_ATTENTION.get(worst(p[1]) or SlaStatus.MET, 5), p[0].opened_at))
    return paired


def advisor_home(ctx: ServiceContext, actor: Actor) -> AdvisorHome:
    from app.services.appointments import _info, open_inquiries

    now = ctx.now()
    day_start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    with ctx.reading() as session:
        appts = session.execute(
            select(Appointment)
            .where(
                Appointment.desired_at >= day_start - timedelta(days=0),
                Appointment.desired_at < day_start + timedelta(days=1),
            )
            .order_by(Appointment.desired_at, write_order(Appointment))
            .limit(HOME_LIMIT)
        ).scalars()
        pending = session.execute(
            select(Appointment)
            .where(Appointment.state == "requested")
            .order_by(Appointment.requested_at, write_order(Appointment))
            .limit(HOME_LIMIT)
        ).scalars()
        seen: dict[str, AppointmentInfo] = {}
        for appt in [*pending, *appts]:
            seen.setdefault(appt.id, _info(session, appt, now))
        query = select(ServiceCase).where(ServiceCase.state.in_([s.value for s in OPEN_STATES]))
        if not actor.has(Role.MANAGER):
            query = query.where(ServiceCase.owner_id == actor.staff_id)
        cases = list(
            session.execute(
                query.order_by(ServiceCase.opened_at.desc(), ServiceCase.order_no.desc()).limit(
                    HOME_LIMIT
                )
            ).scalars()
        )
        open_cases = _with_sla(session, cases, now)
    return AdvisorHome(
        appointments=sorted(seen.values(), key=lambda a: (a.state != "requested", a.desired_at)),
        open_cases=open_cases,
        inquiries=open_inquiries(ctx),
    )


def team_lead_home(ctx: ServiceContext) -> TeamLeadHome:
    now = ctx.now()
    with ctx.reading() as session:
        cases = list(
            session.execute(
                select(ServiceCase)
                .where(ServiceCase.state.in_(["confirmed", "dispatched"]))
                .order_by(ServiceCase.urgent.desc(), ServiceCase.opened_at, ServiceCase.order_no)
                .limit(HOME_LIMIT)
            ).scalars()
        )
        slas = slas_for(session, cases, now)
        difficulty = dict(
            session.execute(
                select(Assignment.case_id, func.max(Assignment.difficulty))
                .where(Assignment.case_id.in_([c.id for c in cases]))
                .group_by(Assignment.case_id)
            ).all()
        )
        confirmed_at = dict(
            session.execute(
                select(CaseEvent.case_id, func.max(CaseEvent.at))
                .where(
                    CaseEvent.case_id.in_([c.id for c in cases]),
                    CaseEvent.kind == "sign_confirmation",
                )
                .group_by(CaseEvent.case_id)
            ).all()
        )
        rows = _rows(session, cases)
        waiting = [
            DispatchItem(
                case=row,
                confirmed_at=confirmed_at.get(row.id),
                sla=tuple(s for s in slas[row.id] if s.rule.startswith("W1")),
                difficulty=int(difficulty.get(row.id, 1)),
            )
            for row in rows
        ]
        technicians = _technician_loads(session, now)
    return TeamLeadHome(waiting=waiting, technicians=technicians)


def _technician_loads(session: Session, now: datetime) -> list[TechnicianLoad]:
    staff = [
        s
        for s in session.execute(select(Staff).where(Staff.active.is_(True))).scalars()
        if "technician" in s.roles.split(",")
    ]
    active = dict(
        session.execute(
            select(ServiceCase.technician_id, func.count())
            .where(ServiceCase.state.in_(["dispatched", "in_work", "paused"]))
            .group_by(ServiceCase.technician_id)
        ).all()
    )
    hours: dict[str, Decimal] = {}
    for tech_id, value in session.execute(
        select(ServiceCase.technician_id, EstimateLine.hours)
        .join(EstimateLine, EstimateLine.case_id == ServiceCase.id)
        .where(
            ServiceCase.state.in_(["dispatched", "in_work", "paused"]),
            EstimateLine.kind == "labor",
            EstimateLine.decision == "approved",
        )
    ):
        if tech_id:
            hours[tech_id] = hours.get(tech_id, Decimal("0")) + Decimal(value)
    from app.services.dispatch import shifts_today

    # Issue 8 item 1: today's shifts from the roster (work_shift), else the weekly schedule.
    shifts = shifts_today(session, staff, now)
    loads = [
        TechnicianLoad(
            staff=staff_info(s),
            active_jobs=int(active.get(s.id, 0)),
            hours_booked=hours.get(s.id, Decimal("0")),
            on_shift=(shift := shifts[s.id]) is not None and shift[0] <= now < shift[1],
        )
        for s in staff
    ]
    return sorted(loads, key=lambda t: (not t.on_shift, t.hours_booked, t.staff.name))


def _on_shift(schedule_json: str, now: datetime) -> bool:
    """Schedule: {"mon": ["08:30", "17:30"], …}; no schedule means a normal day shift."""
    schedule = json.loads(schedule_json or "{}")
    day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[now.weekday()]
    shift = schedule.get(day, ["08:30", "18:00"] if not schedule else None)
    if not shift:
        return False
    return bool(shift[0] <= now.strftime("%H:%M") < shift[1])


def technician_home(ctx: ServiceContext, actor: Actor) -> list[tuple[CaseRow, tuple[SlaInfo, ...]]]:
    now = ctx.now()
    with ctx.reading() as session:
        cases = list(
            session.execute(
                select(ServiceCase)
                .where(
                    ServiceCase.technician_id == actor.staff_id,
                    ServiceCase.state.in_(["dispatched", "in_work", "paused"]),
                )
                .order_by(ServiceCase.urgent.desc(), ServiceCase.opened_at, ServiceCase.order_no)
                .limit(HOME_LIMIT)
            ).scalars()
        )
        rows = _with_sla(session, cases, now)
        qc = _qc_history(session, [case.id for case in cases])
        return [(_with_qc(row, qc), slas) for row, slas in rows]


def _qc_history(session: Session, case_ids: list[str]) -> dict[str, tuple[int, str]]:
    """D1: per case, the number of QC inspections and the note of the last failed one."""
    history: dict[str, tuple[int, str]] = {}
    if not case_ids:
        return history
    for row in session.execute(
        select(QcInspection.case_id, QcInspection.result, QcInspection.notes,
               QcInspection.checklist, QcInspection.reasons)
        .where(QcInspection.case_id.in_(case_ids))
        .order_by(QcInspection.case_id, QcInspection.round)
    ).all():  # fmt: skip
        case_id, result = row[0], row[1]
        rounds, note = history.get(case_id, (0, ""))
        history[case_id] = (rounds + 1, _qc_fail_note(row[1:]) if result == "fail" else note)
    return history


def _qc_fail_note(row: Any) -> str:
    """(result, notes, checklist, reasons) of a failed round: the inspector's reason for each
    failed check, then the notes (D1: the technician reads what to rework)."""
    from app.services.qc import fail_note

    _result, notes, checklist, reasons = row
    return fail_note(checklist, reasons, notes)


def _with_qc(row: CaseRow, history: dict[str, tuple[int, str]]) -> CaseRow:
    rounds, note = history.get(row.id, (0, ""))
    return replace(row, qc_rounds=rounds, qc_note=note) if rounds else row


def qc_home(ctx: ServiceContext) -> list[CaseRow]:
    with ctx.reading() as session:
        cases = list(
            session.execute(
                select(ServiceCase)
                .where(ServiceCase.state == "qc")
                .order_by(ServiceCase.urgent.desc(), ServiceCase.opened_at, ServiceCase.order_no)
                .limit(HOME_LIMIT)
            ).scalars()
        )
        qc = _qc_history(session, [case.id for case in cases])
        return [_with_qc(row, qc) for row in _rows(session, cases)]


def manager_overview(ctx: ServiceContext) -> Overview:
    now = ctx.now()
    day_start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    with ctx.reading() as session:
        counts = dict(
            session.execute(
                select(ServiceCase.state, func.count()).group_by(ServiceCase.state)
            ).all()
        )
        by_state = tuple(StateCount(s.value, int(counts.get(s.value, 0))) for s in CaseState)
        open_states = [s.value for s in OPEN_STATES if s not in (CaseState.DELIVERED,)]
        recent_open = list(
            session.execute(
                select(ServiceCase)
                .where(ServiceCase.state.in_(open_states))
                .order_by(ServiceCase.opened_at.desc(), ServiceCase.order_no.desc())
                .limit(HOME_LIMIT * 2)
            ).scalars()
        )
        slas = slas_for(session, recent_open, now)
        rows = {r.id: r for r in _rows(session, recent_open)}
        alerts = [
            (rows[case_id], sla)
            for case_id, infos in slas.items()
            for sla in infos
            if sla.status in (SlaStatus.OVERDUE, SlaStatus.DUE_SOON)
        ]
        alerts.sort(key=lambda p: (_ATTENTION[p[1].status], p[1].due or now))
        today_opened = session.execute(
            select(func.count()).select_from(ServiceCase).where(ServiceCase.opened_at >= day_start)
        ).scalar_one()
        today_delivered = session.execute(
            select(func.count())
            .select_from(CaseEvent)
            .where(CaseEvent.kind == "deliver", CaseEvent.at >= day_start)
        ).scalar_one()
    return Overview(
        by_state=by_state,
        sla_alerts=tuple(alerts[:HOME_LIMIT]),
        open_cases=sum(int(counts.get(s.value, 0)) for s in OPEN_STATES),
        overdue=sum(1 for _, s in alerts if s.status is SlaStatus.OVERDUE),
        today_opened=int(today_opened),
        today_delivered=int(today_delivered),
    )
