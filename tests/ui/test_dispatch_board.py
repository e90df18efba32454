"""Issue 8 item 1 (W1): the team lead's dispatch board, driven as the team lead would: open it
from the home, dispatch with a promise, assign by tapping a technician and by dragging a case
onto a lane, give the reason the board asks for when the technician is off shift; overdue W1
clocks are shown red. Asserts on the database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import ids_testing
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.roles import Role
from app.domain.sla import SlaStatus
from app.ui.dispatch_drag import case_id_of
from app.ui.models import TONES

LEFT = Qt.MouseButton.LeftButton


def _board(qtbot: QtBot, shell: Any) -> Any:
    home = shell.window.homes[Role.TEAM_LEAD]
    qtbot.waitUntil(lambda: home.ui.updatedLabel.text() != "", timeout=10_000)
    qtbot.mouseClick(home.ui.boardButton, LEFT)
    page = shell.window.page("dispatch_board")
    assert shell.window.ui.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.board is not None and bool(page.lanes), timeout=10_000)
    return page


def _db(shell: Any, sql: str, **params: object) -> Any:

    with shell.state.ctx.db.read() as session:
        found = ids_testing.rows(session, sql, params)
        return found[0] if found else None


def _staff_id(shell: Any, name: str) -> str:
    row = _db(shell, "SELECT id FROM staff WHERE name = :n", n=name)
    return str(row[0])


def _select(page: Any, case_id: str) -> None:
    page.ui.waitingView.selectRow(page.waiting.row_of(case_id))


def test_team_lead_dispatches_then_assigns_by_tap_and_gives_a_reason_off_shift(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    shell = make_shell(demo_dir)
    log_in(shell, "team_lead")
    page = _board(qtbot, shell)
    # Lanes: every technician, with today's shift; 赵敏's shift is over (demo).
    lanes = {lane.lane.staff.name: lane for lane in page.lanes.values()}
    assert set(lanes) == {"张强", "刘洋", "陈杰", "杨磊", "赵敏"}
    assert lanes["陈杰"].lane.on_shift
    assert not lanes["赵敏"].lane.on_shift
    assert lanes["赵敏"].property("offShift") is True
    assert "当班" in lanes["陈杰"].shiftLabel.text()
    skills = lanes["刘洋"].findChild(type(lanes["刘洋"].shiftLabel), "laneSkills").text()
    assert "engine" not in skills  # translated
    assert page.bays.rowCount() == 3
    # Urgent (safety) cases first.
    urgency = [r.case.urgent for r in page.waiting.records()]
    assert urgency == sorted(urgency, reverse=True)
    # W1 overdue shown red (the theme's overdue tone) on the waiting list.
    sla_column = page.waiting.columnCount() - 1
    overdue_rows = [
        row
        for row, r in enumerate(page.waiting.records())
        if any(s.status is SlaStatus.OVERDUE for s in r.sla)
    ]
    assert overdue_rows
    background = page.waiting.index(overdue_rows[0], sla_column).data(
        Qt.ItemDataRole.BackgroundRole
    )
    assert background.color().name() == TONES[SlaStatus.OVERDUE][0]

    confirmed = next(r for r in page.waiting.records() if r.case.state == "confirmed")
    _select(page, confirmed.case.id)
    qtbot.mouseClick(page.ui.dispatchButton, LEFT)
    qtbot.waitUntil(
        lambda: (
            _db(shell, "SELECT state FROM service_case WHERE id = :c", c=confirmed.case.id)[0]
            == "dispatched"
        ),
        timeout=10_000,
    )
    promised = _db(shell, "SELECT promised_at FROM service_case WHERE id = :c", c=confirmed.case.id)
    assert promised[0] is not None  # W5: the promise is given at dispatch

    # Tap: select the case, tap 陈杰 (on shift, no urgent job): assigned, no question asked.
    qtbot.waitUntil(lambda: page.waiting.row_of(confirmed.case.id) >= 0, timeout=10_000)
    _select(page, confirmed.case.id)
    qtbot.mouseClick(page.lanes[_staff_id(shell, "陈杰")].tapButton, LEFT)
    qtbot.waitUntil(
        lambda: _db(shell, "SELECT technician_id FROM service_case WHERE id = :c",
                    c=confirmed.case.id)[0] == _staff_id(shell, "陈杰"),
        timeout=10_000,
    )  # fmt: skip
    assert page.reason_dialog is None

    # Off shift: the board asks why; an empty reason is refused at the field.
    qtbot.waitUntil(lambda: page.waiting.row_of(confirmed.case.id) < 0, timeout=10_000)
    other = page.waiting.records()[0]
    _select(page, other.case.id)
    qtbot.mouseClick(page.lanes[_staff_id(shell, "赵敏")].tapButton, LEFT)
    dialog = page.reason_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert "赵敏" in dialog.ui.questionLabel.text()
    qtbot.mouseClick(dialog.ui.assignButton, LEFT)
    assert dialog.ui.errorLabel.text() != ""
    assert _db(shell, "SELECT count(*) FROM assignment WHERE case_id = :c", c=other.case.id)[0] == 0
    qtbot.keyClicks(dialog.ui.reasonEdit, "night shift cover")
    qtbot.mouseClick(dialog.ui.assignButton, LEFT)
    qtbot.waitUntil(
        lambda: _db(shell, "SELECT override_kind, override_reason FROM assignment "
                    "WHERE case_id = :c AND active", c=other.case.id) is not None,
        timeout=10_000,
    )  # fmt: skip
    row = _db(
        shell,
        "SELECT override_kind, override_reason, technician_id FROM assignment "
        "WHERE case_id = :c AND active",
        c=other.case.id,
    )
    assert tuple(row) == ("off_shift", "night shift cover", _staff_id(shell, "赵敏"))


def test_team_lead_assigns_by_dragging_a_case_onto_a_lane(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    shell = make_shell(demo_dir)
    log_in(shell, "team_lead")
    page = _board(qtbot, shell)
    case = page.waiting.records()[0]
    _select(page, case.case.id)
    mime = page.ui.waitingView.drag_data()
    assert case_id_of(mime) == case.case.id
    lane = page.lanes[_staff_id(shell, "陈杰")]
    at = QPointF(lane.rect().center())
    enter = QDragEnterEvent(
        at.toPoint(), Qt.DropAction.MoveAction, mime, LEFT, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(lane, enter)
    assert enter.isAccepted()
    drop = QDropEvent(at, Qt.DropAction.MoveAction, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(lane, drop)
    qtbot.waitUntil(
        lambda: _db(shell, "SELECT technician_id FROM service_case WHERE id = :c",
                    c=case.case.id)[0] == _staff_id(shell, "陈杰"),
        timeout=10_000,
    )  # fmt: skip
    qtbot.waitUntil(lambda: page.ui.actionErrorLabel.property("role") == "notice", timeout=5_000)
    assert "陈杰" in page.ui.actionErrorLabel.text()
