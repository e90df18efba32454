"""SLA compliance of many cases as SQL aggregates, generated from the domain's rules (P5 figures).

The per-case evaluation (app/domain/sla.py `evaluate` through app/services/sla.py `case_sla`) is
the single source of what met and missed mean; evaluating it in Python for every case of a big
dealer's quarter costs seconds. This module turns each `SlaRule` (its kind, start/stop/done
events, limit, urgent/normal and job-length conditions) into one SQL aggregate over the period's
cases, using the same event sources as `app.services.sla.case_events` and the same adjustments
as `case_sla` (W1 counts from the last signature; W5 stays missed after a promise broken without
a notice 30 minutes ahead). Only finished clocks are counted (met or missed), as before.
tests/integration/test_kpi_sla_sql.py checks, on hand-made cases at every boundary, that the SQL
counts exactly what the per-case evaluation says.

Times are stored as 'YYYY-MM-DD HH:MM:SS.ffffff' text; a due time is the start shifted by whole
seconds on its first 19 characters with the fraction kept, so comparisons are exact strings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.domain.sla import SLA_RULES, SlaKind, SlaRule
from app.services.sla import EVENT_KINDS
from app.store.functions import id_bytes


@dataclass(frozen=True)
class Source:
    """Where an SLA event of a case is recorded: `table.time` rows of the case matching `where`."""

    table: str
    time: str
    where: str
    first: str = "MIN"
    """How the case's start time is taken from several rows (W1: the last signature, MAX)."""


_KIND_OF = {event: kind for kind, event in EVENT_KINDS.items()}

SOURCES: dict[str, Source] = {
    event: Source("case_event", "at", f"kind = '{kind}'") for event, kind in _KIND_OF.items()
}
# case_sla: a revised estimate signed again counts from the last signature (W1).
SOURCES["confirmation_signed"] = Source("case_event", "at", "kind = 'sign_confirmation'", "MAX")
SOURCES["progress_update"] = Source("customer_message", "queued_at", "kind = 'progress'")


def _shift(expr: str, seconds: int) -> str:
    """SQL for `expr` + seconds, exact to the microsecond on the stored text form."""
    return (
        f"(strftime('%Y-%m-%d %H:%M:%S', substr({expr}, 1, 19), '{seconds:+d} seconds')"
        f" || substr({expr}, 20))"
    )


def shift_sql(expr: str, seconds: int) -> str:
    """SQL for the stored time `expr` + whole seconds, exact (the figures' other bounds)."""
    return _shift(expr, seconds)


def _seconds(rule: SlaRule) -> int:
    seconds = rule.limit.total_seconds()
    if seconds != int(seconds):
        raise ValueError(f"{rule.rule_id}: limits must be whole seconds for the SQL figures")
    return int(seconds)


def _first(event: str, after: str | None = None) -> str:
    """Scalar subquery: the case's time of `event` (its first, or first at/after `after`)."""
    source = SOURCES[event]
    agg = "MIN" if after is not None else source.first
    bound = f" AND s.{source.time} >= {after}" if after is not None else ""
    return (
        f"(SELECT {agg}(s.{source.time}) FROM {source.table} s"
        f" WHERE s.case_id = c.id AND s.{source.where}{bound})"
    )


def _applies(rule: SlaRule) -> str:
    where = [f"{_col(rule.start)} IS NOT NULL"]
    if rule.urgent_only:
        where.append("c.urgent = 1")
    if rule.normal_only:
        where.append("c.urgent = 0")
    if rule.min_job_hours:
        where.append(f"c.job_hours > {float(rule.min_job_hours)!r}")
    return " AND ".join(where)


def _col(event: str) -> str:
    return "c.promised_at" if event == "promised" else f"c.{event}"


def supported(rule: SlaRule) -> bool:
    """Rules whose events are all recorded on cases (A2/A3/P3 run on appointments/inquiries).
    W4 counts hours of WORK on the job clock (issue 8 item 6, services.sla._w4), which no
    aggregate here reproduces: it is evaluated per case, on the cases that have a clock."""
    if rule.rule_id == "W4":
        return False
    events = {rule.start, rule.stop} | ({rule.done} if rule.done else set())
    if rule.kind is SlaKind.BEFORE_PROMISE:
        return rule.start == "promised" and rule.stop == "delay_notice" and rule.done in SOURCES
    return events <= set(SOURCES)


_ONCE = " LIMIT -1 OFFSET 0"
"""Keeps a derived table from being flattened into the query that reads it (SQLite does not
flatten a subquery with an OFFSET): flattened, its correlated subqueries ran once for every
reference to their column (twice per case)."""


def _window(rule: SlaRule) -> str:
    # evaluate(): the first stop at/after the start; met when it is not after start + limit.
    stop = _first(rule.stop, after=_col(rule.start))
    return (
        f"SELECT '{rule.rule_id}' AS rule, x.id AS id,"
        f" CASE WHEN x.stop <= {_shift('x.start', _seconds(rule))} THEN 1 ELSE 0 END AS met"
        f" FROM (SELECT c.id AS id, {_col(rule.start)} AS start, {stop} AS stop"
        f" FROM facts c WHERE {_applies(rule)}{_ONCE}) x WHERE x.stop IS NOT NULL"
    )


