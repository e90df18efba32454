"""Fixtures of the Qt shell tests: real workstation databases (a demo dealer built once per
session through the services, copied per test), the real main window, and a `Dialogs` that
records instead of opening modal dialogs (STYLE.md: tests never hang)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.ui.dialogs import Dialogs
from app.ui.i18n import Translators
from app.ui.main_window import MainWindow, ui_prefs
from app.ui.state import AppState
from app.ui.tasks import TaskRunner

DEMO_ORDERS = 80


@dataclass
class RecordingDialogs(Dialogs):
    """Answers every dialog at once and keeps what it was asked."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    confirm_answer: bool = True

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.confirm_answer

    def crash(self, parent: QWidget | None, details: str, report: Path | None) -> None:
        self.shown.append(("crash", str(report), details))


@pytest.fixture
def recording_dialogs() -> RecordingDialogs:
    return RecordingDialogs()


@pytest.fixture(scope="session")
def demo_workshop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A demo workshop made once through the real services (tests get copies), and the
    demo PIN of each staff member by name."""
    from app.services import demo, setup

    folder = tmp_path_factory.mktemp("demo-template")
    ctx = setup.open_workstation(folder)
    result = demo.create_demo(ctx, orders=DEMO_ORDERS, seed=7)
    ctx.db.engine.dispose()
    return folder, {name: pin for name, _role, pin in result.staff}


@pytest.fixture(scope="session")
def demo_template(demo_workshop: tuple[Path, dict[str, str]]) -> Path:
    return demo_workshop[0]


@pytest.fixture(scope="session")
def demo_pins(demo_workshop: tuple[Path, dict[str, str]]) -> dict[str, str]:
    return demo_workshop[1]


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture
def empty_dir(tmp_path: Path) -> Path:
    target = tmp_path / "empty"
    target.mkdir()
    return target


@dataclass
class Shell:
    window: MainWindow
    state: AppState
    dialogs: RecordingDialogs


@pytest.fixture
def make_shell(qtbot: QtBot) -> Iterator[Callable[..., Shell]]:
    made: list[Shell] = []
    translators = Translators()

    def make(data_dir: Path, lang: str = "zh_CN", **window_kwargs: object) -> Shell:
        settings = Settings(data_dir=data_dir, lang=lang)
        translators.install(lang)
        dialogs = RecordingDialogs()
        runner = TaskRunner()
        state = AppState(settings, ui_prefs(settings), runner, dialogs, translators.lang)
        window = MainWindow(state, translators, **window_kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.workstation_ready, timeout=20_000):
            window.open_workstation()
        shell = Shell(window, state, dialogs)
        made.append(shell)
        return shell

    yield make
    for shell in made:
        # As the app does on logout: every page of the person goes, cameras stopped first
        # (a capture thread left running crashed a later test's restyle).
        shell.window.lock()
        shell.state.runner.wait()
        QThreadPool.globalInstance().waitForDone(10_000)
        assert not [d for d in shell.dialogs.shown if d[0] == "crash"], shell.dialogs.shown
        if shell.state.ctx is not None:
            shell.state.ctx.db.engine.dispose()
    # Leave the application as found (no translator installed), so no later test depends on
    # the order tests ran in.
    for translator in translators._installed:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def log_in(qtbot: QtBot, demo_pins: dict[str, str]) -> Callable[..., None]:
    """Tap the name tile, type the PIN on the keypad, press 登录 (role -> demo login)."""

    def do(shell: Shell, role: str, name: str = "", pin: str = "") -> None:
        if not name:
            name = DEMO_LOGINS[role]
            pin = demo_pins[name]
        page = shell.window.login_page
        qtbot.waitUntil(lambda: any(m.name == name for m in page.staff), timeout=10_000)
        qtbot.mouseClick(page.tile_for(name), Qt.MouseButton.LeftButton)
        for digit in pin:
            qtbot.mouseClick(getattr(page.ui, f"key{digit}"), Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(page.logged_in, timeout=10_000):
            qtbot.mouseClick(page.ui.loginButton, Qt.MouseButton.LeftButton)

    return do


@pytest.fixture
def type_text(qtbot: QtBot) -> Callable[[QWidget, str], None]:
    """Type as a person would: ASCII key by key; Chinese committed by the input method
    (QTest cannot press non-ASCII keys)."""

    def do(widget: QWidget, text: str) -> None:
        widget.setFocus()
        if text.isascii():
            qtbot.keyClicks(widget, text)
            return
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)

    return do


DEMO_LOGINS = {
    "advisor": "王芳",
    "team_lead": "张强",  # also a technician: two homes
    "technician": "刘洋",
    "qc_inspector": "黄伟",
    "manager": "周静",
    "admin": "系统管理员",
}
"""Who logs in for each role in the demo workshop (PINs come from the demo's own result)."""


@pytest.fixture(scope="session", autouse=True)
def bay_look(qapp: QApplication) -> None:
    """The font and touch theme as the app loads them (app.ui.app.apply_look), once, before
    any widget exists: every screen is tested as a person sees it, and no later restyle has
    to re-polish the widgets earlier tests left behind (that crashed Qt)."""
    from app.ui.app import apply_look

    apply_look(qapp)
