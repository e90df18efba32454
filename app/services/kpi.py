"""Service-manager figures for a period (P5): pure reads of the store, one function per figure
set, each returning frozen DTOs.

A case belongs to a period by its `opened_at` (comebacks: by its `closed_at`). Periods are
half-open [start, end). SLA figures reuse the one SLA evaluation (app/domain/sla.py through
app/services/sla.py), so the dashboard counts exactly what the countdowns showed; only
finished clocks (met or missed) are counted, except the front desk's (A2, A3, P3: an appointment
or inquiry still open past its limit is missed; app/services/kpi_front.py). The other figures are set-based SQL (one
grouped query per figure set) with the percentiles taken in Python.
"""

from __future__ import annotations

import math
import os
import re
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar, cast

from sqlalchemy import (
    ColumnElement,
    Float,
    String,
    and_,
    case,
    func,
    literal_column,
    select,
    text,
    type_coerce,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session, aliased

from app.domain.errors import ValidationError
from app.domain.sla import W4_LONG, W4_WARN, ClockRow, SlaStatus
from app.services import kpi_front, kpi_sla, messages_kpi  # noqa: F401  (registers the catalogue)
from app.services.context import ServiceContext
from app.services.sla import _w4 as sla_w4
from app.services.sla import slas_for
from app.store.models import (
    Assignment,
    CaseEvent,
    CustomerMessage,
    DelayNotice,
    EstimateLine,
    JobClock,
    QcInspection,
    ServiceCase,
)

_T = TypeVar("_T")

# -- periods --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    start: datetime
    end: datetime
    """Exclusive."""
    label: str = ""

    def previous(self) -> Period:
        quarter = _QUARTER_LABEL.fullmatch(self.label)
        if quarter:
            year, q = int(quarter[1]), int(quarter[2])
            return quarter_period(year - 1, 4) if q == 1 else quarter_period(year, q - 1)
        length = self.end - self.start
        return Period(self.start - length, self.start)


_QUARTER_LABEL = re.compile(r"(\d{4})Q([1-4])")


def quarter_period(year: int, quarter: int) -> Period:
    start = datetime(year, 3 * (quarter - 1) + 1, 1)
    end = datetime(year + 1, 1, 1) if quarter == 4 else datetime(year, 3 * quarter + 1, 1)
    return Period(start, end, f"{year}Q{quarter}")


def parse_quarter(text: str) -> Period:
    match = _QUARTER_LABEL.fullmatch(text.strip().upper())
    if not match or not 2000 <= int(match[1]) <= 2100:
        raise ValidationError("kpi.bad_quarter", value=text)
    return quarter_period(int(match[1]), int(match[2]))


def quarter_of(when: datetime) -> Period:
    return quarter_period(when.year, (when.month - 1) // 3 + 1)


# -- statistics -----------------------------------------------------------------------------


def percentile(values: Sequence[float], share: float) -> float | None:
    """Nearest-rank percentile (p in 0..1) of the values; None for none."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


# -- SLA compliance -------------------------------------------------------------------------


@dataclass(frozen=True)
class SlaFigure:
    rule_id: str
    met: int
    missed: int
    missed_case_ids: tuple[str, ...]
    missed_without_case: int = 0
    """Misses with no case behind them (front desk: an inquiry, an appointment never arrived)."""

    @property
    def total(self) -> int:
        return self.met + self.missed

    @property
    def share_on_time(self) -> float | None:
        return self.met / self.total if self.total else None


GROUPS = ("dealer", "advisor", "technician", "bay")
"""The dashboard's scopes. The member of "advisor" is the case owner's staff id, of
"technician" the case's technician's staff id, of "bay" the bay name (Assignment.bay of the
case's active assignment: the bay of the technician's shift when the job was dispatched)."""


def _bay_cases(bay: str) -> Any:
    """The ids of the cases whose active assignment is in the bay."""
    return select(Assignment.case_id).where(
        Assignment.bay == bay, Assignment.active.is_(True), Assignment.deleted_at.is_(None)
    )


def _member_filter(group: str, member: str | None) -> list[ColumnElement[bool]]:
    if member is None:
        return []
    if group == "advisor":
        return [ServiceCase.owner_id == member]
    if group == "technician":
        return [ServiceCase.technician_id == member]
    if group == "bay":
        return [ServiceCase.id.in_(_bay_cases(member))]
    return []


def _case_filter(period: Period, group: str, member: str | None) -> list[ColumnElement[bool]]:
    return [
        ServiceCase.opened_at >= period.start,
        ServiceCase.opened_at < period.end,
        ServiceCase.deleted_at.is_(None),
        *_member_filter(group, member),
    ]


_MEMBER_COLUMNS = {"advisor": "owner_id", "technician": "technician_id", "bay": kpi_sla.BAY}


def members(ctx: ServiceContext, period: Period, group: str) -> tuple[str, ...]:
    """The members of a group that have cases opened in the period, sorted: staff ids for
    "advisor" and "technician", bay names for "bay" (cases in no bay are only dealer-wide)."""
    where = _case_filter(period, "dealer", None)
    query: Any
    if group == "advisor":
        query = select(ServiceCase.owner_id).where(*where)
    elif group == "technician":
        query = select(ServiceCase.technician_id).where(
            *where, ServiceCase.technician_id.is_not(None)
        )
    elif group == "bay":
        query = (
            select(Assignment.bay)
            .join(ServiceCase, ServiceCase.id == Assignment.case_id)
            .where(
                *where,
                Assignment.active.is_(True),
                Assignment.deleted_at.is_(None),
                Assignment.bay != "",
            )
        )
    else:
        return ()
    with ctx.reading() as session:
        return tuple(sorted({str(value) for value in session.scalars(query.distinct())}))


def sla_figures(
    ctx: ServiceContext,
    period: Period,
    *,
    group: str = "dealer",
    member: str | None = None,
    now: datetime | None = None,
) -> tuple[SlaFigure, ...]:
    """Met / missed per SLA rule for the cases opened in the period (W1, W4, W5), as SQL
    aggregates generated from the domain's rules (app/services/kpi_sla.py), and dealer-wide or
    per advisor the front desk's rules (A2, A3, P3) for the appointments requested and inquiries
    received in the period (app/services/kpi_front.py)."""
    at = now or ctx.now()
    return _sla_combined(
        _sla_rule_counts(ctx, period, group, member, at),
        _sla_w4(ctx, period, group, member, at),
        _sla_front(ctx, period, group, member, at),
    )


# sla_figures in two parts, each its own read: the dashboard computes them side by side.


def _sla_rule_counts(
    ctx: ServiceContext, period: Period, group: str, member: str | None, at: datetime
) -> dict[str, tuple[int, int, tuple[str, ...]]]:
    column = _MEMBER_COLUMNS.get(group) if member is not None else None
    with ctx.reading() as session:
        return kpi_sla.rule_counts(
            session, period.start, period.end, at, member_column=column, member=member
        )


def _sla_w4(
    ctx: ServiceContext, period: Period, group: str, member: str | None, at: datetime
) -> tuple[int, int, tuple[str, ...]] | None:
    with ctx.reading() as session:
        return _w4_counts(session, period, group, member, at)


FRONT_GROUPS = ("dealer", "advisor")
"""The scopes that show the front desk's rules (A2, A3, P3): appointments and inquiries have
an advisor but no technician or bay."""


def _sla_front(
    ctx: ServiceContext, period: Period, group: str, member: str | None, at: datetime
) -> dict[str, kpi_front.FrontCount]:
    if group not in FRONT_GROUPS:
        return {}
    advisor = member if group == "advisor" else None
    with ctx.reading() as session:
        return kpi_front.front_counts(session, period.start, period.end, at, advisor=advisor)


def _sla_combined(
    counts: dict[str, tuple[int, int, tuple[str, ...]]],
    w4: tuple[int, int, tuple[str, ...]] | None,
    front: dict[str, kpi_front.FrontCount] | None = None,
) -> tuple[SlaFigure, ...]:
    figures = {
        rule: SlaFigure(rule, met, missed, ids) for rule, (met, missed, ids) in counts.items()
    }
    if w4 is not None:
        figures["W4"] = SlaFigure("W4", *w4)
    figures.update(_front_figures(front or {}))
    return tuple(figures[rule] for rule in sorted(figures))


def _front_figures(front: dict[str, kpi_front.FrontCount]) -> dict[str, SlaFigure]:
    return {
        rule: SlaFigure(rule, got.met, got.missed, got.missed_case_ids, got.missed_without_case)
        for rule, got in front.items()
    }


def _with_front(
    sla: tuple[SlaFigure, ...], front: dict[str, kpi_front.FrontCount]
) -> tuple[SlaFigure, ...]:
    """`sla` with the front desk's figures (A2, A3, P3) replaced by `front`'s."""
    figures = {f.rule_id: f for f in sla if f.rule_id not in kpi_front.FRONT_RULES}
    figures.update(_front_figures(front))
    return tuple(figures[rule] for rule in sorted(figures))


def _front_due(
    ctx: ServiceContext, period: Period, group: str, member: str | None, at: datetime
) -> datetime | None:
    """When the front desk's figures of the period next change with no change of the data."""
    if group not in FRONT_GROUPS:
        return None
    advisor = member if group == "advisor" else None
    with ctx.reading() as session:
        return kpi_front.next_due(session, period.start, period.end, at, advisor=advisor)


_W4_SHORT = W4_LONG - W4_WARN
"""A finished job whose estimate is not over 2 h needs this much work to come under W4."""


def _w4_counts(
    session: Session, period: Period, group: str, member: str | None, at: datetime
) -> tuple[int, int, tuple[str, ...]] | None:
    """W4 per case on the job clock (hours of work from the actual start), for the period's
    cases that have clock rows: the others never had work to report on.

    The same evaluation as `app.services.sla.case_sla` (`sla._w4`), fed only what W4 reads,
    in one statement of stored text: per clocked case its approved labor hours, its last
    finish, its clock rows and its progress updates. A finished job whose estimate is not
    over 2 h and whose whole span from the first clock row to the finish is shorter than
    1 h 50 cannot come under W4 (`evaluate_w4` returns None: it worked at most that span), so
    SQL leaves it out (with a margin on the hours' float sum; Python then applies the exact
    test on the Decimal hours) and its rows are never read."""
    as_text = String()
    approved_labor = (
        EstimateLine.case_id == ServiceCase.id,
        EstimateLine.kind == "labor",
        EstimateLine.decision == "approved",
        EstimateLine.deleted_at.is_(None),
    )
    hours_list = (
        select(func.group_concat(EstimateLine.hours, " ")).where(*approved_labor).scalar_subquery()
    )
    hours_sum = (
        select(func.coalesce(func.sum(sql_cast(EstimateLine.hours, Float)), 0.0))
        .where(*approved_labor)
        .scalar_subquery()
    )
    last_finish = (
        select(type_coerce(func.max(CaseEvent.at), as_text))
        .where(CaseEvent.case_id == ServiceCase.id, CaseEvent.kind == "finish_work")
        .scalar_subquery()
    )
    first_clock, last_clock = (
        select(type_coerce(agg(JobClock.at), as_text))
        .where(JobClock.case_id == ServiceCase.id)
        .scalar_subquery()
        for agg in (func.min, func.max)
    )
    facts = (
        select(
            ServiceCase.id.label("id"),
            hours_list.label("hours"),
            hours_sum.label("hours_sum"),
            last_finish.label("finished"),
            first_clock.label("first_at"),
            last_clock.label("last_at"),
        )
        .where(*_case_filter(period, group, member))
        .cte("w4_facts")
        .prefix_with("MATERIALIZED")
    )
    short = and_(
        facts.c.finished.is_not(None),
        facts.c.finished >= facts.c.last_at,
        facts.c.hours_sum <= W4_LONG.total_seconds() / 3600 - 1e-6,
        facts.c.finished
        < literal_column(kpi_sla.shift_sql("w4_facts.first_at", int(_W4_SHORT.total_seconds()))),
    )
    clock_rows = (
        select(
            func.group_concat(
                JobClock.kind
                + "|"
                + func.coalesce(func.uuid_text(JobClock.line_id), "")
                + "|"
                + type_coerce(JobClock.at, as_text),
                ";",
            )
        )
        .where(JobClock.case_id == facts.c.id)
        .scalar_subquery()
    )
    updates = (
        select(func.group_concat(type_coerce(CustomerMessage.queued_at, as_text), ";"))
        .where(CustomerMessage.case_id == facts.c.id, CustomerMessage.kind == "progress")
        .scalar_subquery()
    )
    met = 0
    missed: list[str] = []
    for case_id, hours_text, finished_text, last_text, rows_text, updates_text in session.execute(
        select(facts.c.id, facts.c.hours, facts.c.finished, facts.c.last_at, clock_rows, updates)
        .where(facts.c.first_at.is_not(None), ~short)
        .order_by(facts.c.id)
    ):
        hours = 0.0
        for value in (hours_text or "").split():
            hours += float(Decimal(value))  # as sla.job_hours sums them
        finished = _when(finished_text)
        if finished is not None and finished < datetime.fromisoformat(last_text):
            finished = None  # finished before a later clock row: as sla._w4
        clock: list[ClockRow] = []
        for row in rows_text.split(";"):
            kind, line_id, stamp = row.split("|")
            clock.append((line_id or None, kind, datetime.fromisoformat(stamp)))
        if (
            finished is not None
            and hours <= W4_LONG.total_seconds() / 3600
            and finished - min(stamp for _, _, stamp in clock) < _W4_SHORT
        ):
            continue  # the exact test of the bound SQL applied with a margin
        events: dict[str, list[datetime]] = {
            "progress_update": [
                datetime.fromisoformat(u) for u in (updates_text or "").split(";") if u
            ]
        }
        if finished is not None:
            events["work_finished"] = [finished]
        info = sla_w4(events, clock, hours, at)
        if info is None:
            continue
        if info.status is SlaStatus.MET:
            met += 1
        elif info.status is SlaStatus.MISSED:
            missed.append(case_id)
    if not met and not missed:
        return None
    return met, len(missed), tuple(sorted(missed))


def _when(value: Any) -> datetime | None:
    """A time as stored (text from raw SQL) or already converted."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def sla_figures_per_case(
    ctx: ServiceContext,
    period: Period,
    *,
    group: str = "dealer",
    member: str | None = None,
    now: datetime | None = None,
) -> tuple[SlaFigure, ...]:
    """The same figures by evaluating every case in Python (the countdowns' own path): the
    reference the SQL aggregates are tested against; slow on a big dealer."""
    at = now or ctx.now()
    met: dict[str, int] = defaultdict(int)
    missed: dict[str, list[str]] = defaultdict(list)
    with ctx.reading() as session:
        cases: list[Any] = list(
            session.execute(
                select(ServiceCase.id, ServiceCase.urgent, ServiceCase.promised_at).where(
                    *_case_filter(period, group, member)
                )
            )
        )
        for chunk in range(0, len(cases), 5000):
            part = cases[chunk : chunk + 5000]
            for case_id, infos in slas_for(session, part, at).items():
                for info in infos:
                    if info.status is SlaStatus.MET:
                        met[info.rule] += 1
                    elif info.status is SlaStatus.MISSED:
                        missed[info.rule].append(case_id)
        front: dict[str, kpi_front.FrontCount] = {}
        if group in FRONT_GROUPS:
            advisor = member if group == "advisor" else None
            front = kpi_front.front_counts_per_item(
                session, period.start, period.end, at, advisor=advisor
            )
    rules = sorted(set(met) | set(missed))
    return _sla_combined(
        {rule: (met[rule], len(missed[rule]), tuple(sorted(missed[rule]))) for rule in rules},
        None,
        front,
    )


# -- waiting time per stage -----------------------------------------------------------------

STAGES: tuple[tuple[str, str], ...] = (
    ("opened", "sign_confirmation"),
    ("sign_confirmation", "dispatch"),
    ("dispatch", "start_work"),
    ("start_work", "finish_work"),
    ("finish_work", "qc"),
    ("qc", "deliver"),
)
"""Consecutive milestones; 'opened' is the case's opening, 'qc' its first QC verdict."""


@dataclass(frozen=True)
class StageWait:
    start: str
    stop: str
    count: int
    median_minutes: float | None
    p90_minutes: float | None


_MILESTONE_KINDS = ("sign_confirmation", "dispatch", "start_work", "finish_work", "deliver")


def _stage_minutes(
    session: Session, period: Period, group: str, member: str | None
) -> list[tuple[Any, ...]]:
    """Per case: its id, then the minutes of each stage of STAGES (None when a milestone is
    missing or out of order). One query: each milestone is the first event of its kind (one
    seek on ix_case_event_case_kind_at) or the first QC verdict."""
    marks: dict[str, Any] = {"opened": ServiceCase.opened_at}
    for kind in _MILESTONE_KINDS:
        marks[kind] = (
            select(func.min(CaseEvent.at))
            .where(CaseEvent.case_id == ServiceCase.id, CaseEvent.kind == kind)
            .scalar_subquery()
        )
    marks["qc"] = (
        select(func.min(QcInspection.at))
        .where(QcInspection.case_id == ServiceCase.id)
        .scalar_subquery()
    )
    inner = select(ServiceCase.id, *(mark.label(name) for name, mark in marks.items())).where(
        *_case_filter(period, group, member)
    )
    # Materialized: each milestone's seek runs once per case, not once per use in a stage
    # (a flattened subquery re-evaluates the scalar subqueries at every reference).
    sub = inner.cte("marks").prefix_with("MATERIALIZED")
    columns = []
    for start, stop in STAGES:
        a, b = sub.c[start], sub.c[stop]
        # julianday() is a float of days: rounded to 1/10,000 minute so whole minutes compare
        # exactly in the drill-down.
        minutes = func.round((func.julianday(b) - func.julianday(a)) * 1440.0, 4)
        columns.append(func.iif(b >= a, minutes, None))
    return [tuple(row) for row in session.execute(select(sub.c.id, *columns))]


def stage_waits(
    ctx: ServiceContext, period: Period, *, group: str = "dealer", member: str | None = None
) -> tuple[StageWait, ...]:
    """Median and 90th percentile of the time between consecutive milestones, in minutes."""
    with ctx.reading() as session:
        rows = _stage_minutes(session, period, group, member)
    result = []
    for index, (start, stop) in enumerate(STAGES, start=1):
        values = [row[index] for row in rows if row[index] is not None]
        result.append(StageWait(start, stop, len(values), median(values), percentile(values, 0.9)))
    return tuple(result)


def stage_cases(
    ctx: ServiceContext, period: Period, start: str, stop: str, over_minutes: float
) -> tuple[str, ...]:
    """Drill-down: cases whose wait between two milestones exceeded `over_minutes`."""
    index = STAGES.index((start, stop)) + 1
    with ctx.reading() as session:
        rows = _stage_minutes(session, period, "dealer", None)
    return tuple(
        sorted(row[0] for row in rows if row[index] is not None and row[index] > over_minutes)
    )


# -- QC and comebacks ------------------------------------------------------------------------


@dataclass(frozen=True)
class QualityFigures:
    qc_cases: int
    first_pass: int
    rework_case_ids: tuple[str, ...]
    closed: int
    comeback_30: tuple[str, ...]
    comeback_90: tuple[str, ...]

    @property
    def first_pass_rate(self) -> float | None:
        return self.first_pass / self.qc_cases if self.qc_cases else None

    @property
    def first_time_fix_rate_30(self) -> float | None:
        return 1 - len(self.comeback_30) / self.closed if self.closed else None

    @property
    def first_time_fix_rate_90(self) -> float | None:
        return 1 - len(self.comeback_90) / self.closed if self.closed else None


def _closed_filter(period: Period, group: str, member: str | None) -> list[ColumnElement[bool]]:
    return [
        ServiceCase.closed_at >= period.start,
        ServiceCase.closed_at < period.end,
        ServiceCase.deleted_at.is_(None),
        *_member_filter(group, member),
    ]


def _comebacks(
    session: Session,
    period: Period,
    windows: Sequence[int],
    group: str = "dealer",
    member: str | None = None,
) -> list[tuple[str, ...]]:
    """Per window (days): the cases closed (closed_at) in the period followed by a case on the
    same asset opened within that many days of the closing, or recorded as rework of it. One
    query: each closed case's next opening on its asset (an index seek on asset_id)."""
    later = aliased(ServiceCase)
    next_open = (
        select(func.min(later.opened_at))
        .where(
            later.asset_id == ServiceCase.asset_id,
            later.id != ServiceCase.id,
            later.deleted_at.is_(None),
            later.opened_at > ServiceCase.closed_at,
        )
        .scalar_subquery()
    )
    # A correlated EXISTS: one seek on ix_case_rework_of per case (an IN list of every rework
    # case was planned as a scan of the whole case table).
    reworked = (
        select(later.id)
        .where(later.rework_of_id == ServiceCase.id, later.deleted_at.is_(None))
        .exists()
    )
    rows = session.execute(
        select(ServiceCase.id, ServiceCase.closed_at, next_open, reworked).where(
            *_closed_filter(period, group, member)
        )
    ).all()
    result = []
    for days in windows:
        window = timedelta(days=days)
        found = []
        for case_id, closed_at, opened_next, is_reworked in rows:
            if is_reworked:
                found.append(case_id)
            elif opened_next is not None and closed_at is not None:
                # The scalar subquery's MIN comes back as stored text.
                opened = datetime.fromisoformat(str(opened_next))
                if opened <= closed_at + window:
                    found.append(case_id)
        result.append(tuple(sorted(found)))
    return result


def quality_figures(
    ctx: ServiceContext, period: Period, *, group: str = "dealer", member: str | None = None
) -> QualityFigures:
    """QC first pass and rework of the cases opened in the period; comebacks of the cases closed
    in it (per advisor / technician: theirs)."""
    with ctx.reading() as session:
        where = _case_filter(period, group, member)
        first_round = (
            select(QcInspection.case_id, func.min(QcInspection.round).label("first"))
            .join(ServiceCase, ServiceCase.id == QcInspection.case_id)
            .where(*where)
            .group_by(QcInspection.case_id)
            .subquery()
        )
        first_results = session.execute(
            select(QcInspection.case_id, QcInspection.result).join(
                first_round,
                and_(
                    first_round.c.case_id == QcInspection.case_id,
                    first_round.c.first == QcInspection.round,
                ),
            )
        ).all()
        # From the period's cases (ix_case_kpi) with one seek each, not a scan of every
        # inspection joined back to its case.
        failed = session.scalars(
            select(ServiceCase.id).where(
                *where,
                select(QcInspection.id)
                .where(QcInspection.case_id == ServiceCase.id, QcInspection.result == "fail")
                .exists(),
            )
        )
        closed = session.scalar(select(func.count()).where(*_closed_filter(period, group, member)))
        comebacks = _comebacks(session, period, (30, 90), group, member)
        return QualityFigures(
            qc_cases=len({case_id for case_id, _ in first_results}),
            first_pass=len({case_id for case_id, result in first_results if result == "pass"}),
            rework_case_ids=tuple(sorted(failed)),
            closed=int(closed or 0),
            comeback_30=comebacks[0],
            comeback_90=comebacks[1],
        )


# -- delays (W5) and declined recommendations ------------------------------------------------


@dataclass(frozen=True)
class DelayFigures:
    notices: int
    case_ids: tuple[str, ...]
    by_reason: tuple[tuple[str, int], ...]
    """The reasons as the advisors wrote them, most frequent first (ties by text)."""


def delay_figures(
    ctx: ServiceContext, period: Period, *, group: str = "dealer", member: str | None = None
) -> DelayFigures:
    """Delay notices (W5) on the cases opened in the period, and their reasons."""
    with ctx.reading() as session:
        rows = session.execute(
            select(DelayNotice.case_id, DelayNotice.reason)
            .join(ServiceCase, ServiceCase.id == DelayNotice.case_id)
            .where(*_case_filter(period, group, member), DelayNotice.deleted_at.is_(None))
        ).all()
    counts: dict[str, int] = defaultdict(int)
    for _case_id, reason in rows:
        counts[reason.strip()] += 1
    return DelayFigures(
        notices=len(rows),
        case_ids=tuple(sorted({case_id for case_id, _ in rows})),
        by_reason=tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0]))),
    )


