"""Printed documents of a real case and the way back from paper (P4, I4, I5; issue 3):
print -> PDF (pdftotext shows the Chinese headings and lines) -> pdftoppm -> a degraded photo
-> QR -> exactly that version; outdated versions refused; the print/scan command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from sqlalchemy import select

from app.domain.errors import ValidationError
from app.domain.lifecycle import Decision
from app.media.qr import decode_qr
from app.printing import parse_payload
from app.printing.layout import signing_space_mm
from app.services import documents, reception
from app.store.models import Document, MediaFile, Signature
from tests.integration.conftest import BRAKE_PADS, CABIN_FILTER, Workshop

ROOT = Path(__file__).resolve().parents[2]


def awaiting_signature(ws: Workshop) -> str:
    """A brake job estimated; the optional cabin filter declined by the customer (I5)."""
    case_id = ws.walk_in()
    ws.drive(case_id, "awaiting_signature")
    return case_id


def pdftotext(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


DPI = 110


def sign_into_box(page: np.ndarray, payload: str, dpi: int = DPI) -> bool:
    """A pen signature drawn into the printed signing space of a rendered page (the box the
    page's QR names); False when the page has no signature box."""
    top = parse_payload(payload).signature_top
    if top is None:
        return False
    x0, y0, _x1, _y1 = signing_space_mm(top)
    px = dpi / 25.4
    xs = np.linspace(x0 + 8, x0 + 60, 60)
    ys = y0 + 7.5 + 4 * np.sin(np.linspace(0, 5 * np.pi, 60))
    stroke = (np.stack([xs, ys], axis=1) * px).astype(np.int32)
    cv2.polylines(page, [stroke], False, (90, 40, 20), max(2, round(0.5 * px)), cv2.LINE_AA)
    return True


def photo_of(
    pdf: Path,
    out: Path,
    degrees: float = 3.0,
    *,
    signed: bool = False,
    page_no: int = 1,
) -> Path:
    """The printed page photographed on a desk: rasterized, slightly rotated, blurred, JPEG.
    `signed`: the customer first signs into the box the page's own QR names."""
    prefix = out.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(DPI),
            "-f",
            str(page_no),
            "-l",
            str(page_no),
            "-png",
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
    )
    page = cv2.imread(f"{prefix}.png", cv2.IMREAD_COLOR)
    assert page is not None
    if signed:
        assert sign_into_box(page, decode_qr(page)[0]), "this page has no signature box"
    pad = page.shape[1] // 12
    page = cv2.copyMakeBorder(page, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(60, 70, 80))
    h, w = page.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    page = cv2.warpAffine(page, matrix, (w, h), borderValue=(60, 70, 80))
    page = cv2.GaussianBlur(page, (3, 3), 0.8)
    ok, data = cv2.imencode(".jpg", page, [cv2.IMWRITE_JPEG_QUALITY, 80])
    assert ok
    out.write_bytes(data.tobytes())
    return out


def test_confirmation_sheet_pdf_lists_headings_lines_and_declined_item(
    workshop: Workshop, tmp_path: Path
) -> None:
    case_id = awaiting_signature(workshop)
    printed = documents.print_document(
        workshop.ctx, workshop.advisor, case_id, "confirmation", tmp_path / "c.pdf"
    )
    text = pdftotext(printed.path)
    assert "服务项目确认单" in text
    lines = workshop.lines(case_id)
    assert set(lines) >= {BRAKE_PADS, CABIN_FILTER}
    with workshop.ctx.db.read() as session:
        doc = session.execute(select(Document).where(Document.case_id == case_id)).scalar_one()
        assert doc.kind == "confirmation_sheet"
        assert doc.version == 1
        assert doc.content_sha256 == printed.content_sha256
        assert doc.payload == printed.payloads[0]
        assert doc.file_sha256 == printed.file_sha256
    assert BRAKE_PADS in text  # the part model is printed
    assert "暂不考虑" in text  # I5: only XX handled, the declined item stays on the sheet
    assert "138****8000" in text
    assert "13800138000" not in text
    work_order = documents.print_document(
        workshop.ctx, workshop.advisor, case_id, "work-order", tmp_path / "w.pdf"
    )
    assert "服务工单" in pdftotext(work_order.path)


def test_scan_attaches_to_exactly_that_version_and_signs(
    workshop: Workshop, tmp_path: Path
) -> None:
    case_id = awaiting_signature(workshop)
    printed = documents.print_document(workshop.ctx, workshop.advisor, case_id, "confirmation")
    photo = photo_of(printed.path, tmp_path / "signed.jpg", signed=True)
    found = documents.identify_scan(workshop.ctx, photo)
    assert (found.order_no, found.kind, found.version) == (
        printed.order_no,
        "confirmation_sheet",
        1,
    )
    result = documents.attach_scan(workshop.ctx, workshop.advisor, photo)
    assert result.signed
    assert workshop.state(case_id) == "confirmed"
    with workshop.ctx.db.read() as session:
        media = session.execute(
            select(MediaFile).where(MediaFile.case_id == case_id, MediaFile.purpose == "scan")
        ).scalar_one()
        assert media.subject_id == printed.document_id
        signature = session.execute(
            select(Signature).where(Signature.case_id == case_id)
        ).scalar_one()
        assert (signature.method, signature.subject_version) == ("paper", 1)
        assert signature.media_sha256 == media.sha256 == result.media_sha256


