"""The manager's KPI dashboard: opened from the home, the figures of the chosen quarter as the
services compute them, a period change recomputes, a click on a figure lists its cases."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.roles import Role

LEFT = Qt.MouseButton.LeftButton


def test_dashboard_period_change_and_drill_down(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    from app.services import kpi

    shell = make_shell(demo_dir)
    log_in(shell, "manager")
    home = shell.window.homes[Role.MANAGER]
    qtbot.mouseClick(home.ui.dashboardButton, LEFT)
    board = shell.window.page("manager_dashboard")
    assert shell.window.ui.pages.currentWidget() is board  # a page of the one window
    qtbot.waitUntil(lambda: board.data is not None, timeout=20_000)
    period = board.ui.periodCombo.currentData()
    expected = kpi.dashboard(shell.state.ctx, period)
    assert board.data.cases == expected.cases > 0
    assert [f.rule_id for f in board.sla.records()] == [f.rule_id for f in expected.sla]
    assert board.sla.rowCount() > 0
    assert "个工单" in board.ui.summaryLabel.text() or board.data.cases == 0

    # Drill-down: the row of a rule with missed clocks lists exactly those cases.
    row = next(i for i, f in enumerate(board.sla.records()) if f.missed)
    missed = board.sla.records()[row].missed_case_ids
    board.ui.slaView.clicked.emit(board.sla.index(row, 0))
    qtbot.waitUntil(lambda: board.cases.rowCount() == len(missed), timeout=10_000)
    assert {c.id for c in board.cases.records()} == set(missed)

    # Weak spot -> improvement action, tracked by the services.
    from app.services import improvement

    assert board.data.weak
    assert board.ui.actionButton.isEnabled()
    qtbot.mouseClick(board.ui.actionButton, LEFT)
    qtbot.waitUntil(lambda: bool(improvement.list_actions(shell.state.ctx)), timeout=10_000)
    (action,) = improvement.list_actions(shell.state.ctx)
    assert action.source == board.data.weak[0].rule_id
    assert action.status == "open"

    # Period change: an earlier quarter without demo cases recomputes to nothing.
    board.data = None
    board.ui.periodCombo.setCurrentIndex(board.ui.periodCombo.count() - 1)
    qtbot.waitUntil(lambda: board.data is not None, timeout=20_000)
    assert board.data.period == board.ui.periodCombo.currentData()
    assert board.data.cases == 0
    assert board.sla.rowCount() == 0
    assert board.cases.rowCount() == 0


def test_overdue_improvement_actions_show_on_the_managers_home(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    from datetime import timedelta

    from app.services import improvement

    shell = make_shell(demo_dir)
    log_in(shell, "manager")
    home = shell.window.homes[Role.MANAGER]
    assert "逾期" not in home.ui.dashboardButton.text()
    improvement.create_action(
        shell.state.ctx,
        shell.state.actor,
        title="派工前先备料",
        source="W1",
        owner_id=None,
        due_on=(shell.state.now() - timedelta(days=2)).date(),
    )
    home.refresh()
    qtbot.waitUntil(lambda: "1 项改进措施已逾期" in home.ui.dashboardButton.text(), timeout=10_000)
    assert home.ui.dashboardButton.toolTip() == "派工前先备料"


def test_quarterly_report_from_the_dashboard_is_built_saved_and_sent_to_print(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    import subprocess

    shell = make_shell(demo_dir)
    printed: list[Path] = []
    shell.state.dialogs.print_pdf = lambda _parent, pdf: printed.append(pdf) is None
    log_in(shell, "manager")
    home = shell.window.homes[Role.MANAGER]
    qtbot.mouseClick(home.ui.dashboardButton, LEFT)
    board = shell.window.page("manager_dashboard")
    assert shell.window.ui.pages.currentWidget() is board  # a page of the one window
    qtbot.waitUntil(lambda: board.data is not None, timeout=20_000)
    period = board.ui.periodCombo.currentData()
    qtbot.mouseClick(board.ui.reportButton, LEFT)
    assert not board.ui.reportButton.isEnabled()  # built on the task runner
    qtbot.waitUntil(lambda: bool(printed), timeout=30_000)
    (pdf,) = printed
    assert pdf == shell.state.ctx.print_dir / f"quarterly-report-{period.label}.pdf"
    assert board.report_path == pdf
    assert str(pdf) in board.ui.summaryLabel.text()
    assert board.ui.reportButton.isEnabled()
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert period.label in words
