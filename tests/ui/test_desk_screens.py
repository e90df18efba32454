"""The desk screens driven as a person would, on a real workstation database with a clock the
test moves: log inquiries and watch their P3 clocks run out, reply; put an advisor on night
duty and see who answers at 2 a.m.; edit a reminder text with placeholder chips and a live
preview, have a typo refused, save.

Screenshots go to $BAY_SCREENSHOTS (docs/screenshots when made for the docs)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.services import desk
from app.services.context import Actor
from app.services.messaging import DEFAULT_TEMPLATES
from app.ui.desk import open_desk
from app.ui.desk.roster import RosterPage
from app.ui.desk.window import DeskWindow
from app.ui.i18n import Translators
from app.ui.state import AppState
from tests.integration import conftest as integration
from tests.ui.conftest import RecordingDialogs

# The integration tests' set-up workshop (dealer, staff in every role, hand-moved clock).
workshop_template = integration.workshop_template
workshop_factory = integration.workshop_factory

WAIT = 10_000
TRANSLATORS = Translators()
RED = "#a61b1b"


@pytest.fixture
def ws(
    workshop_factory: integration.WorkshopFactory, tmp_path: Path
) -> Iterator[integration.Workshop]:
    shop = workshop_factory(tmp_path / "workshop")
    yield shop
    QThreadPool.globalInstance().waitForDone(WAIT)
    shop.ctx.db.dispose()


@pytest.fixture
def chinese() -> Iterator[None]:
    from app.ui.app import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)
    before = QLocale()
    TRANSLATORS.install("zh_CN")
    yield
    TRANSLATORS.install("zh_CN")
    QLocale.setDefault(before)


def app_state(ws: integration.Workshop, actor: Actor, folder: Path) -> AppState:
    """The one application state the main window hands its pages, on the test's workshop."""
    from app.config import Settings
    from app.ui.main_window import ui_prefs
    from app.ui.tasks import TaskRunner

    settings = Settings(data_dir=folder, lang="zh_CN")
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    state = AppState(settings, ui_prefs(settings), TaskRunner(), RecordingDialogs(), "zh_CN")
    state.ctx = ws.ctx
    state.set_actor(actor)
    return state


@pytest.fixture
def opened(
    qtbot: QtBot, ws: integration.Workshop, chinese: None, tmp_path: Path
) -> Iterator[Callable[[Actor, str], tuple[DeskWindow, RecordingDialogs]]]:
    windows: list[DeskWindow] = []

    def make(actor: Actor, page: str) -> tuple[DeskWindow, RecordingDialogs]:
        state = app_state(ws, actor, tmp_path / f"prefs{len(windows)}")
        state.lang = "en" if QLocale().name().startswith("en") else "zh_CN"
        dialogs = state.dialogs
        assert isinstance(dialogs, RecordingDialogs)
        window = open_desk(None, state, page=page)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        windows.append(window)
        qtbot.waitUntil(lambda: not window.busy(), timeout=WAIT)
        return window, dialogs

    yield make
    for window in windows:
        qtbot.waitUntil(lambda w=window: not w.busy(), timeout=WAIT)  # type: ignore[misc]


def screenshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("BAY_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / f"desk_{name}.png"))


def click(qtbot: QtBot, widget: QWidget, pos: QPoint | None = None) -> None:
    qtbot.waitUntil(widget.isEnabled, timeout=WAIT)
    if pos is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def tick(qtbot: QtBot, check: QCheckBox) -> None:
    before = check.isChecked()
    click(qtbot, check, QPoint(14, check.height() // 2))
    assert check.isChecked() != before


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an item with the arrow keys, as on a keyboard (Chinese cannot be typed by QTest)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def click_row(qtbot: QtBot, view: QTableView, row: int) -> None:
    model = view.model()
    rect = view.visualRect(model.index(row, 3))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def foreground(view: QTableView, row: int, column: int) -> str:
    brush = view.model().data(view.model().index(row, column), Qt.ItemDataRole.ForegroundRole)
    return brush.color().name() if brush is not None else ""


# -- inquiries -------------------------------------------------------------------------------


def test_inquiries_log_countdown_overdue_reply(
    qtbot: QtBot,
    qtmodeltester: object,
    ws: integration.Workshop,
    opened: Callable[[Actor, str], tuple[DeskWindow, RecordingDialogs]],
    type_text: Callable[[QWidget, str], None],
) -> None:
    window, _dialogs = opened(ws.advisor, "inquiries")
    page = window.inquiries
    assert window.page() == "inquiries"
    assert page.duty_label.text().startswith("当前答复（在岗）：")
    assert not page.log_button.isEnabled()  # nothing asked yet

    # A general question from the 400 hotline, by a caller who leaves a phone number.
    page.channel_combo.setFocus()
    qtbot.keyClicks(page.channel_combo, "400")
    assert page.channel_combo.currentText() == "400热线"
    qtbot.keyClicks(page.phone_edit, "13700137000")
    type_text(page.question_edit, "周末可以做保养吗？")
    click(qtbot, page.log_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    assert page.question_edit.toPlainText() == ""
    assert page.model.index(0, 0).data() == "剩余 2:00:00"
    assert page.model.index(0, 3).data() == "尾号7000的客户"

    # Five minutes later an urgent one at the counter: its 30-minute clock goes on top.
    ws.clock.advance(minutes=5)
    type_text(page.name_edit, "李先生")
    type_text(page.question_edit, "车辆无法启动，能否派人上门？")
    tick(qtbot, page.urgent_check)
    click(qtbot, page.log_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT)
    assert page.model.index(0, 1).data() == "紧急 · 30分钟"
    assert page.model.index(0, 0).data() == "剩余 30:00"
    assert page.model.index(0, 3).data() == "李先生"
    assert page.model.index(0, 4).data() == "车辆无法启动，能否派人上门？"
    assert not page.alert.isVisible()
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]

    # 31 minutes on, nobody answered: the countdown turns overdue and red by itself.
    ws.clock.advance(minutes=31)
    qtbot.waitUntil(lambda: page.alert.isVisible(), timeout=WAIT)
    assert page.alert.text() == "超时未答复的咨询：1 条，请立即答复（P3）"
    assert page.model.index(0, 0).data() == "已超时 1:00"
    assert {foreground(page.view, 0, column) for column in range(6)} == {RED}
    assert foreground(page.view, 1, 0) != RED
    screenshot(window, "inquiries")

    # Reply to the overdue one: it leaves the board and the alert goes.
    click_row(qtbot, page.view, 0)
    assert "李先生" in page.selected_label.text()
    type_text(page.reply_edit, "已安排技师30分钟内上门。")
    click(qtbot, page.reply_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: not page.alert.isVisible(), timeout=WAIT)
    assert [i.question for i in desk.inquiry_board(ws.ctx)] == ["周末可以做保养吗？"]


def test_inquiry_refused_and_read_only_roles(
    qtbot: QtBot,
    ws: integration.Workshop,
    opened: Callable[[Actor, str], tuple[DeskWindow, RecordingDialogs]],
    type_text: Callable[[QWidget, str], None],
) -> None:
    window, _ = opened(ws.advisor, "inquiries")
    page = window.inquiries
    qtbot.keyClicks(page.phone_edit, "12345")
    type_text(page.question_edit, "价格？")
    click(qtbot, page.log_button)
    qtbot.waitUntil(lambda: page.log_error.isVisible(), timeout=WAIT)
    assert page.log_error.text()
    assert page.model.rowCount() == 0
    # A technician sees the board but cannot log or reply (P3 is the front desk's).
    tech_window, _ = opened(ws.tech, "inquiries")
    assert not tech_window.inquiries.log_box.isEnabled()
    assert not tech_window.inquiries.reply_box.isEnabled()


# -- duty roster -----------------------------------------------------------------------------


def test_roster_night_duty(
    qtbot: QtBot,
    qtmodeltester: object,
    ws: integration.Workshop,
    opened: Callable[[Actor, str], tuple[DeskWindow, RecordingDialogs]],
) -> None:
    window, dialogs = opened(ws.manager, "roster")
    page = window.roster
    assert window.page() == "roster"
    assert page.week_label.text() == "2026-11-23 – 11-29 这一周"
    qtbot.waitUntil(lambda: page.staff_combo.count() > 0, timeout=WAIT)
    # Only people whose role answers customers can be put on duty.
    names = [page.staff_combo.itemText(i) for i in range(page.staff_combo.count())]
    assert "李娜" in names
    assert "刘洋" not in names

    # Every day of the week is listed; an evening nobody answers is flagged.
    assert page.model.rowCount() == 7
    assert [page.model.index(r, 2).data() for r in range(7)] == ["无人值班"] * 7
    assert page.model.index(4, 5).data() == "未排班"

    choose(qtbot, page.staff_combo, "李娜")
    click(qtbot, page.tonight_button)
    click(qtbot, page.add_button)
    qtbot.waitUntil(lambda: len(duty_rows(page)) == 1, timeout=WAIT)
    friday = duty_rows(page)[0]
    assert friday == 4
    assert page.model.index(friday, 0).data() == "11-27 周五"
    assert page.model.index(friday, 1).data() == "18:00 – 次日 08:30"
    assert page.model.index(friday, 2).data() == "李娜"
    assert page.model.index(friday, 5).data() == "待值班"
    assert page.model.index(friday + 1, 2).data() == "无人值班"

    # The same evening again is refused with the reason.
    click(qtbot, page.add_button)
    qtbot.waitUntil(lambda: page.add_error.isVisible(), timeout=WAIT)
    assert page.add_error.text() == "李娜 在 11-27 18:00 – 11-28 08:30 已有值班"

    # Saturday night too, one tap later.
    click(qtbot, page.later_button)
    click(qtbot, page.add_button)
    qtbot.waitUntil(lambda: len(duty_rows(page)) == 2, timeout=WAIT)
    assert page.model.rowCount() == 7
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]

    # 2 a.m. on Saturday: the roster says who answers.
    ws.clock.set(ws.clock.t.replace(hour=2) + timedelta(days=1))
    click(qtbot, page.this_button)
    qtbot.waitUntil(lambda: page.duty_label.text() == "当前值班：李娜", timeout=WAIT)
    assert page.model.index(friday, 5).data() == "正在值班"
    screenshot(window, "roster")

    # Take Saturday night off the roster again (asked first).
    click_row(qtbot, page.view, duty_rows(page)[1])
    click(qtbot, page.remove_button)
    qtbot.waitUntil(lambda: len(duty_rows(page)) == 1, timeout=WAIT)
    assert dialogs.shown[-1][0] == "confirm"
    assert "李娜" in dialogs.shown[-1][2]
    assert len(desk.roster_between(ws.ctx, ws.clock.t.date() - timedelta(days=1), 7)) == 1
    # A day without a duty has nothing to remove.
    click_row(qtbot, page.view, 0)
    assert not page.remove_button.isEnabled()


def duty_rows(page: RosterPage) -> list[int]:
    return [r for r in range(page.model.rowCount()) if page.model.record(r).duty is not None]


def test_roster_is_read_only_for_advisors(
    ws: integration.Workshop,
    opened: Callable[[Actor, str], tuple[DeskWindow, RecordingDialogs]],
) -> None:
    window, _ = opened(ws.advisor, "roster")
    page = window.roster
    assert not page.add_box.isVisible()
    assert not page.remove_button.isVisible()
    assert page.readonly_note.isVisible()


# -- message templates -----------------------------------------------------------------------


def test_templates_edit_preview_refuse_save(
    qtbot: QtBot,
    ws: integration.Workshop,
    opened: Callable[[Actor, str], tuple[DeskWindow, RecordingDialogs]],
    type_text: Callable[[QWidget, str], None],
) -> None:
    window, _ = opened(ws.manager, "templates")
    page = window.templates
    standard = DEFAULT_TEMPLATES[("reminder", "zh_CN")]
    qtbot.waitUntil(lambda: page.editor.toPlainText() == standard, timeout=WAIT)
    qtbot.waitUntil(lambda: "测试汽车售后服务中心" in page.preview.text(), timeout=WAIT)
    assert page.state_label.text() == "标准文本"
    assert not page.save_button.isEnabled()
    assert sorted(page.chip_buttons) == sorted(desk.KIND_PLACEHOLDERS["reminder"])

    # Write a new reminder: text typed, placeholders from the chips.
    page.editor.setFocus()
    qtbot.keyClick(page.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.editor, Qt.Key.Key_Delete)
    click(qtbot, page.chip_buttons["customer"])
    type_text(page.editor, "您好，您的预约时间：")
    click(qtbot, page.chip_buttons["time"])
    type_text(page.editor, "，顾问")
    click(qtbot, page.chip_buttons["advisor"])
    assert page.editor.toPlainText() == "{customer}您好，您的预约时间：{time}，顾问{advisor}"
    expected = "王伟您好，您的预约时间：2026-11-28 09:30，顾问王芳"
    qtbot.waitUntil(lambda: page.preview.text() == expected, timeout=WAIT)
    assert page.length_label.text() == f"共 {len(expected)} 字，约 1 条短信"
    assert page.state_label.text() == "已修改，尚未保存"
    screenshot(window, "templates")

    # A placeholder the reminder cannot fill is refused in the preview and on saving.
    type_text(page.editor, "，车牌{plate}")
    qtbot.waitUntil(lambda: "{plate}" in page.preview.text(), timeout=WAIT)
    assert "未知的占位符" in page.preview.text()
    assert page.preview.property("refused") is True
    screenshot(window, "templates_refused")
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=WAIT)
    assert "{plate}" in page.error_label.text()
    assert all(t.is_default for t in desk.list_templates(ws.ctx))

    # Take the typo out again and save.
    for _ in range(len("，车牌{plate}")):
        qtbot.keyClick(page.editor, Qt.Key.Key_Backspace)
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.state_label.text() == "本店自定义文本", timeout=WAIT)
    saved = {(t.kind, t.lang): t for t in desk.list_templates(ws.ctx)}
    assert (
        saved[("reminder", "zh_CN")].body == "{customer}您好，您的预约时间：{time}，顾问{advisor}"
    )

    # English is a template of its own; a draft in one language survives a look at the other.
    type_text(page.editor, "！")
    click(qtbot, page.lang_buttons["en"])
    assert page.editor.toPlainText() == DEFAULT_TEMPLATES[("reminder", "en")]
    qtbot.waitUntil(
        lambda: page.preview.text().startswith("[测试汽车售后服务中心] Dear Wang Wei"), timeout=WAIT
    )
    click(qtbot, page.lang_buttons["zh_CN"])
    assert page.editor.toPlainText().endswith("顾问{advisor}！")

    # Another kind offers its own chips; back to the standard reminder text.
    click(qtbot, page.kind_buttons["delay"])
    assert "compensation" in page.chip_buttons
    click(qtbot, page.kind_buttons["reminder"])
    click(qtbot, page.reset_button)
    qtbot.waitUntil(lambda: page.state_label.text() == "标准文本", timeout=WAIT)
    assert all(t.is_default for t in desk.list_templates(ws.ctx))


