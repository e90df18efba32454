"""The give-up budget of a QR search (issue 11): attempts the remaining time cannot afford are
skipped before they start, judged by what this search has already paid per pixel. Driven
with set clocks, so nothing here depends on the machine's speed."""

from __future__ import annotations

import time

import pytest

from app.media import qr


def budget_with(remaining: float) -> qr._Budget:
    budget = qr._Budget(time.monotonic())
    budget.wall_end = time.monotonic() + remaining
    budget.cpu_end = time.process_time() + 100
    return budget


def test_first_attempt_is_always_allowed() -> None:
    assert budget_with(0.5).allows("_aruco", 10_000_000)


def test_attempt_dearer_than_the_remaining_time_is_skipped() -> None:
    budget = budget_with(1.0)
    budget.spent("_classic", 1_000_000, 0.2)  # 0.2 s per megapixel, seen in this search
    assert budget.allows("_classic", 2_000_000)  # 0.4 s (x1.5 margin: 0.6 s) fits
    assert not budget.allows("_classic", 4_000_000)  # 0.8 s (x1.5: 1.2 s) does not


def test_unknown_kind_borrows_the_dearest_rate_with_a_wider_margin() -> None:
    budget = budget_with(1.0)
    budget.spent("_aruco", 1_000_000, 0.1)
    assert budget.allows("locate", 3_000_000)  # 0.3 s x3 = 0.9 s
    assert not budget.allows("locate", 4_000_000)  # 0.4 s x3 = 1.2 s


def test_an_exhausted_budget_allows_nothing() -> None:
    budget = budget_with(-0.01)
    assert budget.over
    assert not budget.allows("_aruco", 1)


@pytest.mark.parametrize("seconds", [0.05, 0.3])
def test_cost_per_pixel_keeps_the_dearest_seen(seconds: float) -> None:
    budget = budget_with(10)
    budget.spent("_aruco", 1_000_000, 0.1)
    budget.spent("_aruco", 1_000_000, seconds)
    assert budget.rates["_aruco"] == pytest.approx(max(0.1, seconds) / 1_000_000)


def test_search_that_runs_out_gives_up_with_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no time left after the first attempt, the search returns no text rather than
    running the rest of the ladder (a blank picture: nothing to read anyway)."""
    import numpy as np

    monkeypatch.setattr(qr, "GIVE_UP_WALL", 0.0)
    seen: list[str] = []
    real = qr._attempts

    def attempts(gray: qr.Image, budget: qr._Budget):  # type: ignore[no-untyped-def]
        for item in real(gray, budget):
            seen.append(item[0])
            yield item

    monkeypatch.setattr(qr, "_attempts", attempts)
    assert qr.decode_qr(np.full((900, 700), 255, np.uint8)) == []
    assert seen == ["aruco"]  # asked for, then refused: over the budget
