"""Start-up a person feels: the login tiles take a tap and a PIN before the full database
stack is up, without Alembic, OpenCV or reportlab on that path, and `gui --smoke` reports
startup_ms only once the login is usable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.services import setup
from app.services.roster import quick_roster
from app.ui.dialogs import Dialogs
from app.ui.i18n import Translators
from app.ui.login_page import LoginPage
from app.ui.main_window import ui_prefs
from app.ui.state import AppState
from app.ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("alembic", "cv2", "reportlab", "httpx", "numpy", "sqlalchemy")

# Run the real `python -m app gui --smoke`, with a probe on the window's usable() signal,
# connected before the smoke's own slot: it writes what the window shows and which modules
# are loaded at that moment, so the test sees it right before the startup_ms line.
PROBE = """
import json, sys
from app.ui import main_window

_init = main_window.MainWindow.__init__

def _probe(window):
    page = window.ui.pages.currentWidget()
    login = window._login_page
    tiles = login.tiles if login is not None else []
    sys.stdout.write("probe=" + json.dumps({
        "page": type(page).__name__,
        "tiles": len(tiles),
        "tiles_enabled": all(t.isEnabled() and t.isVisible() for t in tiles),
        "database_open": window.state.ctx is not None,
        "heavy": sorted({m.split(".")[0] for m in sys.modules} & set(%(heavy)r)),
    }) + "\\n")
    sys.stdout.flush()

def _init_probed(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    self.usable.connect(lambda: _probe(self))

main_window.MainWindow.__init__ = _init_probed
from app.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _smoke_probed(data_dir: Path) -> tuple[dict[str, object], list[str]]:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            PROBE % {"heavy": HEAVY},
            "--data-dir",
            str(data_dir),
            "gui",
            "--smoke",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("probe="), lines
    return json.loads(lines[0].removeprefix("probe=")), lines[1:]


def test_smoke_prints_startup_ms_once_the_login_takes_a_pin(demo_dir: Path) -> None:
    probe, rest = _smoke_probed(demo_dir)
    # startup_ms comes after (never before) the login page shows its name tiles, usable.
    assert len(rest) == 1, rest
    assert rest[0].startswith("startup_ms="), rest
    assert int(rest[0].removeprefix("startup_ms=")) > 0
    assert probe["page"] == "LoginPage"
    assert isinstance(probe["tiles"], int)
    assert probe["tiles"] >= 5
    assert probe["tiles_enabled"] is True


def test_the_login_path_loads_no_heavy_library_when_the_schema_is_current(
    demo_dir: Path,
) -> None:
    probe, _ = _smoke_probed(demo_dir)
    # Not Alembic (schema current), not OpenCV/reportlab/httpx, not even SQLAlchemy: the
    # tiles came from the sqlite3-only roster; the full stack opens behind them.
    assert probe["heavy"] == [], probe
    assert probe["database_open"] is False


def test_smoke_on_a_new_data_dir_reports_once_set_up_takes_input(empty_dir: Path) -> None:
    probe, rest = _smoke_probed(empty_dir)
    assert probe["page"] == "SetupPage"
    assert rest[0].startswith("startup_ms=")


def test_a_pin_typed_before_the_database_is_open_logs_in_once_it_is(
    qtbot: QtBot, demo_dir: Path, demo_pins: dict[str, str]
) -> None:
    settings = Settings(data_dir=demo_dir)
    translators = Translators()
    translators.install("zh_CN")
    state = AppState(settings, ui_prefs(settings), TaskRunner(), Dialogs(), translators.lang)
    page = LoginPage(state)
    qtbot.addWidget(page)
    roster = quick_roster(demo_dir)
    assert roster is not None
    page.show_roster(roster.staff)
    page.show()
    name = next(s.name for s in roster.staff if s.name in demo_pins)
    qtbot.mouseClick(page.tile_for(name), Qt.MouseButton.LeftButton)
    for digit in demo_pins[name]:
        qtbot.mouseClick(getattr(page.ui, f"key{digit}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.loginButton, Qt.MouseButton.LeftButton)
    assert state.ctx is None
    assert not page.ui.loginButton.isEnabled()  # waiting, not refused, not lost
    state.ctx = setup.open_workstation(demo_dir)
    with qtbot.waitSignal(page.logged_in, timeout=10_000) as got:
        page.database_ready()
    assert got.args[0].name == name
    state.runner.wait()
    state.ctx.db.dispose()
