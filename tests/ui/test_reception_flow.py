"""A whole reception driven as a person would (issue 3 "Tests"): book from the 400 hotline,
confirm (reminder queued), arrive with the double confirmation, mark two damages with photos
from a fake camera (the demo clip played through cv2.VideoCapture), record a short clip, draw
markup, estimate with one declined optional line, print, print again through the printer
service (a printer that writes PDF), then sign by scanning a photo of the printed page
(pdftoppm, rotated and blurred a little).

Set BAY_SCREENSHOTS=docs/screenshots to write the reception_*.png screenshots."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from app.domain.validation import with_check_digit
from app.services.context import Actor, ServiceContext
from app.ui.dialogs import Dialogs
from app.ui.reception.printing import print_to
from app.ui.reception.workbench import ReceptionPage
from app.ui.state import CaseChanged
from app.ui.tasks import TaskRunner
from tests.ui.test_reception_sign import hosted_reception, zh_catalogue  # noqa: F401

WAIT = 30_000
LABOR, PADS, FILTER = "L-BRAKE-F", "45022-TBA-A01", "80292-TBA-A11"


@dataclass
class FakeDialogs(Dialogs):
    """Answers at once: confirmations yes, the file chooser returns `image`, the printer
    writes a PDF file (the real QPrinter path, PDF output)."""

    image: Path | None = None
    printed_to: list[Path] = field(default_factory=list)
    shown: list[tuple[str, str, str]] = field(default_factory=list)
    out_dir: Path = Path()

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return True

    def open_image(self, parent: QWidget | None, title: str) -> Path | None:
        return self.image

    def print_pdf(self, parent: QWidget | None, pdf: Path) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        target = self.out_dir / f"printer-{len(self.printed_to)}.pdf"
        printer.setOutputFileName(str(target))
        pages = print_to(printer, pdf)
        self.printed_to.append(target)
        return pages > 0


@pytest.fixture
def reception_ctx(demo_dir: Path) -> Iterator[tuple[ServiceContext, Actor]]:
    from app.domain.roles import Role
    from app.services.setup import open_workstation
    from app.services.staff import list_staff

    ctx = open_workstation(demo_dir)
    advisor = next(s for s in list_staff(ctx) if Role.ADVISOR in s.roles)
    yield ctx, Actor(staff_id=advisor.id, name=advisor.name, roles=advisor.roles)
    QThreadPool.globalInstance().waitForDone(10_000)
    ctx.db.dispose()


@pytest.fixture(scope="session")
def camera_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.media.demo_clip import ensure_demo_clip

    return ensure_demo_clip(tmp_path_factory.mktemp("camera") / "car.mp4", seconds=3.0)


@pytest.fixture
def chinese() -> Iterator[None]:
    from app.ui.app import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)
    before = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    QLocale.setDefault(before)


def untranslated(page: QWidget) -> list[str]:
    """Texts on the page still in English source form where the catalogue has Chinese."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    from tests.ui.test_reception_i18n import catalogue

    zh = {source: text for source, (text, _ok) in catalogue("zh_CN").items() if text != source}
    shown = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
    shown += [box.title() for box in page.findChildren(QGroupBox)]
    return sorted({text for text in shown if text in zh})


def screenshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("BAY_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / f"reception_{name}.png"))


def photo_of_page(pdf: Path, out: Path) -> Path:
    """The signed page photographed on a desk: rasterized, turned 2°, blurred, JPEG."""
    prefix = out.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "110",
            "-f",
            "1",
            "-l",
            "1",
            "-png",
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
    )
    page = cv2.imread(f"{prefix}.png", cv2.IMREAD_COLOR)
    assert page is not None
    # The customer signs into the printed box (issue 11: an empty box does not sign).
    from app.media.qr import decode_qr
    from tests.integration.test_reception_documents import sign_into_box

    assert sign_into_box(page, decode_qr(page)[0])
    pad = page.shape[1] // 12
    page = cv2.copyMakeBorder(page, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(60, 70, 80))
    h, w = page.shape[:2]
    page = cv2.warpAffine(
        page, cv2.getRotationMatrix2D((w / 2, h / 2), 2.0, 1.0), (w, h), borderValue=(60, 70, 80)
    )
    page = cv2.GaussianBlur(page, (3, 3), 0.8)
    ok, data = cv2.imencode(".jpg", page, [cv2.IMWRITE_JPEG_QUALITY, 82])
    assert ok
    out.write_bytes(data.tobytes())
    return out