@dataclass(frozen=True)
class DeclinedFigures:
    """Recommendations (estimate lines) the customers declined, safety-relevant ones apart."""

    offered: int
    declined: int
    declined_case_ids: tuple[str, ...]
    safety_offered: int
    safety_declined: int
    safety_case_ids: tuple[str, ...]


def declined_figures(
    ctx: ServiceContext, period: Period, *, group: str = "dealer", member: str | None = None
) -> DeclinedFigures:
    """Decided estimate lines of the period's cases: how many were declined (P2/P3)."""
    where = (
        *_case_filter(period, group, member),
        EstimateLine.deleted_at.is_(None),
        EstimateLine.decision.in_(("approved", "declined")),
    )
    offered: dict[bool, int] = defaultdict(int)
    declined: dict[bool, int] = defaultdict(int)
    cases: dict[bool, set[str]] = defaultdict(set)
    with ctx.reading() as session:
        # Counted in SQL (tens of thousands of lines on a big dealer) in one pass; only the
        # declined lines' cases come back.
        declined_case = case(
            (EstimateLine.decision == "declined", func.uuid_text(EstimateLine.case_id))
        )
        for safety, decision, count, ids in session.execute(
            select(
                EstimateLine.safety_relevant,
                EstimateLine.decision,
                func.count(),
                func.group_concat(declined_case.distinct()),
            )
            .join(ServiceCase, ServiceCase.id == EstimateLine.case_id)
            .where(*where)
            .group_by(EstimateLine.safety_relevant, EstimateLine.decision)
        ):
            offered[bool(safety)] += int(count)
            if decision == "declined":
                declined[bool(safety)] += int(count)
                cases[bool(safety)].update(ids.split(",") if ids else ())
    return DeclinedFigures(
        offered=offered[False],
        declined=declined[False],
        declined_case_ids=tuple(sorted(cases[False])),
        safety_offered=offered[True],
        safety_declined=declined[True],
        safety_case_ids=tuple(sorted(cases[True])),
    )


