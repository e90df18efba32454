"""Each role's home shows that role's real data from the services, and its buttons act."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.roles import Role
from app.services.context import Actor
from app.ui.homes_bay import QC_CHECKS

LEFT = Qt.MouseButton.LeftButton


def _home(shell: Any, role: Role) -> Any:
    home = shell.window.homes[role]
    assert shell.window.ui.pages.currentWidget() is home
    return home


def _wait_loaded(qtbot: QtBot, home: Any) -> None:
    qtbot.waitUntil(lambda: home.ui.updatedLabel.text() != "", timeout=10_000)


def _staff_id(shell: Any, name: str) -> str:
    from app.services import staff

    return next(s.id for s in staff.list_staff(shell.state.ctx) if s.name == name)


def test_advisor_home_shows_appointments_and_own_open_cases_with_live_sla(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    from app.services import queries

    shell = make_shell(demo_dir)
    log_in(shell, "advisor")
    home = _home(shell, Role.ADVISOR)
    _wait_loaded(qtbot, home)
    expected = queries.advisor_home(shell.state.ctx, shell.state.actor)
    assert home.cases.rowCount() == len(expected.open_cases) > 0
    assert home.appointments.rowCount() == len(expected.appointments) > 0
    owner_column = 4
    assert {home.cases.index(r, owner_column).data() for r in range(home.cases.rowCount())} == {
        "王芳"
    }  # P2: her own cases
    sla_column = home.cases.columnCount() - 1
    texts = [home.cases.index(r, sla_column).data() for r in range(home.cases.rowCount())]
    assert any("剩余" in t or "已超时" in t for t in texts)
    # A tick repaints the countdown column only, without a query.
    with qtbot.waitSignal(home.cases.dataChanged, timeout=3_000) as changed:
        home.live.tick()
    assert changed.args[0].column() == changed.args[1].column() == sla_column


def test_team_lead_dispatches_and_assigns(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    shell = make_shell(demo_dir)
    log_in(shell, "team_lead")
    home = _home(shell, Role.TEAM_LEAD)
    _wait_loaded(qtbot, home)
    assert home.technicians.rowCount() == 5
    records = home.waiting.records()
    assert records
    assert all(r.case.state in ("confirmed", "dispatched") for r in records)
    assert all(s.rule.startswith("W1") for r in records for s in r.sla)
    confirmed = next(r for r in records if r.case.state == "confirmed")
    home.ui.waitingView.selectRow(home.waiting.row_of(confirmed.case.id))
    qtbot.mouseClick(home.ui.dispatchButton, LEFT)

    def state_of(case_id: str) -> str:
        row = home.waiting.row_of(case_id)
        return home.waiting.record(row).case.state if row >= 0 else ""

    qtbot.waitUntil(lambda: state_of(confirmed.case.id) == "dispatched", timeout=10_000)
    home.ui.waitingView.selectRow(home.waiting.row_of(confirmed.case.id))
    tech_row = next(i for i, t in enumerate(home.technicians.records()) if t.staff.name == "陈杰")
    home.ui.techniciansView.selectRow(tech_row)
    qtbot.mouseClick(home.ui.assignButton, LEFT)

    def technician_of(case_id: str) -> str:
        row = home.waiting.row_of(case_id)
        return home.waiting.record(row).case.technician_name if row >= 0 else ""

    qtbot.waitUntil(lambda: technician_of(confirmed.case.id) == "陈杰", timeout=10_000)
    # A visible confirmation, not an error (issue 7 item 8).
    label = home.ui.actionErrorLabel
    assert label.property("role") == "notice"
    assert label.isVisibleTo(home)
    assert label.text() == f"{confirmed.case.order_no} 已派给 陈杰。"


def test_technician_starts_pauses_resumes_and_finishes_a_job(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    demo_pins: dict[str, str],
) -> None:
    from app.services import queries

    shell = make_shell(demo_dir)
    # The technician who has a dispatched job waiting to start.
    ctx = shell.state.ctx
    from app.services import staff

    name = next(
        s.name
        for s in staff.list_staff(ctx)
        if Role.TECHNICIAN in s.roles
        and any(
            r.state == "dispatched"
            for r, _ in queries.technician_home(ctx, Actor(s.id, s.name, s.roles))
        )
    )
    log_in(shell, "technician", name, demo_pins[name])
    window = shell.window
    if window.current_role is not Role.TECHNICIAN:  # e.g. a team lead who also repairs
        combo = window.ui.roleCombo
        combo.setCurrentIndex(combo.findData(Role.TECHNICIAN.value))
        combo.activated.emit(combo.currentIndex())
    home = _home(shell, Role.TECHNICIAN)
    _wait_loaded(qtbot, home)
    assert {r[0].technician_name for r in home.jobs.records()} == {name}
    job = next(r[0] for r in home.jobs.records() if r[0].state == "dispatched")
    home.ui.jobsView.selectRow(home.jobs.row_of(job.id))
    assert home.ui.startButton.isEnabled()
    assert not home.ui.finishButton.isEnabled()

    def state() -> str:
        row = home.jobs.row_of(job.id)
        return home.jobs.record(row)[0].state if row >= 0 else "gone"

    def press(button: Any, expected: str) -> None:
        home.ui.jobsView.selectRow(home.jobs.row_of(job.id))
        qtbot.waitUntil(button.isEnabled, timeout=10_000)
        qtbot.mouseClick(button, LEFT)
        qtbot.waitUntil(lambda: state() == expected, timeout=10_000)

    press(home.ui.startButton, "in_work")
    press(home.ui.pauseButton, "paused")
    press(home.ui.resumeButton, "in_work")
    press(home.ui.finishButton, "gone")  # finished work goes to QC, off my list
    assert queries.case_detail(ctx, job.id).state == "qc"


def test_qc_checklist_gates_pass_and_fail_needs_notes(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    type_text: Callable[..., None],
) -> None:
    from app.services import queries

    shell = make_shell(demo_dir)
    log_in(shell, "qc_inspector")
    home = _home(shell, Role.QC_INSPECTOR)
    _wait_loaded(qtbot, home)
    assert home.cases.rowCount() == len(queries.qc_home(shell.state.ctx)) >= 2
    assert len(home.checks) == len(QC_CHECKS)
    home.ui.qcView.selectRow(0)
    first = home.cases.key_at(0)
    # D1 (issue 8 item 8): a pass is the structured inspection of the job kind, on its page.
    assert home.ui.passButton.isEnabled()
    qtbot.mouseClick(home.ui.passButton, LEFT)
    page = shell.window.page("qc_inspection")
    assert shell.window.ui.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.view is not None and page.view.case_id == first, timeout=10_000)
    page.camera.stop(wait=True)
    shell.window.go_home()
    _wait_loaded(qtbot, home)

    home.ui.qcView.selectRow(0)
    second = home.cases.key_at(0)
    assert not home.ui.failButton.isEnabled()  # a fail needs the reason
    type_text(home.ui.notesEdit, "异响仍在")
    # D1: and the checks that FAILED (an unticked check is only not checked).
    assert not home.ui.failButton.isEnabled()
    box = home.checks["fault_resolved"]
    qtbot.mouseClick(box, LEFT, pos=_tick(box))
    assert home.ui.failButton.isEnabled()
    qtbot.mouseClick(home.ui.failButton, LEFT)
    qtbot.waitUntil(lambda: home.cases.row_of(second) < 0, timeout=10_000)
    detail = queries.case_detail(shell.state.ctx, second)
    assert detail.state == "in_work"  # rework
    assert detail.qc_note == "异响仍在"


def _tick(box: Any) -> Any:
    """Where the check box's indicator is (clicking the label's far end may miss)."""
    from PySide6.QtCore import QPoint

    return QPoint(12, box.height() // 2)


def test_manager_overview_by_state_and_sla_alerts(
    qtbot: QtBot, demo_dir: Path, make_shell: Callable[..., Any], log_in: Callable[..., None]
) -> None:
    from app.services import queries

    shell = make_shell(demo_dir)
    log_in(shell, "manager")
    home = _home(shell, Role.MANAGER)
    _wait_loaded(qtbot, home)
    overview = queries.manager_overview(shell.state.ctx)
    assert home.ui.openCasesValue.text() == f"{overview.open_cases:,}"
    assert home.ui.overdueValue.text() == f"{overview.overdue:,}"
    assert home.by_state.rowCount() == 14
    from app.services import demo_kpi
    from app.services.demo_handover_after import REWORKS

    cases = 80 + REWORKS + demo_kpi.CASES  # + comebacks and the quarters
    assert sum(int(s.count) for s in home.by_state.records()) == cases
    assert home.alerts.rowCount() == len(overview.sla_alerts) > 0
    assert home.by_state.index(0, 0).data() == "接车"


def test_admin_adds_a_staff_member(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    type_text: Callable[..., None],
) -> None:
    shell = make_shell(demo_dir)
    log_in(shell, "admin")
    home = _home(shell, Role.ADMIN)
    _wait_loaded(qtbot, home)
    before = home.staff.rowCount()
    type_text(home.ui.nameEdit, "孙丽")
    qtbot.keyClicks(home.ui.pinEdit, "7777")
    qtbot.keyClicks(home.ui.pinConfirmEdit, "7777")
    qtbot.mouseClick(home.ui.roleTechnicianCheck, LEFT, pos=_tick(home.ui.roleTechnicianCheck))
    qtbot.mouseClick(home.ui.addStaffButton, LEFT)
    qtbot.waitUntil(lambda: home.staff.rowCount() == before + 1, timeout=10_000)
    assert "孙丽" in [s.name for s in home.staff.records()]
    home.ui.lockMinutesSpin.setValue(9)
    assert shell.state.lock_minutes() == 9
