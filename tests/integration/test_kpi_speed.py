"""The fast paths of the manager's figures (issue 10 item 5) count exactly what the per-case
evaluation says: W4 on the job clock read by joins on the period's cases (hours of work, the
last finish, progress updates, approved labor hours), and the "bay" group (the bay of the
case's active assignment)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import ids_testing
from sqlalchemy import text

from app.services import kpi
from tests.integration.test_kpi_sla_sql import MIN, PERIOD, US, Cases, T, _stamp

HOUR = 60 * MIN


class Clocks(Cases):
    def clock(self, case_id: str, kind: str, at: datetime, line: str | None = None) -> None:
        self._sql(
            "INSERT INTO job_clock (id, dealer_id, created_at, field_hlc, updated_hlc, case_id,"
            " technician_id, kind, at, reason, line_id) VALUES (:id, :d, :now, '{}', '', :c,"
            " :t, :k, :at, '', :l)",
            **self._common(),
            c=case_id,
            t=self.ws.tech.staff_id,
            k=kind,
            at=_stamp(at),
            l=line,
        )

    def assign(self, case_id: str, bay: str, *, active: bool = True) -> None:
        self._sql(
            "INSERT INTO assignment (id, dealer_id, created_at, field_hlc, updated_hlc, case_id,"
            " technician_id, assigned_by, difficulty, active, bay, override_kind,"
            " override_reason) VALUES (:id, :d, :now, '{}', '', :c, :t, :t, 1, :a, :b, '', '')",
            **self._common(),
            c=case_id,
            t=self.ws.tech.staff_id,
            a=active,
            b=bay,
        )


def _w4(figures: tuple[kpi.SlaFigure, ...]) -> kpi.SlaFigure | None:
    return next((f for f in figures if f.rule_id == "W4"), None)


def test_w4_on_the_job_clock_equals_the_per_case_evaluation(workshop: Any) -> None:
    c = Clocks(workshop)
    expect_met: set[str] = set()
    expect_missed: set[str] = set()

    # Estimated over 2 h: the first update is due after 1 h of work, then every hour.
    on_time = c.new()
    c.labor(on_time, "1.5")
    c.labor(on_time, "1.0")
    c.clock(on_time, "start", T)
    c.progress(on_time, T + HOUR)
    c.progress(on_time, T + 2 * HOUR)
    c.clock(on_time, "finish", T + 2 * HOUR + 30 * MIN)
    c.event(on_time, "finish_work", T + 2 * HOUR + 30 * MIN)
    expect_met.add(on_time)
    # The first update one microsecond late.
    late = c.new()
    c.labor(late, "3")
    c.clock(late, "start", T)
    c.progress(late, T + HOUR + US)
    c.clock(late, "finish", T + 90 * MIN)
    c.event(late, "finish_work", T + 90 * MIN)
    expect_missed.add(late)
    # Estimated 2 h exactly but worked 2 h 30 (a pause in between does not count): missed
    # without any update; an earlier finish event before the last clock row is ignored.
    worked_long = c.new()
    c.labor(worked_long, "2")
    c.clock(worked_long, "start", T)
    c.event(worked_long, "finish_work", T + 10 * MIN)
    c.clock(worked_long, "pause", T + HOUR)
    c.clock(worked_long, "resume", T + 3 * HOUR)
    c.clock(worked_long, "finish", T + 4 * HOUR + 30 * MIN)
    c.event(worked_long, "finish_work", T + 4 * HOUR + 30 * MIN)
    expect_missed.add(worked_long)
    # Short job (estimate and work under 2 h): W4 does not apply.
    short = c.new()
    c.labor(short, "1")
    c.clock(short, "start", T)
    c.clock(short, "finish", T + HOUR)
    c.event(short, "finish_work", T + HOUR)
    # The bound that skips short finished jobs: 1 h 50 of work is 2 h with the warning margin
    # (W4 applies, met without an update), one microsecond less is not under W4.
    # Both with the estimate at exactly 2 h (left out in Python) and under it (left out in SQL).
    for estimate, worked, applies in (
        ("2.0", 110 * MIN, True),
        ("2.0", 110 * MIN - US, False),
        ("1.5", 110 * MIN, True),
        ("1.5", 110 * MIN - US, False),
    ):
        case_id = c.new()
        c.labor(case_id, estimate)
        c.clock(case_id, "start", T)
        c.clock(case_id, "finish", T + worked)
        c.event(case_id, "finish_work", T + worked)
        if applies:
            expect_met.add(case_id)
    # Estimated over 2 h, never an update: met with exactly 1 h of work, missed 1 µs over; a
    # clock still running when the job was finished counts up to the finish; a stray pause
    # before the start and a second start while running change nothing.
    for worked, ok in ((HOUR, True), (HOUR + US, False)):
        case_id = c.new()
        c.labor(case_id, "2.5")
        c.clock(case_id, "pause", T - 10 * MIN)
        c.clock(case_id, "start", T)
        c.clock(case_id, "start", T + 5 * MIN)
        c.clock(case_id, "pause", T + 20 * MIN)
        c.clock(case_id, "resume", T + 30 * MIN)
        c.event(case_id, "finish_work", T + 10 * MIN + worked)  # the clock never stopped
        (expect_met if ok else expect_missed).add(case_id)
    # Two labor lines timed at once (the union of their clocks) and two rows at one instant:
    # evaluated row by row.
    lines = c.new()
    c.labor(lines, "1")
    c.clock(lines, "start", T, line="L1")
    c.clock(lines, "start", T + HOUR, line="L2")
    c.clock(lines, "finish", T + 90 * MIN, line="L1")
    c.clock(lines, "finish", T + 3 * HOUR, line="L2")
    c.event(lines, "finish_work", T + 3 * HOUR)
    expect_missed.add(lines)
    tie = c.new()
    c.labor(tie, "1")
    c.clock(tie, "start", T)
    c.clock(tie, "pause", T + HOUR)
    c.clock(tie, "resume", T + HOUR)
    c.clock(tie, "finish", T + 2 * HOUR)
    c.event(tie, "finish_work", T + 2 * HOUR)
    expect_met.add(tie)
    # Declined labor does not make a job long; still running: not counted either way.
    running = c.new()
    c.line(running, hours="5", decision="declined")
    c.labor(running, "2.5")
    c.clock(running, "start", T)
    # No clock at all: no W4.
    c.new()

    now = T + 90 * MIN
    fast = kpi.sla_figures(workshop.ctx, PERIOD, now=now)
    assert fast == kpi.sla_figures_per_case(workshop.ctx, PERIOD, now=now)
    w4 = _w4(fast)
    assert w4 is not None
    assert (w4.met, set(w4.missed_case_ids)) == (len(expect_met), expect_missed)
    later = T + 10 * HOUR  # the running job is now long overdue, still not met or missed
    assert kpi.sla_figures(workshop.ctx, PERIOD, now=later) == kpi.sla_figures_per_case(
        workshop.ctx, PERIOD, now=later
    )
    for group, member in (("advisor", workshop.advisor2.staff_id), ("bay", "B2")):
        assert _w4(kpi.sla_figures(workshop.ctx, PERIOD, group=group, member=member)) is None


def test_bay_group_counts_the_cases_of_the_bays_active_assignment(workshop: Any) -> None:
    assert kpi.GROUPS == ("dealer", "advisor", "technician", "bay")
    c = Clocks(workshop)
    in_a, moved, in_b, nowhere = c.new(), c.new(), c.new(), c.new()
    c.assign(in_a, "A1")
    c.assign(moved, "A1", active=False)  # reassigned: now in bay B2
    c.assign(moved, "B2")
    c.assign(in_b, "B2")
    c.assign(nowhere, "")  # assigned off any bay's shift
    for case_id in (in_a, moved, in_b):
        c.event(case_id, "sign_confirmation", T)
        c.event(case_id, "dispatch", T + 5 * MIN + (US if case_id == moved else timedelta(0)))
    c.notice(moved, T, T - 40 * MIN)
    c.line(in_a, decision="declined")

    assert kpi.members(workshop.ctx, PERIOD, "bay") == ("A1", "B2")
    assert kpi.members(workshop.ctx, _later_period(), "bay") == ()
    b2 = {f.rule_id: f for f in kpi.sla_figures(workshop.ctx, PERIOD, group="bay", member="B2")}
    assert (b2["W1"].met, b2["W1"].missed_case_ids) == (1, (moved,))
    a1 = {f.rule_id: f for f in kpi.sla_figures(workshop.ctx, PERIOD, group="bay", member="A1")}
    assert (a1["W1"].met, a1["W1"].missed) == (1, 0)
    for member in ("A1", "B2", "C3"):
        assert kpi.sla_figures(
            workshop.ctx, PERIOD, group="bay", member=member
        ) == kpi.sla_figures_per_case(workshop.ctx, PERIOD, group="bay", member=member)
    assert kpi.delay_figures(workshop.ctx, PERIOD, group="bay", member="B2").case_ids == (moved,)
    assert kpi.delay_figures(workshop.ctx, PERIOD, group="bay", member="A1").notices == 0
    declined = kpi.declined_figures(workshop.ctx, PERIOD, group="bay", member="A1")
    assert declined.declined_case_ids == (in_a,)
    board = kpi.dashboard(workshop.ctx, PERIOD, group="bay", member="B2", cache=False)
    assert board.cases == 2
    stages = {(s.start, s.stop): s for s in board.stages}
    assert stages[("sign_confirmation", "dispatch")].count == 2
    # Closing counts per bay too (comebacks are of the cases closed in the period).
    with workshop.ctx.db.write() as session:
        session.execute(
            text("UPDATE service_case SET closed_at = :t WHERE id = :c"),
            ids_testing.bind({"t": _stamp(T), "c": in_b}),
        )
    assert kpi.quality_figures(workshop.ctx, PERIOD, group="bay", member="B2").closed == 1
    assert kpi.quality_figures(workshop.ctx, PERIOD, group="bay", member="A1").closed == 0


def _later_period() -> kpi.Period:
    return kpi.Period(PERIOD.end, PERIOD.end + timedelta(days=30))