def test_templates_read_only_for_advisors(
    ws: integration.Workshop,
    opened: Callable[[Actor, str], tuple[DeskWindow, RecordingDialogs]],
) -> None:
    window, _ = opened(ws.advisor, "templates")
    page = window.templates
    assert page.editor.isReadOnly()
    assert not page.save_button.isEnabled()
    assert page.readonly_note.isVisible()
    assert not any(chip.isEnabled() for chip in page.chip_buttons.values())


# -- entry points on the homes ---------------------------------------------------------------


def test_home_buttons_open_the_desk_and_show_overdue_inquiries(
    qtbot: QtBot, ws: integration.Workshop, chinese: None, tmp_path: Path
) -> None:
    from app.config import Settings
    from app.ui.desk.entry import add_entry_buttons
    from app.ui.homes_desk import AdvisorHomePage, ManagerHomePage
    from app.ui.main_window import ui_prefs
    from app.ui.state import AppState
    from app.ui.tasks import TaskRunner

    settings = Settings(data_dir=tmp_path / "prefs", lang="zh_CN")
    settings.data_dir.mkdir()
    dialogs = RecordingDialogs()
    state = AppState(settings, ui_prefs(settings), TaskRunner(), dialogs, "zh_CN")
    state.ctx = ws.ctx
    state.set_actor(ws.advisor)
    desk.log_inquiry(ws.ctx, ws.advisor, channel="app", question="能开发票吗？", urgent=True)
    ws.clock.advance(minutes=45)

    home = AdvisorHomePage(state)
    bar = add_entry_buttons(home, state)
    qtbot.addWidget(home)
    home.resize(1366, 760)
    home.show()
    button = bar.buttons["inquiries"]
    qtbot.waitUntil(lambda: button.text() == "客户咨询 · 1 条超时", timeout=WAIT)
    assert button.property("alert") is True
    assert [b.text() for k, b in bar.buttons.items() if k != "inquiries"] == ["值班表", "消息模板"]

    click(qtbot, bar.buttons["roster"])
    assert len(bar.windows) == 1
    window = bar.windows[0]
    assert window.isVisible()
    assert window.page() == "roster"
    qtbot.waitUntil(lambda: not window.busy(), timeout=WAIT)

    # Replying in the desk window clears the alert on the home's button.
    window.go("inquiries")
    page = window.inquiries
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    click_row(qtbot, page.view, 0)
    page.reply_edit.setFocus()
    qtbot.keyClicks(page.reply_edit, "OK")
    click(qtbot, page.reply_button)
    qtbot.waitUntil(lambda: button.text() == "客户咨询", timeout=WAIT)
    assert button.property("alert") is False
    qtbot.waitUntil(lambda: not window.busy() and not bar.busy(), timeout=WAIT)

    manager_home = ManagerHomePage(state)
    manager_bar = add_entry_buttons(manager_home, state)
    qtbot.addWidget(manager_home)
    manager_home.show()
    qtbot.waitUntil(lambda: not manager_bar.busy(), timeout=WAIT)
    assert manager_home.ui.headerLayout.indexOf(manager_bar) == 1
    state.runner.wait()


