"""The advisor reaches the reception bay from her home: a new reception, or the selected case."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.reception.workbench import ReceptionPage
from tests.ui.test_reception_sign import zh_catalogue  # noqa: F401  (Chinese, as the app installs it)


def _workbenches() -> list[ReceptionPage]:
    """Reception pages on screen, hosted in the main window or on their own."""
    return [w for w in QApplication.allWidgets() if isinstance(w, ReceptionPage) and w.isVisible()]


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
    for page in _workbenches():
        page.request_close()
    qtbot.waitUntil(lambda: not _workbenches(), timeout=5_000)

    qtbot.mouseClick(home.reception_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_workbenches()) == 1, timeout=5_000)
    for page in _workbenches():
        page.request_close()
    qtbot.waitUntil(lambda: not _workbenches(), timeout=5_000)

    # Asked twice, one reception; after switch user it is gone (issue 7 item 8).
    qtbot.mouseClick(home.reception_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(home.reception_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_workbenches()) == 1, timeout=5_000)
    page = _workbenches()[0]
    assert page.width() <= 1366
    assert page.height() <= 768
    shell.state.set_actor(None)
    qtbot.waitUntil(lambda: not _workbenches(), timeout=5_000)


def test_leave_button_asks_the_host_to_close(qtbot: QtBot, tmp_path: Path) -> None:
    from app.config import Settings
    from app.ui.dialogs import Dialogs
    from app.ui.main_window import ui_prefs
    from app.ui.state import AppState
    from app.ui.tasks import TaskRunner

    settings = Settings(data_dir=tmp_path)
    state = AppState(settings, ui_prefs(settings), TaskRunner(), Dialogs(), "zh_CN")
    page = ReceptionPage(state, camera_spec="file:/nonexistent.mp4")
    qtbot.addWidget(page)
    page.show()
    assert page.close_button.text() == "离开接车工作台"
    with qtbot.waitSignal(page.close_requested, timeout=1_000):
        qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
