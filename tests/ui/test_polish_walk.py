"""Defects found walking the whole app at 1366x768 in Chinese and English (the polish pass):
each test fails without its fix."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.store.models import PartUse, ServiceCase


@pytest.fixture
def themed() -> None:
    from app.ui.app import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)


def screenshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("BAY_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / f"{name}.png"))


def _delivered_case_with_most_parts(shell: Any) -> str:
    with shell.state.require_ctx().db.read() as session:
        case_id = session.execute(
            select(ServiceCase.id)
            .join(PartUse, PartUse.case_id == ServiceCase.id)
            .where(ServiceCase.state == "delivered", PartUse.deleted_at.is_(None))
            .group_by(ServiceCase.id)
            .order_by(func.count(PartUse.id).desc(), ServiceCase.order_no)
        ).scalar()
    assert case_id is not None
    return str(case_id)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_delivery_leads_on_to_feedback_and_shows_every_old_part(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    themed: None,
    lang: str,
) -> None:
    """Once delivered, the delivery page leads on to the case's feedback (P5), and its
    old-parts list shows its rows (it showed one row at a time)."""
    shell = make_shell(demo_dir, lang=lang)
    shell.window.resize(1366, 768)
    log_in(shell, "advisor")
    case_id = _delivered_case_with_most_parts(shell)
    shell.state.open_page_requested.emit("delivery", case_id)
    delivery = shell.window.page("delivery")
    qtbot.waitUntil(lambda: delivery.facts is not None and not delivery.pending, timeout=10_000)
    qtbot.wait(200)
    screenshot(delivery, f"polish_delivery_{lang}")
    shown = min(len(delivery.part_choices), 3)
    assert shown >= 2, "the demo has a delivered case with two parts fitted"
    area = delivery.ui.oldPartsArea.viewport()
    visible = [
        combo
        for combo in delivery.part_choices.values()
        if combo.mapTo(area, combo.rect().bottomLeft()).y() <= area.height()
    ]
    assert len(visible) >= shown, (len(visible), area.height())
    button = delivery.ui.feedbackButton
    assert button.isVisible()
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    feedback = shell.window.page("feedback")
    assert shell.window.ui.pages.currentWidget() is feedback
    assert feedback.case_id == case_id
    shell.state.runner.wait()
