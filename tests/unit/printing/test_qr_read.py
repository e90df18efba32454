"""app.media.qr on synthetic pictures: inputs of every accepted type, and clear refusals."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
import pytest
import qrcode

from app.domain.errors import NotFound, ValidationError
from app.media.qr import decode_qr, load_image, read_document_qr
from app.printing.payload import DocumentKind, encode_payload

PAYLOAD = encode_payload(
    case_id=uuid.UUID("0192f3a4-5b6c-7d8e-9f01-23456789abcd"),
    order_no="WO-D01-20261127-0042",
    kind=DocumentKind.CONFIRMATION_SHEET,
    version=2,
    content_hash="ab" * 32,
    page=1,
    pages=1,
)


def qr_picture(text: str, module_px: int = 6) -> npt.NDArray[Any]:
    """A real QR image from the qrcode package, on a white sheet, as a BGR array."""
    code = qrcode.QRCode(border=4, box_size=module_px)
    code.add_data(text)
    code.make(fit=True)
    matrix = np.array(code.get_matrix(), dtype=bool)
    modules = np.where(matrix, 0, 255).astype(np.uint8)
    image = np.kron(modules, np.ones((module_px, module_px), dtype=np.uint8))
    sheet = np.full((image.shape[0] + 200, image.shape[1] + 300), 255, np.uint8)
    sheet[100 : 100 + image.shape[0], 150 : 150 + image.shape[1]] = image
    return cv2.cvtColor(sheet, cv2.COLOR_GRAY2BGR)


def test_reads_array_bytes_and_path(tmp_path: Path) -> None:
    picture = qr_picture(PAYLOAD)
    ok, png = cv2.imencode(".png", picture)
    assert ok
    path = tmp_path / "scan.png"
    path.write_bytes(png.tobytes())
    assert decode_qr(picture) == [PAYLOAD]
    assert decode_qr(png.tobytes()) == [PAYLOAD]
    assert decode_qr(path) == [PAYLOAD]
    assert decode_qr(str(path)) == [PAYLOAD]
    assert decode_qr(cv2.cvtColor(picture, cv2.COLOR_BGR2GRAY)) == [PAYLOAD]
    payload = read_document_qr(path)
    assert (payload.kind, payload.version) == (DocumentKind.CONFIRMATION_SHEET, 2)


def test_accepts_bgra_and_float_pictures() -> None:
    picture = qr_picture(PAYLOAD)
    bgra = cv2.cvtColor(picture, cv2.COLOR_BGR2BGRA)
    assert decode_qr(bgra) == [PAYLOAD]
    assert decode_qr(picture.astype(np.float32) / 255.0) == [PAYLOAD]


@pytest.mark.parametrize(
    "data",
    [b"not an image", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, b"\xff\xd8\xff\xe0" + b"x" * 500],
)
def test_corrupt_bytes_are_refused(data: bytes) -> None:
    with pytest.raises(ValidationError) as caught:
        decode_qr(data)
    assert caught.value.code == "media.qr_image_unreadable"
    assert "damaged" in caught.value.message("en")


def test_empty_bytes_are_refused_as_empty() -> None:
    with pytest.raises(ValidationError) as caught:
        decode_qr(b"")
    assert caught.value.code == "media.qr_image_empty"


def test_truncated_jpeg_file_is_refused(tmp_path: Path) -> None:
    ok, jpeg = cv2.imencode(".jpg", qr_picture(PAYLOAD))
    assert ok
    path = tmp_path / "cut.jpg"
    path.write_bytes(jpeg.tobytes()[:40])
    with pytest.raises(ValidationError):
        read_document_qr(path)


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFound) as caught:
        load_image(tmp_path / "gone.jpg")
    assert caught.value.code == "media.qr_image_missing"


def test_picture_without_qr_says_so() -> None:
    blank = np.full((600, 800, 3), 235, np.uint8)
    cv2.putText(blank, "no code here", (50, 300), cv2.FONT_HERSHEY_SIMPLEX, 2, (0, 0, 0), 3)
    assert decode_qr(blank) == []
    with pytest.raises(ValidationError) as caught:
        read_document_qr(blank)
    assert caught.value.code == "media.qr_not_found"
    assert "二维码" in caught.value.message("zh_CN")


def test_someone_elses_qr_is_bad_qr() -> None:
    with pytest.raises(ValidationError) as caught:
        read_document_qr(qr_picture("https://example.com/pay?id=42"))
    assert caught.value.code == "printing.bad_qr"


def test_reference_qr_of_another_form_is_passed_over() -> None:
    """Issue 9 item 2: the settlement sheet carries the small QR of the case's other forms;
    a page is read by its own QR (the large one), never by a reference, and a picture
    holding only a reference is "no document QR", not someone else's code."""
    page = cv2.cvtColor(qr_picture(PAYLOAD, 6), cv2.COLOR_BGR2GRAY)
    small = cv2.cvtColor(qr_picture("SBREF|CS|1|0123abcd", 3), cv2.COLOR_BGR2GRAY)
    sheet = np.full((page.shape[0] + small.shape[0], page.shape[1] + 40), 255, np.uint8)
    sheet[: page.shape[0], : page.shape[1]] = page
    sheet[page.shape[0] :, : small.shape[1]] = small
    assert decode_qr(sheet) == [PAYLOAD]
    assert read_document_qr(sheet).kind is DocumentKind.CONFIRMATION_SHEET
    assert decode_qr(small) == []
    with pytest.raises(ValidationError) as err:
        read_document_qr(small)
    assert err.value.code == "media.qr_not_found"
