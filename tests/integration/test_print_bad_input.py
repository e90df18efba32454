"""Issue 11, bad input to `scan`: a file that is not a picture, an empty file, a PDF instead
of a photo, a 50-megapixel photo, a page without any QR: one clear line, exit 2, nothing
attached (the CLI's main() and, once, a real process)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.domain.errors import ValidationError
from app.media.qr import load_image
from app.services import documents
from tests.integration.conftest import Workshop
from tests.integration.test_print_signature_box import scans
from tests.integration.test_reception_documents import awaiting_signature

ROOT = Path(__file__).resolve().parents[2]


def huge_photo(path: Path) -> Path:
    """A 50-megapixel phone photo of a desk without any paper on it."""
    image = np.full((6000, 8400, 3), 200, np.uint8)
    cv2.putText(image, "ServiceBay", (800, 3000), cv2.FONT_HERSHEY_SIMPLEX, 20, (30, 30, 30), 40)
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 85])
    assert ok
    path.write_bytes(data.tobytes())
    return path


@pytest.mark.parametrize(
    ("name", "content", "zh", "en"),
    [
        ("notes.jpg", b"this is a shopping list, not a photo\n", "格式不受支持", "unsupported"),
        ("empty.jpg", b"", "文件是空的", "The file is empty"),
        ("sheet.pdf", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\n", "PDF 文件", "PDF file"),
    ],
)
def test_not_a_photo(
    workshop: Workshop,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    zh: str,
    en: str,
) -> None:
    from app.cli.main import main

    case_id = awaiting_signature(workshop)
    bad = tmp_path / name
    bad.write_bytes(content)
    data = ["--data-dir", str(workshop.data_dir)]
    capsys.readouterr()
    assert main([*data, "scan", str(bad), "--attach"]) == 2
    err = capsys.readouterr().err
    assert zh in err
    assert len(err.strip().splitlines()) == 1
    assert main([*data, "--lang", "en", "scan", str(bad), "--attach"]) == 2
    assert en in capsys.readouterr().err
    with pytest.raises(ValidationError):
        documents.attach_scan(workshop.ctx, workshop.advisor, bad)
    assert scans(workshop, case_id) == 0
    assert workshop.state(case_id) == "awaiting_signature"


def test_a_real_pdf_print_is_refused_as_a_pdf(workshop: Workshop, tmp_path: Path) -> None:
    case_id = awaiting_signature(workshop)
    printed = documents.print_document(workshop.ctx, workshop.advisor, case_id, "confirmation")
    with pytest.raises(ValidationError) as refused:
        documents.attach_scan(workshop.ctx, workshop.advisor, printed.path)
    assert refused.value.code == "media.qr_image_pdf"
    assert scans(workshop, case_id) == 0


def test_fifty_megapixel_photo_without_a_code(workshop: Workshop, tmp_path: Path) -> None:
    """Read at reduced size, refused with the no-QR message, exit 2 (a real process)."""
    case_id = awaiting_signature(workshop)
    photo = huge_photo(tmp_path / "huge.jpg")
    assert max(load_image(photo).shape[:2]) <= 4200  # decoded at half size
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(workshop.data_dir),
            "scan",
            str(photo),
            "--attach",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "二维码" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert scans(workshop, case_id) == 0


def test_absurdly_large_picture_is_refused_before_decoding(tmp_path: Path) -> None:
    """A PNG header announcing 20000 x 20000 pixels: refused from the header alone."""
    header = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR"
    header += (20000).to_bytes(4, "big") * 2 + b"\x08\x02\x00\x00\x00" + b"\x00" * 4
    path = tmp_path / "bomb.png"
    path.write_bytes(header)
    with pytest.raises(ValidationError) as refused:
        load_image(path)
    assert refused.value.code == "media.qr_image_too_large"
    assert "400" in refused.value.message("en")