def _recurring(rule: SlaRule) -> str:
    # evaluate(): the stops between the start and the end (or now) must follow each other, the
    # start and the end within the limit; missed at the first longer gap, met only once ended.
    source = SOURCES[rule.stop]
    start, done = _col(rule.start), _col(rule.done)
    points = (
        f"SELECT c.id AS id, {start} AS t FROM facts c WHERE {_applies(rule)}"
        f" UNION ALL SELECT c.id, s.{source.time} FROM facts c JOIN {source.table} s"
        f" ON s.case_id = c.id AND s.{source.where} AND s.{source.time} >= {start}"
        f" AND s.{source.time} <= COALESCE({done}, :now) WHERE {_applies(rule)}"
        f" UNION ALL SELECT c.id, MAX({done}, {start}) FROM facts c"
        f" WHERE {_applies(rule)} AND {done} IS NOT NULL"
    )
    gaps = (
        f"SELECT p.id AS id, p.t AS t, LAG(p.t) OVER (PARTITION BY p.id ORDER BY p.t) AS prev"
        f" FROM ({points}) p"
    )
    late = f"g.prev IS NOT NULL AND g.t > {_shift('g.prev', _seconds(rule))}"
    return (
        f"SELECT '{rule.rule_id}' AS rule, g.id AS id, CASE WHEN MAX({late}) THEN 0 ELSE 1 END"
        f" AS met FROM ({gaps}) g JOIN facts c ON c.id = g.id GROUP BY g.id"
        f" HAVING MAX({late}) OR MAX(c.{rule.done}) IS NOT NULL"
    )


def _before_promise(rule: SlaRule) -> str:
    # case_sla(): every delay notice set a new promise, so the current one has none; it is met
    # when the job ended by the promise. A notice later than limit before the promise it broke
    # keeps the rule missed whatever came after.
    broken = (
        "EXISTS (SELECT 1 FROM delay_notice d WHERE d.case_id = c.id"
        " AND d.previous_promise IS NOT NULL"
        f" AND d.notified_at > {_shift('d.previous_promise', -_seconds(rule))})"
    )
    done = _col(rule.done)
    return (
        f"SELECT '{rule.rule_id}' AS rule, x.id AS id, x.met AS met FROM (SELECT c.id AS id,"
        f" CASE WHEN {broken} THEN 0"
        f" WHEN c.promised_at IS NULL OR {done} IS NULL THEN NULL"
        f" WHEN {done} <= c.promised_at THEN 1 ELSE 0 END AS met FROM facts c{_ONCE}) x"
        " WHERE x.met IS NOT NULL"
    )


_BUILDERS = {
    SlaKind.WINDOW: _window,
    SlaKind.RECURRING: _recurring,
    SlaKind.BEFORE_PROMISE: _before_promise,
}


def figures_sql(rules: Iterable[SlaRule] = SLA_RULES, *, member_column: str | None = None) -> str:
    """One statement: (rule, met, total, missed case ids comma-joined) per rule with clocks."""
    chosen = [rule for rule in rules if supported(rule)]
    events = sorted({e for r in chosen for e in (r.start, r.done) if e in SOURCES})
    columns = ", ".join(f"{_first(event)} AS {event}" for event in events)
    hours = ""
    if any(rule.min_job_hours for rule in chosen):
        hours = (
            ", (SELECT COALESCE(SUM(CAST(l.hours AS REAL)), 0) FROM estimate_line l"
            " WHERE l.case_id = c.id AND l.kind = 'labor' AND l.decision = 'approved'"
            " AND l.deleted_at IS NULL) AS job_hours"
        )
    member = _member_sql(member_column)
    cases = (
        "SELECT id, urgent, promised_at FROM service_case WHERE opened_at >= :start"
        f" AND opened_at < :end AND deleted_at IS NULL{member}"
    )
    facts = f"SELECT c.*, {columns}{hours} FROM ({cases}) c"
    clocks = " UNION ALL ".join(_BUILDERS[rule.kind](rule) for rule in chosen)
    return (
        f"WITH facts AS MATERIALIZED ({facts}), clocks AS ({clocks})"
        " SELECT rule, SUM(met), COUNT(*), group_concat(CASE WHEN met = 0 THEN uuid_text(id) END)"
        " FROM clocks GROUP BY rule"
    )


BAY = "bay"
"""`member_column` for the bay group: the cases whose active assignment is in the bay."""


def _member_sql(member_column: str | None) -> str:
    if not member_column:
        return ""
    if member_column == BAY:
        return (
            " AND id IN (SELECT a.case_id FROM assignment a WHERE a.bay = :member"
            " AND a.active = 1 AND a.deleted_at IS NULL)"
        )
    return f" AND {member_column} = :member"


def _stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M:%S.%f")


def rule_counts(
    session: Session,
    start: datetime,
    end: datetime,
    now: datetime,
    *,
    member_column: str | None = None,
    member: str | None = None,
    rules: Sequence[SlaRule] = SLA_RULES,
) -> dict[str, tuple[int, int, tuple[str, ...]]]:
    """rule id -> (met, missed, missed case ids sorted) for the cases opened in [start, end)."""
    params: dict[str, Any] = {"start": _stamp(start), "end": _stamp(end), "now": _stamp(now)}
    if member_column:
        params["member"] = id_bytes(member)  # a staff id as stored (app.store.types)
    result = {}
    for rule, met, total, missed_ids in session.execute(
        text(figures_sql(rules, member_column=member_column)), params
    ):
        missed = tuple(sorted(missed_ids.split(","))) if missed_ids else ()
        result[str(rule)] = (int(met), int(total) - int(met), missed)
    return result
