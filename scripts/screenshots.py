"""Screenshots of the shell on a fresh demo workshop, for the README and for review.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py [--orders N]

Runs under Xvfb (or QT_QPA_PLATFORM=offscreen) with the real window, the real services and a
real demo database in a temporary directory; logs in as each role through the login screen
and saves docs/screenshots/<screen>.png.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.config import Settings  # noqa: E402
from app.domain.roles import Role  # noqa: E402
from app.ui.app import apply_look  # noqa: E402
from app.ui.dialogs import Dialogs  # noqa: E402
from app.ui.i18n import Translators  # noqa: E402
from app.ui.main_window import MainWindow, ui_prefs  # noqa: E402
from app.ui.state import AppState  # noqa: E402
from app.ui.tasks import TaskRunner  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
LOGINS = {
    Role.ADVISOR: ("王芳", "1111"),
    Role.TEAM_LEAD: ("张强", "2222"),
    Role.TECHNICIAN: ("赵敏", "3334"),
    Role.QC_INSPECTOR: ("黄伟", "4444"),
    Role.MANAGER: ("周静", "5555"),
    Role.ADMIN: ("系统管理员", "0000"),
}


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if CRASHES:
            raise SystemExit("a background task crashed: no screenshots")
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


def settle() -> None:
    for _ in range(20):
        QCoreApplication.processEvents()
        time.sleep(0.01)


def shoot(window: MainWindow, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    window.grab().save(str(path))
    sys.stdout.write(f"{path}\n")


CRASHES: list[str] = []


def _give_up(details: str) -> None:
    sys.stderr.write(details)
    CRASHES.append(details)


def make_window(data_dir: Path, lang: str) -> tuple[MainWindow, AppState]:
    settings = Settings(data_dir=data_dir, lang=lang)
    translators = Translators()
    translators.install(lang)
    state = AppState(settings, ui_prefs(settings), TaskRunner(), Dialogs(), lang)
    window = MainWindow(state, translators)
    state.runner.crashed.connect(_give_up)
    window.resize(1366, 768)
    window.show()
    ready: list[bool] = []
    window.workstation_ready.connect(ready.append)
    window.open_workstation()
    wait_until(lambda: bool(ready))
    return window, state


def log_in(window: MainWindow, state: AppState, name: str, pin: str) -> None:
    page = window.login_page
    wait_until(lambda: any(m.name == name for m in page.staff))
    page.tile_for(name).click()
    page.ui.pinEdit.setText(pin)
    page.ui.loginButton.click()
    wait_until(lambda: state.actor is not None)


def shoot_case_and_search(window: MainWindow, home: Any) -> None:
    window.open_case(home.cases.record(0)[0].id)
    wait_until(lambda: window.case_page.detail is not None)
    shoot(window, "case_detail")
    window.case_page.ui.tabs.setCurrentIndex(2)
    shoot(window, "case_timeline")
    detail = window.case_page.detail
    window.ui.searchEdit.setText(detail.asset.plate[:4] if detail and detail.asset.plate else "粤B")
    window.run_search()
    model = window.search_page.model
    wait_until(lambda: model.rowCount() > 0 and model.cached_pages() > 0)
    shoot(window, "search")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--orders", type=int, default=250)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", type=Path, default=None, help="folder for the PNG files")
    args = parser.parse_args()
    global OUT
    OUT = (args.out or OUT).resolve()
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_look(app)
    with tempfile.TemporaryDirectory() as scratch:
        window, state = make_window(Path(scratch), args.lang)
        shoot(window, "setup")
        # The demo workshop is made the way a user makes it: from the setup screen.
        setup_page = window.setup_page
        setup_page.demo_orders = args.orders
        setup_page.ui.createDemoButton.click()
        wait_until(setup_page.ui.continueButton.isVisible, timeout=1800)
        shoot(window, "setup_demo_ready")
        setup_page.ui.continueButton.click()
        page = window.login_page
        wait_until(lambda: len(page.tiles) > 0)
        shoot(window, "login")
        page.pick(page.staff[0])
        page.ui.pinEdit.setText("12")
        shoot(window, "login_pin")
        page.show_staff()

        for role, (name, pin) in LOGINS.items():
            log_in(window, state, name, pin)
            window.current_role = role
            window.go_home()
            home: Any = window.homes[role]
            wait_until(lambda h=home: h.ui.updatedLabel.text() != "")  # type: ignore[misc]
            if role is Role.TEAM_LEAD:
                home.ui.waitingView.selectRow(0)
                home.ui.techniciansView.selectRow(0)
            if role in (Role.TECHNICIAN, Role.QC_INSPECTOR):
                view = home.ui.jobsView if role is Role.TECHNICIAN else home.ui.qcView
                view.selectRow(0)
            shoot(window, f"home_{role.value}")
            if role is Role.ADVISOR:
                shoot_case_and_search(window, home)
            window.switch_user()
        state.runner.wait()
        window.close()
        if state.ctx is not None:
            state.ctx.db.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
