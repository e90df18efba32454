"""Found walking the app at 1366x768 in English: the advisor's and the manager's home headers
cut their buttons ("ustomer inquirie", "ntinue reception of selected ca"). Every button of a
desk home's header shows its whole text, in both languages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot


def _cut(home: Any) -> list[str]:
    layout = home.ui.headerLayout
    buttons: list[QPushButton] = []
    for index in range(layout.count()):
        widget = layout.itemAt(index).widget()
        if widget is None:
            continue
        if isinstance(widget, QPushButton):
            buttons.append(widget)
        buttons += widget.findChildren(QPushButton)
    return [
        f"{b.text()!r}: {b.width()} < {b.sizeHint().width()}"
        for b in buttons
        if b.isVisible() and b.width() < b.sizeHint().width()
    ]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("role", ["advisor", "manager"])
def test_home_header_buttons_are_not_cut(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    lang: str,
    role: str,
) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.app import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)
    shell = make_shell(demo_dir, lang=lang)
    shell.window.resize(1366, 768)
    log_in(shell, role)
    home = shell.window.ui.pages.currentWidget()
    # The complaints summary and the inquiries alert land after the first paint.
    qtbot.wait(1500)
    shell.state.runner.wait()
    qtbot.wait(200)
    assert shell.window.width() <= 1366
    assert not _cut(home), _cut(home)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_qc_home_buttons_are_not_cut(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    lang: str,
) -> None:
    """The QC inspector's bay home (found cut in English: "C failed: rewor", "nspect and
    pass…"): every button shows its whole text at 1366x768."""
    from PySide6.QtWidgets import QApplication

    from app.ui.app import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)
    shell = make_shell(demo_dir, lang=lang)
    shell.window.resize(1366, 768)
    log_in(shell, "qc_inspector")
    home = shell.window.ui.pages.currentWidget()
    qtbot.waitUntil(lambda: home.cases.rowCount() > 0, timeout=10_000)
    home.ui.qcView.selectRow(0)
    qtbot.wait(300)
    cut = [
        f"{b.text()!r}: {b.width()} < {b.sizeHint().width()}"
        for b in home.findChildren(QPushButton)
        if b.isVisible() and b.width() < b.sizeHint().width()
    ]
    assert not cut, cut


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_role_choice_shows_the_whole_role(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    lang: str,
) -> None:
    """The tool bar's role choice of a person with two roles (found cut: "Administra" after
    the team lead had used the workstation: the choice kept the width of his roles)."""
    shell = make_shell(demo_dir, lang=lang)
    shell.window.resize(1366, 768)
    log_in(shell, "team_lead")
    qtbot.mouseClick(shell.window.ui.switchUserButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.state.actor is None, timeout=10_000)
    log_in(shell, "admin")
    combo = shell.window.ui.roleCombo
    qtbot.waitUntil(combo.isVisible, timeout=10_000)
    widest = max(
        combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
    )
    assert combo.width() > widest + 20, (combo.width(), widest)


def test_advisor_home_gives_an_empty_inquiry_block_to_the_cases(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    """Found at 1366x768: five blocks stacked left two rows of "My open cases" visible while
    the customer-inquiry block stood empty. The empty block steps aside."""
    shell = make_shell(demo_dir)
    shell.window.resize(1366, 768)
    log_in(shell, "advisor")
    home = shell.window.ui.pages.currentWidget()
    qtbot.waitUntil(lambda: home.cases.rowCount() > 3, timeout=10_000)
    assert home.inquiries.rowCount() == 0
    qtbot.waitUntil(lambda: not home.ui.inquiriesBox.isVisible(), timeout=10_000)
    view = home.ui.openCasesView
    qtbot.wait(200)
    rows_shown = (view.viewport().height()) // view.rowHeight(0)
    assert rows_shown >= 3, rows_shown
