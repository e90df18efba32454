"""Renders the technician's job page at 1366×768 (Chinese and English) into
docs/screenshots when SCREENSHOTS=1 (README: one current screenshot per main screen), and
checks in both languages that the page fits the window."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.roles import Role
from tests.ui.test_technician_job import _click_when_enabled, _open_job, bay_case  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


def test_job_page_fits_1366x768_in_both_languages(
    qtbot: QtBot,
    demo_dir: Path,
    bay_case: str,  # noqa: F811
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.app import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)
    try:
        for lang, name in (("zh_CN", "technician_job.png"), ("en", "technician_job_en.png")):
            shell = make_shell(demo_dir, lang=lang)
            log_in(shell, "technician")
            window = shell.window
            window.resize(1366, 768)
            if lang == "zh_CN" and os.environ.get("SCREENSHOTS"):
                home = window.homes[Role.TECHNICIAN]
                qtbot.waitUntil(lambda h=home: h.jobs.row_of(bay_case) >= 0)
                qtbot.wait(300)
                window.grab().save(str(ROOT / "docs" / "screenshots" / "home_technician.png"))
            page = _open_job(qtbot, shell, bay_case)
            if lang == "zh_CN":
                _click_when_enabled(qtbot, page.ui.startLineButton)
                qtbot.waitUntil(lambda p=page: p.labor.record(0).clock.value == "running")
                qtbot.keyClicks(page.ui.scanEdit, "P:45022-TBA-A01;B:LOT-7781")
                qtbot.keyClick(page.ui.scanEdit, Qt.Key.Key_Return)
                qtbot.waitUntil(lambda p=page: p.fitted.rowCount() == 1)
            qtbot.wait(300)
            if os.environ.get("SCREENSHOTS"):
                target = ROOT / "docs" / "screenshots" / name
                window.grab().save(str(target))
            extra_dir = os.environ.get("SCREENSHOT_TABS")
            if extra_dir:
                for tab in (page.ui.extraTab, page.ui.cameraTab):
                    page.ui.tabs.setCurrentWidget(tab)
                    qtbot.wait(1500)
                    window.grab().save(f"{extra_dir}/{lang}_{tab.objectName()}.png")
                page.ui.tabs.setCurrentWidget(page.ui.partsTab)
            hint = window.minimumSizeHint()
            assert hint.width() <= 1366, lang
            assert hint.height() <= 768, lang
            shell.state.runner.wait()
            window.close()
    finally:
        pass  # the session's look stays (tests/ui/conftest.py)
