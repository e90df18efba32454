"""Read the QR code of a printed document from a photo or scan.

Paper comes back as phone photos: rotated by any angle, seen at a slant, slightly out of
focus, JPEG-compressed, or as a flat-bed scan of 1-10 megapixels. OpenCV's detectors each fail
on some of these, so `decode_qr` tries a ladder of cheap-to-expensive attempts and stops at
the first that reads something: the classic detector and the ArUco-based one on the
grayscale image at a working size, then resized, sharpened, binarized and rotated variants.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from app.domain.errors import NotFound, ValidationError
from app.domain.messages import register
from app.printing.payload import QrPayload, parse_payload

__all__ = ["ImageInput", "decode_qr", "load_image", "read_document_qr", "read_document_qrs"]

log = logging.getLogger(__name__)

# Codes of this module (the rest of app.media keeps its own in app/media/messages.py).
CATALOGUE = register(
    {
        "media.qr_not_found": (
            "照片中没有找到可识别的单据二维码。请让二维码完整、清晰地出现在画面中，"
            "光线均匀、避免反光后重新拍摄。",
            "No readable document QR code was found in the picture. Make sure the whole QR "
            "code is in the picture, sharp and evenly lit without glare, then take it again.",
        ),
        "media.qr_image_unreadable": (
            "图片已损坏或格式不受支持，无法识别二维码（{name}）。请重新拍摄或选择其他文件。",
            "The picture is damaged or in an unsupported format, so no QR code can be read "
            "({name}). Take it again or choose another file.",
        ),
        "media.qr_image_missing": (
            "找不到图片文件：{path}",
            "Picture file not found: {path}",
        ),
    }
)

Image = npt.NDArray[Any]
"""An 8-bit grayscale or BGR picture (cv2 returns untyped arrays)."""
ImageInput = npt.NDArray[np.generic] | bytes | bytearray | memoryview | Path | str

WORK_SIZE = 1600
"""Long side in pixels for the first attempt: a phone photo of an A4 page at this size still
gives the 32 mm QR about 4 px per module, and detection on 12 MP originals is slow."""
_MAX_PIXELS = 80_000_000


def load_image(image: ImageInput) -> Image:
    """An 8-bit BGR or grayscale array from an array, encoded bytes (JPEG/PNG...) or a path."""
    if isinstance(image, np.ndarray):
        return _as_uint8(image)
    if isinstance(image, str | Path):
        path = Path(image)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise NotFound("media.qr_image_missing", path=str(path)) from None
        except OSError as exc:
            raise ValidationError("media.qr_image_unreadable", name=path.name) from exc
        return _decode_bytes(data, path.name)
    if isinstance(image, bytes | bytearray | memoryview):
        return _decode_bytes(bytes(image), "")
    raise TypeError(f"not an image: {type(image).__name__}")


def _decode_bytes(data: bytes, name: str) -> Image:
    buffer = np.frombuffer(data, dtype=np.uint8)
    decoded = cv2.imdecode(buffer, cv2.IMREAD_COLOR) if buffer.size else None
    if decoded is None or decoded.size == 0:
        raise ValidationError("media.qr_image_unreadable", name=name or "-")
    return _as_uint8(decoded)


def _as_uint8(array: npt.NDArray[np.generic]) -> Image:
    if array.ndim not in (2, 3) or array.size == 0 or array.size > _MAX_PIXELS * 4:
        raise ValidationError("media.qr_image_unreadable", name=f"array{array.shape}")
    if array.ndim == 3 and array.shape[2] not in (1, 3, 4):
        raise ValidationError("media.qr_image_unreadable", name=f"array{array.shape}")
    if array.dtype != np.uint8:
        if np.issubdtype(array.dtype, np.floating) and float(np.nanmax(array)) <= 1.0:
            array = np.nan_to_num(array) * 255.0
        array = np.clip(np.nan_to_num(array), 0, 255).astype(np.uint8)
    return np.ascontiguousarray(array, dtype=np.uint8)


def _gray(image: Image) -> Image:
    if image.ndim == 2:
        return image
    if image.shape[2] == 1:
        return np.ascontiguousarray(image[:, :, 0])
    code = cv2.COLOR_BGRA2GRAY if image.shape[2] == 4 else cv2.COLOR_BGR2GRAY
    return cv2.cvtColor(image, code)


def _resize_long_side(gray: Image, long_side: int) -> Image:
    height, width = gray.shape[:2]
    scale = long_side / max(height, width)
    if abs(scale - 1.0) < 0.05:
        return gray
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    return cv2.resize(gray, None, fx=scale, fy=scale, interpolation=interpolation)


def _sharpen(gray: Image) -> Image:
    blurred = cv2.GaussianBlur(gray, (0, 0), 2.0)
    return cv2.addWeighted(gray, 1.8, blurred, -0.8, 0)


def _binarize(gray: Image) -> Image:
    block = max(31, (min(gray.shape[:2]) // 20) | 1)
    return cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 5
    )


def _otsu(gray: Image) -> Image:
    smoothed = cv2.GaussianBlur(gray, (3, 3), 0)
    _, binary = cv2.threshold(smoothed, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return binary


def _rotate(gray: Image, degrees: float) -> Image:
    height, width = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(height * sin + width * cos), int(height * cos + width * sin)
    matrix[0, 2] += new_w / 2 - width / 2
    matrix[1, 2] += new_h / 2 - height / 2
    return cv2.warpAffine(
        gray, matrix, (new_w, new_h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255)
    )


_Detector = Callable[[Image], list[str]]


def _classic(gray: Image) -> list[str]:
    detector = cv2.QRCodeDetector()
    try:
        ok, texts, _points, _ = detector.detectAndDecodeMulti(gray)
    except cv2.error as exc:
        log.debug("QRCodeDetector failed on %s: %s", gray.shape, exc)
        ok, texts = False, ()
    found = [t for t in texts if t] if ok else []
    if not found:
        try:
            text, _points, _ = detector.detectAndDecode(gray)
        except cv2.error as exc:
            log.debug("QRCodeDetector single failed on %s: %s", gray.shape, exc)
            text = ""
        if text:
            found = [text]
    return found


def _aruco(gray: Image) -> list[str]:
    detector = cv2.QRCodeDetectorAruco()
    try:
        ok, texts, _points, _ = detector.detectAndDecodeMulti(gray)
    except cv2.error as exc:
        log.debug("QRCodeDetectorAruco failed on %s: %s", gray.shape, exc)
        return []
    return [t for t in texts if t] if ok else []


def _locate(gray: Image) -> list[npt.NDArray[np.float32]]:
    """Candidate QR quadrilaterals, even where decoding failed (blur): both detectors."""
    quads: list[npt.NDArray[np.float32]] = []
    for detector in (cv2.QRCodeDetectorAruco(), cv2.QRCodeDetector()):
        try:
            ok, points = detector.detectMulti(gray)
        except cv2.error as exc:
            log.debug("QR locate failed on %s: %s", gray.shape, exc)
            continue
        if ok and points is not None:
            quads += [quad.astype(np.float32) for quad in np.asarray(points).reshape(-1, 4, 2)]
    return quads


def _crops(gray: Image) -> Iterator[Image]:
    """The neighbourhood of each located QR, so thresholds and sharpening adapt to the code
    alone rather than to the whole page."""
    height, width = gray.shape[:2]
    for quad in _locate(gray):
        low, high = quad.min(axis=0), quad.max(axis=0)
        size = float(max(high - low))
        if not 20 <= size <= 2 * max(height, width):
            continue
        margin = 0.25 * size
        x0, y0 = (max(int(v - margin), 0) for v in low)
        x1, y1 = int(min(high[0] + margin, width)), int(min(high[1] + margin, height))
        if x1 - x0 > 20 and y1 - y0 > 20:
            yield gray[y0:y1, x0:x1]


def _crop_variants(crop: Image) -> Iterator[tuple[str, Image]]:
    """Blur-recovery on a small crop: enlarge, unsharp-mask at a few strengths, binarize."""
    for scale in (1, 2, 3, 4):
        big = (
            crop
            if scale == 1
            else cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        )
        yield f"x{scale}", big
        for sigma in (1.5, 3.0):
            blurred = cv2.GaussianBlur(big, (0, 0), sigma * scale)
            sharp = cv2.addWeighted(big, 2.5, blurred, -1.5, 0)
            yield f"x{scale}-sharp{sigma}", sharp
            _, binary = cv2.threshold(sharp, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
            yield f"x{scale}-sharp{sigma}-otsu", binary


def _attempts(gray: Image) -> Iterator[tuple[str, Image, _Detector]]:
    """Cheap first: most clean scans and photos are read by the first one or two."""
    long_side = max(gray.shape[:2])
    work = _resize_long_side(gray, WORK_SIZE) if long_side > WORK_SIZE else gray
    # The ArUco-based detector is the faster and surer of the two on flat scans; the
    # classic one reads some rotations and slants the other misses.
    yield "aruco", work, _aruco
    yield "classic", work, _classic
    if work is not gray:
        yield "classic-full", gray, _classic
    # Small QR in a small picture, or a blurred one: enlarge, then sharpen.
    for size in (2400, 1000):
        if size != long_side:
            yield f"classic-{size}", _resize_long_side(gray, size), _classic
    # Out-of-focus photos: find the code, then work on its crop alone.
    for index, crop in enumerate(_crops(work)):
        for name, variant in _crop_variants(crop):
            yield f"crop{index}-{name}-classic", variant, _classic
            yield f"crop{index}-{name}-aruco", variant, _aruco
    sharp = _sharpen(work)
    yield "sharp-classic", sharp, _classic
    yield "sharp-aruco", sharp, _aruco
    yield "adaptive-classic", _binarize(work), _classic
    otsu = _otsu(work)
    yield "otsu-classic", otsu, _classic
    yield "otsu-aruco", otsu, _aruco
    # The finder-pattern search struggles near 45 degrees; turning the picture helps.
    for degrees in (30, 45, 60):
        yield f"rot{degrees}-classic", _rotate(work, degrees), _classic
        yield f"rot{degrees}-aruco", _rotate(work, degrees), _aruco
    small = _resize_long_side(work, 800)
    yield "small-classic", small, _classic
    yield "small-aruco", _sharpen(small), _aruco


def decode_qr(image: ImageInput) -> list[str]:
    """Every QR text found in the picture (duplicates removed, in the order found).

    Returns an empty list when nothing can be read; raises ValidationError
    "media.qr_image_unreadable" for data that is not a picture.
    """
    gray = _gray(load_image(image))
    for name, candidate, detector in _attempts(gray):
        texts = detector(candidate)
        if texts:
            log.debug("QR read by attempt %s", name)
            return list(dict.fromkeys(texts))
    return []


def read_document_qrs(image: ImageInput) -> list[QrPayload]:
    """All ServiceBay document payloads in the picture (e.g. two pages side by side)."""
    texts = decode_qr(image)
    payloads: list[QrPayload] = []
    first_error: ValidationError | None = None
    for text in texts:
        try:
            payloads.append(parse_payload(text))
        except ValidationError as exc:
            first_error = first_error or exc
    if payloads:
        return payloads
    if first_error is not None:
        # A QR was read but it is someone else's (a parts label, a payment code).
        raise first_error
    raise ValidationError("media.qr_not_found")


def read_document_qr(image: ImageInput) -> QrPayload:
    """The payload of the document in the picture (P4, D4: attach a signed paper copy).

    Raises ValidationError "media.qr_not_found" when no QR is readable, "printing.bad_qr"
    when the QR is not one of ours, "media.qr_image_unreadable" for a corrupt file.
    """
    return read_document_qrs(image)[0]
