"""Found walking the app in English: lists joined with the Chinese "、" ("Communication 4、
Quality 4") and the customer's language shown as its raw code ("Language: en")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.ui.i18n import list_join


@pytest.mark.parametrize(("lang", "joined"), [("en", "a, b"), ("zh_CN", "a、b")])
def test_lists_are_joined_in_the_screen_language(
    demo_dir: Path, make_shell: Callable[..., Any], lang: str, joined: str
) -> None:
    make_shell(demo_dir, lang=lang)
    assert list_join(["a", "b"]) == joined


def test_case_screen_names_the_customers_language(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    shell = make_shell(demo_dir, lang="en")
    log_in(shell, "advisor")
    with shell.state.ctx.db.write() as session:
        case_id, customer_id = session.execute(
            text("SELECT uuid_text(id), customer_id FROM service_case ORDER BY order_no LIMIT 1")
        ).one()
        session.execute(
            text(
                "UPDATE customer SET language = 'en', needs_guidance = 1, prefers_speed = 1 "
                "WHERE id = :c"
            ),
            {"c": customer_id},
        )
    shell.state.open_case_requested.emit(case_id)
    page = shell.window.case_page
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == case_id, timeout=10_000)
    shown = page.ui.preferencesLabel.text()
    assert "Language: English" in shown
    assert "、" not in shown
    assert "Needs operating guidance, Prefers speed" in shown


def test_booking_on_an_english_screen_keeps_the_customers_language(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    type_text: Callable[..., None],
) -> None:
    """The customer's message language is chosen on the booking form (Chinese unless
    changed), not taken from the advisor's screen: an English screen sent 赵敏 an English
    reminder."""
    shell = make_shell(demo_dir, lang="en")
    log_in(shell, "advisor")
    home = shell.window.ui.pages.currentWidget()
    qtbot.mouseClick(home.reception_button, Qt.MouseButton.LeftButton)
    page = shell.window.reception_page.booking
    assert page.language_combo.currentText() == "中文"
    assert [page.language_combo.itemText(i) for i in range(2)] == ["中文", "English"]

    qtbot.keyClicks(page.phone_edit, "13812340099")
    page.phone_edit.editingFinished.emit()
    type_text(page.name_edit, "赵敏")
    type_text(page.plate_edit, "粤B")
    qtbot.keyClicks(page.plate_edit, "7Q3K9")
    type_text(page.brand_edit, "广汽本田")
    type_text(page.model_edit, "雅阁")
    type_text(page.fault_edit, "异响")
    qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.appointment is not None, timeout=10_000)
    with shell.state.ctx.db.read() as session:
        language = session.execute(
            text("SELECT language FROM customer WHERE name = '赵敏'")
        ).scalar()
    assert language == "zh_CN"
