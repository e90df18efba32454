# ruff: noqa: E402  (the clock starts before Qt is imported)
"""Start the desktop app: `run_gui(settings, smoke=False)` is what `python -m app gui` calls.

The window is shown with its loading page first and painted; the login roster is then read
straight from SQLite on a worker and the name tiles come up, while the full database stack
(SQLAlchemy, maybe migrations) opens on a worker behind them, so no step waits on I/O on the
GUI thread. `smoke=True` prints `startup_ms=<n>` when the first screen takes input (the login
tiles accept a tap and a PIN, or the set-up page on a new data directory), then waits for the
database to be fully open and exits 0 (1 if it could not be opened). It counts from the import
of this module (so Qt's own import is included); `python -m app gui` imports this module right
before calling run_gui.
"""

from __future__ import annotations

import time

_IMPORTED_AT = time.perf_counter()

import logging
import sys

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.config import Settings
from app.ui.crash import CrashHandler, install_qt_logging
from app.ui.dialogs import Dialogs
from app.ui.i18n import Translators, chosen_lang
from app.ui.main_window import MainWindow, ui_prefs
from app.ui.paths import CJK_FONT_FILE, theme_path
from app.ui.state import AppState
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SMOKE_TIMEOUT_MS = 60_000
GEOMETRY_KEY = "ui/geometry"
FONT_FAMILIES = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"]


def apply_look(app: QApplication) -> None:
    """A CJK-capable font (WenQuanYi Micro Hei when present) and the bay theme."""
    if not QFontDatabase.hasFamily(FONT_FAMILIES[0]) and CJK_FONT_FILE.exists():
        # Registered explicitly so a bundle finds it even without fontconfig's cache.
        QFontDatabase.addApplicationFont(str(CJK_FONT_FILE))
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(12)
    app.setFont(font)
    try:
        sheet = theme_path().read_text(encoding="utf-8")
        # Setting a sheet re-polishes every widget alive: only when it changes (a language
        # switch or a second window must not restyle the whole application again).
        if app.styleSheet() != sheet:
            app.setStyleSheet(sheet)
    except OSError:
        log.warning("theme %s not found; using the plain style", theme_path())


def _ensure_logging(settings: Settings) -> None:
    root = logging.getLogger()
    if root.handlers:
        return
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(settings.log_path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


_first_run = [True]


def run_gui(settings: Settings, smoke: bool = False) -> int:
    started = _IMPORTED_AT if _first_run[0] else time.perf_counter()
    _first_run[0] = False
    _ensure_logging(settings)
    install_qt_logging()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("ServiceBay")
    app.setOrganizationName("ServiceBay")
    dialogs = Dialogs()
    prefs = ui_prefs(settings)
    lang = chosen_lang(settings.lang, prefs)
    translators = Translators()
    translators.install(lang)
    apply_look(app)
    runner = TaskRunner(parent=app)
    state = AppState(settings, prefs, runner, dialogs, translators.lang, parent=app)
    window = MainWindow(state, translators)
    crash = CrashHandler(settings.crash_dir, dialogs, lambda: window)
    crash.install()
    window.crash_handler = crash
    geometry = prefs.value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    app.aboutToQuit.connect(lambda: prefs.setValue(GEOMETRY_KEY, window.saveGeometry()))

    outcome: dict[str, bool | None] = {"usable": False, "ready": None}
    if smoke:

        def usable() -> None:
            # The login tiles take a tap and a PIN (or set-up takes input): what a person feels.
            elapsed = round((time.perf_counter() - started) * 1000)
            sys.stdout.write(f"startup_ms={elapsed}\n")
            sys.stdout.flush()
            outcome["usable"] = True
            finish_smoke()

        def ready(ok: bool) -> None:
            outcome["ready"] = ok
            finish_smoke()

        def finish_smoke() -> None:
            # Exit once the full database stack is open too, so the smoke also proves that.
            if outcome["ready"] is False:
                app.exit(1)
            elif outcome["usable"] and outcome["ready"]:
                app.exit(0)

        window.usable.connect(usable)
        window.workstation_ready.connect(ready)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: app.exit(1))

    window.show()
    # The database opens once the event loop runs, i.e. after the window is on screen.
    QTimer.singleShot(0, window.open_workstation)
    code = app.exec()
    runner.wait()
    return code
