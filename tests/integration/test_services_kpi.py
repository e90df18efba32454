"""Service-manager figures (P5) on hand-made cases whose right answers are known: W1 met and
missed at the 5-minute boundary, stage medians and 90th percentiles, comebacks in the 30- and
90-day windows, quarters."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import ids_testing
import pytest
from sqlalchemy import text

from app.domain.errors import ValidationError
from app.services import dispatch, kpi
from app.services.kpi import Period, median, parse_quarter, percentile

DAY = Period(datetime(2026, 11, 1), datetime(2026, 12, 1), "")


def test_percentiles_nearest_rank() -> None:
    values = [float(v) for v in range(1, 11)]
    assert median(values) == 5.5
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert percentile(values, 0.9) == 9.0
    assert percentile([7.0], 0.9) == 7.0
    assert percentile([], 0.9) is None
    assert median([]) is None


def test_quarters() -> None:
    q3 = parse_quarter("2026Q3")
    assert (q3.start, q3.end) == (datetime(2026, 7, 1), datetime(2026, 10, 1))
    assert parse_quarter("2026q4").end == datetime(2027, 1, 1)
    assert q3.previous().label == "2026Q2"
    assert parse_quarter("2026Q1").previous().label == "2025Q4"
    for bad in ("2026Q5", "Q3 2026", "2026-3", ""):
        with pytest.raises(ValidationError) as caught:
            parse_quarter(bad)
        assert "2026Q3" in caught.value.message("en")


def _to_confirmed(ws: Any, plate: str) -> str:
    case_id: str = ws.walk_in(plate=plate)
    ws.drive(case_id, "confirmed")
    return case_id


def test_w1_boundary_met_at_exactly_five_minutes_missed_one_second_later(workshop: Any) -> None:
    ws = workshop
    on_time = _to_confirmed(ws, "粤B·W1001")
    ws.clock.advance(minutes=5)
    dispatch.dispatch(ws.ctx, ws.lead, on_time)
    late = _to_confirmed(ws, "粤B·W1002")
    ws.clock.advance(minutes=5, seconds=1)
    dispatch.dispatch(ws.ctx, ws.lead, late)
    figures = {f.rule_id: f for f in kpi.sla_figures(ws.ctx, DAY)}
    w1 = figures["W1"]
    assert (w1.met, w1.missed) == (1, 1)
    assert w1.missed_case_ids == (late,)
    assert w1.share_on_time == 0.5
    # Per advisor: both cases are 王芳's; none is 李娜's.
    assert kpi.sla_figures(ws.ctx, DAY, group="advisor", member=ws.advisor2.staff_id) == ()
    # Outside the period nothing counts.
    assert kpi.sla_figures(ws.ctx, Period(datetime(2026, 1, 1), datetime(2026, 2, 1))) == ()


def test_stage_waits_median_p90_and_drill_down(workshop: Any) -> None:
    ws = workshop
    ids = []
    # Sign → dispatch waits of 1, 2, ..., 10 minutes.
    for n in range(1, 11):
        case_id = _to_confirmed(ws, f"粤B·S10{n:02d}")
        ws.clock.advance(minutes=n - 1)  # drive would wait 1 more minute before dispatching
        ws.drive(case_id, "dispatched")
        ids.append(case_id)
    waits = {(w.start, w.stop): w for w in kpi.stage_waits(ws.ctx, DAY)}
    dispatch = waits[("sign_confirmation", "dispatch")]
    assert dispatch.count == 10
    assert dispatch.median_minutes == pytest.approx(5.5)
    assert dispatch.p90_minutes == pytest.approx(9.0)
    assert waits[("dispatch", "start_work")].count == 0
    slow = kpi.stage_cases(ws.ctx, DAY, "sign_confirmation", "dispatch", over_minutes=8)
    assert slow == tuple(sorted(ids[8:]))


def test_comebacks_30_and_90_day_windows_and_first_pass(workshop: Any) -> None:
    ws = workshop
    soon = ws.walk_in(plate="粤B·C3001")
    ws.drive(soon, "closed")
    later = ws.walk_in(plate="粤B·C3002")
    ws.drive(later, "closed")
    fine = ws.walk_in(plate="粤B·C3003")
    ws.drive(fine, "closed")
    closed_at = {
        case_id: ws.scalar("SELECT closed_at FROM service_case WHERE id = :i", i=case_id)
        for case_id in (soon, later)
    }
    # Return visits on the same assets: 29 days and 60 days after closing.
    for original, days in ((soon, 29), (later, 60)):
        ws.clock.set(datetime.fromisoformat(str(closed_at[original])) + timedelta(days=days))
        back = ws.walk_in(plate=f"粤B·R300{days}")
        with ws.ctx.db.write() as session:
            session.execute(
                text(
                    "UPDATE service_case SET asset_id = "
                    "(SELECT asset_id FROM service_case WHERE id = :o) WHERE id = :b"
                ),
                ids_testing.bind({"o": original, "b": back}),
            )
    quality = kpi.quality_figures(ws.ctx, DAY)
    assert quality.closed == 3
    assert quality.comeback_30 == (soon,)
    assert quality.comeback_90 == tuple(sorted((soon, later)))
    assert quality.first_time_fix_rate_30 == pytest.approx(2 / 3)
    assert quality.qc_cases == 3
    assert quality.first_pass == 3
    assert quality.rework_case_ids == ()
    # Per advisor: all three are 王芳's; 李娜 closed none.
    mine = kpi.quality_figures(ws.ctx, DAY, group="advisor", member=ws.advisor.staff_id)
    assert (mine.closed, mine.comeback_90, mine.qc_cases) == (3, quality.comeback_90, 3)
    other = kpi.quality_figures(ws.ctx, DAY, group="advisor", member=ws.advisor2.staff_id)
    assert (other.closed, other.comeback_30, other.qc_cases) == (0, (), 0)


def test_improvement_actions_permission_audit_and_overdue(workshop: Any) -> None:
    from app.domain.errors import PermissionDenied
    from app.services import improvement

    ws = workshop
    with pytest.raises(PermissionDenied):
        improvement.create_action(
            ws.ctx, ws.tech, title="x", source="W1", owner_id=None, due_on=None
        )
    with pytest.raises(ValidationError):
        improvement.create_action(
            ws.ctx, ws.manager, title="  ", source="W1", owner_id=None, due_on=None
        )
    today = ws.clock().date()
    late = improvement.create_action(
        ws.ctx,
        ws.manager,
        title="派工前先备料",
        source="W1",
        owner_id=ws.lead.staff_id,
        due_on=today - timedelta(days=1),
    )
    improvement.create_action(
        ws.ctx, ws.manager, title="每小时进度短信", source="W4", owner_id=None, due_on=today
    )
    assert [a.id for a in improvement.overdue_actions(ws.ctx)] == [late.id]
    done = improvement.update_action(ws.ctx, ws.manager, late.id, status="done", notes="已落实")
    assert (done.status, done.notes) == ("done", "已落实")
    assert improvement.overdue_actions(ws.ctx) == ()
    assert len(improvement.list_actions(ws.ctx, open_only=True)) == 1
    audited = ws.scalar(
        "SELECT count(*) FROM audit_event WHERE action LIKE 'improvement_%' AND subject = :i",
        i=late.id,
    )
    assert audited == 2


def test_weak_spots_order_by_gap_with_trend() -> None:
    now = (kpi.SlaFigure("W1", 70, 30, ()), kpi.SlaFigure("W4", 9, 1, ()))
    before = (kpi.SlaFigure("W1", 80, 20, ()),)
    spots = kpi.weak_spots(now, before)
    assert [s.rule_id for s in spots] == ["W1", "W4"]
    assert spots[0].gap == pytest.approx(0.25)
    assert spots[0].trend == pytest.approx(-0.1)
    assert spots[1].trend is None
    assert kpi.weak_spots(now, before, {"W1": 0.6, "W4": 0.9}) == ()
