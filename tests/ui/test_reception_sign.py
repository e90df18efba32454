"""Signing the confirmation sheet on the on-screen pad (strokes as vectors and a PNG), and a
scan of an outdated version refused with a clear message (P4)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from app.domain.lifecycle import Decision
from app.services import appointments, documents, reception
from app.services.context import Actor, ServiceContext
from app.services.customers import AssetInput, CustomerInput
from app.services.reception import LineInput
from app.ui.dialogs import Dialogs
from app.ui.reception.workbench import ReceptionPage
from app.ui.state import AppState
from app.ui.tasks import TaskRunner


def hosted_reception(
    ctx: ServiceContext,
    actor: Actor,
    runner: TaskRunner,
    dialogs: Dialogs,
    camera_spec: str,
) -> tuple[QMainWindow, ReceptionPage, AppState]:
    """The reception page as the main window hosts it: the central area of a 1366×768 screen
    (768 px less the window's title, tool and status bars: 656 px)."""
    from app.config import Settings
    from app.ui.main_window import ui_prefs

    settings = Settings(data_dir=ctx.data_dir, lang=ctx.lang)
    state = AppState(settings, ui_prefs(settings), runner, dialogs, ctx.lang)
    state.ctx = ctx
    state.actor = actor
    host = QMainWindow()
    page = ReceptionPage(state, host, camera_spec=camera_spec)
    host.setCentralWidget(page)
    host.resize(1366, 656)
    host.show()
    return host, page, state


WAIT = 30_000


@pytest.fixture(autouse=True)
def zh_catalogue(qapp: object) -> Iterator[None]:
    """The reception is read in Chinese through the Linguist catalogue, as the app installs it
    (app.ui.i18n.Translators); removed afterwards so no other test depends on it."""
    from PySide6.QtCore import QCoreApplication

    from app.ui.i18n import Translators

    translators = Translators()
    translators.install("zh_CN")
    yield
    for translator in translators._installed:
        QCoreApplication.removeTranslator(translator)


class ScanDialogs(Dialogs):
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
    host, bench, _state = hosted_reception(
        ctx, actor, runner, ScanDialogs(), "file:/nonexistent.mp4"
    )
    qtbot.addWidget(host)
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
    host, bench, _state = hosted_reception(
        ctx, actor, runner, ScanDialogs(Path(f"{prefix}.png")), "file:/nonexistent.mp4"
    )
    qtbot.addWidget(host)
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
