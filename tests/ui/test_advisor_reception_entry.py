"""The advisor reaches the reception bay from her home: a new reception, or the selected case."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.reception.workbench import ReceptionWorkbench


def _workbenches() -> list[ReceptionWorkbench]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ReceptionWorkbench) and w.isVisible()
    ]


def test_reception_buttons_open_the_workbench(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    shell = make_shell(demo_dir)
    log_in(shell, "advisor")
    from app.ui.homes_desk import AdvisorHomePage

    home = shell.window.findChild(AdvisorHomePage)
    assert home is not None
    assert home.reception_button.text() == "接车工作台"
    qtbot.waitUntil(lambda: home.cases.rowCount() > 0, timeout=10_000)

    # Without a selection the advisor is told what to do, and nothing opens.
    home.continue_button.click()
    assert not _workbenches()
    assert [kind for kind, _, _ in shell.dialogs.shown] == ["info"]

    home.ui.openCasesView.selectRow(0)
    qtbot.mouseClick(home.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_workbenches()) == 1, timeout=5_000)
    for window in _workbenches():
        window.close()

    qtbot.mouseClick(home.reception_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_workbenches()) == 1, timeout=5_000)
    for window in _workbenches():
        window.close()
