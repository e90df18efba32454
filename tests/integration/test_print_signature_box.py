"""Issue 11: a paper scan signs only a signed page, and one version scans the same in every
language. Each case goes through the service the in-app signing screen uses (`attach_scan`)
and through `scan --attach` (the CLI's main(); one real subprocess for the empty box).

The pages are the app's own rendered PDFs, rasterized by poppler; the "signature" is a pen
stroke drawn into the box the page's QR names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from sqlalchemy import func, select

from app.domain.errors import ValidationError
from app.domain.lifecycle import Decision
from app.services import documents, reception
from app.services.reception import LineInput
from app.store.models import MediaFile, Signature
from tests.integration.conftest import BRAKE_PADS, CABIN_FILTER, Workshop
from tests.integration.test_reception_documents import awaiting_signature, photo_of

ROOT = Path(__file__).resolve().parents[2]


def scans(ws: Workshop, case_id: str) -> int:
    with ws.ctx.db.read() as session:
        return int(
            session.execute(
                select(func.count())
                .select_from(MediaFile)
                .where(MediaFile.case_id == case_id, MediaFile.purpose == "scan")
            ).scalar_one()
        )


def signatures(ws: Workshop, case_id: str) -> int:
    with ws.ctx.db.read() as session:
        return int(
            session.execute(
                select(func.count()).select_from(Signature).where(Signature.case_id == case_id)
            ).scalar_one()
        )


def long_sheet_case(ws: Workshop) -> str:
    """A 30-line estimate awaiting signature: the confirmation sheet runs to several pages."""
    case_id = ws.walk_in()
    reception.start_inspection(ws.ctx, ws.advisor, case_id)
    reception.record_inspection(
        ws.ctx, ws.advisor, case_id, identity_checked=True, appointment_checked=True
    )
    for index in range(30):
        code = BRAKE_PADS if index % 2 else CABIN_FILTER
        reception.add_line(
            ws.ctx,
            ws.advisor,
            case_id,
            LineInput(kind="part", code=code, mandatory=index % 3 == 0, reason="检查结果"),
        )
    reception.finish_estimate(ws.ctx, ws.advisor, case_id)
    with ws.ctx.db.read() as session:
        from app.store.models import EstimateLine

        ids = session.execute(
            select(EstimateLine.id).where(EstimateLine.case_id == case_id)
        ).scalars()
        line_ids = list(ids)
    for line_id in line_ids:
        reception.decide(ws.ctx, ws.advisor, line_id, Decision.APPROVED)
    reception.request_signature(ws.ctx, ws.advisor, case_id)
    return case_id


def main_args(ws: Workshop, *args: str) -> list[str]:
    return ["--data-dir", str(ws.data_dir), *args]


def test_unsigned_page_is_refused_and_nothing_is_filed(
    workshop: Workshop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli.main import main

    case_id = awaiting_signature(workshop)
    printed = documents.print_document(workshop.ctx, workshop.advisor, case_id, "confirmation")
    blank = photo_of(printed.path, tmp_path / "blank.jpg")
    with pytest.raises(ValidationError) as refused:
        documents.attach_scan(workshop.ctx, workshop.advisor, blank)
    assert refused.value.code == "reception.scan_signature_empty"
    assert "签字栏为空" in refused.value.message("zh_CN")
    assert "The signature box is empty" in refused.value.message("en")
    capsys.readouterr()
    assert main(main_args(workshop, "scan", str(blank), "--attach")) == 2
    err = capsys.readouterr().err
    assert "签字栏为空" in err
    assert len(err.strip().splitlines()) == 1
    assert main(main_args(workshop, "--lang", "en", "scan", str(blank), "--attach")) == 2
    assert "The signature box is empty" in capsys.readouterr().err
    assert workshop.state(case_id) == "awaiting_signature"
    assert scans(workshop, case_id) == 0
    assert signatures(workshop, case_id) == 0
    # Reading the unsigned page without --attach is fine: it says what the page is.
    assert main(main_args(workshop, "scan", str(blank))) == 0
    assert printed.order_no in capsys.readouterr().out


def test_unsigned_page_through_a_real_process(workshop: Workshop, tmp_path: Path) -> None:
    case_id = awaiting_signature(workshop)
    printed = documents.print_document(workshop.ctx, workshop.advisor, case_id, "confirmation")
    blank = photo_of(printed.path, tmp_path / "blank.jpg")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(workshop.data_dir),
            "scan",
            str(blank),
            "--attach",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "签字栏为空" in done.stderr
    assert workshop.state(case_id) == "awaiting_signature"
    assert scans(workshop, case_id) == 0


def test_signed_page_signs_and_keeps_the_image(workshop: Workshop, tmp_path: Path) -> None:
    case_id = awaiting_signature(workshop)
    printed = documents.print_document(workshop.ctx, workshop.advisor, case_id, "confirmation")
    photo = photo_of(printed.path, tmp_path / "signed.jpg", degrees=-6, signed=True)
    result = documents.attach_scan(workshop.ctx, workshop.advisor, photo)
    assert result.signed
    assert result.finding.signature_box
    assert workshop.state(case_id) == "confirmed"
    with workshop.ctx.db.read() as session:
        signature = session.execute(
            select(Signature).where(Signature.case_id == case_id)
        ).scalar_one()
        assert signature.media_sha256 == result.media_sha256
        kept = session.execute(
            select(MediaFile).where(MediaFile.sha256 == result.media_sha256)
        ).scalar_one()
        assert kept.purpose == "scan"


def test_page_without_a_box_is_filed_but_does_not_sign(
    workshop: Workshop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli.main import main

    case_id = long_sheet_case(workshop)
    printed = documents.print_document(workshop.ctx, workshop.advisor, case_id, "confirmation")
    assert printed.page_count >= 2
    boxed = [i for i, text in enumerate(printed.payloads, start=1) if "|S" in text]
    assert boxed == [printed.page_count]  # the box is on the last page only
    first = photo_of(printed.path, tmp_path / "p1.jpg", page_no=1)
    # Ink anywhere on a page without a box is not a signature.
    result = documents.attach_scan(workshop.ctx, workshop.advisor, first)
    assert not result.signed
    assert not result.finding.signature_box
    assert result.note is not None
    assert "没有签字栏" in result.note
    assert workshop.state(case_id) == "awaiting_signature"
    capsys.readouterr()
    assert main(main_args(workshop, "scan", str(first), "--attach")) == 0
    out = capsys.readouterr().out
    assert "没有签字栏" in out
    assert "已签字" not in out
    assert workshop.state(case_id) == "awaiting_signature"
    assert signatures(workshop, case_id) == 0
    last = photo_of(printed.path, tmp_path / "last.jpg", page_no=printed.page_count, signed=True)
    assert main(main_args(workshop, "scan", str(last), "--attach")) == 0
    assert "已签字" in capsys.readouterr().out
    assert workshop.state(case_id) == "confirmed"


def test_english_copy_of_a_signed_chinese_version(
    workshop: Workshop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Item 2: the version is the content; printing the English copy after the Chinese one
    keeps the signed Chinese paper valid, and both copies scan as that version."""
    from app.cli.main import main

    case_id = awaiting_signature(workshop)
    zh = documents.print_document(
        workshop.ctx, workshop.advisor, case_id, "confirmation", tmp_path / "zh.pdf", "zh_CN"
    )
    en = documents.print_document(
        workshop.ctx, workshop.advisor, case_id, "confirmation", tmp_path / "en.pdf", "en"
    )
    assert zh.content_sha256 == en.content_sha256
    assert zh.version == en.version == 1
    en_photo = photo_of(en.path, tmp_path / "en.jpg")
    found = documents.identify_scan(workshop.ctx, en_photo)
    assert (found.version, found.kind) == (1, "confirmation_sheet")
    signed_zh = photo_of(zh.path, tmp_path / "zh-signed.jpg", signed=True)
    capsys.readouterr()
    assert main(main_args(workshop, "scan", str(signed_zh), "--attach")) == 0
    assert "已签字" in capsys.readouterr().out
    assert workshop.state(case_id) == "confirmed"
    # The English copy of that signed version still scans as version 1 (filed, not re-signed).
    result = documents.attach_scan(
        workshop.ctx, workshop.advisor, photo_of(en.path, tmp_path / "en2.jpg", signed=True)
    )
    assert (result.finding.version, result.signed) == (1, False)


