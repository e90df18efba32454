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
    qtbot.waitUntil(lambda: steps.view is not None and steps.view.case_id == case_id, timeout=10_000)
    assert shell.window.ui.pages.currentWidget() is steps
    qtbot.mouseClick(steps.ui.backButton, LEFT)
    assert shell.window.ui.pages.currentWidget() is job
    assert job.view is not None
    assert job.view.id == case_id
    steps.camera.stop(wait=True)
