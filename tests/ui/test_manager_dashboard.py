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
    assert action.source == board.figures.weak[0].key  # none selected: the worst
    assert action.status == "open"

    # Item 3: tracked to closure on the actions tab: notes, then done.
    board.ui.figuresTabs.setCurrentWidget(board.ui.actionsPage)
    qtbot.waitUntil(lambda: board.action_list.rowCount() == 1, timeout=10_000)
    board.ui.actionsView.selectRow(0)
    assert board.ui.doneActionButton.isEnabled()
    board.ui.notesEdit.setText("")
    qtbot.keyClicks(board.ui.notesEdit, "W4 reminder every hour")
    qtbot.mouseClick(board.ui.doneActionButton, LEFT)
    qtbot.waitUntil(
        lambda: improvement.list_actions(shell.state.ctx)[0].status == "done", timeout=10_000
    )
    assert improvement.list_actions(shell.state.ctx)[0].notes == "W4 reminder every hour"
    qtbot.waitUntil(lambda: board.action_list.records()[0].status == "done", timeout=10_000)

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


def test_editing_a_target_changes_the_weak_spots(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    """Issue 10 item 2: the manager lowers W4's target below its share on time in the targets
    dialog; W4 is no longer a weak spot, and the dealer's targets are stored."""
    from app.services import kpi_targets

    shell = make_shell(demo_dir)
    log_in(shell, "manager")
    qtbot.mouseClick(shell.window.homes[Role.MANAGER].ui.dashboardButton, LEFT)
    board = shell.window.page("manager_dashboard")
    qtbot.waitUntil(lambda: board.figures is not None, timeout=20_000)
    keys = [w.key for w in board.weak.records()]
    assert "W4" in keys
    assert any(kpi_targets.is_stage(k) for k in keys) or all(
        w.p90_minutes is None
        or w.p90_minutes <= board.figures.targets[kpi_targets.stage_key(w.start, w.stop)]
        for w in board.figures.dashboard.stages
    )
    qtbot.mouseClick(board.ui.targetsButton, LEFT)
    dialog = board.targets_dialog
    assert dialog is not None
    assert dialog.isVisible()
    spin = dialog.ui.rule4Spin  # kpi_targets.RULES[4] == "W4"
    assert kpi_targets.RULES[4] == "W4"
    assert spin.value() == 95
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    assert spin.value() == 5
    board.figures = None
    qtbot.mouseClick(dialog.ui.saveButton, LEFT)
    qtbot.waitUntil(lambda: board.figures is not None, timeout=20_000)
    assert kpi_targets.current_targets(shell.state.ctx)["W4"] == 0.05
    assert "W4" not in [w.key for w in board.weak.records()]
    assert board.figures.targets["W4"] == 0.05


def test_drill_down_of_complaints_feedback_and_differences_lists_their_cases(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    shell = make_shell(demo_dir)
    opened: list[str] = []
    shell.state.open_case_requested.connect(opened.append)
    log_in(shell, "manager")
    qtbot.mouseClick(shell.window.homes[Role.MANAGER].ui.dashboardButton, LEFT)
    board = shell.window.page("manager_dashboard")
    qtbot.waitUntil(lambda: board.figures is not None, timeout=20_000)
    board.ui.figuresTabs.setCurrentWidget(board.ui.aftercarePage)

    # A complaint category lists its cases; double-click opens one.
    row = next(i for i, c in enumerate(board.complaints.records()) if c.case_ids)
    expected = set(board.complaints.records()[row].case_ids)
    qtbot.mouseClick(
        board.ui.complaintView.viewport(),
        LEFT,
        pos=board.ui.complaintView.visualRect(board.complaints.index(row, 0)).center(),
    )
    qtbot.waitUntil(lambda: {c.id for c in board.cases.records()} == expected, timeout=10_000)
    board.ui.casesView.activated.emit(board.cases.index(0, 0))
    assert opened == [board.cases.records()[0].id]

    # A feedback category: the cases that scored it 3 or less.
    row = next(i for i, f in enumerate(board.feedback.records()) if f.weak_case_ids)
    expected = set(board.feedback.records()[row].weak_case_ids)
    qtbot.mouseClick(
        board.ui.feedbackView.viewport(),
        LEFT,
        pos=board.ui.feedbackView.visualRect(board.feedback.index(row, 0)).center(),
    )
    qtbot.waitUntil(lambda: {c.id for c in board.cases.records()} == expected, timeout=10_000)

    # Settlement vs estimate: the first row is every case that differs.
    board.ui.figuresTabs.setCurrentWidget(board.ui.settlementPage)
    first = board.differences.records()[0]
    assert first.kind == "all"
    assert first.case_ids == board.figures.differences.differing_case_ids
    board.ui.differenceView.clicked.emit(board.differences.index(0, 0))
    qtbot.waitUntil(
        lambda: {c.id for c in board.cases.records()} == set(first.case_ids), timeout=10_000
    )
