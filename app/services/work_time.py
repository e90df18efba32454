"""Time actually worked, from the append-only job clock (issue 8 item 2, issue 9 item 1):
the settlement may bill labor by the clock, W4 measures progress updates from the actual
start, and the KPI figures use the same sums."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import JobClock

RUNNING = frozenset({"start", "resume"})
STOPPED = frozenset({"pause", "finish"})


def worked_seconds(
    rows: Iterable[tuple[str | None, str, datetime]], now: datetime | None = None
) -> dict[str | None, float]:
    """Seconds worked per line id (None: the whole job) from clock rows
    (line_id, kind, at) in any order. A clock still running counts up to `now` (or not at
    all when `now` is None)."""
    ordered = sorted(rows, key=lambda r: r[2])
    running: dict[str | None, datetime] = {}
    total: dict[str | None, float] = {}
    for line_id, kind, at in ordered:
        if kind in RUNNING:
            running.setdefault(line_id, at)
        elif kind in STOPPED and line_id in running:
            began = running.pop(line_id)
            total[line_id] = total.get(line_id, 0.0) + max(0.0, (at - began).total_seconds())
    if now is not None:
        for line_id, began in running.items():
            total[line_id] = total.get(line_id, 0.0) + max(0.0, (now - began).total_seconds())
    return total


def worked_hours(
    session: Session, case_id: str, now: datetime | None = None
) -> dict[str | None, Decimal]:
    """Hours worked on a case per labor line id (None: clock rows that name no line),
    rounded to 0.01 h."""
    rows = session.execute(
        select(JobClock.line_id, JobClock.kind, JobClock.at).where(JobClock.case_id == case_id)
    ).all()
    seconds = worked_seconds(((r[0], r[1], r[2]) for r in rows), now)
    return {
        line: (Decimal(str(s)) / Decimal(3600)).quantize(Decimal("0.01"))
        for line, s in seconds.items()
    }


def first_start(session: Session, case_id: str) -> datetime | None:
    """When work on the case actually began (W4 counts hours of work from here)."""
    return session.scalar(
        select(JobClock.at)
        .where(JobClock.case_id == case_id, JobClock.kind == "start")
        .order_by(JobClock.at)
        .limit(1)
    )
