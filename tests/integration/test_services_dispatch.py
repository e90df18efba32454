"""Service guards of the dispatch board, the promise, progress updates and delay notices
(issue 8 items 1, 6, 7: W1, W4, W5), on a real workshop database."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from app.domain.errors import ValidationError
from app.domain.sla import SlaStatus
from app.services import bay, dispatch, kpi, queries
from app.services.kpi import Period


def _sla(infos: Any, rule: str) -> Any:
    return next((s for s in infos if s.rule == rule), None)


def _confirmed(ws: Any, urgent: bool = False) -> str:
    case_id: str = ws.walk_in(urgent=urgent)
    ws.drive(case_id, "confirmed")
    return case_id


def test_w1_assigning_off_shift_needs_a_reason_which_is_recorded(workshop: Any) -> None:
    ws = workshop
    case_id = _confirmed(ws)
    dispatch.dispatch(ws.ctx, ws.lead, case_id)
    # 刘洋's roster shift ended an hour ago: he is off shift now.
    now = ws.clock.t
    dispatch.add_shift(
        ws.ctx, ws.lead, ws.tech.staff_id, now - timedelta(hours=9), now - timedelta(hours=1)
    )
    with pytest.raises(ValidationError) as refused:
        dispatch.assign(ws.ctx, ws.lead, case_id, ws.tech.staff_id)
    assert refused.value.code == "dispatch.reason_off_shift"
    assert ws.scalar("SELECT count(*) FROM assignment WHERE case_id = :c", c=case_id) == 0
    dispatch.assign(ws.ctx, ws.lead, case_id, ws.tech.staff_id, reason="客户急需，已同意加班")
    row = ws.scalar(
        "SELECT override_kind || '|' || override_reason FROM assignment WHERE case_id = :c",
        c=case_id,
    )
    assert row == "off_shift|客户急需，已同意加班"


def test_w1_assigning_a_technician_on_an_urgent_job_needs_a_reason(workshop: Any) -> None:
    ws = workshop
    urgent = _confirmed(ws, urgent=True)
    dispatch.dispatch(ws.ctx, ws.lead, urgent)
    dispatch.assign(ws.ctx, ws.lead, urgent, ws.tech.staff_id)  # on shift, free: no reason
    other = _confirmed(ws)
    with pytest.raises(ValidationError) as refused:
        dispatch.assign(ws.ctx, ws.lead, other, ws.tech.staff_id, reason="  ")
    assert refused.value.code == "dispatch.reason_busy_urgent"
    dispatch.assign(ws.ctx, ws.lead, other, ws.tech2.staff_id)  # the free one: no reason
    dispatch.assign(ws.ctx, ws.lead, other, ws.tech.staff_id, reason="只有他会这个车型")
    assert (
        ws.scalar("SELECT override_kind FROM assignment WHERE case_id = :c AND active", c=other)
        == "busy_urgent"
    )


def test_w1_board_puts_urgent_cases_first_and_shows_lanes(workshop: Any) -> None:
    ws = workshop
    normal = _confirmed(ws)
    urgent = _confirmed(ws, urgent=True)
    now = ws.clock.t
    dispatch.add_shift(ws.ctx, ws.lead, ws.tech.staff_id, now - timedelta(hours=1),
                       now + timedelta(hours=7), bay="1号工位")  # fmt: skip
    board = dispatch.dispatch_board(ws.ctx)
    assert [w.case.id for w in board.waiting][:2] == [urgent, normal]
    lane = next(lane for lane in board.lanes if lane.staff.id == ws.tech.staff_id)
    assert lane.on_shift
    assert lane.bay == "1号工位"
    assert [b.bay for b in board.bays] == ["1号工位"]
    assert _sla(board.waiting[0].sla, "W1-urgent") is not None


def test_w5_promise_is_set_at_dispatch_and_never_moved_later_silently(workshop: Any) -> None:
    ws = workshop
    case_id = _confirmed(ws)
    promise = ws.clock.t + timedelta(hours=3)
    with pytest.raises(ValidationError):
        dispatch.dispatch(ws.ctx, ws.lead, case_id, promised_at=ws.clock.t - timedelta(minutes=1))
    dispatch.dispatch(ws.ctx, ws.lead, case_id, promised_at=promise)
    assert queries.case_detail(ws.ctx, case_id).promised_at == promise
    with pytest.raises(ValidationError) as refused:
        dispatch.set_promise(ws.ctx, ws.advisor, case_id, promise + timedelta(hours=1))
    assert refused.value.code == "promise.later_needs_notice"
    dispatch.set_promise(ws.ctx, ws.advisor, case_id, promise - timedelta(hours=1))  # sooner: ok


def _in_work_with_promise(ws: Any, hours: float = 3) -> tuple[str, Any]:
    case_id = _confirmed(ws)
    promise = ws.clock.t + timedelta(hours=hours)
    dispatch.dispatch(ws.ctx, ws.lead, case_id, promised_at=promise)
    dispatch.assign(ws.ctx, ws.lead, case_id, ws.tech.staff_id)
    bay.start_work(ws.ctx, ws.tech, case_id)
    return case_id, promise


def test_w5_delay_notice_guards(workshop: Any) -> None:
    ws = workshop
    case_id, promise = _in_work_with_promise(ws)
    good: dict[str, Any] = {
        "reason_code": "parts_out_of_stock",
        "reason": "刹车片缺货，从中心库调货",
        "new_eta": promise + timedelta(hours=2),
        "compensation": "car_wash",
    }
    for bad, code in (
        ({"reason": "  "}, "delay.reason_empty"),
        ({"reason_code": "moon"}, "delay.reason_code"),
        ({"new_eta": promise - timedelta(minutes=5)}, "delay.not_later"),
        ({"compensation": ""}, "delay.compensation_empty"),
        ({"compensation": "free_car"}, "delay.compensation_unknown"),
    ):
        with pytest.raises(ValidationError) as refused:
            dispatch.announce_delay(ws.ctx, ws.advisor, case_id, **{**good, **bad})
        assert refused.value.code == code
    ws.clock.set(promise - timedelta(minutes=20))
    with pytest.raises(ValidationError) as refused:
        dispatch.announce_delay(ws.ctx, ws.advisor, case_id, **good)
    assert refused.value.code == "delay.too_late"
    assert ws.scalar("SELECT count(*) FROM delay_notice WHERE case_id = :c", c=case_id) == 0
    ws.clock.set(promise - timedelta(minutes=45))
    dispatch.announce_delay(ws.ctx, ws.advisor, case_id, **good)
    body = ws.scalar("SELECT body FROM customer_message WHERE kind = 'delay' AND case_id = :c",
                     c=case_id)  # fmt: skip
    assert "免费洗车一次" in str(body)
    assert "提供：。" not in str(body)
    progress = dispatch.case_progress(ws.ctx, case_id)
    assert progress.promised_at == good["new_eta"]
    (notice,) = progress.delays
    assert not notice.late
    dispatch.record_delay_answer(ws.ctx, ws.advisor, notice.id, "accepted", "客户同意等")
    with pytest.raises(ValidationError):
        dispatch.record_delay_answer(ws.ctx, ws.advisor, notice.id, "declined")
    assert ws.scalar("SELECT customer_answer FROM delay_notice WHERE id = :i", i=notice.id) == (
        "accepted"
    )


def test_w5_a_missed_notice_stays_missed_after_the_promise_moves(workshop: Any) -> None:
    ws = workshop
    opened = ws.clock.t
    case_id, promise = _in_work_with_promise(ws)
    ws.clock.set(promise - timedelta(minutes=10))
    dispatch.announce_delay(
        ws.ctx, ws.advisor, case_id, reason_code="hidden_fault", reason="发现隐藏故障",
        new_eta=promise + timedelta(hours=4), compensation="extended_warranty_1m", late_ok=True,
    )  # fmt: skip
    assert ws.scalar("SELECT late FROM delay_notice WHERE case_id = :c", c=case_id) == 1
    # A later, timely notice on the new promise does not wash out the first miss.
    ws.clock.set(promise + timedelta(hours=1))
    dispatch.announce_delay(
        ws.ctx, ws.advisor, case_id, reason_code="parts_out_of_stock", reason="配件在途",
        new_eta=promise + timedelta(hours=6), compensation="car_wash",
    )  # fmt: skip
    assert _sla(dispatch.case_progress(ws.ctx, case_id).sla, "W5").status is SlaStatus.MISSED
    period = Period(opened - timedelta(days=1), opened + timedelta(days=1))
    figures = {f.rule_id: f for f in kpi.sla_figures(ws.ctx, period)}
    assert case_id in figures["W5"].missed_case_ids


def test_w4_due_every_hour_of_work_from_the_actual_start(workshop: Any) -> None:
    """A 1-hour estimate that runs long: once the work passes 2 h an update is due, then
    every hour of work; pauses do not count."""
    ws = workshop
    case_id, _ = _in_work_with_promise(ws, hours=8)
    ws.clock.advance(minutes=90)
    assert _sla(dispatch.case_progress(ws.ctx, case_id).sla, "W4") is None
    ws.clock.advance(minutes=25)  # 1 h 55 of work: the job is about to pass 2 h
    assert _sla(dispatch.case_progress(ws.ctx, case_id).sla, "W4").status is SlaStatus.DUE_SOON
    dispatch.progress_update(ws.ctx, ws.advisor, case_id, "拆检完成，刹车盘磨损，约1.5小时")
    assert _sla(dispatch.case_progress(ws.ctx, case_id).sla, "W4").status is SlaStatus.RUNNING
    bay.pause_work(ws.ctx, ws.tech, case_id, "waiting_parts")
    ws.clock.advance(hours=3)  # paused: the hour of work does not run
    assert _sla(dispatch.case_progress(ws.ctx, case_id).sla, "W4").status is SlaStatus.RUNNING
    bay.resume_work(ws.ctx, ws.tech, case_id)
    ws.clock.advance(minutes=61)
    w4 = _sla(dispatch.case_progress(ws.ctx, case_id).sla, "W4")
    assert w4.status is SlaStatus.OVERDUE
    assert any(info.rule == "W4" for _, info in dispatch.attention(ws.ctx, ws.manager))
    with pytest.raises(ValidationError):
        dispatch.progress_update(ws.ctx, ws.advisor, case_id, "   ")
    # A late update is sent, and the miss stays in the record.
    dispatch.progress_update(ws.ctx, ws.advisor, case_id, "配件已到，正在安装")
    assert _sla(dispatch.case_progress(ws.ctx, case_id).sla, "W4").status is SlaStatus.MISSED


def test_w5_dispatch_without_a_promise_suggests_one_from_the_estimate(workshop: Any) -> None:
    ws = workshop
    case_id = _confirmed(ws)
    dispatch.dispatch(ws.ctx, ws.lead, case_id, suggest_promise=True)
    promised = queries.case_detail(ws.ctx, case_id).promised_at
    assert promised is not None
    assert promised >= ws.clock.t + timedelta(hours=1)
    assert promised.minute % 15 == 0


def test_w5_the_dealer_keeps_its_own_compensation_list(workshop: Any) -> None:
    ws = workshop
    with pytest.raises(ValidationError):
        dispatch.add_compensation(ws.ctx, ws.admin, "  ")
    code = dispatch.add_compensation(ws.ctx, ws.admin, "免费空调清洗")
    with ws.ctx.reading() as session:
        options = {o.code: o.label for o in dispatch.compensation_options(session)}
    assert options[code] == "免费空调清洗"
    assert options["car_wash"] == "免费洗车一次"  # the defaults stay on the list
    case_id, promise = _in_work_with_promise(ws)
    dispatch.announce_delay(
        ws.ctx, ws.advisor, case_id, reason_code="equipment", reason="举升机故障",
        new_eta=promise + timedelta(hours=1), compensation=code,
    )  # fmt: skip
    assert ws.scalar("SELECT compensation FROM delay_notice WHERE case_id = :c", c=case_id) == (
        "免费空调清洗"
    )


def test_w5_a_retired_compensation_stays_in_history_and_is_no_longer_offered(
    workshop: Any,
) -> None:
    """Issue 8 item 7: the dealer retires an entry of its compensation list: the notices that
    offered it still show it, new notices cannot offer it; the last one stays."""
    from app.domain.errors import NotFound, PermissionDenied

    ws = workshop
    case_id, promise = _in_work_with_promise(ws)
    ws.clock.set(promise - timedelta(minutes=45))
    dispatch.announce_delay(
        ws.ctx, ws.advisor, case_id, reason_code="parts_out_of_stock", reason="缺货调货",
        new_eta=promise + timedelta(hours=2), compensation="car_wash",
    )  # fmt: skip
    with pytest.raises(PermissionDenied):
        dispatch.retire_compensation(ws.ctx, ws.advisor, "car_wash")
    dispatch.retire_compensation(ws.ctx, ws.manager, "car_wash")
    offered = {c.code for c in dispatch.compensation_list(ws.ctx)}
    assert "car_wash" not in offered
    assert offered  # the others still offered
    history = {c.code: c for c in dispatch.compensation_catalogue(ws.ctx)}
    assert history["car_wash"].active is False
    assert history["car_wash"].label == "免费洗车一次"
    # The notice that offered it still shows it.
    (notice,) = dispatch.case_progress(ws.ctx, case_id).delays
    assert notice.compensation == "免费洗车一次"
    # A new notice cannot offer it.
    with pytest.raises(ValidationError) as refused:
        dispatch.announce_delay(
            ws.ctx, ws.advisor, case_id, reason_code="parts_out_of_stock", reason="再次延误",
            new_eta=promise + timedelta(hours=4), compensation="car_wash",
        )  # fmt: skip
    assert refused.value.code == "delay.compensation_unknown"
    with pytest.raises(ValidationError) as refused:
        dispatch.retire_compensation(ws.ctx, ws.manager, "car_wash")
    assert refused.value.code == "compensation.retired"
    with pytest.raises(NotFound):
        dispatch.retire_compensation(ws.ctx, ws.manager, "no_such")
    for code in sorted(offered)[:-1]:
        dispatch.retire_compensation(ws.ctx, ws.manager, code)
    with pytest.raises(ValidationError) as refused:  # the last one stays
        dispatch.retire_compensation(ws.ctx, ws.manager, sorted(offered)[-1])
    assert refused.value.code == "compensation.last"
    assert len(dispatch.compensation_list(ws.ctx)) == 1