# -- a cache per period, dropped by any change to the data ------------------------------------

_CACHE: OrderedDict[tuple[Any, ...], tuple[tuple[Any, ...], Any, datetime | None]] = OrderedDict()
"""key -> (data token, value, the moment after which the value is out of date with the same
data, or None)."""
_CACHE_LOCK = threading.Lock()
_CACHE_SIZE = 32


def data_token(ctx: ServiceContext) -> tuple[Any, ...]:
    """Changes whenever the workstation's data may have changed: every local write is captured
    in the sync outbox (its AUTOINCREMENT sequence only grows, pruning or not) and every pulled
    change moves a sync cursor."""
    with ctx.reading() as session:
        outbox = session.scalar(text("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'"))
        cursors = session.execute(text("SELECT stream, seq, epoch FROM sync_cursor")).all()
    return (outbox, tuple(sorted(tuple(row) for row in cursors)))


def _cached(
    ctx: ServiceContext,
    key: tuple[Any, ...],
    compute: Callable[[], _T],
    *,
    now: datetime | None = None,
    until: Callable[[], datetime | None] | None = None,
    refresh: Callable[[_T], _T] | None = None,
) -> _T:
    """`compute()` once per key and data token. The token is read before computing, so a change
    made while it computes leaves an entry that the next call recomputes.

    A value that also depends on the clock gives `until`: the last moment (after `now`) its
    value holds with the same data, None for ever. Once `now` is past it, `refresh(value)`
    recomputes only what depends on the clock (or `compute()` everything)."""
    token = data_token(ctx)
    full = (str(ctx.data_dir), *key)
    with _CACHE_LOCK:
        hit = _CACHE.get(full)
        if hit is not None and hit[0] == token and not _expired(hit[2], now):
            _CACHE.move_to_end(full)
            return cast(_T, hit[1])
    if hit is not None and hit[0] == token and refresh is not None:
        value = refresh(cast(_T, hit[1]))
    else:
        value = compute()
    expires = until() if until is not None else None
    with _CACHE_LOCK:
        _CACHE[full] = (token, value, expires)
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return value