def click(qtbot: QtBot, widget: QWidget, pos: QPoint | None = None) -> None:
    # As a person would: wait until the button is available (a refresh may be landing).
    qtbot.waitUntil(widget.isEnabled, timeout=WAIT)
    if pos is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def tick(qtbot: QtBot, check: QCheckBox) -> None:
    """Tap the box of a check box (the label's far end is not a hit target)."""
    before = check.isChecked()
    click(qtbot, check, QPoint(14, check.height() // 2))
    assert check.isChecked() != before, check.objectName()


def drag(qtbot: QtBot, widget: QWidget, points: list[QPoint]) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(widget, point)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=points[-1])


def test_a_whole_reception(
    qtbot: QtBot,
    reception_ctx: tuple[ServiceContext, Actor],
    camera_clip: Path,
    chinese: None,
    type_text: Callable[[QWidget, str], None],
    tmp_path: Path,
) -> None:
    from app.services.queries import case_detail

    ctx, actor = reception_ctx
    dialogs = FakeDialogs(out_dir=tmp_path)
    runner = TaskRunner()
    host, bench, state = hosted_reception(ctx, actor, runner, dialogs, f"file:{camera_clip}")
    qtbot.addWidget(host)
    changes: list[CaseChanged] = []
    state.case_changed.connect(changes.append)
    try:
        _drive(qtbot, bench, dialogs, type_text, tmp_path)
    finally:
        bench.shutdown()
        runner.wait()
    detail = case_detail(ctx, bench.case_id)
    assert detail.state == "confirmed"
    assert detail.signed_version == 1
    assert len(detail.damages) == 2
    marks = {d.id for d in detail.damages}
    photos = [m for m in detail.media if m.mime == "image/jpeg" and m.purpose == "damage"]
    assert len(photos) == 3
    assert {m.subject_id for m in photos} == marks
    videos = [m for m in detail.media if m.mime == "video/mp4"]
    assert len(videos) == 1
    scans = [m for m in detail.media if m.purpose == "scan"]
    assert len(scans) == 1
    declined = [ln for ln in detail.lines if ln.decision == "declined"]
    assert [ln.code for ln in declined] == [FILTER]
    assert not [d for d in dialogs.shown if d[0] == "error"]
    assert not untranslated(bench)  # every text shown on the way had its Chinese
    # Every change reached the rest of the app as a typed event, the last one the final state.
    assert changes, "no case_changed emitted"
    assert {c.case_id for c in changes} == {bench.case_id}
    assert changes[-1].state == "confirmed"


def _drive(
    qtbot: QtBot,
    bench: ReceptionPage,
    dialogs: FakeDialogs,
    type_text: Callable[[QWidget, str], None],
    tmp_path: Path,
) -> None:
    # -- booking from the 400 hotline (A1), P1 preferences, VIN with its check digit ---------
    page = bench.booking
    assert bench.step_buttons[0].text() == "预约"
    page.channel_combo.setCurrentIndex(page.channel_combo.findData("hotline"))
    qtbot.keyClicks(page.phone_edit, "13912345678")
    page.phone_edit.editingFinished.emit()
    assert "139****5678" in page.phone_hint.text()
    type_text(page.name_edit, "陈秀英")
    tick(qtbot, page.guidance_check)
    page.contact_combo.setCurrentIndex(page.contact_combo.findData("phone"))
    type_text(page.plate_edit, "粤A")
    qtbot.keyClicks(page.plate_edit, "88K21")
    vin = with_check_digit("LSVAM4187C2184847")
    qtbot.keyClicks(page.vin_edit, vin[:-1] + ("0" if vin[-1] != "0" else "1"))
    assert page.vin_hint.text()
    assert "正确" not in page.vin_hint.text()
    page.vin_edit.clear()
    qtbot.keyClicks(page.vin_edit, vin)
    assert "正确" in page.vin_hint.text()
    type_text(page.brand_edit, "大众")
    type_text(page.model_edit, "帕萨特 2.0T")
    type_text(page.fault_edit, "车辆无法启动，仪表盘故障灯亮")
    tick(qtbot, page.urgent_check)
    click(qtbot, page.book_button)
    qtbot.waitUntil(lambda: page.appointment is not None, timeout=WAIT)
    assert "A2" in page.clocks_label.text()
    assert "A3" in page.clocks_label.text()
    assert page.phone_edit.text() == "139****5678"  # masked once booked
    qtbot.waitUntil(lambda: page.bay_combo.count() > 0, timeout=WAIT)
    click(qtbot, page.fast_track_button)
    qtbot.waitUntil(lambda: "已安排" in page.clocks_label.text(), timeout=WAIT)
    click(qtbot, page.confirm_button)
    qtbot.waitUntil(lambda: "排队" in page.reminder_label.text(), timeout=WAIT)
    assert "A2 预约确认：已完成" in page.clocks_label.text()
    screenshot(bench, "booking")

    # -- arrival: double confirmation (I1 a) ----------------------------------------------
    click(qtbot, bench.step_buttons[1])
    arrival = bench.arrival
    assert not arrival.arrive_button.isEnabled()
    tick(qtbot, arrival.identity_check)
    assert not arrival.arrive_button.isEnabled()
    tick(qtbot, arrival.appointment_check)
    click(qtbot, arrival.arrive_button)
    qtbot.waitUntil(lambda: bool(bench.case_id), timeout=WAIT)

    # -- intake: two damages with photos from the fake camera, one clip, markup -------------
    intake = bench.intake
    qtbot.waitUntil(lambda: intake.detail is not None, timeout=WAIT)
    assert intake.detail is not None
    assert intake.detail.state == "inspecting"
    camera = intake.camera
    qtbot.waitUntil(
        lambda: camera.frames_shown > 3 and camera.photo_button.isEnabled(), timeout=WAIT
    )
    diagram = intake.diagram

    def damage(zone: str, kind: str, photos: int) -> None:
        click(qtbot, diagram, diagram.zone_center(zone))
        assert diagram.selected == zone
        intake.kind_combo.setCurrentIndex(intake.kind_combo.findData(kind))
        before = len(intake.detail.damages) if intake.detail else 0
        click(qtbot, intake.mark_button)
        qtbot.waitUntil(
            lambda: intake.detail is not None and len(intake.detail.damages) == before + 1,
            timeout=WAIT,
        )
        for count in range(1, photos + 1):
            click(qtbot, camera.photo_button)
            qtbot.waitUntil(
                lambda count=count: (
                    intake.detail is not None
                    and any(
                        d.zone == zone and len(d.photos) == count for d in intake.detail.damages
                    )
                ),
                timeout=WAIT,
            )

    damage("left_front_door", "scratch", 2)
    damage("front_bumper", "dent", 1)
    click(qtbot, camera.record_button)
    assert camera.record_button.isChecked()
    start = camera.frames_shown
    qtbot.waitUntil(lambda: camera.frames_shown > start + 8, timeout=WAIT)
    click(qtbot, camera.record_button)
    qtbot.waitUntil(
        lambda: (
            intake.detail is not None and any(m.mime == "video/mp4" for m in intake.detail.media)
        ),
        timeout=WAIT,
    )
    # Three photos and the clip, shown by its first frame and its real length (issue 7).
    qtbot.waitUntil(lambda: intake.photo_list.count() == 4, timeout=WAIT)
    items = [intake.photo_list.item(i) for i in range(4)]
    (clip,) = [item for item in items if "视频" in item.text() and "秒" in item.text()]
    assert not clip.icon().isNull()
    intake.photo_list.setCurrentRow(items.index(next(i for i in items if i is not clip)))
    qtbot.waitUntil(lambda: not intake.canvas.pixmap.isNull(), timeout=WAIT)
    canvas = intake.canvas
    w, h = canvas.width(), canvas.height()
    drag(qtbot, canvas, [QPoint(w // 4, h // 4), QPoint(w // 3, h // 3), QPoint(w // 2, h // 2)])
    intake.tool_combo.setCurrentIndex(intake.tool_combo.findData("circle"))
    drag(qtbot, canvas, [QPoint(w // 2, h // 2), QPoint(w // 2 + 40, h // 2 + 10)])
    assert len(canvas.shapes) == 2
    click(qtbot, intake.save_markup_button)
    qtbot.waitUntil(lambda: "批注已保存" in intake.status_label.text(), timeout=WAIT)
    intake.mileage_spin.setValue(45210)
    intake.fuel_combo.setCurrentIndex(intake.fuel_combo.findData("1/2"))
    type_text(intake.valuables_edit, "无")
    intake.reproduced_combo.setCurrentIndex(1)
    click(qtbot, intake.save_inspection_button)
    qtbot.waitUntil(lambda: "已保存" in intake.status_label.text(), timeout=WAIT)
    qtbot.keyClicks(intake.obd_edit, "p0301")
    click(qtbot, intake.add_reading_button)
    qtbot.waitUntil(lambda: "P0301" in intake.readings_label.text(), timeout=WAIT)
    type_text(intake.diagnosis_edit, "蓄电池亏电，起动机需检查")
    click(qtbot, intake.save_diagnosis_button)
    qtbot.waitUntil(lambda: "诊断已保存" in intake.status_label.text(), timeout=WAIT)
    intake.media_tabs.setCurrentIndex(0)
    screenshot(bench, "intake")

    # -- estimate: catalogue lines, one optional line declined (I4, I5) ----------------------
    click(qtbot, bench.step_buttons[3])
    estimate = bench.estimate
    qtbot.waitUntil(lambda: len(estimate.catalogue) > 5, timeout=WAIT)

    def add(code: str, mandatory: bool, reason: str) -> None:
        before = len(estimate.detail.lines) if estimate.detail else 0
        assert estimate.select_catalogue(code)
        if estimate.mandatory_check.isChecked() != mandatory:
            tick(qtbot, estimate.mandatory_check)
        type_text(estimate.reason_edit, reason)
        click(qtbot, estimate.add_catalogue_button)
        qtbot.waitUntil(
            lambda: estimate.detail is not None and len(estimate.detail.lines) == before + 1,
            timeout=WAIT,
        )

    add(LABOR, True, "刹车片磨损到极限，必须更换")
    add(PADS, True, "原厂刹车片")
    add(FILTER, False, "空调滤芯较脏，建议更换")
    assert "合计" in estimate.totals_label.text()
    click(qtbot, estimate.finish_button)
    qtbot.waitUntil(
        lambda: estimate.detail is not None and estimate.detail.state == "estimated", timeout=WAIT
    )
    for code, decision in ((LABOR, "approved"), (PADS, "approved"), (FILTER, "declined")):
        combo = estimate.decision_combo(estimate.row_of(code))
        combo.setCurrentIndex(combo.findData(decision))
        qtbot.waitUntil(
            lambda code=code, decision=decision: (
                estimate.detail is not None
                and any(ln.code == code and ln.decision == decision for ln in estimate.detail.lines)
            ),
            timeout=WAIT,
        )
    qtbot.waitUntil(lambda: estimate.request_button.isEnabled(), timeout=WAIT)
    click(qtbot, estimate.request_button)
    qtbot.waitUntil(
        lambda: estimate.detail is not None and estimate.detail.state == "awaiting_signature",
        timeout=WAIT,
    )
    screenshot(bench, "estimate")

    # -- print, preview, printer, then sign by scanning the photographed paper (P4) ----------
    click(qtbot, bench.step_buttons[4])
    sign = bench.sign
    qtbot.waitUntil(lambda: sign.print_sheet_button.isEnabled(), timeout=WAIT)
    click(qtbot, sign.print_sheet_button)
    qtbot.waitUntil(lambda: sign.document is not None and sign.pdf.pageCount() > 0, timeout=WAIT)
    click(qtbot, sign.printer_button)
    assert dialogs.printed_to
    assert dialogs.printed_to[0].stat().st_size > 10_000
    dialogs.image = photo_of_page(Path(sign.document.path), tmp_path / "signed-page.jpg")
    click(qtbot, sign.scan_button)
    qtbot.waitUntil(lambda: sign.scan_seconds is not None, timeout=WAIT)
    qtbot.waitUntil(
        lambda: sign.detail is not None and sign.detail.signed_version == 1, timeout=WAIT
    )
    assert "已签字" in sign.state_label.text()
    assert "第 1 版" in sign.status_label.text() or "版本 1" in sign.status_label.text()
    print(f"scan decode + attach in the UI flow: {sign.scan_seconds:.2f} s")
    screenshot(bench, "signed")
