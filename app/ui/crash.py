"""Our bugs end here (STYLE.md "Errors in two kinds"): one excepthook writes a crash report
into the data directory and shows the crash dialog; Qt's own messages go to logging."""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QWidget

from app.ui.dialogs import Dialogs

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


_PLATFORM_NOISE = ("This plugin does not support propagateSizeHints",)
"""Headless platform plugins (offscreen, smoke runs) say this for every window: not a problem."""


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Route one Qt message into Python logging (logger "qt"), with its category."""
    category = context.category or "default"
    where = f" ({context.file}:{context.line})" if context.file else ""
    level = _QT_LEVELS.get(mode, logging.WARNING)
    if message.startswith(_PLATFORM_NOISE):
        level = logging.DEBUG
    qt_log.log(level, "%s: %s%s", category, message, where)


def install_qt_logging() -> object:
    """Install the handler; returns the previous one (tests restore it)."""
    return qInstallMessageHandler(qt_message_handler)


class CrashHandler:
    """Writes `crash-<time>-<pid>.txt` into `crash_dir` and shows the crash dialog.

    `window` returns the widget to parent the dialog on (None before the window exists).
    """

    def __init__(
        self,
        crash_dir: Path,
        dialogs: Dialogs,
        window: Callable[[], QWidget | None] = lambda: None,
    ) -> None:
        self.crash_dir = crash_dir
        self.dialogs = dialogs
        self.window = window
        self._showing = False
        self.reports: list[Path] = []

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.handle("".join(traceback.format_exception(exc_type, exc, tb)))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        details = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        # Not on the GUI thread: write the report, no dialog from here.
        self.write_report(details)

    def handle(self, details: str) -> Path | None:
        """A bug reached us (excepthook or a crashed background task)."""
        report = self.write_report(details)
        if self._showing:
            return report  # a crash while the dialog is open: report it, do not stack dialogs
        self._showing = True
        try:
            self.dialogs.crash(self.window(), details, report)
        finally:
            self._showing = False
        return report

    def write_report(self, details: str) -> Path | None:
        log.critical("unexpected error:\n%s", details)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = self.crash_dir / f"crash-{stamp}-{os.getpid()}-{len(self.reports)}.txt"
        header = (
            f"ServiceBay crash report {datetime.now().isoformat(timespec='seconds')}\n"
            f"Python {platform.python_version()} PySide6 {PySide6.__version__} "
            f"{platform.platform()}\n\n"
        )
        try:
            self.crash_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(header + details, encoding="utf-8")
        except OSError:
            log.exception("could not write the crash report to %s", path)
            return None
        self.reports.append(path)
        return path