def _expired(until: datetime | None, now: datetime | None) -> bool:
    return until is not None and now is not None and now > until


def _peek(ctx: ServiceContext, key: tuple[Any, ...], now: datetime | None = None) -> Any:
    """The cached value of `key` if still valid (the data unchanged, its clocks not past their
    limits at `now`), else None."""
    token = data_token(ctx)
    with _CACHE_LOCK:
        hit = _CACHE.get((str(ctx.data_dir), *key))
    if hit is None or hit[0] != token or _expired(hit[2], now):
        return None
    return hit[1]


def clear_cache() -> None:
    with _CACHE_LOCK:
        _CACHE.clear()


# -- the dashboard in one call and its drill-down ---------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    period: Period
    sla: tuple[SlaFigure, ...]
    stages: tuple[StageWait, ...]
    quality: QualityFigures
    cases: int
    weak: tuple[WeakSpot, ...] = ()
    previous_sla: tuple[SlaFigure, ...] = ()
    """The previous period's SLA figures (the weak spots' trend; the report's comparison)."""
    delays: DelayFigures | None = None
    declined: DeclinedFigures | None = None


def dashboard(
    ctx: ServiceContext,
    period: Period,
    *,
    group: str = "dealer",
    member: str | None = None,
    now: datetime | None = None,
    cache: bool = True,
    previous: bool = True,
) -> Dashboard:
    """Every figure of the manager's dashboard for one period (run it on the task runner).

    Cached per period and scope until the data changes (`data_token`) or, with the same data,
    until an open appointment or inquiry of the period passes its A2/A3/P3 limit (`now` after
    `kpi_front.next_due`): then only the front desk's figures are computed again. (`now` also
    bounds the W4 clocks still running, which are not counted.) cache=False computes
    everything (the previous period's figures too). previous=False leaves out the previous
    period's SLA figures (`previous_sla` empty, the weak spots without a trend): the screen
    shows the period's own figures first and adds the trend with `previous_sla_figures` in a
    second call (issue 10 item 5)."""
    at = now or ctx.now()
    if not cache:
        return _dashboard(
            ctx, period, group=group, member=member, now=at, cache=False, previous=previous
        )

    def compute() -> Dashboard:
        # The same period computed the other way (with or without the previous period's
        # figures) and still valid: completed or trimmed, not computed again.
        other: Dashboard | None = _peek(ctx, ("dashboard", period, group, member, not previous), at)
        if other is not None and previous:
            before = previous_sla_figures(ctx, period, group=group, member=member, now=at)
            return replace(other, previous_sla=before, weak=weak_spots(other.sla, before))
        if other is not None:
            return replace(other, previous_sla=(), weak=weak_spots(other.sla, ()))
        return _dashboard(
            ctx, period, group=group, member=member, now=at, cache=True, previous=previous
        )

    def refresh(old: Dashboard) -> Dashboard:
        before = old.previous_sla
        if previous:
            before = previous_sla_figures(ctx, period, group=group, member=member, now=at)
        sla = _with_front(old.sla, _sla_front(ctx, period, group, member, at))
        return replace(old, sla=sla, previous_sla=before, weak=weak_spots(sla, before))

    return _cached(
        ctx,
        ("dashboard", period, group, member, previous),
        compute,
        now=at,
        until=lambda: _front_due(ctx, period, group, member, at),
        refresh=refresh,
    )


