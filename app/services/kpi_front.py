"""The front desk's SLA figures (A2, A3, P3, P3-urgent) as SQL aggregates (issue 10 item 1, P5).

A2/A3 run on appointments (requested -> confirmed / fast track arranged), P3 on inquiries
(received -> replied); `app.services.appointments.appointment_sla` / `inquiry_sla` evaluate them
one at a time through the domain's `evaluate`. Here each table's window rules become one
statement with one GROUP BY, counted as the domain evaluates them: a stop at/after the start and
not after start + limit is met, a later one missed; an appointment or inquiry still open past
its limit at `now` is missed (OVERDUE), one still within its limit is not counted.

An appointment belongs to the period by `requested_at`, an inquiry by `received_at`. The
advisor of an appointment is its `advisor_id` (P2: the first contact, or whoever confirmed it);
of an inquiry the advisor who replied (`replied_by`): an inquiry nobody answered is only in the
dealer-wide figures. A miss has a case to drill into only when the appointment became one.
tests/integration/test_kpi_front_sla.py checks the boundaries and the per-item evaluation.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.domain.sla import SLA_RULES, SlaKind, SlaRule, SlaStatus
from app.services.kpi_sla import shift_sql
from app.store.functions import id_bytes
from app.store.models import Appointment, Inquiry


@dataclass(frozen=True)
class FrontTable:
    """A table whose rows carry front-desk SLA events as time columns."""

    table: str
    events: dict[str, str]
    """Event name -> the time column recording it."""
    start: str
    """The column placing a row in a period (the rules' start event)."""
    advisor: str
    case: str | None
    """The column naming the case a row became, if any."""


TABLES = (
    FrontTable(
        "appointment",
        {
            "appointment_requested": "requested_at",
            "appointment_confirmed": "confirmed_at",
            "fast_track_arranged": "fast_track_at",
        },
        "requested_at",
        "advisor_id",
        "case_id",
    ),
    FrontTable(
        "inquiry",
        {"inquiry_received": "received_at", "inquiry_replied": "replied_at"},
        "received_at",
        "replied_by",
        None,
    ),
)

FRONT_RULES: tuple[str, ...] = tuple(
    rule.rule_id
    for rule in SLA_RULES
    for table in TABLES
    if rule.kind is SlaKind.WINDOW and {rule.start, rule.stop} <= set(table.events)
)
"""A2, A3, P3-urgent, P3: the rules counted here (shown dealer-wide and per advisor only)."""


@dataclass(frozen=True)
class FrontCount:
    met: int
    missed: int
    missed_case_ids: tuple[str, ...]
    missed_without_case: int
    """Misses with no case behind them (an inquiry, an appointment that never arrived)."""


def _rules(table: FrontTable) -> list[SlaRule]:
    return [
        rule
        for rule in SLA_RULES
        if rule.kind is SlaKind.WINDOW and {rule.start, rule.stop} <= set(table.events)
    ]


def _clock(table: FrontTable, rule: SlaRule) -> str:
    seconds = rule.limit.total_seconds()
    if seconds != int(seconds):
        raise ValueError(f"{rule.rule_id}: limits must be whole seconds for the SQL figures")
    start, stop = table.events[rule.start], table.events[rule.stop]
    due = shift_sql(f"r.{start}", int(seconds))
    where = [f"r.{start} IS NOT NULL"]
    if rule.urgent_only:
        where.append("r.urgent = 1")
    if rule.normal_only:
        where.append("r.urgent = 0")
    # evaluate(): the first stop at/after the start (one stored time: it or none).
    met = (
        f"CASE WHEN r.{stop} IS NOT NULL AND r.{stop} >= r.{start}"
        f" THEN CASE WHEN r.{stop} <= {due} THEN 1 ELSE 0 END"
        f" WHEN :now > {due} THEN 0 END"
    )
    return (
        f"SELECT '{rule.rule_id}' AS rule, r.case_id AS case_id, {met} AS met"
        f" FROM items r WHERE {' AND '.join(where)}"
    )


def figures_sql(table: FrontTable, *, per_advisor: bool = False) -> str:
    """One statement per table: (rule, met, total, missed case ids, misses without a case)."""
    columns = sorted({table.start, *table.events.values()})
    member = f" AND {table.advisor} = :member" if per_advisor else ""
    items = (
        f"SELECT urgent, {', '.join(columns)}, {table.case or 'NULL'} AS case_id"
        f" FROM {table.table} WHERE {table.start} >= :start AND {table.start} < :end"
        f" AND deleted_at IS NULL{member}"
    )
    clocks = " UNION ALL ".join(_clock(table, rule) for rule in _rules(table))
    return (
        f"WITH items AS MATERIALIZED ({items}), clocks AS ({clocks})"
        " SELECT rule, SUM(met), COUNT(*),"
        " group_concat(CASE WHEN met = 0 THEN uuid_text(case_id) END),"
        " SUM(CASE WHEN met = 0 AND case_id IS NULL THEN 1 ELSE 0 END)"
        " FROM clocks WHERE met IS NOT NULL GROUP BY rule"
    )


def _stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M:%S.%f")


def front_counts(
    session: Session,
    start: datetime,
    end: datetime,
    now: datetime,
    *,
    advisor: str | None = None,
) -> dict[str, FrontCount]:
    """rule id -> counts for the appointments requested / inquiries received in [start, end)
    (of one advisor when `advisor` is given)."""
    params: dict[str, Any] = {"start": _stamp(start), "end": _stamp(end), "now": _stamp(now)}
    if advisor is not None:
        params["member"] = id_bytes(advisor)  # as stored (app.store.types)
    result: dict[str, FrontCount] = {}
    for table in TABLES:
        sql = figures_sql(table, per_advisor=advisor is not None)
        for rule, met, total, ids, uncased in session.execute(text(sql), params):
            missed_ids = tuple(sorted(set(ids.split(",")))) if ids else ()
            result[str(rule)] = FrontCount(
                int(met), int(total) - int(met), missed_ids, int(uncased or 0)
            )
    return result


def front_counts_per_item(
    session: Session,
    start: datetime,
    end: datetime,
    now: datetime,
    *,
    advisor: str | None = None,
) -> dict[str, FrontCount]:
    """The same counts by evaluating every appointment and inquiry through the desk's own
    path (appointment_sla / inquiry_sla): the reference the SQL is tested against."""
    from app.services.appointments import appointment_sla, inquiry_sla

    met: dict[str, int] = defaultdict(int)
    missed: dict[str, int] = defaultdict(int)
    ids: dict[str, set[str]] = defaultdict(set)
    uncased: dict[str, int] = defaultdict(int)

    def count(rule: str, status: SlaStatus, case_id: str | None) -> None:
        if status is SlaStatus.MET:
            met[rule] += 1
        elif status in (SlaStatus.MISSED, SlaStatus.OVERDUE):
            missed[rule] += 1
            if case_id:
                ids[rule].add(case_id)
            else:
                uncased[rule] += 1

    appts = select(Appointment).where(
        Appointment.requested_at >= start,
        Appointment.requested_at < end,
        Appointment.deleted_at.is_(None),
    )
    if advisor is not None:
        appts = appts.where(Appointment.advisor_id == advisor)
    for appt in session.scalars(appts):
        for info in appointment_sla(appt, now):
            count(info.rule, info.status, appt.case_id)
    inquiries = select(Inquiry).where(
        Inquiry.received_at >= start, Inquiry.received_at < end, Inquiry.deleted_at.is_(None)
    )
    if advisor is not None:
        inquiries = inquiries.where(Inquiry.replied_by == advisor)
    for inquiry in session.scalars(inquiries):
        for info in inquiry_sla(inquiry, now):
            count(info.rule, info.status, None)
    return {
        rule: FrontCount(met[rule], missed[rule], tuple(sorted(ids[rule])), uncased[rule])
        for rule in sorted(set(met) | set(missed))
    }


def next_due(
    session: Session,
    start: datetime,
    end: datetime,
    now: datetime,
    *,
    advisor: str | None = None,
) -> datetime | None:
    """The first moment after `now` at which an appointment or inquiry of [start, end) still
    open passes its limit: `front_counts` differs from then on with no change of the data (the
    dashboard's cache keeps its figures until then). None: no open clock runs."""
    params: dict[str, Any] = {"start": _stamp(start), "end": _stamp(end), "now": _stamp(now)}
    member = ""
    if advisor is not None:
        params["member"] = id_bytes(advisor)  # as stored (app.store.types)
    found: list[datetime] = []
    for table in TABLES:
        if advisor is not None:
            member = f" AND {table.advisor} = :member"
        for rule in _rules(table):
            begin, stop = table.events[rule.start], table.events[rule.stop]
            due = shift_sql(begin, int(rule.limit.total_seconds()))
            where = [
                f"{table.start} >= :start",
                f"{table.start} < :end",
                "deleted_at IS NULL",
                f"{begin} IS NOT NULL",
                # Open as evaluate() sees it: no stop at/after the start.
                f"({stop} IS NULL OR {stop} < {begin})",
                f"{due} >= :now",
            ]
            if rule.urgent_only:
                where.append("urgent = 1")
            if rule.normal_only:
                where.append("urgent = 0")
            sql = f"SELECT MIN({due}) FROM {table.table} WHERE {' AND '.join(where)}{member}"
            value = session.scalar(text(sql), params)
            if value:
                found.append(datetime.fromisoformat(str(value)))
    return min(found, default=None)
