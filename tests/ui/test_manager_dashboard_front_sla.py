"""The front desk's rules on the manager's dashboard (issue 10 item 1): A2, A3, P3 rows beside
the case rules, and the drill-down saying how many misses have no case behind them (an
inquiry, an appointment that never arrived) while listing the cases of the others."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.roles import Role

LEFT = Qt.MouseButton.LeftButton


def test_front_desk_rules_and_misses_without_a_case(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    shell = make_shell(demo_dir)
    log_in(shell, "manager")
    qtbot.mouseClick(shell.window.homes[Role.MANAGER].ui.dashboardButton, LEFT)
    board = shell.window.page("manager_dashboard")
    qtbot.waitUntil(lambda: board.data is not None, timeout=20_000)
    records = board.sla.records()
    rules = [f.rule_id for f in records]
    assert {"A2", "A3", "P3-urgent", "W1"} <= set(rules)

    # A rule with misses that have no case: the note says how many, the cases are listed.
    row = next(i for i, f in enumerate(records) if f.missed_without_case)
    figure = records[row]
    board.ui.slaView.clicked.emit(board.sla.index(row, 0))
    qtbot.waitUntil(
        lambda: (
            board.cases.rowCount() == len(figure.missed_case_ids)
            and board.ui.casesNoteLabel.isVisibleTo(board)
        ),
        timeout=10_000,
    )
    assert str(figure.missed_without_case) in board.ui.casesNoteLabel.text()
    assert "没有对应的工单" in board.ui.casesNoteLabel.text()

    # A case rule's misses all have cases: no note.
    w1 = rules.index("W1")
    board.ui.slaView.clicked.emit(board.sla.index(w1, 0))
    qtbot.waitUntil(lambda: not board.ui.casesNoteLabel.isVisibleTo(board), timeout=10_000)
    qtbot.waitUntil(
        lambda: board.cases.rowCount() == len(records[w1].missed_case_ids), timeout=10_000
    )
