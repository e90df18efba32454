"""W4 by hours of work from the job clock (issue 8 item 6): `evaluate_w4` counts only the time
a clock runs (pauses do not count), applies when the estimate or the work passes 2 hours, and
wants an update every hour of work."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.domain.sla import SlaStatus, evaluate_w4, work_intervals

T0 = datetime(2026, 11, 27, 9, 0)
H = timedelta(hours=1)
M = timedelta(minutes=1)


def test_intervals_are_the_union_of_the_running_line_clocks() -> None:
    rows = [
        ("a", "start", T0),
        ("b", "start", T0 + 30 * M),
        ("a", "finish", T0 + H),
        ("b", "pause", T0 + 2 * H),
        ("b", "resume", T0 + 3 * H),
    ]
    assert work_intervals(rows, T0 + 4 * H) == [(T0, T0 + 2 * H), (T0 + 3 * H, T0 + 4 * H)]


def test_long_estimate_first_update_after_an_hour_of_work() -> None:
    rows = [(None, "start", T0)]
    assert evaluate_w4(rows, [], T0 + 30 * M, 3.0).status is SlaStatus.RUNNING  # type: ignore[union-attr]
    assert evaluate_w4(rows, [], T0 + 55 * M, 3.0).status is SlaStatus.DUE_SOON  # type: ignore[union-attr]
    late = evaluate_w4(rows, [], T0 + 61 * M, 3.0)
    assert late is not None
    assert (late.status, late.due) == (SlaStatus.OVERDUE, T0 + H)


def test_short_estimate_that_runs_long_falls_due_by_the_work() -> None:
    rows = [(None, "start", T0)]
    assert evaluate_w4(rows, [], T0 + H, 1.0) is None  # short job, short work: no W4
    result = evaluate_w4(rows, [], T0 + 2 * H + M, 1.0)
    assert result is not None
    assert result.status is SlaStatus.OVERDUE


def test_pauses_do_not_count_and_updates_restart_the_hour() -> None:
    rows = [(None, "start", T0), (None, "pause", T0 + 40 * M), (None, "resume", T0 + 5 * H)]
    # 40 min of work, then a long pause: still running, nothing due.
    paused = evaluate_w4(rows, [], T0 + 4 * H, 3.0)
    assert paused is not None
    assert paused.status is SlaStatus.RUNNING
    # 15 min after the resume: 55 min of work.
    assert evaluate_w4(rows, [], T0 + 5 * H + 15 * M, 3.0).status is SlaStatus.DUE_SOON  # type: ignore[union-attr]
    updated = evaluate_w4(rows, [T0 + 5 * H + 16 * M], T0 + 5 * H + 30 * M, 3.0)
    assert updated is not None
    assert updated.status is SlaStatus.RUNNING
    finished = [*rows, (None, "finish", T0 + 6 * H)]
    done = evaluate_w4(finished, [T0 + 5 * H + 16 * M], T0 + 7 * H, 3.0, T0 + 6 * H)
    assert done is not None
    assert done.status is SlaStatus.MET
