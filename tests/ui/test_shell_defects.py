"""Issue 7 item 8, the shell's part: every screen shows what is recorded, in the reader's
language, and nothing internal (codes, ids, hashes) reaches a person; a search with no
result says so; a job failed at QC comes back with the note, and QC is told it re-inspects."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from pytestqt.qtbot import QtBot

from app.domain.lifecycle import CaseAction
from app.domain.qc import QC_CHECKS
from app.domain.roles import Role
from app.services.context import Actor
from app.services.dto import EventInfo
from app.ui.case_detail import _EVENTS, _detail_text, event_label
from app.ui.i18n import Translators

INTERNAL = re.compile(
    r"\b[a-z]+_[a-z_]+\b|[0-9a-f]{8}-[0-9a-f]{4}-|[0-9a-f]{32,}|\b(approved|declined|dent|"
    r"scratch|waiting_parts|media_attached|document_printed|scan_attached)\b"
)
CJK = re.compile(r"[\u4e00-\u9fff]")
UUID = "01a22f26-5829-76f5-8e2c-c617c542f5f7"
SHA = "9f" * 32

EVENTS = [
    EventInfo(datetime(2026, 11, 30, 9), "opened", "王芳", "", "reception", {"appointment": UUID}),
    EventInfo(datetime(2026, 11, 30, 9), "damage_marked", "王芳", "", "", {"kind": "dent", "zone": "right_rear_door"}),
    EventInfo(datetime(2026, 11, 30, 9), "media_attached", "王芳", "", "", {"purpose": "damage", "mime": "image/jpeg", "zone": "right_rear_door", "sha256": SHA}),
    EventInfo(datetime(2026, 11, 30, 9), "document_printed", "王芳", "", "", {"kind": "confirmation_sheet", "version": 1, "content_sha256": SHA, "pages": 2}),
    EventInfo(datetime(2026, 11, 30, 9), "scan_attached", "王芳", "", "", {"kind": "settlement", "version": 1, "document": UUID, "media_sha256": SHA}),
    EventInfo(datetime(2026, 11, 30, 9), "decision", "王芳", "", "", {"line": "Brake pads", "decision": "approved", "acknowledged": False}),
    EventInfo(datetime(2026, 11, 30, 9), "decision", "王芳", "", "", {"line": "Wipers", "decision": "declined", "acknowledged": True}),
    EventInfo(datetime(2026, 11, 30, 9), "pause", "刘洋", "in_work", "paused", {"reason": "waiting_parts"}),
    EventInfo(datetime(2026, 11, 30, 9), "inspection", "王芳", "", "", {"fault_reproduced": True, "mileage_km": 35600}),
    EventInfo(datetime(2026, 11, 30, 9), "some_future_kind", "王芳", "", "", {"flag": "internal_code"}),
]  # fmt: skip


@pytest.fixture
def lang(request: pytest.FixtureRequest, qapp: Any) -> Any:
    translators = Translators()
    translators.install(request.param)
    yield request.param
    # Leave the application as found: no translator of ours stays installed.
    for translator in translators._installed:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("lang", ["zh_CN", "en"], indirect=True)
def test_timeline_has_no_internal_text_in_either_language(lang: str) -> None:
    texts = [f"{event_label(e.kind)} | {_detail_text(e)}" for e in EVENTS]
    for text in texts:
        assert not INTERNAL.search(text), text
        assert UUID not in text
        assert SHA not in text
        if lang == "en":
            assert not CJK.search(text), text
    joined = "\n".join(texts)
    if lang == "en":
        assert "Dent" in joined
        assert "Right rear door" in joined
        assert "Waiting for parts" in joined
        assert "Approved" in joined
        assert "Declined" in joined
        assert "35,600 km" in joined
        assert "Service Item Confirmation Sheet" in joined
    else:
        assert "凹陷" in joined
        assert "右后门" in joined
        assert "等待配件" in joined
        assert "已同意" in joined or "同意" in joined
        assert "35,600 公里" in joined
        assert "服务项目确认单" in joined


def test_every_lifecycle_event_has_a_name() -> None:
    for action in CaseAction:
        assert action.value in _EVENTS, action


def _all_rows(shell: Any) -> list[Any]:
    from app.services import queries

    return queries.case_page(shell.state.ctx, queries.CaseFilter(), 0, 1000)


def test_case_detail_shows_recorded_mileage_and_fuel_in_english(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    from app.services import queries

    shell = make_shell(demo_dir, lang="en")
    log_in(shell, "advisor")
    ctx = shell.state.ctx
    detail = next(
        d
        for d in (queries.case_detail(ctx, r.id) for r in _all_rows(shell))
        if d.intake is not None and d.intake.fuel_level == "满" and d.intake.mileage_km
    )
    shell.state.open_case_requested.emit(detail.id)
    page = shell.window.case_page
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == detail.id, timeout=10_000)
    text = page.ui.mileageLabel.text()
    assert f"{detail.intake.mileage_km:,} km" in text
    assert "fuel Full" in text
    assert "满" not in text
    for row in range(page.timeline.rowCount()):
        for col in (1, 3):
            cell = page.timeline.index(row, col).data() or ""
            assert not INTERNAL.search(cell), cell
    assert not CJK.search(page.ui.stateLabel.text())


def test_a_search_with_no_result_says_so(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    shell = make_shell(demo_dir)
    log_in(shell, "advisor")
    window = shell.window
    qtbot.keyClicks(window.ui.searchEdit, "ZZZ999")
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    label = window.search_page.ui.resultCountLabel
    qtbot.waitUntil(lambda: "ZZZ999" in label.text(), timeout=10_000)
    assert "没有" in label.text()
    assert window.search_page.model.rowCount() == 0


def test_qc_fail_reaches_the_technician_and_qc_knows_it_re_inspects(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    demo_pins: dict[str, str],
) -> None:
    from app.services import bay, queries, staff

    shell = make_shell(demo_dir)
    log_in(shell, "qc_inspector")
    home = shell.window.homes[Role.QC_INSPECTOR]
    qtbot.waitUntil(lambda: home.cases.rowCount() > 0, timeout=10_000)
    ctx = shell.state.ctx
    technicians = {s.id: s for s in staff.list_staff(ctx) if tuple(s.roles) == (Role.TECHNICIAN,)}
    case = next(
        r
        for r in home.cases.records()
        if r.qc_rounds == 0
        and (tech := queries.case_detail(ctx, r.id).technician) is not None
        and tech.id in technicians
    )
    home.ui.qcView.selectRow(home.cases.row_of(case.id))
    qtbot.keyClicks(home.ui.notesEdit, "torque low on the left caliper")
    torque = home.checks["torque_to_spec"]  # D1: the check that failed
    qtbot.mouseClick(torque, Qt.MouseButton.LeftButton, pos=QPoint(12, torque.height() // 2))
    qtbot.mouseClick(home.ui.failButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.cases.row_of(case.id) < 0, timeout=10_000)
    assert home.ui.actionErrorLabel.property("role") == "notice"
    assert case.order_no in home.ui.actionErrorLabel.text()

    detail = queries.case_detail(shell.state.ctx, case.id)
    technician = technicians[detail.technician.id]
    shell.window.switch_user()
    log_in(shell, "technician", technician.name, demo_pins[technician.name])
    tech_home = shell.window.homes[Role.TECHNICIAN]
    qtbot.waitUntil(lambda: tech_home.jobs.row_of(case.id) >= 0, timeout=10_000)
    row = tech_home.jobs.row_of(case.id)
    headers = [
        tech_home.jobs.headerData(c, Qt.Orientation.Horizontal)
        for c in range(tech_home.jobs.columnCount())
    ]
    note_column = headers.index("质检意见")
    assert "torque low on the left caliper" in tech_home.jobs.index(row, note_column).data()
    assert "返工" in tech_home.jobs.index(row, note_column).data()

    actor = Actor(staff_id=technician.id, name=technician.name, roles=(Role.TECHNICIAN,))
    bay.finish_work(shell.state.ctx, actor, case.id)
    shell.window.switch_user()
    log_in(shell, "qc_inspector")
    home = shell.window.homes[Role.QC_INSPECTOR]
    qtbot.waitUntil(lambda: home.cases.row_of(case.id) >= 0, timeout=10_000)
    home.ui.qcView.selectRow(home.cases.row_of(case.id))
    text = home.ui.selectedCaseLabel.text()
    assert "复检" in text
    assert "第 2 次" in text
    assert "torque low on the left caliper" in text
    assert set(QC_CHECKS) == {
        "fault_resolved",
        "parts_secure",
        "torque_to_spec",
        "wiring_secure",
        "clean",
    }
