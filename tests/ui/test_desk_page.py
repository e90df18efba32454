"""The desk as a page of the main window: the home buttons ask the host for it through
AppState.open_desk_requested (no window of its own), the page goes to the asked sub-page and
its back button asks to be closed; at 1366×700 every button is on screen in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.ui.desk import DeskPage
from app.ui.desk.entry import add_entry_buttons
from tests.integration import conftest as integration
from tests.ui.test_desk_screens import TRANSLATORS, WAIT, app_state

workshop_template = integration.workshop_template
workshop_factory = integration.workshop_factory


@pytest.fixture
def ws(
    workshop_factory: integration.WorkshopFactory, tmp_path: Path
) -> Iterator[integration.Workshop]:
    from app.ui.app import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)  # the touch theme (resources/theme.qss) as in the app
    shop = workshop_factory(tmp_path / "workshop")
    yield shop
    QThreadPool.globalInstance().waitForDone(WAIT)
    shop.ctx.db.dispose()
    TRANSLATORS.install("zh_CN")


def test_home_button_asks_the_host(qtbot: QtBot, ws: integration.Workshop, tmp_path: Path) -> None:
    TRANSLATORS.install("zh_CN")
    state = app_state(ws, ws.advisor, tmp_path / "prefs")
    asked: list[str] = []
    state.open_desk_requested.connect(asked.append)
    home = QWidget()
    qtbot.addWidget(home)
    bar = add_entry_buttons(home, state)
    home.show()
    qtbot.mouseClick(bar.buttons["templates"], Qt.MouseButton.LeftButton)
    assert asked == ["templates"]
    assert bar.windows == []
    qtbot.waitUntil(lambda: not bar.busy(), timeout=WAIT)
    state.runner.wait()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_page_fits_and_closes(
    qtbot: QtBot, ws: integration.Workshop, tmp_path: Path, lang: str
) -> None:
    TRANSLATORS.install(lang)
    state = app_state(ws, ws.manager, tmp_path / "prefs")
    page = DeskPage(state)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    for name in ("roster", "templates", "inquiries"):
        page.go(name)
        assert page.page() == name
        qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT)
        screen = QRect(0, 0, 1366, 700)
        for button in page.findChildren(QPushButton):
            if not button.isVisibleTo(page):
                continue
            box = QRect(button.mapTo(page, QPoint(0, 0)), button.size())
            assert screen.contains(box), (name, button.objectName(), box)
            assert button.height() >= 48, (name, button.objectName())
    with qtbot.waitSignal(page.close_requested, timeout=WAIT):
        qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    state.runner.wait()
