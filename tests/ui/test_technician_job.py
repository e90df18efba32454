"""The technician's job page (issue 8 items 2, 4, 5) driven as the technician would: open the
job from the home, start / pause with a reason / resume / finish a labor line, fit parts by a
keyboard-wedge scanner's keystrokes and by the bay camera (the fake camera plays a clip of a
rendered QR label), a wrong code and an over-quantity refused at the field, extra work added,
refused before the customer's approval, approved remotely, then fitted. Asserts on the
database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain.lifecycle import Decision
from app.domain.roles import Role
from app.services import appointments, dispatch, reception
from app.services.context import Actor
from app.services.customers import AssetInput, CustomerInput
from app.services.reception import LineInput
from app.store.models import ExtraApproval, JobClock, PartUse, ServiceCase
from app.ui.pages import PAGES
from tests.helpers.codes import packaging_clip, qr_image

LEFT = Qt.MouseButton.LeftButton
WAIT = 15_000
PADS = "45022-TBA-A01"
PLUGS = "12290-R1A-A01"
DISC = "45251-TBA-A00"


def _actor(ctx: Any, name: str) -> Actor:
    from app.services.staff import list_staff

    staff = next(s for s in list_staff(ctx) if s.name == name)
    return Actor(staff_id=staff.id, name=staff.name, roles=staff.roles)


@pytest.fixture
def bay_case(demo_dir: Path) -> str:
    """A Honda with brake work dispatched to 刘洋: labor, brake pads (1) and plugs (2)."""
    from app.services.setup import open_workstation

    ctx = open_workstation(demo_dir)
    advisor, lead, tech = (_actor(ctx, n) for n in ("王芳", "张强", "刘洋"))
    opened = appointments.walk_in(
        ctx,
        advisor,
        customer=CustomerInput(name="欧阳娜", phone="13700137055"),
        asset=AssetInput(kind="vehicle", brand="广汽本田", model="雅阁 2.0L", plate="粤A·J0808"),
        fault_description="刹车时有尖锐摩擦声",
    )
    case_id = opened.case_id
    reception.start_inspection(ctx, advisor, case_id)
    for kind, code, qty in (("labor", "L-BRAKE-F", "1"), ("part", PADS, "1"), ("part", PLUGS, "2")):
        reception.add_line(ctx, advisor, case_id, LineInput(kind=kind, code=code, qty=qty))
    reception.finish_estimate(ctx, advisor, case_id)
    for line in reception_lines(ctx, case_id):
        reception.decide(ctx, advisor, line, Decision.APPROVED)
    reception.request_signature(ctx, advisor, case_id)
    reception.sign_confirmation(ctx, advisor, case_id, signer_name="欧阳娜", method="pad")
    dispatch.dispatch(ctx, lead, case_id)
    # The demo technician may be on an urgent job or off shift: the lead says why (W1).
    dispatch.assign(ctx, lead, case_id, tech.staff_id, reason="班组长安排：测试用例")
    ctx.db.engine.dispose()
    return case_id


def reception_lines(ctx: Any, case_id: str) -> list[str]:
    from app.services import queries

    return [ln.id for ln in queries.case_detail(ctx, case_id).lines]


def _open_job(qtbot: QtBot, shell: Any, case_id: str) -> Any:
    from app.ui.widgets import select_key

    home = shell.window.homes[Role.TECHNICIAN]
    qtbot.waitUntil(lambda: home.jobs.row_of(case_id) >= 0, timeout=WAIT)
    assert select_key(home.ui.jobsView, case_id)
    assert home.ui.openJobButton.isVisible()
    qtbot.mouseClick(home.ui.openJobButton, LEFT)
    page = shell.window.page("job")
    assert shell.window.ui.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.view is not None and page.view.id == case_id, timeout=WAIT)
    return page


def _db(shell: Any, model: Any, **where: Any) -> list[Any]:
    with shell.state.ctx.db.read() as session:
        query = select(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return list(session.execute(query).scalars())


def _case_state(shell: Any, case_id: str) -> str:
    return str(_db(shell, ServiceCase, id=case_id)[0].state)


def _click_when_enabled(qtbot: QtBot, button: Any) -> None:
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(button, LEFT)


def test_technician_clocks_a_line_and_fits_parts_by_scanner(
    qtbot: QtBot,
    demo_dir: Path,
    bay_case: str,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
) -> None:
    shell = make_shell(demo_dir)
    log_in(shell, "technician")
    page = _open_job(qtbot, shell, bay_case)
    ui = page.ui
    assert ui.keyStepsButton.isVisible() == ("key_steps" in PAGES)
    assert page.labor.rowCount() == 1
    assert "维修手册" in ui.referenceLabel.text()
    # Start the line: the case starts (dispatched → in work).
    _click_when_enabled(qtbot, ui.startLineButton)
    qtbot.waitUntil(lambda: _case_state(shell, bay_case) == "in_work", timeout=WAIT)
    qtbot.waitUntil(lambda: page.labor.record(0).clock.value == "running", timeout=WAIT)
    # Pause with a reason chosen from the list: the case pauses.
    ui.pauseReasonCombo.setCurrentIndex(ui.pauseReasonCombo.findData("waiting_parts"))
    _click_when_enabled(qtbot, ui.pauseLineButton)
    qtbot.waitUntil(lambda: _case_state(shell, bay_case) == "paused", timeout=WAIT)
    _click_when_enabled(qtbot, ui.resumeLineButton)
    qtbot.waitUntil(lambda: _case_state(shell, bay_case) == "in_work", timeout=WAIT)

    # A keyboard-wedge scanner types fast and ends with Enter into the focused scan field.
    ui.scanEdit.setFocus()
    qtbot.keyClicks(ui.scanEdit, f"P:{PADS};B:LOT-7781")
    qtbot.keyClick(ui.scanEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_db(shell, PartUse, case_id=bay_case)) == 1, timeout=WAIT)
    use = _db(shell, PartUse, case_id=bay_case)[0]
    assert (use.part_no, use.batch, use.entry, use.packaging_state) == (
        PADS, "LOT-7781", "wedge", "kept",
    )  # fmt: skip
    qtbot.waitUntil(lambda: ui.scanEdit.text() == "", timeout=WAIT)
    # The same package again: over the approved quantity, refused at the field.
    qtbot.keyClicks(ui.scanEdit, PADS)
    qtbot.keyClick(ui.scanEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "不能超量安装" in ui.scanErrorLabel.text(), timeout=WAIT)
    assert ui.scanEdit.text() == PADS  # nothing typed is lost
    # The scanner fires while the labor table has the focus: the burst still fits the part.
    ui.laborView.setFocus()
    qtbot.keyClicks(ui.laborView, PLUGS)
    qtbot.keyClick(ui.laborView, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_db(shell, PartUse, case_id=bay_case)) == 2, timeout=WAIT)
    assert {u.part_no: u.entry for u in _db(shell, PartUse, case_id=bay_case)}[PLUGS] == "wedge"
    # A code that is no part of this case.
    ui.scanEdit.clear()
    qtbot.keyClicks(ui.scanEdit, "17220-5PA-A00")
    qtbot.keyClick(ui.scanEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "不是本工单" in ui.scanErrorLabel.text(), timeout=WAIT)
    assert len(_db(shell, PartUse, case_id=bay_case)) == 2
    # Packaging forward: shown to the customer, then handed over.
    qtbot.waitUntil(lambda: page.fitted.rowCount() == 2, timeout=WAIT)
    ui.fittedView.selectRow(0)
    _click_when_enabled(qtbot, ui.shownButton)
    qtbot.waitUntil(
        lambda: _db(shell, PartUse, case_id=bay_case)[0].packaging_state == "shown_to_customer",
        timeout=WAIT,
    )
    # Finish the last line: the job goes to QC.
    _click_when_enabled(qtbot, ui.finishLineButton)
    qtbot.waitUntil(lambda: _case_state(shell, bay_case) == "qc", timeout=WAIT)
    kinds = [r.kind for r in _db(shell, JobClock, case_id=bay_case)]
    assert sorted(kinds) == sorted(["start", "pause", "resume", "finish"])
    assert {r.line_id for r in _db(shell, JobClock, case_id=bay_case)} == {page.labor.record(0).id}
    assert _db(shell, JobClock, case_id=bay_case, kind="pause")[0].reason == "waiting_parts"


def test_camera_reads_the_packaging_qr_and_extra_work_waits_for_approval(
    qtbot: QtBot,
    demo_dir: Path,
    bay_case: str,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import QSettings

    from app.ui.reception.env import CAMERA_KEY

    clip = packaging_clip(tmp_path / "label.mp4", qr_image(f"P:{PLUGS};B:NGK-2026"))
    QSettings().setValue(CAMERA_KEY, f"file:{clip}")
    try:
        shell = make_shell(demo_dir)
        log_in(shell, "technician")
        page = _open_job(qtbot, shell, bay_case)
        ui = page.ui
        _click_when_enabled(qtbot, ui.startLineButton)
        qtbot.waitUntil(lambda: _case_state(shell, bay_case) == "in_work", timeout=WAIT)
        # The bay camera (the fake source plays the clip): read the QR off the label.
        ui.tabs.setCurrentWidget(ui.cameraTab)
        qtbot.waitUntil(
            lambda: page.camera is not None and page.camera.frames_shown > 0, timeout=WAIT
        )
        qtbot.mouseClick(ui.readCodesButton, LEFT)
        qtbot.waitUntil(lambda: len(_db(shell, PartUse, case_id=bay_case)) == 1, timeout=WAIT)
        use = _db(shell, PartUse, case_id=bay_case)[0]
        assert (use.part_no, use.batch, use.entry, use.qty) == (PLUGS, "NGK-2026", "camera", "1")
        qtbot.mouseClick(ui.readCodesButton, LEFT)  # stop reading
        # The packaging photo from the camera, on the part just fitted.
        qtbot.waitUntil(lambda: page.fitted.rowCount() == 1, timeout=WAIT)
        ui.fittedView.selectRow(0)
        _click_when_enabled(qtbot, page.camera.photo_button)
        qtbot.waitUntil(
            lambda: page.fitted.rowCount() == 1 and page.fitted.record(0).photo_sha256 != "",
            timeout=WAIT,
        )

        # Extra work found mid-job: a brake disc, added while the case stays in work.
        ui.tabs.setCurrentWidget(ui.extraTab)
        qtbot.keyClicks(ui.extraCodeEdit, DISC)
        ui.extraReasonEdit.setText("刹车盘磨损超限")
        qtbot.mouseClick(ui.addExtraButton, LEFT)
        qtbot.waitUntil(lambda: page.extra.rowCount() == 1, timeout=WAIT)
        assert _case_state(shell, bay_case) == "in_work"
        # Before the customer's approval the disc is refused at the scan field.
        ui.tabs.setCurrentWidget(ui.partsTab)
        qtbot.keyClicks(ui.scanEdit, DISC)
        qtbot.keyClick(ui.scanEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "未经客户确认" in ui.scanErrorLabel.text(), timeout=WAIT)
        assert [u.part_no for u in _db(shell, PartUse, case_id=bay_case)] == [PLUGS]
        # A remote approval: who, how (WeChat); recorded, then the disc is fitted.
        ui.tabs.setCurrentWidget(ui.extraTab)
        ui.approvalMethodCombo.setCurrentIndex(ui.approvalMethodCombo.findData("remote"))
        ui.approvalChannelCombo.setCurrentIndex(ui.approvalChannelCombo.findData("wechat"))
        qtbot.mouseClick(ui.approveButton, LEFT)
        # The name is asked for at the field.
        qtbot.waitUntil(lambda: "确认人" in ui.extraErrorLabel.text(), timeout=WAIT)
        ui.approverEdit.setText("欧阳娜")
        qtbot.mouseClick(ui.approveButton, LEFT)
        qtbot.waitUntil(lambda: len(_db(shell, ExtraApproval, case_id=bay_case)) == 1, timeout=WAIT)
        record = _db(shell, ExtraApproval, case_id=bay_case)[0]
        assert (record.method, record.channel, record.approver_name) == (
            "remote",
            "wechat",
            "欧阳娜",
        )
        ui.tabs.setCurrentWidget(ui.partsTab)
        ui.scanEdit.clear()
        qtbot.keyClicks(ui.scanEdit, DISC)
        qtbot.keyClick(ui.scanEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(_db(shell, PartUse, case_id=bay_case)) == 2, timeout=WAIT)
        assert _case_state(shell, bay_case) == "in_work"
    finally:
        QSettings().remove(CAMERA_KEY)
        QThreadPool.globalInstance().waitForDone(WAIT)
        QApplication.processEvents()


def test_the_demo_bay_has_line_clocks_and_fitted_parts_of_the_right_brand(demo_dir: Path) -> None:
    """Issue 8 item 9: in-work and finished cases have per-line clocks, fitted parts with
    packaging photos and states, parts of the vehicle's brand or the appliance's kind."""
    from sqlalchemy import text

    from app.services.demo_parts import belongs
    from app.services.setup import open_workstation

    ctx = open_workstation(demo_dir)
    try:
        with ctx.db.read() as session:
            rows = session.execute(
                text(
                    "SELECT a.kind, a.brand, a.model, p.part_no, p.packaging_state, c.state,"
                    " (SELECT count(*) FROM media_file m WHERE m.subject_id = p.id"
                    "  AND m.purpose = 'packaging') FROM part_use p"
                    " JOIN service_case c ON c.id = p.case_id JOIN asset a ON a.id = c.asset_id"
                )
            ).all()
            unlined = session.execute(
                text("SELECT count(*) FROM job_clock WHERE line_id IS NULL")
            ).scalar_one()
            refs = session.execute(
                text("SELECT count(*) FROM labor_op WHERE manual_ref != ''")
            ).scalar_one()
            extra = session.execute(
                text(
                    "SELECT x.method, x.channel, c.state FROM extra_approval x"
                    " JOIN service_case c ON c.id = x.case_id"
                )
            ).all()
    finally:
        ctx.db.engine.dispose()
    assert len(rows) >= 5
    assert unlined == 0
    assert refs >= 10
    kinds = {"空调": "AC-", "洗衣机": "WM-", "冰箱": "RF-", "电视": "TV-", "热水器": "WH-"}
    for kind, brand, model, part_no, packaging, state, photos in rows:
        if kind == "vehicle":
            assert belongs(brand, part_no), (brand, part_no)  # the make's own part numbers
        else:
            assert any(k in model and part_no.startswith(p) for k, p in kinds.items()), model
        assert photos == 1
        if state in ("in_work", "paused", "qc"):
            assert packaging == "kept"
    assert {r[4] for r in rows} >= {"kept", "handed_to_customer"}
    # Extra work found mid-job, approved on the phone, the job still in work.
    assert extra
    assert {tuple(r) for r in extra} == {("remote", "phone", "in_work")}


def test_extra_work_approved_on_the_pad_and_on_paper_and_a_packaging_photo_from_file(
    qtbot: QtBot,
    demo_dir: Path,
    bay_case: str,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    tmp_path: Path,
) -> None:
    import cv2
    import numpy as np

    from app.store.models import MediaFile

    shell = make_shell(demo_dir)
    log_in(shell, "technician")
    page = _open_job(qtbot, shell, bay_case)
    ui = page.ui
    _click_when_enabled(qtbot, ui.startLineButton)
    qtbot.waitUntil(lambda: _case_state(shell, bay_case) == "in_work", timeout=WAIT)
    picture = tmp_path / "box.jpg"
    cv2.imwrite(str(picture), np.full((240, 320, 3), (80, 140, 190), np.uint8))
    shell.dialogs.open_image = lambda parent, title: picture  # type: ignore[method-assign]
    # A packaging photo from a file, on the part fitted by its number.
    qtbot.keyClicks(ui.scanEdit, PADS)
    qtbot.keyClick(ui.scanEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.fitted.rowCount() == 1, timeout=WAIT)
    ui.fittedView.selectRow(0)
    _click_when_enabled(qtbot, ui.photoFileButton)
    qtbot.waitUntil(lambda: page.fitted.record(0).photo_sha256 != "", timeout=WAIT)
    assert [m.subject_id for m in _db(shell, MediaFile, purpose="packaging")][-1] == (
        page.fitted.record(0).id
    )
    # Extra line 1, approved by the customer's signature on the pad.
    ui.tabs.setCurrentWidget(ui.extraTab)
    qtbot.keyClicks(ui.extraCodeEdit, DISC)
    ui.extraReasonEdit.setText("刹车盘磨损超限")
    qtbot.mouseClick(ui.addExtraButton, LEFT)
    qtbot.waitUntil(lambda: page.extra.rowCount() == 1, timeout=WAIT)
    ui.approvalMethodCombo.setCurrentIndex(ui.approvalMethodCombo.findData("pad"))
    assert ui.signaturePad.isVisible()
    ui.approverEdit.setText("欧阳娜")
    qtbot.mouseClick(ui.approveButton, LEFT)
    qtbot.waitUntil(lambda: "签字板" in ui.extraErrorLabel.text(), timeout=WAIT)
    pad = ui.signaturePad
    qtbot.mousePress(pad, LEFT, pos=pad.rect().center() - pad.rect().center() / 2)
    qtbot.mouseMove(pad, pad.rect().center())
    qtbot.mouseRelease(pad, LEFT, pos=pad.rect().center() + pad.rect().center() / 3)
    assert pad.has_signature()
    qtbot.mouseClick(ui.approveButton, LEFT)
    qtbot.waitUntil(lambda: len(_db(shell, ExtraApproval, case_id=bay_case)) == 1, timeout=WAIT)
    assert _db(shell, ExtraApproval, case_id=bay_case)[0].method == "pad"
    # Extra line 2 (a free-text OEM part with its number), approved on a signed paper sheet.
    ui.extraDescriptionEdit.setText("制动分泵")
    ui.extraSourceCombo.setCurrentIndex(ui.extraSourceCombo.findData("oem"))
    qtbot.keyClicks(ui.extraPartNoEdit, "43019-TBA-A01")
    ui.extraReasonEdit.setText("分泵漏油")
    qtbot.mouseClick(ui.addExtraButton, LEFT)
    qtbot.waitUntil(
        lambda: any(r.code == "43019-TBA-A01" for r in page.extra.records()), timeout=WAIT
    )
    ui.approvalMethodCombo.setCurrentIndex(ui.approvalMethodCombo.findData("paper"))
    _click_when_enabled(qtbot, ui.scanSheetButton)
    qtbot.waitUntil(lambda: len(_db(shell, ExtraApproval, case_id=bay_case)) == 2, timeout=WAIT)
    paper = sorted(_db(shell, ExtraApproval, case_id=bay_case), key=lambda r: r.version)[-1]
    assert (paper.method, paper.version, bool(paper.media_sha256)) == ("paper", 3, True)
    assert _case_state(shell, bay_case) == "in_work"
