"""Signing the confirmation sheet on the on-screen pad (strokes as vectors and a PNG), and a
scan of an outdated version refused with a clear message (P4)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QThreadPool
from pytestqt.qtbot import QtBot

from app.domain.lifecycle import Decision
from app.services import appointments, documents, reception
from app.services.context import Actor, ServiceContext
from app.services.customers import AssetInput, CustomerInput
from app.services.reception import LineInput
from app.ui.reception import open_reception
from app.ui.reception.env import ReceptionDialogs
from app.ui.tasks import TaskRunner

WAIT = 30_000


class ScanDialogs(ReceptionDialogs):
    def __init__(self, image: Path | None = None) -> None:
        self.image = image

    def open_image(self, parent: object, title: str) -> Path | None:
        return self.image


@pytest.fixture
def awaiting(demo_dir: Path) -> Iterator[tuple[ServiceContext, Actor, str]]:
    """A walk-in washing machine with one approved line, awaiting the customer's signature."""
    from app.domain.roles import Role
    from app.services.setup import open_workstation
    from app.services.staff import list_staff

    ctx = open_workstation(demo_dir)
    staff = next(s for s in list_staff(ctx) if Role.ADVISOR in s.roles)
    actor = Actor(staff_id=staff.id, name=staff.name, roles=staff.roles)
    opened = appointments.walk_in(
        ctx,
        actor,
        customer=CustomerInput(name="赵敏", phone="13700137000"),
        asset=AssetInput(kind="appliance", brand="海尔", model="EG100", serial="HR2026X01"),
        fault_description="脱水时异响",
    )
    case_id = opened.case_id
    reception.start_inspection(ctx, actor, case_id)
    line = reception.add_line(
        ctx,
        actor,
        case_id,
        LineInput(
            kind="labor",
            description="检查并更换减震器",
            hours="1.5",
            rate="120",
            reason="减震器老化",
        ),
    )
    reception.finish_estimate(ctx, actor, case_id)
    reception.decide(ctx, actor, line, Decision.APPROVED)
    reception.request_signature(ctx, actor, case_id)
    yield ctx, actor, case_id
    QThreadPool.globalInstance().waitForDone(10_000)
    ctx.db.dispose()


@pytest.fixture
def chinese() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    QLocale.setDefault(before)


def test_sign_on_the_pad(
    qtbot: QtBot, awaiting: tuple[ServiceContext, Actor, str], chinese: None
) -> None:
    from app.services.queries import case_detail

    ctx, actor, case_id = awaiting
    runner = TaskRunner()
    bench = open_reception(
        None, ctx, actor, runner=runner, dialogs=ScanDialogs(), camera_spec="file:/nonexistent.mp4"
    )
    qtbot.addWidget(bench)
    try:
        bench.open_case(case_id)
        bench.go(4)
        sign = bench.sign
        qtbot.waitUntil(lambda: sign.detail is not None, timeout=WAIT)
        assert "等待客户签字" in sign.state_label.text()
        assert not sign.sign_button.isEnabled()
        pad = sign.pad
        w, h = pad.width(), pad.height()
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(w // 10, h // 2))
        for step in range(1, 12):
            qtbot.mouseMove(pad, QPoint(w // 10 + step * w // 15, h // 2 + (-1) ** step * h // 5))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(w * 8 // 10, h // 2))
        assert pad.has_signature()
        assert pad.png_bytes().startswith(b"\x89PNG")
        qtbot.mouseClick(sign.sign_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: sign.detail is not None and sign.detail.signed_version == 1, timeout=WAIT
        )
        assert "已签字" in sign.state_label.text()
    finally:
        bench.shutdown()
        runner.wait()
    detail = case_detail(ctx, case_id)
    assert detail.state == "confirmed"
    assert [m.purpose for m in detail.media] == ["signature"]
    assert detail.media[0].mime == "image/png"


def test_outdated_scan_is_refused_on_screen(
    qtbot: QtBot, awaiting: tuple[ServiceContext, Actor, str], chinese: None, tmp_path: Path
) -> None:
    import subprocess

    ctx, actor, case_id = awaiting
    printed = documents.print_document(ctx, actor, case_id, "confirmation")
    prefix = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", "-singlefile", str(printed.path), str(prefix)],
        check=True,
    )
    reception.revise_estimate(ctx, actor, case_id, "客户要求加做清洗")
    runner = TaskRunner()
    bench = open_reception(
        None,
        ctx,
        actor,
        runner=runner,
        dialogs=ScanDialogs(Path(f"{prefix}.png")),
        camera_spec="file:/nonexistent.mp4",
    )
    qtbot.addWidget(bench)
    try:
        bench.open_case(case_id)
        bench.go(4)
        sign = bench.sign
        qtbot.waitUntil(lambda: sign.detail is not None, timeout=WAIT)
        qtbot.mouseClick(sign.scan_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "过期" in sign.status_label.text(), timeout=WAIT)
        assert "第 1 版" in sign.status_label.text()
        assert "第 2 版" in sign.status_label.text()
        assert sign.scan_button.isEnabled()
    finally:
        bench.shutdown()
        runner.wait()