def test_english_on_request(
    qtbot: QtBot,
    ws: integration.Workshop,
    opened: Callable[[Actor, str], tuple[DeskWindow, RecordingDialogs]],
) -> None:
    TRANSLATORS.install("en")  # the `chinese` fixture restores Chinese
    window, _ = opened(ws.manager, "templates")
    assert [b.text() for b in window.page_buttons.values()] == [
        "Customer inquiries",
        "Duty roster",
        "Message templates",
    ]
    page = window.templates
    click(qtbot, page.lang_buttons["en"])
    qtbot.waitUntil(
        lambda: page.preview.text().startswith("[测试汽车售后服务中心] Dear"), timeout=WAIT
    )
    assert page.chip_buttons["customer"].text() == "Customer name {customer}"
    header = window.inquiries.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Reply clock"


def test_shell_homes_open_the_desk(
    qtbot: QtBot, make_shell: Callable[..., object], log_in: Callable[..., None], demo_dir: Path
) -> None:
    from PySide6.QtWidgets import QPushButton

    from app.domain.roles import Role

    shell = make_shell(demo_dir)
    for role in (Role.ADVISOR, Role.MANAGER):
        log_in(shell, role.value)
        main = shell.window  # type: ignore[attr-defined]
        home = main.homes[role]
        button = home.findChild(QPushButton, "deskEntry_roster")
        assert button is not None
        assert button.text() == "值班表"
        click(qtbot, button)
        window = main.findChild(DeskWindow)
        assert window is not None
        assert window.isVisible()
        assert window.page() == "roster"
        qtbot.waitUntil(lambda w=window: not w.busy(), timeout=WAIT)  # type: ignore[misc]
        window.close()
        # Locking (switch user) takes the homes away, and the desk windows with them.
        main.switch_user()
        qtbot.waitUntil(lambda m=main: m.findChild(DeskWindow) is None, timeout=WAIT)  # type: ignore[misc]
