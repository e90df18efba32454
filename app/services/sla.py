"""SLA clocks of a case from its recorded events (ARCHITECTURE.md "SLA clocks")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.sla import (
    RULES_BY_ID,
    SLA_RULES,
    ClockRow,
    SlaStatus,
    evaluate,
    evaluate_all,
    evaluate_w4,
)
from app.services._support import write_order
from app.services.dto import SlaInfo
from app.store.models import (
    CaseEvent,
    CustomerMessage,
    DelayNotice,
    EstimateLine,
    JobClock,
    ServiceCase,
)

W5 = RULES_BY_ID["W5"]
BROKEN_PROMISE = "w5_broken_promise"
BROKEN_NOTICE = "w5_broken_notice"

EVENT_KINDS = {
    "sign_confirmation": "confirmation_signed",
    "dispatch": "dispatched",
    "start_work": "work_started",
    "finish_work": "work_finished",
}


def case_events(session: Session, case_ids: Iterable[str]) -> dict[str, dict[str, list[datetime]]]:
    """Per case: SLA event kind -> times, from the timeline, messages and delay notices."""
    ids = list(case_ids)
    result: dict[str, dict[str, list[datetime]]] = defaultdict(lambda: defaultdict(list))
    if not ids:
        return {}
    for case_id, kind, at in session.execute(
        select(CaseEvent.case_id, CaseEvent.kind, CaseEvent.at).where(
            CaseEvent.case_id.in_(ids), CaseEvent.kind.in_(list(EVENT_KINDS))
        )
    ):
        result[case_id][EVENT_KINDS[kind]].append(at)
    for message_case_id, at in session.execute(
        select(CustomerMessage.case_id, CustomerMessage.queued_at).where(
            CustomerMessage.case_id.in_(ids), CustomerMessage.kind == "progress"
        )
    ):
        if message_case_id:
            result[message_case_id]["progress_update"].append(at)
    for case_id, at, previous in session.execute(
        select(DelayNotice.case_id, DelayNotice.notified_at, DelayNotice.previous_promise)
        .where(DelayNotice.case_id.in_(ids))
        .order_by(DelayNotice.notified_at, write_order(DelayNotice))
    ):
        result[case_id]["delay_notice"].append(at)
        if previous is not None:
            # W5: each notice is measured against the promise it broke (kept pairwise).
            result[case_id][BROKEN_PROMISE].append(previous)
            result[case_id][BROKEN_NOTICE].append(at)
    return {k: dict(v) for k, v in result.items()}


def job_hours(session: Session, case_ids: Iterable[str]) -> dict[str, float]:
    hours: dict[str, float] = defaultdict(float)
    for case_id, value in session.execute(
        select(EstimateLine.case_id, EstimateLine.hours).where(
            EstimateLine.case_id.in_(list(case_ids)),
            EstimateLine.kind == "labor",
            EstimateLine.decision == "approved",
            EstimateLine.deleted_at.is_(None),
        )
    ):
        hours[case_id] += float(Decimal(value))
    return hours


NOT_W4 = tuple(rule for rule in SLA_RULES if rule.rule_id != "W4")


def clock_rows(session: Session, case_ids: Iterable[str]) -> dict[str, list[ClockRow]]:
    """Per case: its job clock rows (W4 counts hours of work from the actual start)."""
    rows: dict[str, list[ClockRow]] = defaultdict(list)
    ids = list(case_ids)
    for case_id, line_id, kind, at in session.execute(
        select(JobClock.case_id, JobClock.line_id, JobClock.kind, JobClock.at).where(
            JobClock.case_id.in_(ids)
        )
    ):
        rows[case_id].append((line_id, kind, at))
    return dict(rows)


def _w4(
    events: dict[str, list[datetime]], clock: list[ClockRow], hours: float, now: datetime
) -> SlaInfo | None:
    """Issue 8 item 6: W4 by hours of work from the job clock (domain.sla.evaluate_w4)."""
    if not clock:
        return None
    finished = max(events.get("work_finished", []), default=None)
    last = max(at for _, _, at in clock)
    result = evaluate_w4(
        clock,
        events.get("progress_update", []),
        now,
        hours,
        finished if finished is not None and finished >= last else None,
    )
    return SlaInfo(result.rule_id, result.status, result.due) if result else None


def case_sla(
    case: ServiceCase,
    events: dict[str, list[datetime]],
    hours: float,
    now: datetime,
    clock: list[ClockRow] | None = None,
) -> tuple[SlaInfo, ...]:
    merged = dict(events)
    broken = list(zip(merged.pop(BROKEN_PROMISE, []), merged.pop(BROKEN_NOTICE, []), strict=True))
    # Every delay notice set a new promise, so none belongs to the current one (W5).
    merged.pop("delay_notice", None)
    if case.promised_at is not None:
        merged["promised"] = [case.promised_at]
    # A job whose confirmation was signed on an earlier round still counts from the last one
    # (a revised estimate is signed again and must reach the bay within 5 minutes again, W1).
    if merged.get("confirmation_signed"):
        merged["confirmation_signed"] = [max(merged["confirmation_signed"])]
    # W4 runs on the job clock (hours of work), not on wall time from the first start.
    results = list(evaluate_all(merged, now, urgent=case.urgent, job_hours=hours, rules=NOT_W4))
    # W5: a promise broken without notice 30 minutes ahead stays missed after the new one.
    for promised, notice in broken:
        past = evaluate(W5, {"promised": [promised], "delay_notice": [notice]}, now)
        if past.status is SlaStatus.MISSED:
            results = [r for r in results if r.rule_id != W5.rule_id] + [past]
            break
    infos = [SlaInfo(r.rule_id, r.status, r.due) for r in results]
    w4 = _w4(events, clock or [], hours, now)
    if w4 is not None:
        infos.append(w4)
    return tuple(infos)


def slas_for(
    session: Session, cases: list[ServiceCase], now: datetime
) -> dict[str, tuple[SlaInfo, ...]]:
    ids = [c.id for c in cases]
    events = case_events(session, ids)
    hours = job_hours(session, ids)
    clocks = clock_rows(session, ids)
    return {
        c.id: case_sla(c, events.get(c.id, {}), hours.get(c.id, 0.0), now, clocks.get(c.id))
        for c in cases
    }
