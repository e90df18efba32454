"""First start, login (wrong then right PIN), switch user, idle lock and the language switch,
driven through the real window as a person would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.domain.roles import Role
from app.ui.homes_bay import TechnicianHomePage
from app.ui.homes_desk import AdminHomePage, AdvisorHomePage
from app.ui.state import DEFAULT_LOCK_MINUTES

LEFT = Qt.MouseButton.LeftButton


def test_first_start_sets_up_a_real_dealer(
    qtbot: QtBot,
    empty_dir: Path,
    make_shell: Callable[..., Any],
    type_text: Callable[..., None],
) -> None:
    shell = make_shell(empty_dir)
    window, page = shell.window, shell.window.setup_page
    assert window.ui.pages.currentWidget() is page
    assert not window.ui.searchEdit.isEnabled()  # nobody logged in: no data to search
    qtbot.keyClicks(page.ui.dealerCodeEdit, "sz01")
    type_text(page.ui.dealerNameEdit, "深圳南山汽车服务中心")
    type_text(page.ui.workstationNameEdit, "服务前台1")
    type_text(page.ui.adminNameEdit, "林静")
    qtbot.keyClicks(page.ui.adminPinEdit, "2468")
    qtbot.keyClicks(page.ui.adminPinConfirmEdit, "2469")
    qtbot.mouseClick(page.ui.createDealerButton, LEFT)
    assert page.ui.setupErrorLabel.text() == "两次输入的 PIN 码不一致，请重新输入。"
    assert window.ui.pages.currentWidget() is page

    qtbot.keyClicks(page.ui.adminPinEdit, "2468")
    qtbot.keyClicks(page.ui.adminPinConfirmEdit, "2468")
    with qtbot.waitSignal(page.set_up, timeout=10_000):
        qtbot.mouseClick(page.ui.createDealerButton, LEFT)
    assert window.ui.pages.currentWidget() is window.login_page
    assert shell.state.dealer.code == "SZ01"
    assert shell.state.dealer.name == "深圳南山汽车服务中心"
    assert "服务前台1" in window.workstation_label.text()

    # The first administrator logs in with the PIN just chosen and manages the staff.
    login = window.login_page
    qtbot.waitUntil(lambda: [m.name for m in login.staff] == ["林静"], timeout=10_000)
    qtbot.mouseClick(login.tile_for("林静"), LEFT)
    qtbot.keyClicks(login.ui.pinEdit, "2468")
    with qtbot.waitSignal(login.logged_in, timeout=10_000):
        qtbot.keyClick(login.ui.pinEdit, Qt.Key.Key_Return)
    assert isinstance(window.ui.pages.currentWidget(), AdminHomePage)
    assert "林静" in window.user_label.text()


def test_demo_workshop_from_the_setup_screen_shows_its_logins(
    qtbot: QtBot, qtmodeltester: Any, empty_dir: Path, make_shell: Callable[..., Any]
) -> None:
    shell = make_shell(empty_dir, demo_orders=12)
    page = shell.window.setup_page
    qtbot.mouseClick(page.ui.createDemoButton, LEFT)
    assert page.ui.demoProgress.isVisible()
    qtbot.waitUntil(lambda: page.ui.continueButton.isVisible(), timeout=120_000)
    logins = page.logins.records()
    assert {name for name, _role, _pin in logins} >= {"王芳", "张强", "黄伟"}
    assert all(pin.isdigit() for _name, _role, pin in logins)
    assert page.ui.demoProgress.value() == page.ui.demoProgress.maximum()
    qtmodeltester.check(page.logins)
    assert shell.state.dealer.code in shell.window.workstation_label.text()  # status bar
    qtbot.mouseClick(page.ui.continueButton, LEFT)
    assert shell.window.ui.pages.currentWidget() is shell.window.login_page
    assert shell.state.dealer is not None


def test_wrong_pin_then_right_pin_then_switch_user(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    demo_pins: dict[str, str],
) -> None:
    shell = make_shell(demo_dir)
    window, login = shell.window, shell.window.login_page
    qtbot.waitUntil(lambda: len(login.tiles) >= 6, timeout=10_000)
    assert all(tile.height() >= 48 for tile in login.tiles)  # touch targets, gloves
    qtbot.mouseClick(login.tile_for("王芳"), LEFT)
    assert login.ui.loginStack.currentWidget() is login.ui.pinPage
    wrong = "9999" if demo_pins["王芳"] != "9999" else "8888"
    for digit in wrong:
        qtbot.mouseClick(getattr(login.ui, f"key{digit}"), LEFT)
    assert login.ui.pinEdit.text() == wrong
    qtbot.mouseClick(login.ui.loginButton, LEFT)
    qtbot.waitUntil(lambda: login.ui.pinErrorLabel.text() != "", timeout=10_000)
    assert login.ui.pinErrorLabel.text() == "PIN 码不正确，请重试"
    assert login.ui.pinEdit.text() == ""
    assert shell.state.actor is None

    for digit in demo_pins["王芳"]:
        qtbot.mouseClick(getattr(login.ui, f"key{digit}"), LEFT)
    with qtbot.waitSignal(login.logged_in, timeout=10_000):
        qtbot.mouseClick(login.ui.loginButton, LEFT)
    assert shell.state.actor.name == "王芳"
    assert isinstance(window.ui.pages.currentWidget(), AdvisorHomePage)
    assert "王芳" in window.user_label.text()
    assert "服务顾问" in window.user_label.text()
    assert window.sync_label.text() == "离线 — 未注册总部同步"

    qtbot.mouseClick(window.ui.switchUserButton, LEFT)
    assert shell.state.actor is None
    assert window.ui.pages.currentWidget() is login
    assert window.homes == {}
    log_in(shell, "technician")
    assert shell.state.actor.name == "刘洋"
    assert isinstance(window.ui.pages.currentWidget(), TechnicianHomePage)


def test_several_roles_switch_between_their_homes(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    shell = make_shell(demo_dir)
    window = shell.window
    log_in(shell, "team_lead")  # 张强 is team lead and technician
    combo = window.ui.roleCombo
    assert combo.isVisible()
    assert [combo.itemData(i) for i in range(combo.count())] == ["team_lead", "technician"]
    assert window.ui.pages.currentWidget() is window.homes[Role.TEAM_LEAD]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert window.ui.pages.currentWidget() is window.homes[Role.TECHNICIAN]


def test_idle_lock_returns_to_login(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    shell = make_shell(demo_dir)
    assert shell.state.lock_minutes() == DEFAULT_LOCK_MINUTES == 5
    shell.window.lock_override_ms = 300
    log_in(shell, "qc_inspector")
    assert shell.state.actor is not None
    qtbot.waitUntil(lambda: shell.state.actor is None, timeout=10_000)
    assert shell.window.ui.pages.currentWidget() is shell.window.login_page


def test_language_switch_is_persisted(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any]
) -> None:
    shell = make_shell(demo_dir)
    window = shell.window
    assert window.login_page.ui.titleLabel.text() == "请选择您的姓名"
    combo = window.ui.langCombo
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    # Installing a translator posts LanguageChange to every widget.
    qtbot.waitUntil(lambda: window.login_page.ui.titleLabel.text() == "Who is working?")
    assert window.ui.switchUserButton.text() == "Switch user"
    assert "Offline" in window.sync_label.text()
    prefs = QSettings(str(demo_dir / "ui.ini"), QSettings.Format.IniFormat)
    assert prefs.value("ui/lang") == "en"
    combo.setCurrentIndex(combo.findData("zh_CN"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: window.login_page.ui.titleLabel.text() == "请选择您的姓名")
