"""Issue 7 item 9: fewer steps at the counter. A person's walk through the reception bay is
counted: every tap and every typed or chosen field is one interaction. The booked path (a
booked vehicle arrives; intake with 4 damage photos and the functional check) took 53; it must
take at most 25. The walk-in path (a new customer, the same intake) is counted too. These
are counts, not timings; README.md ("Steps at the counter") quotes both."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QCheckBox, QComboBox, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from app.services import appointments
from app.services.context import Actor, ServiceContext
from app.services.customers import AssetInput, CustomerInput
from app.ui.reception.workbench import ReceptionPage
from app.ui.tasks import TaskRunner
from tests.ui.test_reception_flow import FakeDialogs, camera_clip, chinese  # noqa: F401
from tests.ui.test_reception_sign import hosted_reception, zh_catalogue  # noqa: F401

WAIT = 30_000
BOOKED_MAX = 25
DAMAGES = (
    ("left_front_door", "scratch"),
    ("front_bumper", "dent"),
    ("right_rear_door", "scratch"),
    ("wheels", "deformation"),
)


class Person:
    """Drives the page as a person would and counts each interaction."""

    def __init__(self, qtbot: QtBot, type_text: Callable[[QWidget, str], None]) -> None:
        self.qtbot = qtbot
        self.type_text = type_text
        self.count = 0

    def tap(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.qtbot.waitUntil(widget.isEnabled, timeout=WAIT)
        if isinstance(widget, QCheckBox) and pos is None:
            pos = QPoint(14, widget.height() // 2)  # the box, not the label's far end
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        self.count += 1

    def type(self, widget: QWidget, text: str) -> None:
        """One typed field (however many keys)."""
        if hasattr(widget, "selectAll"):
            widget.selectAll()
        self.type_text(widget, text)
        self.count += 1

    def choose(self, combo: QComboBox, data: str) -> None:
        """A choice from a drop-down: one interaction (open and pick is one decision)."""
        index = combo.findData(data)
        assert index >= 0, (combo.objectName(), data)
        combo.setCurrentIndex(index)
        self.count += 1

    def pick(self, view: QListWidget, row: int) -> None:
        item = view.item(row)
        assert item is not None
        rect = view.visualItemRect(item)
        self.tap(view.viewport(), rect.center())


@pytest.fixture
def counter_ctx(demo_dir: Path) -> Iterator[tuple[ServiceContext, Actor]]:
    from app.domain.roles import Role
    from app.services.setup import open_workstation
    from app.services.staff import list_staff

    ctx = open_workstation(demo_dir)
    advisor = next(s for s in list_staff(ctx) if Role.ADVISOR in s.roles)
    yield ctx, Actor(staff_id=advisor.id, name=advisor.name, roles=advisor.roles)
    QThreadPool.globalInstance().waitForDone(10_000)
    ctx.db.dispose()


def _intake(person: Person, qtbot: QtBot, bench: ReceptionPage) -> None:
    """Four damages, each with its photo, and the functional check."""
    intake = bench.intake
    qtbot.waitUntil(lambda: intake.detail is not None, timeout=WAIT)
    camera = intake.camera
    qtbot.waitUntil(lambda: camera.photo_button.isEnabled(), timeout=WAIT)
    diagram = intake.diagram
    for number, (zone, kind) in enumerate(DAMAGES, 1):
        person.tap(diagram, diagram.zone_center(zone))
        person.tap(intake.quick_buttons[kind])
        qtbot.waitUntil(
            lambda number=number: (
                intake.detail is not None
                and len(intake.detail.damages) == number
                and all(len(d.photos) == 1 for d in intake.detail.damages)
            ),
            timeout=WAIT,
        )
    person.type(intake.mileage_spin, "45210")
    person.choose(intake.fuel_combo, "1/2")
    person.tap(intake.start_check)
    person.tap(intake.save_inspection_button)
    qtbot.waitUntil(lambda: "已保存" in intake.status_label.text(), timeout=WAIT)


def _check_recorded(ctx: ServiceContext, case_id: str, *, booked: bool) -> None:
    from app.services import reception
    from app.services.queries import case_detail

    detail = case_detail(ctx, case_id)
    assert sorted((d.zone, d.kind) for d in detail.damages) == sorted(DAMAGES)
    photos = [m for m in detail.media if m.mime == "image/jpeg" and m.purpose == "damage"]
    assert {m.subject_id for m in photos} == {d.id for d in detail.damages}
    assert len(photos) == 4
    info = reception.recorded_inspection(ctx, case_id)
    assert info is not None
    assert info.mileage_km == 45210
    assert info.fuel_level == "1/2"
    assert info.functional_checks["starts"] == "ok"
    assert info.identity_checked
    assert info.appointment_checked == booked  # a walk-in has no booking to check


def test_a_booked_vehicle_arrives_in_at_most_25_interactions(
    qtbot: QtBot,
    counter_ctx: tuple[ServiceContext, Actor],
    camera_clip: Path,  # noqa: F811
    chinese: None,  # noqa: F811
    type_text: Callable[[QWidget, str], None],
    tmp_path: Path,
) -> None:
    ctx, actor = counter_ctx
    booked = appointments.book(
        ctx,
        actor,
        customer=CustomerInput(name="郑伟", phone="13912340077"),
        asset=AssetInput(kind="vehicle", plate="粤A77K21", brand="大众", model="帕萨特"),
        channel="hotline",
        desired_at=ctx.now() + timedelta(minutes=30),
        fault_description="刹车异响",
    )
    appointments.confirm(ctx, actor, booked.id)
    runner = TaskRunner()
    host, bench, _state = hosted_reception(
        ctx, actor, runner, FakeDialogs(out_dir=tmp_path), f"file:{camera_clip}"
    )
    qtbot.addWidget(host)
    person = Person(qtbot, type_text)
    try:
        bench.open_case(None)
        person.tap(bench.step_buttons[1])
        arrival = bench.arrival
        qtbot.waitUntil(lambda: any(a.id == booked.id for a in arrival.waiting), timeout=WAIT)
        person.pick(arrival.bookings, [a.id for a in arrival.waiting].index(booked.id))
        assert arrival.appointment is not None
        assert arrival.appointment.id == booked.id
        person.tap(arrival.identity_check)
        person.tap(arrival.appointment_check)
        person.tap(arrival.arrive_button)
        qtbot.waitUntil(lambda: bool(bench.case_id), timeout=WAIT)
        _intake(person, qtbot, bench)
    finally:
        bench.shutdown()
        runner.wait()
    _check_recorded(ctx, bench.case_id, booked=True)
    print(f"\nbooked path: {person.count} interactions")
    assert person.count <= BOOKED_MAX


def test_a_walk_in_is_counted(
    qtbot: QtBot,
    counter_ctx: tuple[ServiceContext, Actor],
    camera_clip: Path,  # noqa: F811
    chinese: None,  # noqa: F811
    type_text: Callable[[QWidget, str], None],
    tmp_path: Path,
) -> None:
    ctx, actor = counter_ctx
    runner = TaskRunner()
    host, bench, _state = hosted_reception(
        ctx, actor, runner, FakeDialogs(out_dir=tmp_path), f"file:{camera_clip}"
    )
    qtbot.addWidget(host)
    person = Person(qtbot, type_text)
    page = bench.booking
    try:
        bench.open_case(None)
        person.type(page.phone_edit, "13912340088")
        person.type(page.name_edit, "何静")
        person.type(page.plate_edit, "粤B66Q31")
        person.type(page.brand_edit, "丰田")
        person.type(page.model_edit, "凯美瑞")
        person.type(page.fault_edit, "空调不制冷")
        person.tap(page.walk_in_button)
        qtbot.waitUntil(lambda: bool(bench.case_id), timeout=WAIT)
        _intake(person, qtbot, bench)
    finally:
        bench.shutdown()
        runner.wait()
    _check_recorded(ctx, bench.case_id, booked=False)
    print(f"\nwalk-in path: {person.count} interactions")
    assert person.count <= BOOKED_MAX  # was ~41


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_drop_down_rows_are_touch_targets(
    qtbot: QtBot,
    counter_ctx: tuple[ServiceContext, Actor],
    chinese: None,  # noqa: F811  (applies the app's theme)
    tmp_path: Path,
) -> None:
    """Issue 7 item 9: drop-down rows of 48 px at the bay (they were ~27 px)."""
    ctx, actor = counter_ctx
    runner = TaskRunner()
    host, bench, _state = hosted_reception(
        ctx, actor, runner, FakeDialogs(out_dir=tmp_path), "file:/nonexistent.mp4"
    )
    qtbot.addWidget(host)
    try:
        combos = bench.findChildren(QComboBox)
        assert len(combos) > 10
        for combo in (bench.intake.fuel_combo, bench.booking.channel_combo):
            bench.go(2 if combo is bench.intake.fuel_combo else 0)
            combo.showPopup()
            view = combo.view()
            qtbot.waitUntil(view.isVisible, timeout=WAIT)
            heights = [view.visualRect(combo.model().index(i, 0)).height() for i in range(2)]
            combo.hidePopup()
            assert min(heights) >= 48, (combo.objectName(), heights)
    finally:
        bench.shutdown()
        runner.wait()