def previous_sla_figures(
    ctx: ServiceContext,
    period: Period,
    *,
    group: str = "dealer",
    member: str | None = None,
    now: datetime | None = None,
    cache: bool = True,
) -> tuple[SlaFigure, ...]:
    """The SLA figures of the period before `period` (the weak spots' trend). They rarely
    change: cached on their own until the data changes (or an open front-desk clock of that
    period passes its limit, as in `dashboard`)."""
    before = period.previous()
    at = now or ctx.now()

    def compute() -> tuple[SlaFigure, ...]:
        return sla_figures(ctx, before, now=at, group=group, member=member)

    def refresh(old: tuple[SlaFigure, ...]) -> tuple[SlaFigure, ...]:
        return _with_front(old, _sla_front(ctx, before, group, member, at))

    if cache:
        return _cached(
            ctx,
            ("sla", before, group, member),
            compute,
            now=at,
            until=lambda: _front_due(ctx, before, group, member, at),
            refresh=refresh,
        )
    return compute()


_WORKERS = max(2, min(4, os.cpu_count() or 2))
"""Threads computing one dashboard's figure sets at once: each set is its own read on its own
connection, and SQLite runs queries without the GIL, so a dashboard uses the cores there are."""


def _dashboard(
    ctx: ServiceContext,
    period: Period,
    *,
    group: str,
    member: str | None,
    now: datetime | None,
    cache: bool,
    previous: bool = True,
) -> Dashboard:
    at = now or ctx.now()
    scope: dict[str, Any] = {"group": group, "member": member}

    def count() -> int:
        with ctx.reading() as session:
            value = session.scalar(select(func.count()).where(*_case_filter(period, group, member)))
        return int(value or 0)

    calls: dict[str, Callable[[], Any]] = {
        # The SLA figures' two halves (SQL aggregates, W4 on the job clock) side by side.
        "sla": lambda: _sla_rule_counts(ctx, period, group, member, at),
        "w4": lambda: _sla_w4(ctx, period, group, member, at),
        "front": lambda: _sla_front(ctx, period, group, member, at),
        "previous": lambda: (
            previous_sla_figures(ctx, period, now=at, cache=cache, **scope) if previous else ()
        ),
        "stages": lambda: stage_waits(ctx, period, **scope),
        "quality": lambda: quality_figures(ctx, period, **scope),
        "declined": lambda: declined_figures(ctx, period, **scope),
        "delays": lambda: delay_figures(ctx, period, **scope),
        "count": count,
    }
    if ctx.session is not None:  # bound to one session: it is not shared between threads
        got = {name: call() for name, call in calls.items()}
    else:
        with ThreadPoolExecutor(_WORKERS, thread_name_prefix="kpi") as pool:
            futures = {name: pool.submit(call) for name, call in calls.items()}
            got = {name: future.result() for name, future in futures.items()}
    sla = _sla_combined(got["sla"], got["w4"], got["front"])
    return Dashboard(
        period=period,
        sla=sla,
        stages=got["stages"],
        quality=got["quality"],
        cases=got["count"],
        weak=weak_spots(sla, got["previous"]),
        previous_sla=got["previous"],
        delays=got["delays"],
        declined=got["declined"],
    )


