"""The front desk's SLA figures (A2, A3, P3, P3-urgent; issue 10 item 1) on hand-made
appointments and inquiries whose answers are known: confirmed at exactly 15 minutes met, one
microsecond later missed; an urgent inquiry replied at 30 minutes; open past the limit missed,
open within it not counted; per advisor; only dealer-wide and per advisor. The SQL aggregates
(app/services/kpi_front.py) equal the desk's own per-item evaluation (appointment_sla /
inquiry_sla through the domain's `evaluate`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text

from app.services import kpi
from app.services.kpi import Period
from app.store.models import Appointment, Inquiry

PERIOD = Period(datetime(2026, 11, 1), datetime(2026, 12, 1), "")
T = datetime(2026, 11, 27, 10, 0, 0, 250000)
NOW = T + timedelta(hours=6)
US = timedelta(microseconds=1)
SEC = timedelta(seconds=1)
MIN = timedelta(minutes=1)


class Desk:
    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.case_id: str = ws.walk_in(plate="粤B·F0001")
        self.customer = str(
            ws.scalar("SELECT customer_id FROM service_case WHERE id = :c", c=self.case_id)
        )
        # The walk-in leaves no appointment or inquiry behind: the figures are ours alone.
        assert ws.scalar("SELECT COUNT(*) FROM appointment") == 0
        assert ws.scalar("SELECT COUNT(*) FROM inquiry") == 0

    def appointment(
        self,
        requested: datetime,
        *,
        confirmed: datetime | None = None,
        fast_track: datetime | None = None,
        urgent: bool = False,
        advisor: str | None = None,
        case_id: str | None = None,
    ) -> str:
        with self.ws.ctx.db.write() as session:
            appt = Appointment(
                customer_id=self.customer,
                channel="hotline",
                state="requested",
                desired_at=requested + timedelta(days=1),
                urgent=urgent,
                requested_at=requested,
                confirmed_at=confirmed,
                fast_track_at=fast_track,
                advisor_id=advisor or self.ws.advisor.staff_id,
                case_id=case_id,
            )
            session.add(appt)
            session.flush()
            return appt.id

    def inquiry(
        self,
        received: datetime,
        *,
        replied: datetime | None = None,
        urgent: bool = False,
        by: str | None = None,
    ) -> str:
        with self.ws.ctx.db.write() as session:
            item = Inquiry(
                channel="hotline",
                question="什么时候能修好？",
                urgent=urgent,
                received_at=received,
                replied_at=replied,
                replied_by=(by or self.ws.advisor.staff_id) if replied else None,
            )
            session.add(item)
            session.flush()
            return item.id


def _figures(ws: Any, **scope: Any) -> dict[str, kpi.SlaFigure]:
    sql = kpi.sla_figures(ws.ctx, PERIOD, now=NOW, **scope)
    assert sql == kpi.sla_figures_per_case(ws.ctx, PERIOD, now=NOW, **scope)
    return {f.rule_id: f for f in sql}


def test_front_desk_rules_at_their_boundaries_dealer_wide_and_per_advisor(workshop: Any) -> None:
    ws = workshop
    d = Desk(ws)
    one, two = ws.advisor.staff_id, ws.advisor2.staff_id
    # A2: confirmed at exactly 15 minutes met, a second (and a microsecond) later missed.
    d.appointment(T, confirmed=T + 15 * MIN)
    d.appointment(T, confirmed=T + 15 * MIN + SEC, case_id=d.case_id)  # missed, became a case
    d.appointment(T, confirmed=T + 15 * MIN + US, advisor=two)  # missed, no case
    d.appointment(NOW - 15 * MIN - US, advisor=two)  # open past its limit: missed
    d.appointment(NOW - 15 * MIN)  # open, due exactly now: not counted
    d.appointment(PERIOD.start - SEC, confirmed=PERIOD.start + 40 * MIN)  # previous period
    # A3 (urgent only): fast track at 60 minutes met, open past it missed.
    d.appointment(T, confirmed=T + 5 * MIN, fast_track=T + 60 * MIN, urgent=True)
    d.appointment(T, confirmed=T + 5 * MIN, urgent=True, advisor=two)
    # P3-urgent: replied at 30 minutes met, a microsecond later missed.
    d.inquiry(T, replied=T + 30 * MIN, urgent=True)
    d.inquiry(T, replied=T + 30 * MIN + US, urgent=True, by=two)
    # P3 (normal): 2 hours met; open past 2 hours missed; open within them not counted.
    d.inquiry(T, replied=T + 120 * MIN)
    d.inquiry(NOW - 121 * MIN)
    d.inquiry(NOW - 119 * MIN)
    d.inquiry(PERIOD.end, replied=PERIOD.end + 200 * MIN)  # next period

    got = _figures(ws)
    counts = {rule: (f.met, f.missed, f.missed_without_case) for rule, f in got.items()}
    assert counts == {
        "A2": (3, 3, 2),
        "A3": (1, 1, 1),
        "P3": (1, 1, 1),
        "P3-urgent": (1, 1, 1),
    }
    assert got["A2"].missed_case_ids == (d.case_id,)
    assert got["A2"].share_on_time == 0.5

    # Per advisor: the appointment's advisor, the inquiry's replier (an open one has none).
    mine = _figures(ws, group="advisor", member=one)
    assert {r: (f.met, f.missed) for r, f in mine.items()} == {
        "A2": (2, 1),
        "A3": (1, 0),
        "P3": (1, 0),
        "P3-urgent": (1, 0),
    }
    theirs = _figures(ws, group="advisor", member=two)
    assert {r: (f.met, f.missed) for r, f in theirs.items()} == {
        "A2": (1, 2),
        "A3": (0, 1),
        "P3-urgent": (0, 1),
    }
    # Technician and bay scopes do not show the front desk's rules.
    tech = kpi.sla_figures(ws.ctx, PERIOD, now=NOW, group="technician", member=ws.tech.staff_id)
    assert not {f.rule_id for f in tech} & {"A2", "A3", "P3", "P3-urgent"}
    bay = kpi.sla_figures(ws.ctx, PERIOD, now=NOW, group="bay", member="1")
    assert not {f.rule_id for f in bay} & {"A2", "A3", "P3", "P3-urgent"}


def test_front_desk_rules_reach_the_dashboard_and_its_trend(workshop: Any) -> None:
    ws = workshop
    d = Desk(ws)
    before = PERIOD.previous()
    d.appointment(before.start + 60 * MIN, confirmed=before.start + 70 * MIN)  # met last time
    d.appointment(T, confirmed=T + 16 * MIN)  # missed now
    board = kpi.dashboard(ws.ctx, PERIOD, now=NOW, cache=False)
    a2 = {f.rule_id: f for f in board.sla}["A2"]
    assert (a2.met, a2.missed) == (0, 1)
    assert {f.rule_id: (f.met, f.missed) for f in board.previous_sla}["A2"] == (1, 0)
    assert "A2" in {spot.rule_id for spot in board.weak}
    with ws.ctx.db.read() as session:
        assert session.execute(text("SELECT COUNT(*) FROM appointment")).scalar() == 2


def test_an_open_clock_passing_its_limit_shows_without_a_data_change(workshop: Any) -> None:
    """The dashboard's cache holds its figures while the data is unchanged, but not past the
    moment an open appointment or inquiry misses its limit: then only the front desk's figures
    are computed again (the rest stays the cached value)."""
    ws = workshop
    d = Desk(ws)
    kpi.clear_cache()
    d.appointment(NOW - 10 * MIN)  # A2 due at NOW + 5 min
    d.inquiry(NOW - 100 * MIN)  # P3 due at NOW + 20 min
    d.appointment(T, confirmed=T + 16 * MIN)  # missed long ago
    board = kpi.dashboard(ws.ctx, PERIOD, now=NOW)

    def rules(b: kpi.Dashboard) -> dict[str, tuple[int, int]]:
        return {f.rule_id: (f.met, f.missed) for f in b.sla}

    assert rules(board)["A2"] == (0, 1)
    assert "P3" not in rules(board)
    assert kpi.dashboard(ws.ctx, PERIOD, now=NOW + 5 * MIN) is board  # due exactly: still open
    later = kpi.dashboard(ws.ctx, PERIOD, now=NOW + 5 * MIN + SEC)
    assert rules(later)["A2"] == (0, 2)
    assert "P3" not in rules(later)
    assert later.stages is board.stages  # only the clock-bound figures were computed again
    assert kpi.dashboard(ws.ctx, PERIOD, now=NOW + 6 * MIN) is later
    latest = kpi.dashboard(ws.ctx, PERIOD, now=NOW + 21 * MIN)
    assert rules(latest)["P3"] == (0, 1)
    assert latest == kpi.dashboard(ws.ctx, PERIOD, now=NOW + 21 * MIN, cache=False)
    # Per advisor and for the previous period's figures (the trend) the same.
    mine = kpi.dashboard(ws.ctx, PERIOD, now=NOW, group="advisor", member=ws.advisor.staff_id)
    assert rules(mine)["A2"] == (0, 1)
    mine_later = kpi.dashboard(
        ws.ctx, PERIOD, now=NOW + 6 * MIN, group="advisor", member=ws.advisor.staff_id
    )
    assert rules(mine_later)["A2"] == (0, 2)
    following = Period(PERIOD.end, PERIOD.end + timedelta(days=92), "")
    trend = kpi.previous_sla_figures(ws.ctx, following, now=NOW)
    assert {f.rule_id: (f.met, f.missed) for f in trend}["A2"] == (0, 1)
    trend = kpi.previous_sla_figures(ws.ctx, following, now=NOW + 30 * MIN)
    assert {f.rule_id: (f.met, f.missed) for f in trend}["A2"] == (0, 2)