def test_english_copy_signed_through_the_service(workshop: Workshop, tmp_path: Path) -> None:
    case_id = awaiting_signature(workshop)
    documents.print_document(workshop.ctx, workshop.advisor, case_id, "confirmation", lang="zh_CN")
    en = documents.print_document(
        workshop.ctx, workshop.advisor, case_id, "confirmation", tmp_path / "en.pdf", "en"
    )
    result = documents.attach_scan(
        workshop.ctx, workshop.advisor, photo_of(en.path, tmp_path / "en.jpg", signed=True)
    )
    assert result.signed
    assert workshop.state(case_id) == "confirmed"


def test_paper_of_another_case_is_named_before_filing(workshop: Workshop, tmp_path: Path) -> None:
    case_a = awaiting_signature(workshop)
    case_b = awaiting_signature(workshop)
    printed = documents.print_document(workshop.ctx, workshop.advisor, case_a, "confirmation")
    photo = photo_of(printed.path, tmp_path / "a.jpg", signed=True)
    with pytest.raises(documents.ScanOfOtherCase) as other:
        documents.attach_scan(workshop.ctx, workshop.advisor, photo, expected_case_id=case_b)
    assert other.value.finding.case_id == case_a
    order_b = documents.identify_case_order(workshop.ctx, case_b)
    message = other.value.message("zh_CN")
    assert printed.order_no in message
    assert order_b in message
    assert "服务项目确认单" in message
    assert scans(workshop, case_a) == scans(workshop, case_b) == 0
    assert workshop.state(case_a) == workshop.state(case_b) == "awaiting_signature"
    # Told whose it is, the user files it on its own case.
    result = documents.attach_scan(workshop.ctx, workshop.advisor, photo, expected_case_id=case_a)
    assert result.signed
    assert result.case.id == case_a
    assert workshop.state(case_b) == "awaiting_signature"


