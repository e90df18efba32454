"""Issue 7 items 3 and 8: the case page shows the case asked for (newest request wins, one
loader), and a change made anywhere reaches every open screen of that case at once, through
`AppState.case_changed` (emitted exactly once per action), not through the 30-second poll."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain.roles import Role
from app.ui.state import CaseChanged

LEFT = Qt.MouseButton.LeftButton


def _cases_with_own_phone(shell: Any, count: int) -> list[tuple[str, str]]:
    """(case id, customer phone) of `count` cases whose phone no other customer shares."""
    from app.store.models.case import ServiceCase
    from app.store.models.people import Customer

    with shell.state.ctx.reading() as session:
        rows = session.execute(
            select(ServiceCase.id, Customer.phone)
            .join(Customer, Customer.id == ServiceCase.customer_id)
            .order_by(ServiceCase.order_no)
        ).all()
    by_phone: dict[str, list[str]] = {}
    for case_id, phone in rows:
        by_phone.setdefault(phone, []).append(case_id)
    unique = [(ids[0], phone) for phone, ids in by_phone.items() if len(ids) == 1]
    assert len(unique) >= count
    return unique[:count]


def _row_point(view: Any, row: int) -> QPoint:
    return view.visualRect(view.model().index(row, 0)).center()


def _search_and_double_click(qtbot: QtBot, shell: Any, phone: str) -> None:
    window = shell.window
    window.ui.searchEdit.clear()
    qtbot.keyClicks(window.ui.searchEdit, phone)
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    page = window.search_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: page.model.key_at(0) is not None, timeout=10_000)
    view = page.ui.resultsView
    qtbot.mouseClick(view.viewport(), LEFT, pos=_row_point(view, 0))
    qtbot.mouseDClick(view.viewport(), LEFT, pos=_row_point(view, 0))


def _settled(qtbot: QtBot, shell: Any) -> None:
    qtbot.waitUntil(lambda: not shell.state.runner.busy(), timeout=10_000)
    qtbot.wait(50)  # queued results of the last tasks are delivered


def test_search_a_then_b_shows_b(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    """Search phone A, open its case, search phone B, double-click its only row: B is shown
    (before: the page's reload of A on show landed after, and A came back)."""
    shell = make_shell(demo_dir)
    log_in(shell, "advisor")
    (case_a, phone_a), (case_b, phone_b) = _cases_with_own_phone(shell, 2)
    detail_page = shell.window.case_page
    _search_and_double_click(qtbot, shell, phone_a)
    qtbot.waitUntil(lambda: detail_page.detail is not None, timeout=10_000)
    assert detail_page.detail.id == case_a
    _search_and_double_click(qtbot, shell, phone_b)
    assert shell.window.ui.pages.currentWidget() is detail_page
    _settled(qtbot, shell)
    assert detail_page.detail.id == case_b
    assert detail_page.ui.orderLabel.text() == detail_page.detail.order_no


def test_opening_from_the_home_list_shows_that_case(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    shell = make_shell(demo_dir)
    log_in(shell, "advisor")
    home = shell.window.homes[Role.ADVISOR]
    qtbot.waitUntil(lambda: home.cases.rowCount() >= 2, timeout=10_000)
    first = home.cases.record(0)[0].id
    second = home.cases.record(1)[0].id
    detail_page = shell.window.case_page
    view = home.ui.openCasesView
    qtbot.mouseClick(view.viewport(), LEFT, pos=_row_point(view, 0))
    qtbot.mouseDClick(view.viewport(), LEFT, pos=_row_point(view, 0))
    qtbot.waitUntil(lambda: detail_page.detail is not None, timeout=10_000)
    assert detail_page.detail.id == first
    qtbot.mouseClick(shell.window.ui.homeButton, LEFT)
    assert shell.window.ui.pages.currentWidget() is home
    qtbot.mouseClick(view.viewport(), LEFT, pos=_row_point(view, 1))
    qtbot.mouseDClick(view.viewport(), LEFT, pos=_row_point(view, 1))
    _settled(qtbot, shell)
    assert detail_page.detail.id == second


def test_newest_request_wins_even_when_asked_in_a_burst(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    shell = make_shell(demo_dir)
    log_in(shell, "manager")
    ids = [case_id for case_id, _ in _cases_with_own_phone(shell, 5)]
    for case_id in ids:
        shell.state.open_case_requested.emit(case_id)
    _settled(qtbot, shell)
    assert shell.window.case_page.detail.id == ids[-1]


def test_dispatch_emits_case_changed_once_and_open_screens_refresh_without_the_poll(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    from app.services import dispatch

    shell = make_shell(demo_dir)
    log_in(shell, "team_lead")
    home = shell.window.homes[Role.TEAM_LEAD]
    qtbot.waitUntil(lambda: home.ui.updatedLabel.text() != "", timeout=10_000)
    # The poll would only come after 30 s; these tests finish long before.
    assert home.live._refresh_timer.interval() == 30_000
    confirmed = [r.case.id for r in home.waiting.records() if r.case.state == "confirmed"]
    assert len(confirmed) >= 2
    changes: list[CaseChanged] = []
    shell.state.case_changed.connect(changes.append)

    home.ui.waitingView.selectRow(home.waiting.row_of(confirmed[0]))
    qtbot.mouseClick(home.ui.dispatchButton, LEFT)
    qtbot.waitUntil(lambda: bool(changes), timeout=10_000)
    _settled(qtbot, shell)
    assert changes == [CaseChanged(confirmed[0], "dispatched")]
    row = home.waiting.row_of(confirmed[0])
    assert home.waiting.record(row).case.state == "dispatched"

    # The case page of the other case is open; the change is made elsewhere (as the
    # reception or desk page would) and announced once: the page shows it at once.
    shell.state.open_case_requested.emit(confirmed[1])
    page = shell.window.case_page
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail.id == confirmed[1], timeout=10_000
    )
    before = page.ui.stateLabel.text()
    ref = dispatch.dispatch(shell.state.ctx, shell.state.actor, confirmed[1])
    shell.state.announce(ref.id, ref.state)
    qtbot.waitUntil(lambda: page.detail.state == "dispatched", timeout=5_000)
    assert page.ui.stateLabel.text() != before
    assert page.ui.stateLabel.text() == "已派工"
    # A change to another case does not re-read this one.
    reads: list[object] = []
    page.loader.loaded.connect(reads.append)
    shell.state.announce(confirmed[0], "dispatched")
    _settled(qtbot, shell)
    assert reads == []
    # The hidden home re-reads when it is shown again.
    qtbot.mouseClick(shell.window.ui.homeButton, LEFT)
    qtbot.waitUntil(
        lambda: (
            home.waiting.row_of(confirmed[1]) >= 0
            and home.waiting.record(home.waiting.row_of(confirmed[1])).case.state == "dispatched"
        ),
        timeout=5_000,
    )
