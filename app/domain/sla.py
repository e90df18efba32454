"""SLA clocks of the service standard as data, and one pure function for their status.

Each rule starts at one event and is met by another within a limit (A2, A3, P3, W1). Two are
special: W4 (hourly progress updates on jobs over 2 h) recurs, and W5 (delay notice at least
30 minutes before the promised time) runs backwards from a promise. `evaluate` turns
(rule, events, now) into a status; the UI countdowns, KPIs and reports all use it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol


class SlaStatus(StrEnum):
    RUNNING = "running"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"
    MISSED = "missed"


class SlaKind(StrEnum):
    WINDOW = "window"
    """Stop event within `limit` of the start event."""
    RECURRING = "recurring"
    """Stop event repeatedly, no gap longer than `limit`, while the job runs (W4)."""
    BEFORE_PROMISE = "before_promise"
    """Stop event at least `limit` before the promised time, unless the job is done (W5)."""


@dataclass(frozen=True)
class SlaRule:
    rule_id: str
    kind: SlaKind
    start: str
    stop: str
    limit: timedelta
    due_soon: timedelta
    urgent_only: bool = False
    normal_only: bool = False
    min_job_hours: float = 0.0
    done: str = ""
    """For RECURRING and BEFORE_PROMISE: the event that ends the obligation."""


MIN = timedelta(minutes=1)

SLA_RULES: tuple[SlaRule, ...] = (
    SlaRule(
        "A2", SlaKind.WINDOW, "appointment_requested", "appointment_confirmed", 15 * MIN, 5 * MIN
    ),
    SlaRule(
        "A3",
        SlaKind.WINDOW,
        "appointment_requested",
        "fast_track_arranged",
        60 * MIN,
        15 * MIN,
        urgent_only=True,
    ),
    SlaRule(
        "P3-urgent",
        SlaKind.WINDOW,
        "inquiry_received",
        "inquiry_replied",
        30 * MIN,
        10 * MIN,
        urgent_only=True,
    ),
    SlaRule(
        "P3",
        SlaKind.WINDOW,
        "inquiry_received",
        "inquiry_replied",
        120 * MIN,
        30 * MIN,
        normal_only=True,
    ),
    SlaRule("W1", SlaKind.WINDOW, "confirmation_signed", "dispatched", 5 * MIN, 2 * MIN),
    SlaRule(
        "W1-urgent",
        SlaKind.WINDOW,
        "confirmation_signed",
        "work_started",
        30 * MIN,
        10 * MIN,
        urgent_only=True,
    ),
    SlaRule(
        "W4",
        SlaKind.RECURRING,
        "work_started",
        "progress_update",
        60 * MIN,
        10 * MIN,
        min_job_hours=2.0,
        done="work_finished",
    ),
    SlaRule(
        "W5",
        SlaKind.BEFORE_PROMISE,
        "promised",
        "delay_notice",
        30 * MIN,
        30 * MIN,
        done="work_finished",
    ),
)

RULES_BY_ID = {rule.rule_id: rule for rule in SLA_RULES}


@dataclass(frozen=True)
class SlaResult:
    rule_id: str
    status: SlaStatus
    due: datetime | None
    """When the obligation falls due (or fell due); None when it is not yet defined."""


Events = Mapping[str, Sequence[datetime]]
"""Event kind -> the times it happened, in any order."""


def applies(rule: SlaRule, events: Events, urgent: bool, job_hours: float) -> bool:
    if rule.urgent_only and not urgent:
        return False
    if rule.normal_only and urgent:
        return False
    if rule.min_job_hours and job_hours <= rule.min_job_hours:
        return False
    return bool(events.get(rule.start))


def _window_status(
    due: datetime, stopped: datetime | None, now: datetime, warn: timedelta
) -> SlaStatus:
    if stopped is not None:
        return SlaStatus.MET if stopped <= due else SlaStatus.MISSED
    if now > due:
        return SlaStatus.OVERDUE
    if now >= due - warn:
        return SlaStatus.DUE_SOON
    return SlaStatus.RUNNING


def evaluate(rule: SlaRule, events: Events, now: datetime) -> SlaResult:
    """Status of one rule for one case (or inquiry) at `now`. The rule must apply."""
    starts = sorted(events.get(rule.start, ()))
    stops = sorted(events.get(rule.stop, ()))
    done = sorted(events.get(rule.done, ())) if rule.done else []
    if not starts:
        return SlaResult(rule.rule_id, SlaStatus.RUNNING, None)
    start = starts[0]

    if rule.kind is SlaKind.WINDOW:
        due = start + rule.limit
        first_stop = next((t for t in stops if t >= start), None)
        return SlaResult(rule.rule_id, _window_status(due, first_stop, now, rule.due_soon), due)

    if rule.kind is SlaKind.RECURRING:
        end = done[0] if done else None
        horizon = end if end is not None else now
        mark = start
        for stamp in stops:
            if stamp < start or stamp > horizon:
                continue
            if stamp - mark > rule.limit:
                return SlaResult(rule.rule_id, SlaStatus.MISSED, mark + rule.limit)
            mark = stamp
        due = mark + rule.limit
        if end is not None:
            status = SlaStatus.MET if end - mark <= rule.limit else SlaStatus.MISSED
            return SlaResult(rule.rule_id, status, due)
        return SlaResult(rule.rule_id, _window_status(due, None, now, rule.due_soon), due)

    # BEFORE_PROMISE: the start event's time is the promised completion time.
    promised = starts[-1]
    due = promised - rule.limit
    notice = stops[0] if stops else None
    if notice is not None:
        return SlaResult(rule.rule_id, SlaStatus.MET if notice <= due else SlaStatus.MISSED, due)
    if done and done[0] <= promised:
        return SlaResult(rule.rule_id, SlaStatus.MET, due)
    if done:
        return SlaResult(rule.rule_id, SlaStatus.MISSED, due)
    return SlaResult(rule.rule_id, _window_status(due, None, now, rule.due_soon), due)


def evaluate_all(
    events: Events,
    now: datetime,
    urgent: bool = False,
    job_hours: float = 0.0,
    rules: Iterable[SlaRule] = SLA_RULES,
) -> tuple[SlaResult, ...]:
    return tuple(
        evaluate(rule, events, now) for rule in rules if applies(rule, events, urgent, job_hours)
    )


class HasStatus(Protocol):
    @property
    def status(self) -> SlaStatus: ...


def worst(results: Iterable[HasStatus]) -> SlaStatus | None:
    """The status that most needs attention, for list badges."""
    order = [
        SlaStatus.OVERDUE,
        SlaStatus.MISSED,
        SlaStatus.DUE_SOON,
        SlaStatus.RUNNING,
        SlaStatus.MET,
    ]
    found = {result.status for result in results}
    return next((status for status in order if status in found), None)


# -- W4 by hours of work (issue 8 item 6) ---------------------------------------------------

W4_FIRST_LONG = timedelta(hours=1)
"""A job estimated over 2 h: the first update is due after 1 h of work."""
W4_LONG = timedelta(hours=2)
"""A job estimated shorter becomes long when its work passes 2 h: an update is due then."""
W4_EVERY = timedelta(hours=1)
W4_WARN = timedelta(minutes=10)

ClockRow = tuple[str | None, str, datetime]
"""(labor line id or None, start | pause | resume | finish, at)."""


def work_intervals(rows: Iterable[ClockRow], now: datetime) -> list[tuple[datetime, datetime]]:
    """When someone was working on the job: the union of the running clocks of its lines
    (a clock still running counts up to `now`)."""
    running: set[str | None] = set()
    began: datetime | None = None
    spans: list[tuple[datetime, datetime]] = []
    for line, kind, at in sorted(rows, key=lambda r: r[2]):
        if kind in ("start", "resume"):
            if not running:
                began = at
            running.add(line)
        elif kind in ("pause", "finish") and line in running:
            running.discard(line)
            if not running and began is not None:
                spans.append((began, at))
                began = None
    if running and began is not None and now > began:
        spans.append((began, now))
    return spans


def _worked(spans: Sequence[tuple[datetime, datetime]], at: datetime) -> timedelta:
    total = timedelta(0)
    for start, end in spans:
        if start >= at:
            break
        total += min(end, at) - start
    return total


def _moment_of(spans: Sequence[tuple[datetime, datetime]], work: timedelta) -> datetime | None:
    """The wall time at which `work` hours of work were (or will be, if still running)
    reached; None when the clocks stopped short of it."""
    total = timedelta(0)
    for start, end in spans:
        if total + (end - start) >= work:
            return start + (work - total)
        total += end - start
    return None


def evaluate_w4(
    rows: Iterable[ClockRow],
    updates: Iterable[datetime],
    now: datetime,
    estimate_hours: float,
    finished: datetime | None = None,
) -> SlaResult | None:
    """W4 measured in hours of WORK from the actual start (the job clock), not wall time and
    not the estimate alone: a job applies when its estimate or its work passes 2 h; then an
    update is due every hour of work. None when W4 does not apply (yet)."""
    spans = work_intervals(rows, finished or now)
    if not spans:
        return None
    horizon = finished or now
    long_by_estimate = estimate_hours > W4_LONG.total_seconds() / 3600
    worked_now = _worked(spans, horizon)
    if not long_by_estimate and worked_now + W4_WARN < W4_LONG:
        return None
    limit = W4_FIRST_LONG if long_by_estimate else W4_LONG
    mark = timedelta(0)
    for stamp in sorted(updates):
        if stamp < spans[0][0] or stamp > horizon:
            continue
        at = _worked(spans, stamp)
        if at - mark > limit:
            return SlaResult("W4", SlaStatus.MISSED, _moment_of(spans, mark + limit))
        mark = at
        limit = W4_EVERY
    target = mark + limit
    due = _moment_of(spans, target)
    if finished is not None:
        status = SlaStatus.MET if worked_now - mark <= limit else SlaStatus.MISSED
        return SlaResult("W4", status, due)
    if due is None and spans[-1][1] >= now and now - spans[-1][1] < timedelta(seconds=1):
        due = now + (target - worked_now)  # running: when the next update falls due
    if worked_now > target:
        status = SlaStatus.OVERDUE
    elif worked_now >= target - W4_WARN:
        status = SlaStatus.DUE_SOON
    else:
        status = SlaStatus.RUNNING
    return SlaResult("W4", status, due)