@dataclass(frozen=True)
class CaseBrief:
    id: str
    order_no: str
    customer_name: str
    plate: str
    asset_label: str
    opened_at: datetime


def case_briefs(ctx: ServiceContext, case_ids: Sequence[str]) -> tuple[CaseBrief, ...]:
    """The cases behind a figure, by order number."""
    ids = list(case_ids)
    result: list[CaseBrief] = []
    with ctx.reading() as session:
        for chunk in range(0, len(ids), 500):
            rows = session.execute(
                select(
                    ServiceCase.id,
                    ServiceCase.order_no,
                    ServiceCase.customer_name,
                    ServiceCase.plate,
                    ServiceCase.asset_label,
                    ServiceCase.opened_at,
                ).where(ServiceCase.id.in_(ids[chunk : chunk + 500]))
            )
            result.extend(CaseBrief(*row) for row in rows)
    return tuple(sorted(result, key=lambda brief: brief.order_no))


# -- weak spots -------------------------------------------------------------------------------

DEFAULT_TARGET = 0.95
"""The standard's clocks are obligations: by default the dealer aims at 95 % on time each."""


@dataclass(frozen=True)
class WeakSpot:
    rule_id: str
    share_on_time: float
    target: float
    previous_share: float | None

    @property
    def gap(self) -> float:
        return self.target - self.share_on_time

    @property
    def trend(self) -> float | None:
        """Change against the previous period (positive: better)."""
        return None if self.previous_share is None else self.share_on_time - self.previous_share


def weak_spots(
    current: Sequence[SlaFigure],
    previous: Sequence[SlaFigure],
    targets: dict[str, float] | None = None,
) -> tuple[WeakSpot, ...]:
    """The rules below their target, furthest below first."""
    before = {f.rule_id: f.share_on_time for f in previous}
    spots = []
    for figure in current:
        share = figure.share_on_time
        # A variant (P3-urgent, W1-urgent) has its rule's target unless it has its own.
        base = (targets or {}).get(figure.rule_id.split("-")[0], DEFAULT_TARGET)
        target = (targets or {}).get(figure.rule_id, base)
        if share is not None and share < target:
            spots.append(WeakSpot(figure.rule_id, share, target, before.get(figure.rule_id)))
    return tuple(sorted(spots, key=lambda spot: -spot.gap))
