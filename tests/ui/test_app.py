"""Start-up (`--smoke` in a fresh process), the crash handler and Qt's messages in logging."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from pytestqt.qtbot import QtBot

from app.ui.crash import CrashHandler, install_qt_logging, qt_message_handler

ROOT = Path(__file__).resolve().parents[2]


def _smoke(data_dir: Path, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    code = (
        "import sys\n"
        "from app.config import Settings\n"
        "from app.ui.app import run_gui\n"
        "from pathlib import Path\n"
        f"sys.exit(run_gui(Settings(data_dir=Path({str(data_dir)!r}),"
        f" lang={lang!r}), smoke=True))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_smoke_start_on_an_empty_data_dir_exits_0(tmp_path: Path) -> None:
    done = _smoke(tmp_path)
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"startup_ms=\d+\n", done.stdout), done.stdout
    assert (tmp_path / "servicebay.sqlite3").exists()  # the database opened (on a worker)
    log = (tmp_path / "servicebay.log").read_text(encoding="utf-8")
    assert "not found" not in log  # the translations and theme loaded
    assert "Traceback" not in log


def test_command_line_gui_smoke_on_the_demo_workshop_exits_0(demo_dir: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(demo_dir),
            "--lang",
            "en",
            "gui",
            "--smoke",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"startup_ms=\d+\n", done.stdout), done.stdout
    assert "Traceback" not in done.stderr


@pytest.mark.expect_log_errors("unexpected error")
def test_crash_handler_writes_a_report_and_shows_the_dialog(
    tmp_path: Path, recording_dialogs: Any
) -> None:
    dialogs = recording_dialogs
    handler = CrashHandler(tmp_path / "crash", dialogs)
    try:
        raise ValueError("车间 bug")
    except ValueError as err:
        handler.excepthook(type(err), err, err.__traceback__)
    reports = list((tmp_path / "crash").glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert "ValueError: 车间 bug" in text
    assert "PySide6" in text
    assert dialogs.shown[0][0] == "crash"
    assert dialogs.shown[0][1] == str(reports[0])


@pytest.mark.expect_log_errors("task broken crashed", "unexpected error")
def test_a_crashing_background_task_reaches_the_crash_handler(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any]
) -> None:
    shell = make_shell(demo_dir)
    handler = CrashHandler(demo_dir / "crash", shell.dialogs, lambda: shell.window)
    shell.window.crash_handler = handler

    def broken() -> None:
        raise KeyError("no such thing")

    with qtbot.waitSignal(shell.state.runner.crashed, timeout=10_000):
        shell.state.runner.run(broken)
    crash = [d for d in shell.dialogs.shown if d[0] == "crash"]
    assert len(crash) == 1
    assert "KeyError" in crash[0][2]
    assert Path(crash[0][1]).exists()
    shell.dialogs.shown.clear()


@pytest.mark.expect_log_errors("boom from Qt")
def test_qt_messages_go_to_python_logging(caplog: pytest.LogCaptureFixture) -> None:
    previous = install_qt_logging()
    try:
        with caplog.at_level(logging.DEBUG, logger="qt"):
            qt_message_handler(QtMsgType.QtCriticalMsg, QMessageLogContext(), "boom from Qt")
        assert [(r.name, r.levelno) for r in caplog.records] == [("qt", logging.ERROR)]
        assert "boom from Qt" in caplog.records[0].getMessage()
    finally:
        qInstallMessageHandler(previous)  # type: ignore[arg-type]


def test_the_sync_indicator_takes_the_not_enrolled_place(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any]
) -> None:
    from PySide6.QtWidgets import QLabel

    shell = make_shell(demo_dir)
    window = shell.window
    assert window.sync_label.isVisible()
    assert window.sync_label.text() == "离线 — 未注册总部同步"
    indicator = QLabel("在线")
    window.set_sync_indicator(indicator)
    assert not window.sync_label.isVisible()
    assert indicator.isVisible()
    assert indicator.parent() is window.statusBar()
