"""Found walking the app in English: lists joined with the Chinese "、" ("Communication 4、
Quality 4") and the customer's language shown as its raw code ("Language: en")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
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
            text("SELECT id, customer_id FROM service_case ORDER BY order_no LIMIT 1")
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
