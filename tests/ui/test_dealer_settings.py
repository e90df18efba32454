"""The dealer's own choices, set by clicking (issue 9 item 1: labor by the job clock or by
standard hours, the advisors' discount limit; D5 service interval; D6 value-added services;
issue 8 item 7: the compensation list of delay notices)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

LEFT = Qt.MouseButton.LeftButton


def _dealer(shell: Any) -> Any:
    with shell.state.ctx.db.read() as session:
        return session.execute(
            text(
                "SELECT labor_billing, discount_limit_fen, value_added, service_interval_months, "
                "reminder_lead_days FROM dealer"
            )
        ).one()


def _compensations(shell: Any) -> list[str]:
    with shell.state.ctx.db.read() as session:
        return [r[0] for r in session.execute(text("SELECT label FROM compensation_option"))]


def test_admin_sets_billing_limit_services_and_compensations(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    type_text: Callable[[Any, str], None],
) -> None:
    shell = make_shell(demo_dir)
    log_in(shell, "admin")
    window = shell.window
    home = window.ui.pages.currentWidget()
    qtbot.mouseClick(home.settings_button, LEFT)
    page = window.page("dealer_settings")
    assert window.ui.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.settings is not None, timeout=10_000)
    assert page.ui.compensationList.count() > 0  # the dealer's list (defaults at first)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366
    assert hint.height() <= 768

    page.ui.laborCombo.setCurrentIndex(page.ui.laborCombo.findData("clock"))
    page.ui.discountEdit.setText("150")
    page.ui.monthsSpin.setValue(12)
    page.ui.leadDaysSpin.setValue(14)  # D5: the reminder two weeks before the service
    type_text(page.ui.valueAddedEdit, "轮胎检查")
    qtbot.mouseClick(page.ui.addValueAddedButton, LEFT)
    qtbot.mouseClick(page.ui.saveButton, LEFT)
    qtbot.waitUntil(lambda: _dealer(shell)[0] == "clock", timeout=10_000)
    _labor, limit_fen, value_added, months, lead_days = _dealer(shell)
    assert limit_fen == 15000
    assert months == 12
    assert lead_days == 14
    assert "轮胎检查" in json.loads(value_added)
    qtbot.waitUntil(lambda: page.ui.statusLabel.text() == "设置已保存。", timeout=5_000)

    # A negative limit is refused with a message; nothing recorded changes.
    page.ui.discountEdit.setText("-5")
    qtbot.mouseClick(page.ui.saveButton, LEFT)
    qtbot.waitUntil(lambda: page.ui.statusLabel.property("role") == "error", timeout=5_000)
    assert page.ui.statusLabel.text()
    assert _dealer(shell)[1] == 15000

    # The compensation list: an empty one refused, a new one added to the list.
    qtbot.mouseClick(page.ui.addCompensationButton, LEFT)
    qtbot.waitUntil(lambda: page.ui.statusLabel.property("role") == "error", timeout=5_000)
    type_text(page.ui.compensationEdit, "免费更换机油一次")
    qtbot.mouseClick(page.ui.addCompensationButton, LEFT)
    qtbot.waitUntil(lambda: "免费更换机油一次" in _compensations(shell), timeout=10_000)
    qtbot.waitUntil(
        lambda: any(
            page.ui.compensationList.item(i).text() == "免费更换机油一次"
            for i in range(page.ui.compensationList.count())
        ),
        timeout=5_000,
    )
    # Issue 8 item 7: an entry retired: kept (greyed, "已停用"), no longer offered.
    assert not page.ui.retireCompensationButton.isEnabled()
    wash = next(
        page.ui.compensationList.item(i)
        for i in range(page.ui.compensationList.count())
        if page.ui.compensationList.item(i).text() == "免费洗车一次"
    )
    rect = page.ui.compensationList.visualItemRect(wash)
    qtbot.mouseClick(page.ui.compensationList.viewport(), LEFT, pos=rect.center())
    assert page.ui.retireCompensationButton.isEnabled()
    qtbot.mouseClick(page.ui.retireCompensationButton, LEFT)
    qtbot.waitUntil(lambda: _retired(shell) == ["免费洗车一次"], timeout=10_000)
    qtbot.waitUntil(
        lambda: any(
            page.ui.compensationList.item(i).text() == "免费洗车一次（已停用）"
            for i in range(page.ui.compensationList.count())
        ),
        timeout=5_000,
    )
    from app.services import dispatch

    offered = {c.label for c in dispatch.compensation_list(shell.state.ctx)}
    assert "免费洗车一次" not in offered
    assert "免费更换机油一次" in offered
    page.close_requested.emit()
    assert window.ui.pages.currentWidget() is home


def _own_limit(shell: Any, name: str) -> Any:
    with shell.state.ctx.db.read() as session:
        return session.execute(
            text("SELECT discount_limit_fen FROM staff WHERE name = :n"), {"n": name}
        ).scalar_one()


def test_manager_sets_an_advisors_own_discount_limit_refused_at_the_field(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    type_text: Callable[[Any, str], None],
) -> None:
    """Issue 9: each advisor's discount limit is set on the dealer settings page; a bad amount
    is refused at the field with a message, nothing changes."""
    shell = make_shell(demo_dir)
    log_in(shell, "admin")
    shell.state.open_page_requested.emit("dealer_settings", None)
    page = shell.window.page("dealer_settings")
    qtbot.waitUntil(lambda: page.ui.advisorList.count() > 0, timeout=10_000)
    assert not page.ui.setAdvisorLimitButton.isEnabled()  # choose an advisor first
    row = next(
        i for i in range(page.ui.advisorList.count())
        if page.ui.advisorList.item(i).text().startswith("王芳")
    )  # fmt: skip
    item = page.ui.advisorList.item(row)
    assert "门店默认" in item.text()
    rect = page.ui.advisorList.visualItemRect(item)
    qtbot.mouseClick(page.ui.advisorList.viewport(), LEFT, pos=rect.center())
    assert page.ui.setAdvisorLimitButton.isEnabled()
    type_text(page.ui.advisorLimitEdit, "-5")
    qtbot.mouseClick(page.ui.setAdvisorLimitButton, LEFT)
    qtbot.waitUntil(lambda: page.ui.advisorLimitError.text() != "", timeout=5_000)
    assert page.ui.advisorLimitError.property("role") == "error"
    assert _own_limit(shell, "王芳") is None
    page.ui.advisorLimitEdit.clear()
    type_text(page.ui.advisorLimitEdit, "50")
    qtbot.mouseClick(page.ui.setAdvisorLimitButton, LEFT)
    qtbot.waitUntil(lambda: _own_limit(shell, "王芳") == 5000, timeout=10_000)
    qtbot.waitUntil(
        lambda: any(
            page.ui.advisorList.item(i).text() == "王芳：50.00 元（个人权限）"
            for i in range(page.ui.advisorList.count())
        ),
        timeout=5_000,
    )


def _retired(shell: Any) -> list[str]:
    with shell.state.ctx.db.read() as session:
        return [
            r[0]
            for r in session.execute(text("SELECT label FROM compensation_option WHERE NOT active"))
        ]
