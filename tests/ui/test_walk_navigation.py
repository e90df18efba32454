"""Found walking the app: Back on the key-steps page took the technician to his home, away
from the job he was recording the step of. It returns to the page that opened it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_floor_qc_pages import case_in_work
from tests.ui.test_technician_job import _open_job

LEFT = Qt.MouseButton.LeftButton


def test_back_from_key_steps_returns_to_the_job(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    shell = make_shell(demo_dir)
    case_id = case_in_work(shell.state.ctx, "刘洋")
    log_in(shell, "technician")
    job = _open_job(qtbot, shell, case_id)
    assert job.ui.keyStepsButton.isVisible()
    qtbot.mouseClick(job.ui.keyStepsButton, LEFT)
    steps = shell.window.page("key_steps")
    qtbot.waitUntil(
        lambda: steps.view is not None and steps.view.case_id == case_id, timeout=10_000
    )
    assert shell.window.ui.pages.currentWidget() is steps
    qtbot.mouseClick(steps.ui.backButton, LEFT)
    assert shell.window.ui.pages.currentWidget() is job
    assert job.view is not None
    assert job.view.id == case_id
    steps.camera.stop(wait=True)


def test_dispatch_board_shows_whole_order_numbers(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    """Found walking the board at 1366x768: the waiting list cut every order number to
    "WO-GZ01A-20261108-00…" (the sequence, the part that tells cases apart, was lost)."""
    from tests.ui.test_dispatch_board import _board

    shell = make_shell(demo_dir, lang="en")
    log_in(shell, "team_lead")
    board = _board(qtbot, shell)
    view = board.ui.waitingView
    qtbot.waitUntil(lambda: board.waiting.rowCount() > 0, timeout=10_000)
    width = view.columnWidth(0)
    for row in range(board.waiting.rowCount()):
        shown = str(board.waiting.index(row, 0).data())
        key = board.waiting.record(row).case.order_no
        assert key.endswith(shown)
        assert view.fontMetrics().horizontalAdvance(shown) + 12 <= width, (shown, width)
    # The room the full numbers took goes to the state and hours ("Confi…", "Est. hour").
    for column in (1, 3):
        header = str(board.waiting.headerData(column, Qt.Orientation.Horizontal))
        assert view.fontMetrics().horizontalAdvance(header) + 12 <= view.columnWidth(column)
    for row in range(board.waiting.rowCount()):
        state = str(board.waiting.index(row, 1).data())
        assert view.fontMetrics().horizontalAdvance(state) + 8 <= view.columnWidth(1), state
