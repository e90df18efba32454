"""Intake shows what was recorded (issue 7 item 8): save the check, reopen the case, the fields
show the recorded values, and saving again keeps them in the database. An appliance intake
shows no car fields."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from app.services import appointments, reception
from app.services.context import Actor, ServiceContext
from app.services.customers import AssetInput, CustomerInput
from app.ui.dialogs import Dialogs
from app.ui.reception.workbench import ReceptionPage
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from tests.ui.test_reception_sign import zh_catalogue  # noqa: F401

WAIT = 30_000


@pytest.fixture
def advisor(demo_dir: Path) -> Iterator[tuple[ServiceContext, Actor]]:
    from app.domain.roles import Role
    from app.services.setup import open_workstation
    from app.services.staff import list_staff

    ctx = open_workstation(demo_dir)
    staff = next(s for s in list_staff(ctx) if Role.ADVISOR in s.roles)
    yield ctx, Actor(staff_id=staff.id, name=staff.name, roles=staff.roles)
    QThreadPool.globalInstance().waitForDone(10_000)
    ctx.db.dispose()


def _page(qtbot: QtBot, ctx: ServiceContext, actor: Actor, runner: TaskRunner) -> ReceptionPage:
    from app.config import Settings
    from app.ui.main_window import ui_prefs

    settings = Settings(data_dir=ctx.data_dir, lang=ctx.lang)
    state = AppState(settings, ui_prefs(settings), runner, Dialogs(), ctx.lang)
    state.ctx, state.actor = ctx, actor
    host = QMainWindow()
    page = ReceptionPage(state, host, camera_spec="file:/nonexistent.mp4")
    host.setCentralWidget(page)
    host.resize(1366, 700)
    host.show()
    qtbot.addWidget(host)
    page.host = host  # type: ignore[attr-defined]  # the test keeps the window alive
    return page


def _walk_in(ctx: ServiceContext, actor: Actor, asset: AssetInput) -> str:
    opened = appointments.walk_in(
        ctx,
        actor,
        customer=CustomerInput(name="周强", phone="13900139011"),
        asset=asset,
        fault_description="异响",
    )
    return opened.case_id


def test_reopened_intake_shows_and_keeps_the_recorded_check(
    qtbot: QtBot, advisor: tuple[ServiceContext, Actor]
) -> None:
    ctx, actor = advisor
    case_id = _walk_in(
        ctx, actor, AssetInput(kind="vehicle", plate="粤A12345", brand="本田", model="雅阁")
    )
    runner = TaskRunner()
    page = _page(qtbot, ctx, actor, runner)
    intake = page.intake
    page.open_case(case_id)
    qtbot.waitUntil(lambda: intake.detail is not None, timeout=WAIT)
    intake.mileage_spin.setValue(35600)
    intake.fuel_combo.setCurrentIndex(intake.fuel_combo.findData("3/4"))
    intake.valuables_edit.setText("墨镜")
    intake.keys_spin.setValue(2)
    intake.noise_check.setChecked(True)
    qtbot.mouseClick(intake.save_inspection_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: intake.pending == 0 and "保存" in intake.status_label.text(), timeout=WAIT
    )
    page.shutdown()
    page.window().close()

    reopened = _page(qtbot, ctx, actor, runner)
    again = reopened.intake
    reopened.open_case(case_id)
    qtbot.waitUntil(lambda: again.mileage_spin.value() == 35600, timeout=WAIT)
    assert again.fuel_combo.currentData() == "3/4"
    assert again.valuables_edit.text() == "墨镜"
    assert again.keys_spin.value() == 2
    assert again.noise_check.isChecked()
    qtbot.mouseClick(again.save_inspection_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: again.pending == 0 and "保存" in again.status_label.text(), timeout=WAIT
    )
    again.leave()
    runner.wait()
    recorded = reception.recorded_inspection(ctx, case_id)
    assert recorded is not None
    assert recorded.mileage_km == 35600
    assert recorded.fuel_level == "3/4"
    assert recorded.valuables == "墨镜"
    assert recorded.keys == 2
    assert recorded.functional_checks["abnormal_noise"] == "fault"


def test_appliance_intake_has_no_car_fields(
    qtbot: QtBot, advisor: tuple[ServiceContext, Actor]
) -> None:
    ctx, actor = advisor
    case_id = _walk_in(
        ctx, actor, AssetInput(kind="appliance", brand="海尔", model="EG100", serial="HR2026X07")
    )
    runner = TaskRunner()
    page = _page(qtbot, ctx, actor, runner)
    page.open_case(case_id)
    intake = page.intake
    qtbot.waitUntil(lambda: intake.detail is not None, timeout=WAIT)
    for widget in (intake.mileage_spin, intake.fuel_combo, intake.keys_spin):
        assert widget.isHidden(), widget.objectName()
    assert not intake.valuables_edit.isHidden()
    page.shutdown()
    runner.wait()


def test_the_camera_field_names_the_camera_not_its_path(
    qtbot: QtBot, advisor: tuple[ServiceContext, Actor]
) -> None:
    """Issue 7 item 8: the intake's camera field showed a file path."""
    ctx, actor = advisor
    page = _page(qtbot, ctx, actor, TaskRunner())
    combo = page.intake.camera.source_combo
    assert combo.currentText() == "录像文件 nonexistent"
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[:3] == ["演示视频（内置）", "USB摄像头 1", "USB摄像头 2"]
    assert not any("/" in name or ":" in name for name in names)
    from app.ui.reception.camera import source_name

    assert source_name("rtsp://admin:secret@10.0.0.7:554/stream1") == "网络摄像头 10.0.0.7"
