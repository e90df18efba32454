"""SLA clocks at the exact boundary: one second (or minute) before, at, and after each due
time, for every rule of the standard (A2, A3, P3, W1, W4, W5)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.domain.sla import (
    RULES_BY_ID,
    SLA_RULES,
    SlaResult,
    SlaStatus,
    applies,
    evaluate,
    evaluate_all,
    worst,
)

T0 = datetime(2026, 11, 27, 9, 0, 0)
SEC = timedelta(seconds=1)
MIN = timedelta(minutes=1)

# rule id, start event, stop event, limit, due-soon warning
WINDOWS = [
    ("A2", "appointment_requested", "appointment_confirmed", 15 * MIN, 5 * MIN),
    ("A3", "appointment_requested", "fast_track_arranged", 60 * MIN, 15 * MIN),
    ("P3-urgent", "inquiry_received", "inquiry_replied", 30 * MIN, 10 * MIN),
    ("P3", "inquiry_received", "inquiry_replied", 120 * MIN, 30 * MIN),
    ("W1", "confirmation_signed", "dispatched", 5 * MIN, 2 * MIN),
    ("W1-urgent", "confirmation_signed", "work_started", 30 * MIN, 10 * MIN),
]


def test_limits_are_the_standards() -> None:
    assert {r.rule_id for r in SLA_RULES} == {
        "A2",
        "A3",
        "P3-urgent",
        "P3",
        "W1",
        "W1-urgent",
        "W4",
        "W5",
    }
    for rule_id, start, stop, limit, _ in WINDOWS:
        rule = RULES_BY_ID[rule_id]
        assert (rule.start, rule.stop, rule.limit) == (start, stop, limit)
    assert RULES_BY_ID["W4"].limit == 60 * MIN
    assert RULES_BY_ID["W4"].min_job_hours == 2.0
    assert RULES_BY_ID["W5"].limit == 30 * MIN


@pytest.mark.parametrize(("rule_id", "start", "stop", "limit", "warn"), WINDOWS)
def test_window_running_due_soon_overdue(
    rule_id: str, start: str, stop: str, limit: timedelta, warn: timedelta
) -> None:
    rule = RULES_BY_ID[rule_id]
    events = {start: [T0]}
    due = T0 + limit

    def status(now: datetime) -> SlaStatus:
        result = evaluate(rule, events, now)
        assert result.due == due
        assert result.rule_id == rule_id
        return result.status

    assert status(T0) is SlaStatus.RUNNING
    assert status(due - warn - SEC) is SlaStatus.RUNNING
    assert status(due - warn - MIN) is SlaStatus.RUNNING
    assert status(due - warn) is SlaStatus.DUE_SOON
    assert status(due - MIN) is SlaStatus.DUE_SOON
    assert status(due) is SlaStatus.DUE_SOON  # exactly at due it is not late yet
    assert status(due + SEC) is SlaStatus.OVERDUE
    assert status(due + MIN) is SlaStatus.OVERDUE


@pytest.mark.parametrize(("rule_id", "start", "stop", "limit", "warn"), WINDOWS)
def test_window_met_or_missed(
    rule_id: str, start: str, stop: str, limit: timedelta, warn: timedelta
) -> None:
    rule = RULES_BY_ID[rule_id]
    due = T0 + limit
    later = due + timedelta(hours=5)  # `now` no longer matters once the stop happened

    def stopped_at(t: datetime) -> SlaStatus:
        return evaluate(rule, {start: [T0], stop: [t]}, later).status

    assert stopped_at(T0) is SlaStatus.MET
    assert stopped_at(due - MIN) is SlaStatus.MET
    assert stopped_at(due) is SlaStatus.MET
    assert stopped_at(due + SEC) is SlaStatus.MISSED
    assert stopped_at(due + MIN) is SlaStatus.MISSED
    # A stop before the start (an earlier round) does not meet this clock.
    assert evaluate(rule, {start: [T0], stop: [T0 - MIN]}, due + SEC).status is SlaStatus.OVERDUE


def test_window_counts_from_the_first_start() -> None:
    rule = RULES_BY_ID["A2"]
    events = {"appointment_requested": [T0 + 10 * MIN, T0]}
    assert evaluate(rule, events, T0).due == T0 + 15 * MIN


def test_no_start_event_means_no_due_time() -> None:
    result = evaluate(RULES_BY_ID["A2"], {}, T0)
    assert result == SlaResult("A2", SlaStatus.RUNNING, None)


def test_a3_only_for_urgent_jobs() -> None:
    events = {"appointment_requested": [T0]}
    assert not applies(RULES_BY_ID["A3"], events, urgent=False, job_hours=0)
    assert applies(RULES_BY_ID["A3"], events, urgent=True, job_hours=0)
    assert {r.rule_id for r in evaluate_all(events, T0)} == {"A2"}
    assert {r.rule_id for r in evaluate_all(events, T0, urgent=True)} == {"A2", "A3"}


def test_p3_30_minutes_urgent_two_hours_normal() -> None:
    events = {"inquiry_received": [T0]}
    normal = evaluate_all(events, T0 + 31 * MIN)
    assert [(r.rule_id, r.status, r.due) for r in normal] == [
        ("P3", SlaStatus.RUNNING, T0 + 2 * timedelta(hours=1))
    ]
    urgent = evaluate_all(events, T0 + 30 * MIN + SEC, urgent=True)
    assert [(r.rule_id, r.status, r.due) for r in urgent] == [
        ("P3-urgent", SlaStatus.OVERDUE, T0 + 30 * MIN)
    ]


def test_w1_dispatch_and_urgent_start() -> None:
    events = {"confirmation_signed": [T0], "dispatched": [T0 + 5 * MIN]}
    normal = {r.rule_id: r.status for r in evaluate_all(events, T0 + 6 * MIN)}
    assert normal == {"W1": SlaStatus.MET}
    urgent = {r.rule_id: r.status for r in evaluate_all(events, T0 + 30 * MIN, urgent=True)}
    assert urgent == {"W1": SlaStatus.MET, "W1-urgent": SlaStatus.DUE_SOON}
    urgent = {r.rule_id: r.status for r in evaluate_all(events, T0 + 31 * MIN, urgent=True)}
    assert urgent["W1-urgent"] is SlaStatus.OVERDUE


# -- W4: hourly updates on jobs over two hours -----------------------------------------------

W4 = RULES_BY_ID["W4"]


def test_w4_only_for_jobs_over_two_hours() -> None:
    events = {"work_started": [T0]}
    assert not applies(W4, events, urgent=False, job_hours=1.5)
    assert not applies(W4, events, urgent=False, job_hours=2.0)  # "over" two hours
    assert applies(W4, events, urgent=False, job_hours=2.1)
    assert "W4" not in {r.rule_id for r in evaluate_all(events, T0, job_hours=2.0)}
    assert "W4" in {r.rule_id for r in evaluate_all(events, T0, job_hours=3.0)}


def test_w4_first_update_due_an_hour_after_start() -> None:
    events = {"work_started": [T0]}
    hour = T0 + 60 * MIN
    assert evaluate(W4, events, hour - 10 * MIN - SEC).status is SlaStatus.RUNNING
    assert evaluate(W4, events, hour - 10 * MIN).status is SlaStatus.DUE_SOON
    assert evaluate(W4, events, hour).status is SlaStatus.DUE_SOON
    assert evaluate(W4, events, hour).due == hour
    assert evaluate(W4, events, hour + SEC).status is SlaStatus.OVERDUE


def test_w4_each_update_restarts_the_hour() -> None:
    events = {"work_started": [T0], "progress_update": [T0 + 60 * MIN, T0 + 115 * MIN]}
    result = evaluate(W4, events, T0 + 120 * MIN)
    assert result == SlaResult("W4", SlaStatus.RUNNING, T0 + 175 * MIN)
    assert evaluate(W4, events, T0 + 175 * MIN + SEC).status is SlaStatus.OVERDUE


def test_w4_a_gap_over_an_hour_is_missed() -> None:
    on_time = {"work_started": [T0], "progress_update": [T0 + 60 * MIN]}
    assert evaluate(W4, on_time, T0 + 61 * MIN).status is SlaStatus.RUNNING
    late = {"work_started": [T0], "progress_update": [T0 + 60 * MIN + SEC]}
    result = evaluate(W4, late, T0 + 61 * MIN)
    assert result == SlaResult("W4", SlaStatus.MISSED, T0 + 60 * MIN)


def test_w4_finished_job() -> None:
    done_in_time = {"work_started": [T0], "work_finished": [T0 + 60 * MIN]}
    assert evaluate(W4, done_in_time, T0 + 5 * 60 * MIN).status is SlaStatus.MET
    done_late = {"work_started": [T0], "work_finished": [T0 + 60 * MIN + SEC]}
    assert evaluate(W4, done_late, T0 + 5 * 60 * MIN).status is SlaStatus.MISSED
    updated = {
        "work_started": [T0],
        "progress_update": [T0 + 50 * MIN, T0 + 100 * MIN],
        "work_finished": [T0 + 150 * MIN],
    }
    assert evaluate(W4, updated, T0 + 5 * 60 * MIN).status is SlaStatus.MET
    # An update after the job finished does not count.
    after = {
        "work_started": [T0],
        "work_finished": [T0 + 90 * MIN],
        "progress_update": [T0 + 80 * MIN + 60 * MIN],
    }
    assert evaluate(W4, after, T0 + 5 * 60 * MIN).status is SlaStatus.MISSED


# -- W5: delay notice at least 30 minutes before the promise ----------------------------------

W5 = RULES_BY_ID["W5"]
PROMISE = T0 + 3 * 60 * MIN
W5_DUE = PROMISE - 30 * MIN


def test_w5_clock_runs_backwards_from_the_promise() -> None:
    events = {"promised": [PROMISE]}
    assert evaluate(W5, events, T0).due == W5_DUE
    assert evaluate(W5, events, W5_DUE - 30 * MIN - SEC).status is SlaStatus.RUNNING
    assert evaluate(W5, events, W5_DUE - 30 * MIN).status is SlaStatus.DUE_SOON
    assert evaluate(W5, events, W5_DUE).status is SlaStatus.DUE_SOON
    assert evaluate(W5, events, W5_DUE + SEC).status is SlaStatus.OVERDUE
    assert evaluate(W5, events, W5_DUE + MIN).status is SlaStatus.OVERDUE


def test_w5_notice_at_least_30_minutes_before() -> None:
    later = PROMISE + 60 * MIN
    assert evaluate(W5, {"promised": [PROMISE], "delay_notice": [W5_DUE]}, later).status is (
        SlaStatus.MET
    )
    assert (
        evaluate(W5, {"promised": [PROMISE], "delay_notice": [W5_DUE + SEC]}, later).status
        is SlaStatus.MISSED
    )
    assert (
        evaluate(W5, {"promised": [PROMISE], "delay_notice": [W5_DUE + MIN]}, later).status
        is SlaStatus.MISSED
    )


def test_w5_finished_on_time_needs_no_notice() -> None:
    later = PROMISE + 60 * MIN
    assert evaluate(W5, {"promised": [PROMISE], "work_finished": [PROMISE]}, later).status is (
        SlaStatus.MET
    )
    late = {"promised": [PROMISE], "work_finished": [PROMISE + SEC]}
    assert evaluate(W5, late, later).status is SlaStatus.MISSED


def test_w5_uses_the_latest_promise() -> None:
    events = {"promised": [PROMISE, PROMISE + 60 * MIN]}
    assert evaluate(W5, events, T0).due == PROMISE + 30 * MIN


def test_worst_orders_by_attention() -> None:
    def r(status: SlaStatus) -> SlaResult:
        return SlaResult("X", status, None)

    assert worst([]) is None
    assert worst([r(SlaStatus.MET), r(SlaStatus.RUNNING)]) is SlaStatus.RUNNING
    assert worst([r(SlaStatus.RUNNING), r(SlaStatus.DUE_SOON)]) is SlaStatus.DUE_SOON
    assert worst([r(SlaStatus.DUE_SOON), r(SlaStatus.MISSED)]) is SlaStatus.MISSED
    assert worst([r(SlaStatus.MISSED), r(SlaStatus.OVERDUE), r(SlaStatus.MET)]) is (
        SlaStatus.OVERDUE
    )
