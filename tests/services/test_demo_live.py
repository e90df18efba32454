"""The demo's live cases look like a workshop at opening time (leftover 1 of the last round):
work in progress from today and yesterday, cars delivered in the last days awaiting their
follow-up, a few clocks late by minutes or hours, none by weeks; the closed history stays
spread over the past."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app.domain.sla import SlaStatus
from app.services import queries
from app.services.context import ServiceContext
from app.store.models import ServiceCase

FINISHED = ("closed", "cancelled", "delivered")


def test_live_cases_began_today_or_yesterday(demo_ctx: ServiceContext) -> None:
    now = demo_ctx.now()
    with demo_ctx.db.read() as session:
        cases = session.execute(select(ServiceCase.state, ServiceCase.opened_at)).all()
    live = [opened for state, opened in cases if state not in ("closed", "cancelled")]
    done = [opened for state, opened in cases if state in ("closed", "cancelled")]
    at_work = [opened for state, opened in cases if state not in FINISHED]
    assert len(live) >= 20
    assert min(at_work) >= now - timedelta(days=2), min(at_work)
    # Delivered in the last days (the follow-up call is due after three), none for weeks.
    assert min(live) >= now - timedelta(days=7), min(live)
    # The history stays in the past: most closed cases are older than a week.
    assert sum(opened < now - timedelta(days=7) for opened in done) > len(done) // 2


def test_the_manager_home_shows_a_few_clocks_late_by_hours_not_weeks(
    demo_ctx: ServiceContext,
) -> None:
    now = demo_ctx.now()
    overview = queries.manager_overview(demo_ctx)
    late = [sla for _row, sla in overview.sla_alerts if sla.status is SlaStatus.OVERDUE]
    assert 1 <= overview.overdue <= 10, overview.overdue
    assert all(sla.due is not None and sla.due >= now - timedelta(hours=6) for sla in late), [
        (sla.rule, sla.due) for sla in late
    ]