def test_settlement_of_another_case_is_named_too(workshop: Workshop, tmp_path: Path) -> None:
    case_a = workshop.walk_in()
    workshop.drive(case_a, "delivered")
    case_b = awaiting_signature(workshop)
    printed = documents.print_document(workshop.ctx, workshop.advisor, case_a, "settlement")
    photo = photo_of(printed.path, tmp_path / "s.jpg", signed=True)
    with pytest.raises(documents.ScanOfOtherCase) as other:
        documents.attach_scan(workshop.ctx, workshop.advisor, photo, expected_case_id=case_b)
    assert other.value.finding.kind == "settlement"
    assert "结算单" in other.value.message("zh_CN")
    assert scans(workshop, case_a) == 0


@pytest.mark.parametrize(
    "strokes",
    [
        [[(0.5, 0.5), (0.5, 0.5)]],  # a tap
        [[(0.5, 0.5), (0.52, 0.5)]],  # a dot
        [[(0.1, 0.5), (0.3, 0.5)]],  # one short dash
        [[(0.5, 0.5), (0.51, 0.52)]] * 8,  # scribbles on one spot
    ],
)
def test_pad_refuses_a_near_empty_signature(
    workshop: Workshop, strokes: list[list[tuple[float, float]]]
) -> None:
    case_id = awaiting_signature(workshop)
    ok, png = cv2.imencode(".png", np.full((60, 200), 255, np.uint8))
    assert ok
    with pytest.raises(ValidationError) as refused:
        documents.sign_on_pad(
            workshop.ctx, workshop.advisor, case_id, "王伟", strokes, png.tobytes()
        )
    assert refused.value.code == "reception.signature_too_small"
    assert workshop.state(case_id) == "awaiting_signature"


def test_pad_accepts_a_real_signature(workshop: Workshop) -> None:
    case_id = awaiting_signature(workshop)
    ok, png = cv2.imencode(".png", np.full((60, 200), 255, np.uint8))
    assert ok
    xs = np.linspace(0.1, 0.8, 30)
    stroke = [(float(x), float(0.5 + 0.2 * np.sin(x * 20))) for x in xs]
    documents.sign_on_pad(workshop.ctx, workshop.advisor, case_id, "王伟", [stroke], png.tobytes())
    assert workshop.state(case_id) == "confirmed"


def test_declined_line_case_still_signs(workshop: Workshop, tmp_path: Path) -> None:
    """The standard case (a declined optional line, I5) signs from its signed page."""
    case_id = awaiting_signature(workshop)
    assert CABIN_FILTER in workshop.lines(case_id)
    printed = documents.print_document(workshop.ctx, workshop.advisor, case_id, "confirmation")
    photo = photo_of(printed.path, tmp_path / "s.jpg", degrees=2, signed=True)
    assert documents.attach_scan(workshop.ctx, workshop.advisor, photo).signed
