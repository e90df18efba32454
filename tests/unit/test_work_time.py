"""The job clock sums per labor line (issue 8 item 2; issue 9 item 1 bills from them)."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.services.work_time import worked_seconds

T0 = datetime(2026, 11, 30, 9, 0)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_pauses_are_not_worked_time_and_lines_are_apart() -> None:
    rows = [
        ("a", "start", at(0)),
        ("a", "pause", at(30)),
        ("b", "start", at(10)),
        ("a", "resume", at(60)),
        ("b", "finish", at(40)),
        ("a", "finish", at(90)),
    ]
    assert worked_seconds(reversed(rows)) == {"a": 3600.0, "b": 1800.0}


def test_a_running_clock_counts_up_to_now_only_when_asked() -> None:
    rows = [(None, "start", at(0))]
    assert worked_seconds(rows) == {}
    assert worked_seconds(rows, now=at(45)) == {None: 2700.0}


def test_a_stop_without_a_start_counts_nothing() -> None:
    assert worked_seconds([("a", "finish", at(5))]) == {}
