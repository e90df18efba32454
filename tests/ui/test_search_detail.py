"""Global search (plate, two-character name), the lazy model, and the case detail opened by
double-click and by Enter. Every item model passes qtmodeltester."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.ui.models import KEY_ROLE
from app.ui.search import CaseSearchModel
from app.ui.widgets import key_of

LEFT = Qt.MouseButton.LeftButton


def _all_rows(shell: Any) -> list[Any]:
    from app.services import queries

    return queries.case_page(shell.state.ctx, queries.CaseFilter(), 0, 1000)


def _row_point(view: Any, row: int) -> QPoint:
    return view.visualRect(view.model().index(row, 0)).center()


def _wait_results(qtbot: QtBot, shell: Any, expected: int) -> Any:
    page = shell.window.search_page
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == expected, timeout=10_000)
    qtbot.waitUntil(lambda: model.key_at(0) is not None, timeout=10_000)
    return page


def test_search_by_plate_and_open_by_double_click(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    type_text: Callable[..., None],
) -> None:
    from app.services import queries

    shell = make_shell(demo_dir)
    log_in(shell, "advisor")
    window = shell.window
    case = next(r for r in _all_rows(shell) if r.plate.startswith("粤"))
    # The plate (粤B·…) comes through the input method; the debounce timer starts the query.
    type_text(window.ui.searchEdit, case.plate)
    expected = queries.count_cases(shell.state.ctx, queries.CaseFilter(search=case.plate))
    page = _wait_results(qtbot, shell, expected)
    assert window.ui.pages.currentWidget() is page
    found = [page.model.key_at(r) for r in range(page.model.rowCount())]
    assert case.id in found
    row = found.index(case.id)
    view = page.ui.resultsView
    qtbot.mouseClick(view.viewport(), LEFT, pos=_row_point(view, row))
    qtbot.mouseDClick(view.viewport(), LEFT, pos=_row_point(view, row))
    detail_page = window.case_page
    assert window.ui.pages.currentWidget() is detail_page
    qtbot.waitUntil(lambda: detail_page.detail is not None, timeout=10_000)
    detail = detail_page.detail
    assert detail.id == case.id
    ui = detail_page.ui
    assert ui.orderLabel.text() == case.order_no
    assert detail.owner.name in ui.ownerLabel.text()  # P2, always visible
    assert ui.customerPhoneLabel.text() == case.phone_masked
    assert "****" in ui.customerPhoneLabel.text()
    assert ui.assetLabel.text() == detail.asset.label
    assert detail_page.timeline.rowCount() == len(detail.events) > 0
    assert detail_page.lines.rowCount() == len(detail.lines)
    assert detail_page.slas.rowCount() == len(detail.sla)
    assert str(detail.totals.total) in ui.totalsLabel.text()
    qtbot.mouseClick(ui.backButton, LEFT)
    assert window.ui.pages.currentWidget() is page


def test_search_by_two_character_name_and_open_with_enter(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    type_text: Callable[..., None],
) -> None:
    from app.services import queries

    shell = make_shell(demo_dir)
    log_in(shell, "manager")
    window = shell.window
    name = next(r.customer_name for r in _all_rows(shell) if len(r.customer_name) == 2)
    type_text(window.ui.searchEdit, name)
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    expected = queries.count_cases(shell.state.ctx, queries.CaseFilter(search=name))
    page = _wait_results(qtbot, shell, expected)
    assert expected >= 1
    customer_column = 2
    for row in range(page.model.rowCount()):
        qtbot.waitUntil(lambda r=row: page.model.key_at(r) is not None)
        assert name in page.model.index(row, customer_column).data()
    view = page.ui.resultsView
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, 0))
    key = page.model.key_at(0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.ui.pages.currentWidget() is window.case_page
    qtbot.waitUntil(lambda: window.case_page.detail is not None, timeout=10_000)
    assert window.case_page.detail.id == key
    assert window.case_page.detail.customer.name == name


def test_search_model_is_lazy_and_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: Any,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
) -> None:
    shell = make_shell(demo_dir)
    log_in(shell, "manager")
    model = CaseSearchModel(shell.state, page_size=10)
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.search("")
    from app.services import demo_kpi
    from app.services.demo_handover_after import REWORKS

    cases = 80 + REWORKS + demo_kpi.CASES  # the demo's comebacks and quarters are cases too
    assert model.rowCount() == cases
    qtbot.waitUntil(lambda: model.cached_pages() == 1, timeout=10_000)
    assert model.key_at(0) is not None
    assert model.data(model.index(0, 0), KEY_ROLE) == model.key_at(0)  # the id role, too
    # A row far away is not loaded until asked for; then only its page comes.
    assert model.index(75, 0).data() == "加载中…"
    with qtbot.waitSignal(model.page_loaded, timeout=10_000) as loaded:
        pass
    assert loaded.args == [7]
    assert model.key_at(75) is not None
    assert model.cached_pages() == 2
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not shell.state.runner.busy(), timeout=10_000)
    # Ids are read in Python, not through QModelIndex.data() (see key_of): no reference to
    # None may be lost per row, whatever the bindings do with invalid QVariants.
    before = sys.getrefcount(None)
    keys = [key_of(model.index(row, 0)) for row in range(model.rowCount())]
    assert sys.getrefcount(None) >= before - 5
    assert keys.count(None) == cases - 10 * model.cached_pages()


def test_every_home_and_detail_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: Any,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
) -> None:
    from app.domain.roles import Role

    shell = make_shell(demo_dir)
    checked = 0
    for role, attrs in (
        ("advisor", ["appointments", "cases", "inquiries"]),
        ("team_lead", ["waiting", "technicians"]),
        ("qc_inspector", ["cases"]),
        ("manager", ["by_state", "alerts"]),
        ("admin", ["staff"]),
    ):
        log_in(shell, role)
        home = shell.window.homes[Role(role)]
        qtbot.waitUntil(lambda h=home: h.ui.updatedLabel.text() != "", timeout=10_000)
        for attr in attrs:
            qtmodeltester.check(getattr(home, attr))
            checked += 1
        shell.window.switch_user()
    log_in(shell, "technician")
    home = shell.window.homes[Role.TECHNICIAN]
    qtbot.waitUntil(lambda: home.ui.updatedLabel.text() != "", timeout=10_000)
    qtmodeltester.check(home.jobs)
    case_id = home.jobs.record(0)[0].id
    shell.state.open_case_requested.emit(case_id)
    detail = shell.window.case_page
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=10_000)
    for model in (detail.lines, detail.slas, detail.timeline):
        qtmodeltester.check(model)
    assert checked == 9


def test_case_detail_shows_p1_preferences_and_p2_owner(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    from app.services import queries

    shell = make_shell(demo_dir)
    log_in(shell, "advisor")
    ctx = shell.state.ctx
    detail = next(
        d
        for d in (queries.case_detail(ctx, r.id) for r in _all_rows(shell))
        if d.customer.needs_guidance
    )
    shell.state.open_case_requested.emit(detail.order_no)  # by order number, as a scanner types
    page = shell.window.case_page
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    assert page.detail.id == detail.id
    assert "需要操作指导" in page.ui.preferencesLabel.text()  # P1
    assert page.ui.ownerLabel.text().startswith("首问负责人：")  # P2
    assert detail.owner.name in page.ui.ownerLabel.text()
    declined = [line for line in detail.lines if line.decision == "declined"]
    decision_column = 6
    shown = [page.lines.index(r, decision_column).data() for r in range(page.lines.rowCount())]
    assert shown.count("客户暂不处理") == len(declined)  # I5: declined items stay visible
