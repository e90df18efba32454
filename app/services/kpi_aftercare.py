"""The manager dashboard's after-sales figures and weak spots (issue 10 items 1–2, P5):
complaints by category with their time to resolution, feedback scores by category, estimate vs
settlement differences (D4) and the weak spots among the time rules AND the stages against the
dealer's own targets (app/services/kpi_targets.py), with their trend against the previous period.

Every figure is one aggregate SQL query over the period's rows (GROUP BY, the case ids behind a
figure as group_concat for the drill-down); only the complaints' median resolution time is taken
in Python over the complaint rows (few). Scope as in app/services/kpi.py: the cases opened in the
period (complaints: opened in the period), dealer-wide or for one advisor, technician or bay.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import ColumnElement, Integer, func, select, true
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session, aliased

from app.services import kpi, kpi_targets
from app.services._support import identity
from app.services.context import ServiceContext
from app.store.models import Assignment, Complaint, Feedback, ServiceCase, Settlement

_T = TypeVar("_T")

WEAK_SCORE = 3
"""A category scored at or below this is a weak answer (as app/services/aftercare.py)."""

# -- scope ------------------------------------------------------------------------------------


def _cases(period: kpi.Period, group: str, member: str | None) -> list[ColumnElement[bool]]:
    """The period's cases of the scope, the same cases as kpi's own figures (one definition
    of a member: the "bay" member is the bay of the case's active assignment)."""
    return kpi._case_filter(period, group, member)


def _ids(joined: str | None) -> tuple[str, ...]:
    return tuple(sorted(set(joined.split(",")))) if joined else ()


def bay_names(ctx: ServiceContext) -> tuple[str, ...]:
    """The bays jobs were dispatched to (the "bay" group's members: the bay of a case's
    active assignment, as kpi counts them)."""
    with ctx.reading() as session:
        names = session.scalars(
            select(Assignment.bay)
            .where(
                Assignment.bay != "",
                Assignment.active.is_(True),
                Assignment.deleted_at.is_(None),
            )
            .distinct()
            .order_by(Assignment.bay)
        )
        return tuple(names)


# -- complaints -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintCategory:
    category: str
    count: int
    resolved: int
    median_hours: float | None
    """Opening to resolution, of the resolved ones."""
    case_ids: tuple[str, ...]


def complaint_figures(
    session: Session, period: kpi.Period, group: str = "dealer", member: str | None = None
) -> tuple[ComplaintCategory, ...]:
    """Complaints opened in the period by category, most frequent first."""
    opened = func.coalesce(Complaint.opened_at, Complaint.created_at)
    hours = (func.julianday(Complaint.resolved_at) - func.julianday(opened)) * 24.0
    query = select(Complaint.category, Complaint.case_id, hours).where(
        opened >= period.start, opened < period.end, Complaint.deleted_at.is_(None)
    )
    if member is not None:
        query = query.join(ServiceCase, ServiceCase.id == Complaint.case_id).where(
            *kpi._member_filter(group, member)
        )
    per: dict[str, list[Any]] = {}
    for category, case_id, took in session.execute(query):
        per.setdefault(str(category), []).append((case_id, took))
    result = [
        ComplaintCategory(
            category=category,
            count=len(rows),
            resolved=sum(1 for _c, took in rows if took is not None),
            median_hours=kpi.median([float(t) for _c, t in rows if t is not None and t >= 0]),
            case_ids=tuple(sorted({c for c, _t in rows if c})),
        )
        for category, rows in per.items()
    ]
    return tuple(sorted(result, key=lambda c: (-c.count, c.category)))


# -- feedback ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedbackCategory:
    category: str
    scored: int
    average: float | None
    weak: int
    """Scored at or below WEAK_SCORE."""
    weak_case_ids: tuple[str, ...]


@dataclass(frozen=True)
class FeedbackFigures:
    responses: int
    average: float | None
    categories: tuple[FeedbackCategory, ...]
    low_case_ids: tuple[str, ...]
    """Cases whose overall score was WEAK_SCORE or less."""


def feedback_figures(
    session: Session, period: kpi.Period, group: str = "dealer", member: str | None = None
) -> FeedbackFigures:
    """Feedback on the period's cases: the overall score and each category's (P5)."""
    cases = select(ServiceCase.id).where(*_cases(period, group, member)).scalar_subquery()
    alive = [
        Feedback.case_id.in_(cases),
        Feedback.deleted_at.is_(None),
        Feedback.declined.is_(False),
    ]
    overall = session.execute(
        select(
            func.count(Feedback.score),
            func.avg(Feedback.score),
            func.group_concat(
                func.iif(
                    Feedback.score <= WEAK_SCORE, func.uuid_text(Feedback.case_id), None
                ).distinct()
            ),
        ).where(*alive)
    ).one()
    each = (
        func.json_each(Feedback.category_scores)
        .table_valued("key", "value", joins_implicitly=True)
        .alias("each")
    )
    value = each.c.value
    rows = session.execute(
        select(
            each.c.key,
            func.count(value),
            func.avg(value),
            func.sum(func.iif(value <= WEAK_SCORE, 1, 0)),
            func.group_concat(
                func.iif(value <= WEAK_SCORE, func.uuid_text(Feedback.case_id), None).distinct()
            ),
        )
        .select_from(Feedback, each)
        .where(*alive, Feedback.category_scores != "{}")
        .group_by(each.c.key)
    ).all()
    found = {str(key): row for key, *row in rows}
    from app.services.aftercare import FEEDBACK_CATEGORIES

    names = list(FEEDBACK_CATEGORIES) + sorted(set(found) - set(FEEDBACK_CATEGORIES))
    categories = []
    for name in names:
        scored, average, weak, ids = found.get(name, (0, None, 0, None))
        categories.append(
            FeedbackCategory(
                name,
                int(scored),
                None if average is None else float(average),
                int(weak or 0),
                _ids(ids),
            )
        )
    return FeedbackFigures(
        responses=int(overall[0] or 0),
        average=None if overall[1] is None else float(overall[1]),
        categories=tuple(categories),
        low_case_ids=_ids(overall[2]),
    )


# -- estimate vs settlement (D4) --------------------------------------------------------------


@dataclass(frozen=True)
class DifferenceKind:
    kind: str
    """labor | part | discount | compensation | tax"""
    rows: int
    amount_fen: int
    """Their effect on the totals to pay (positive: more than estimated)."""
    case_ids: tuple[str, ...]


@dataclass(frozen=True)
class DifferenceFigures:
    settled: int
    """The period's cases with a settlement (its latest version)."""
    compared: int
    """Of which the signed estimate's total is known."""
    differing_case_ids: tuple[str, ...]
    more_fen: int
    """Sum of the settlements above their estimate."""
    less_fen: int
    """Sum of the settlements below their estimate (a negative number)."""
    by_kind: tuple[DifferenceKind, ...]
    reasons: tuple[tuple[str, int], ...]
    """The advisors' reasons (tax rows apart), most frequent first, at most five."""

    @property
    def differing(self) -> int:
        return len(self.differing_case_ids)


def difference_figures(
    session: Session, period: kpi.Period, group: str = "dealer", member: str | None = None
) -> DifferenceFigures:
    """Each case's latest settlement against the signed estimate it records (D4).

    One pass over the settlements (their snapshots are wide rows): one SQL row per recorded
    difference (or one per settlement without any), summed in Python."""
    newer = aliased(Settlement)
    latest = (
        select(
            Settlement.case_id.label("case_id"),
            Settlement.total_fen.label("total_fen"),
            # stored compressed (app.store.snapshots): its text for the JSON functions
            func.snapshot_text(Settlement.snapshot).label("snapshot"),
        )
        .join(ServiceCase, ServiceCase.id == Settlement.case_id)
        .where(
            *_cases(period, group, member),
            Settlement.deleted_at.is_(None),
            ~select(newer.id)
            .where(
                newer.case_id == Settlement.case_id,
                newer.version > Settlement.version,
                newer.deleted_at.is_(None),
            )
            .exists(),
        )
        # Materialized: each snapshot decompressed once, not once per use and difference.
        .cte("latest")
        .prefix_with("MATERIALIZED")
    )
    each = (
        func.json_each(latest.c.snapshot, "$.differences")
        .table_valued("value", joins_implicitly=True)
        .alias("each")
    )
    estimate_fen = sql_cast(
        func.round(func.json_extract(latest.c.snapshot, "$.estimate.total") * 100), Integer
    )
    amount = sql_cast(func.round(func.json_extract(each.c.value, "$.amount") * 100), Integer)
    rows = session.execute(
        select(
            latest.c.case_id,
            latest.c.total_fen,
            estimate_fen,
            func.json_extract(each.c.value, "$.kind"),
            amount,
            func.trim(func.json_extract(each.c.value, "$.reason")),
        )
        .select_from(latest)
        .outerjoin(each, true())
    ).all()
    settled: dict[str, int | None] = {}
    totals: dict[str, int] = {}
    kinds: dict[str, list[Any]] = {}
    reasons: dict[str, int] = {}
    for case_id, total_fen, estimated, kind, fen, reason in rows:
        if case_id not in settled:
            settled[case_id] = None if estimated is None else int(total_fen) - int(estimated)
        totals[case_id] = int(total_fen)
        if kind is None:
            continue
        entry = kinds.setdefault(str(kind), [0, 0, set()])
        entry[0] += 1
        entry[1] += int(fen or 0)
        entry[2].add(case_id)
        if kind != "tax" and reason:
            reasons[str(reason)] = reasons.get(str(reason), 0) + 1
    deltas = {case_id: d for case_id, d in settled.items() if d is not None}
    return DifferenceFigures(
        settled=len(settled),
        compared=len(deltas),
        differing_case_ids=tuple(sorted(c for c, d in deltas.items() if d)),
        more_fen=sum(d for d in deltas.values() if d > 0),
        less_fen=sum(d for d in deltas.values() if d < 0),
        by_kind=tuple(
            DifferenceKind(kind, n, fen, tuple(sorted(ids)))
            for kind, (n, fen, ids) in sorted(kinds.items(), key=lambda i: (-i[1][0], i[0]))
        ),
        reasons=tuple(sorted(reasons.items(), key=lambda i: (-i[1], i[0]))[:5]),
    )


# -- weak spots: rules and stages against the dealer's targets ---------------------------------


@dataclass(frozen=True)
class Weakness:
    key: str
    """A rule id (A2 … W5) or a stage key "<start>-<stop>" (kpi_targets)."""
    value: float
    """Rules: the share on time (0..1); stages: the 90th percentile wait in minutes."""
    target: float
    previous: float | None
    """The same figure in the previous period."""

    @property
    def is_stage(self) -> bool:
        return kpi_targets.is_stage(self.key)

    @property
    def gap(self) -> float:
        """How far below target, relative to the target (0.1: 10 % short of it)."""
        if self.is_stage:
            return (self.value - self.target) / self.target
        return (self.target - self.value) / self.target

    @property
    def trend(self) -> float | None:
        """Change against the previous period in the figure's own unit, positive: better
        (a share up, a wait down)."""
        if self.previous is None:
            return None
        return self.previous - self.value if self.is_stage else self.value - self.previous


def weaknesses(
    sla: Sequence[kpi.SlaFigure],
    previous_sla: Sequence[kpi.SlaFigure],
    stages: Sequence[kpi.StageWait],
    previous_stages: Sequence[kpi.StageWait],
    targets: dict[str, float],
) -> tuple[Weakness, ...]:
    """The rules and stages that miss their target, furthest (relatively) below first."""
    spots = [
        Weakness(s.rule_id, s.share_on_time, s.target, s.previous_share)
        for s in kpi.weak_spots(sla, previous_sla, targets)
    ]
    before = {kpi_targets.stage_key(w.start, w.stop): w.p90_minutes for w in previous_stages}
    for wait in stages:
        key = kpi_targets.stage_key(wait.start, wait.stop)
        target = targets.get(key)
        if target is not None and wait.p90_minutes is not None and wait.p90_minutes > target:
            spots.append(Weakness(key, wait.p90_minutes, target, before.get(key)))
    return tuple(sorted(spots, key=lambda spot: (-spot.gap, spot.key)))


# -- the screen's figures in one call ---------------------------------------------------------


@dataclass(frozen=True)
class ScreenFigures:
    dashboard: kpi.Dashboard
    targets: dict[str, float]
    weak: tuple[Weakness, ...]
    complaints: tuple[ComplaintCategory, ...]
    feedback: FeedbackFigures
    differences: DifferenceFigures
    trend: bool = True
    """False: the previous period's figures are not computed yet (the weak spots' `previous`
    is None until `screen_trend` adds them)."""


@dataclass(frozen=True)
class AftercareFigures:
    complaints: tuple[ComplaintCategory, ...]
    feedback: FeedbackFigures
    differences: DifferenceFigures


def aftercare_figures(
    ctx: ServiceContext, period: kpi.Period, group: str = "dealer", member: str | None = None
) -> AftercareFigures:
    """This module's figures for one period (what benchmarks time on their own)."""
    with ctx.reading() as session:
        return AftercareFigures(
            complaint_figures(session, period, group, member),
            feedback_figures(session, period, group, member),
            difference_figures(session, period, group, member),
        )


def screen_figures(
    ctx: ServiceContext,
    period: kpi.Period,
    *,
    group: str = "dealer",
    member: str | None = None,
    now: datetime | None = None,
    trend: bool = True,
) -> ScreenFigures:
    """Everything the manager's dashboard shows (run it on the task runner): kpi.dashboard,
    the dealer's targets, the weak spots among rules and stages, and the after-sales figures.
    Cached per period and scope until the data changes, as kpi.dashboard.

    trend=False leaves out the previous period's figures (the weak spots' trend, more than
    half of the work on a big dealer): what the screen shows first (issue 10 item 5);
    `screen_trend` then adds them, giving exactly what trend=True gives."""
    if ctx.session is not None:  # bound to one session: it is not shared between threads
        board = kpi.dashboard(ctx, period, group=group, member=member, now=now, previous=trend)
        after = _aftercare(ctx, period, group, member)
    else:
        # The after-sales figures are their own reads: computed beside the dashboard's.
        with ThreadPoolExecutor(1, thread_name_prefix="kpi-aftercare") as pool:
            later = pool.submit(_aftercare, ctx, period, group, member)
            board = kpi.dashboard(ctx, period, group=group, member=member, now=now, previous=trend)
            after = later.result()
    with ctx.reading() as session:
        targets = kpi_targets.targets(session, identity(session).dealer_id)
    figures = ScreenFigures(
        dashboard=board,
        targets=targets,
        weak=weaknesses(board.sla, (), board.stages, (), _with_variants(targets)),
        complaints=after.complaints,
        feedback=after.feedback,
        differences=after.differences,
        trend=False,
    )
    if not trend:
        return figures
    return _with_trend(ctx, figures, board.previous_sla, group, member)


def screen_trend(
    ctx: ServiceContext,
    figures: ScreenFigures,
    *,
    group: str = "dealer",
    member: str | None = None,
    now: datetime | None = None,
) -> ScreenFigures:
    """The screen's second call (run it on the task runner): `figures` (from
    screen_figures(trend=False)) with the previous period's SLA figures and stage waits, the
    weak spots' `previous` and trend filled in."""
    if figures.trend:
        return figures
    period = figures.dashboard.period
    previous_sla = kpi.previous_sla_figures(ctx, period, group=group, member=member, now=now)
    return _with_trend(ctx, figures, previous_sla, group, member)


def _aftercare(
    ctx: ServiceContext, period: kpi.Period, group: str, member: str | None
) -> AftercareFigures:
    return _cached(
        ctx,
        ("aftercare", period, group, member),
        lambda: aftercare_figures(ctx, period, group, member),
    )


def _with_trend(
    ctx: ServiceContext,
    figures: ScreenFigures,
    previous_sla: tuple[kpi.SlaFigure, ...],
    group: str,
    member: str | None,
) -> ScreenFigures:
    board = figures.dashboard
    period = board.period

    def previous_stages() -> tuple[kpi.StageWait, ...]:
        return kpi.stage_waits(ctx, period.previous(), group=group, member=member)

    before = _cached(ctx, ("stages", period.previous(), group, member), previous_stages)
    return replace(
        figures,
        dashboard=replace(
            board, previous_sla=previous_sla, weak=kpi.weak_spots(board.sla, previous_sla)
        ),
        weak=weaknesses(
            board.sla, previous_sla, board.stages, before, _with_variants(figures.targets)
        ),
        trend=True,
    )


def _with_variants(targets: dict[str, float]) -> dict[str, float]:
    """The urgent clocks (W1-urgent, P3-urgent) aim at their rule's target."""
    return {**targets, "W1-urgent": targets["W1"], "P3-urgent": targets["P3"]}


def stage_over_target(
    ctx: ServiceContext, period: kpi.Period, key: str, minutes: float
) -> tuple[str, ...]:
    """Drill-down of a stage weak spot: the cases that waited longer than its target."""
    start, stop = key.split("-", 1)
    return kpi.stage_cases(ctx, period, start, stop, minutes)


# -- a small cache of this module's own, dropped by any change to the data ---------------------

_CACHE: dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = {}
_CACHE_LOCK = threading.Lock()


def _cached(ctx: ServiceContext, key: tuple[Any, ...], compute: Callable[[], _T]) -> _T:
    token = kpi.data_token(ctx)
    full = (str(ctx.data_dir), *key)
    with _CACHE_LOCK:
        hit = _CACHE.get(full)
        if hit is not None and hit[0] == token:
            return cast(_T, hit[1])
    value = compute()
    with _CACHE_LOCK:
        if len(_CACHE) > 32:
            _CACHE.clear()
        _CACHE[full] = (token, value)
    return value


def clear_cache() -> None:
    with _CACHE_LOCK:
        _CACHE.clear()