def test_outdated_version_is_refused(workshop: Workshop, tmp_path: Path) -> None:
    case_id = awaiting_signature(workshop)
    old = documents.print_document(workshop.ctx, workshop.advisor, case_id, "confirmation")
    photo = photo_of(old.path, tmp_path / "old.jpg", degrees=-2)
    reception.revise_estimate(workshop.ctx, workshop.advisor, case_id, "客户要求加做四轮定位")
    with pytest.raises(ValidationError) as refused:
        documents.attach_scan(workshop.ctx, workshop.advisor, photo)
    assert refused.value.code == "reception.scan_outdated"
    assert "第 1 版" in refused.value.message("zh_CN")
    assert "第 2 版" in refused.value.message("zh_CN")
    with workshop.ctx.db.read() as session:
        assert not session.execute(select(MediaFile).where(MediaFile.case_id == case_id)).first()


def test_paper_changed_after_printing_is_refused(workshop: Workshop, tmp_path: Path) -> None:
    case_id = awaiting_signature(workshop)
    printed = documents.print_document(workshop.ctx, workshop.advisor, case_id, "confirmation")
    photo = photo_of(printed.path, tmp_path / "stale.jpg")
    # The customer changes their mind on the optional line after the sheet was printed.
    reception.decide(
        workshop.ctx, workshop.advisor, workshop.lines(case_id)[CABIN_FILTER], Decision.APPROVED
    )
    with pytest.raises(ValidationError) as refused:
        documents.identify_scan(workshop.ctx, photo)
    assert refused.value.code == "reception.scan_changed"
    assert workshop.state(case_id) == "awaiting_signature"


def test_sign_on_pad_keeps_strokes_and_picture(workshop: Workshop) -> None:
    case_id = awaiting_signature(workshop)
    ok, png = cv2.imencode(".png", np.full((60, 200), 255, np.uint8))
    assert ok
    strokes = [[(0.1, 0.5), (0.5, 0.2), (0.9, 0.6)]]
    with pytest.raises(ValidationError):
        documents.sign_on_pad(workshop.ctx, workshop.advisor, case_id, "王伟", [], png.tobytes())
    documents.sign_on_pad(workshop.ctx, workshop.advisor, case_id, "王伟", strokes, png.tobytes())
    assert workshop.state(case_id) == "confirmed"
    with workshop.ctx.db.read() as session:
        signature = session.execute(select(Signature)).scalar_one()
        assert signature.method == "pad"
        assert "0.5" in signature.strokes


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_print_and_scan_command_line(
    workshop: Workshop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli.main import main

    case_id = awaiting_signature(workshop)
    order_no = documents.identify_case_order(workshop.ctx, case_id)
    pdf = tmp_path / "sheet.pdf"
    # Once as a real process (`python -m app`), the rest in-process through the same main().
    done = cli(workshop.data_dir, "print", "confirmation", order_no, "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    assert order_no in done.stdout
    assert "服务项目确认单" in done.stdout
    assert "服务项目确认单" in pdftotext(pdf)
    photo = photo_of(pdf, tmp_path / "paper.jpg", signed=True)
    data = ["--data-dir", str(workshop.data_dir)]
    capsys.readouterr()
    assert main([*data, "scan", str(photo)]) == 0
    out = capsys.readouterr().out
    assert f"{order_no}\tconfirmation_sheet" in out
    assert "第 1 版" in out
    assert workshop.state(case_id) == "awaiting_signature"  # without --attach nothing changes
    assert main([*data, "--lang", "en", "scan", str(photo), "--attach", "--staff", "李娜"]) == 0
    out = capsys.readouterr().out
    assert "version 1" in out
    assert "signed on paper" in out
    assert workshop.state(case_id) == "confirmed"
    # Unreadable and outdated scans: exit 2, one clear line.
    # (A corrupt file: a picture without any QR is refused the same way, only slower.)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8 not really a photo")
    assert main([*data, "scan", str(broken)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    reception.revise_estimate(workshop.ctx, workshop.advisor, case_id, "加项")
    assert main([*data, "scan", str(photo)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "过期" in err
    assert main([*data, "print", "settlement", order_no, "--out", str(tmp_path / "s.pdf")]) == 2
    assert "结算单" in capsys.readouterr().err
    assert main([*data, "print", "work-order", order_no, "--out", str(tmp_path / "w.pdf")]) == 0
    assert "服务工单" in pdftotext(tmp_path / "w.pdf")


def test_settlement_prints_actual_lines_and_scan_files_on_it(
    workshop: Workshop, tmp_path: Path
) -> None:
    case_id = workshop.walk_in()
    workshop.drive(case_id, "delivered")
    printed = documents.print_document(
        workshop.ctx, workshop.advisor, case_id, "settlement", tmp_path / "s.pdf"
    )
    text = pdftotext(printed.path)
    assert "服务结算单" in text
    assert BRAKE_PADS in text
    assert printed.version == 1
    result = documents.attach_scan(
        workshop.ctx, workshop.advisor, photo_of(printed.path, tmp_path / "s.jpg")
    )
    assert result.finding.kind == "settlement"
    assert not result.signed  # the settlement is signed through delivery.sign_settlement
