"""The dashboard loads in two steps (issue 10 item 5): the period's own figures first, the
previous period's (the weak spots' "Previous" and trend) in a second task, shown as "…" until
they arrive; a period change while the second task runs never shows the old period's figures.
The second step is held on an event here, so the order is the test's, not the machine's."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.roles import Role

LEFT = Qt.MouseButton.LeftButton
PREVIOUS_COLUMN, TREND_COLUMN = 3, 4


def test_two_steps_give_exactly_the_one_step_figures(demo_dir: Path) -> None:
    from app.services import kpi, kpi_aftercare
    from app.services.setup import open_workstation

    ctx = open_workstation(demo_dir)
    try:
        period = kpi.quarter_of(ctx.now())
        first = kpi_aftercare.screen_figures(ctx, period, trend=False)
        assert not first.trend
        assert first.weak
        assert all(spot.previous is None for spot in first.weak)
        assert first.dashboard.previous_sla == ()
        complete = kpi_aftercare.screen_trend(ctx, first)
        kpi.clear_cache()
        kpi_aftercare.clear_cache()
        whole = kpi_aftercare.screen_figures(ctx, period)
        assert complete == whole
        assert complete.trend
        assert whole.dashboard.previous_sla
        assert any(spot.previous is not None for spot in complete.weak)
        assert [s.key for s in complete.weak] == [s.key for s in first.weak]  # same rows
        assert complete.dashboard == kpi.dashboard(ctx, period, cache=False)
    finally:
        ctx.db.dispose()


class HeldTrend:
    """kpi_aftercare.screen_trend, each call held until the test releases it."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.gates: list[threading.Event] = []
        self.periods: list[Any] = []
        self.lock = threading.Lock()

    def __call__(self, ctx: Any, figures: Any, **kwargs: Any) -> Any:
        gate = threading.Event()
        with self.lock:
            self.gates.append(gate)
            self.periods.append(figures.dashboard.period)
        gate.wait(60)
        return self.real(ctx, figures, **kwargs)

    def calls(self) -> int:
        with self.lock:
            return len(self.gates)

    def release(self, index: int) -> None:
        with self.lock:
            self.gates[index].set()

    def release_all(self) -> None:
        with self.lock:
            for gate in self.gates:
                gate.set()


def _column(board: Any, column: int) -> list[str]:
    model = board.weak
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_current_figures_first_and_a_period_change_never_shows_stale_ones(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    monkeypatch: Any,
) -> None:
    from app.services import kpi_aftercare

    held = HeldTrend(kpi_aftercare.screen_trend)
    monkeypatch.setattr(kpi_aftercare, "screen_trend", held)
    shell = make_shell(demo_dir)
    pool = shell.state.runner.pool
    if pool.maxThreadCount() < 3:  # a held task must leave threads for the next load
        pool.setMaxThreadCount(3)
    try:
        log_in(shell, "manager")
        qtbot.mouseClick(shell.window.homes[Role.MANAGER].ui.dashboardButton, LEFT)
        board = shell.window.page("manager_dashboard")
        arrived: list[Any] = []
        real_trend = board._trend_figures

        def spy(load: int, first: Any, figures: Any) -> None:
            arrived.append(figures.dashboard.period)
            real_trend(load, first, figures)

        board._trend_figures = spy

        # Step 1: the quarter's own figures are shown while the previous quarter's are held.
        qtbot.waitUntil(lambda: board.figures is not None and held.calls() == 1, timeout=20_000)
        current = board.ui.periodCombo.currentData()
        assert board.data.period == current
        assert held.periods == [current]
        assert not board.figures.trend
        assert board.sla.rowCount() > 0
        assert board.weak.rowCount() > 0
        assert set(_column(board, PREVIOUS_COLUMN)) == {"…"}
        assert set(_column(board, TREND_COLUMN)) == {"…"}
        whole = kpi_aftercare.screen_figures(shell.state.ctx, current)
        assert board.data.sla == whole.dashboard.sla
        assert board.data.cases == whole.dashboard.cases

        # A period change while the first load's trend is still computing.
        board.ui.periodCombo.setCurrentIndex(1)
        earlier = board.ui.periodCombo.currentData()
        assert earlier != current
        qtbot.waitUntil(
            lambda: board.data is not None and board.data.period == earlier and held.calls() == 2,
            timeout=20_000,
        )
        assert set(_column(board, PREVIOUS_COLUMN)) <= {"…"}
        # The first load's trend arrives now: dropped, the earlier quarter stays on the page.
        held.release(0)
        qtbot.waitUntil(lambda: len(arrived) == 1, timeout=20_000)
        assert arrived == [current]
        assert board.data.period == earlier
        assert not board.figures.trend
        assert set(_column(board, PREVIOUS_COLUMN)) <= {"…"}

        # The earlier quarter's own trend completes the page with exactly the one-step figures.
        held.release(1)
        qtbot.waitUntil(lambda: board.figures.trend, timeout=20_000)
        assert board.data.period == earlier
        expected = kpi_aftercare.screen_figures(shell.state.ctx, earlier)
        assert board.figures.weak == expected.weak
        assert board.data == expected.dashboard
        assert "…" not in _column(board, PREVIOUS_COLUMN) + _column(board, TREND_COLUMN)
    finally:
        held.release_all()
        shell.state.runner.wait()
