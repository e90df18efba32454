"""Read the QR code of a printed document from a photo or scan.

Paper comes back as phone photos: rotated by any angle, seen at a slant, slightly out of
focus, JPEG-compressed, or as a flat-bed scan of 1-10 megapixels. OpenCV's detectors each fail
on some of these, so `decode_qr` tries a ladder of cheap-to-expensive attempts and stops at
the first that reads something: the classic detector and the ArUco-based one on the
grayscale image at a working size, then resized, sharpened, binarized and rotated variants.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from app.domain.errors import NotFound, ValidationError
from app.domain.messages import register
from app.printing.payload import REFERENCE_SCHEME, QrPayload, parse_payload

__all__ = [
    "ImageInput",
    "LocatedQr",
    "decode_qr",
    "load_image",
    "locate_document_qr",
    "read_document_qr",
    "read_document_qrs",
]

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
        "media.qr_image_empty": (
            "文件是空的（{name}）：请重新拍摄或选择其他文件。",
            "The file is empty ({name}): take the picture again or choose another file.",
        ),
        "media.qr_image_pdf": (
            "这是 PDF 文件，不是照片（{name}）：请拍照或扫描成图片（JPEG、PNG）后再识别。",
            "This is a PDF file, not a photo ({name}): take a picture or scan the page to "
            "an image (JPEG, PNG) and try again.",
        ),
        "media.qr_image_too_large": (
            "图片太大（{megapixels} 百万像素，{name}）：请用不超过 {limit} 百万像素的照片。",
            "The picture is too large ({megapixels} megapixels, {name}): use a photo of at "
            "most {limit} megapixels.",
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
"""Largest picture decoded at all (a 50 MP phone photo is read at half size)."""
_REDUCE_ABOVE = 20_000_000
"""Pictures above this are decoded at reduced size (JPEG decodes at 1/2 or 1/4 natively)."""
GIVE_UP_SECONDS = 1.2
"""CPU seconds after which the attempt ladder stops: a page without a QR is refused in under
2 s; GIVE_UP_WALL bounds the wall-clock time as well."""
GIVE_UP_WALL = 1.3
"""Wall-clock seconds from the start of reading the picture (loading included). An attempt
that the budget cannot afford, judged by what earlier attempts of this search cost per pixel
(so a busy machine is taken into account), is skipped rather than started: the last attempt
does not run past the deadline (issue 11: give up within 2 s even under load)."""
_REDUCE_JPEG_ABOVE = 6_000_000
"""JPEGs above this (and at least twice the working size long) are decoded at half size by
the JPEG decoder itself: a 12 MP phone photo becomes 3 MP, a quarter of the pixels to decode,
convert and search, and the half size is still at least the working size."""


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


def _dimensions(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG or JPEG header, without decoding the picture."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if not data.startswith(b"\xff\xd8"):
        return None
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            index += 1
            continue
        marker = data[index + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
            index += 1 if marker == 0xFF else 2
            continue
        length = int.from_bytes(data[index + 2 : index + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height = int.from_bytes(data[index + 5 : index + 7], "big")
            width = int.from_bytes(data[index + 7 : index + 9], "big")
            return width, height
        index += 2 + length
    return None


def _decode_bytes(data: bytes, name: str) -> Image:
    label = name or "-"
    if not data:
        raise ValidationError("media.qr_image_empty", name=label)
    if data.lstrip()[:5] == b"%PDF-":
        raise ValidationError("media.qr_image_pdf", name=label)
    flags = cv2.IMREAD_COLOR
    size = _dimensions(data)
    if size is not None:
        pixels = size[0] * size[1]
        if pixels > _MAX_PIXELS:
            raise ValidationError(
                "media.qr_image_too_large",
                name=label,
                megapixels=round(pixels / 1e6),
                limit=_MAX_PIXELS // 1_000_000,
            )
        if pixels > _REDUCE_ABOVE or (
            pixels > _REDUCE_JPEG_ABOVE
            and max(size) >= 2 * WORK_SIZE
            and data.startswith(b"\xff\xd8")
        ):
            flags = cv2.IMREAD_REDUCED_GRAYSCALE_2
    buffer = np.frombuffer(data, dtype=np.uint8)
    decoded = cv2.imdecode(buffer, flags) if buffer.size else None
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


Transform = npt.NDArray[np.float64]
"""3x3 matrix taking a point of an attempt's picture back to the original picture."""


def _scale(factor_x: float, factor_y: float) -> Transform:
    return np.array([[factor_x, 0, 0], [0, factor_y, 0], [0, 0, 1]], dtype=np.float64)


def _back(original: Image, derived: Image) -> Transform:
    """Undo a resize of the whole picture."""
    return _scale(original.shape[1] / derived.shape[1], original.shape[0] / derived.shape[0])


def _rotate_back(gray: Image, degrees: float) -> Transform:
    matrix = _rotation(gray, degrees)
    full = np.vstack([matrix, [0, 0, 1]])
    return np.linalg.inv(full)


def _rotation(gray: Image, degrees: float) -> npt.NDArray[np.float64]:
    height, width = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(height * sin + width * cos), int(height * cos + width * sin)
    matrix[0, 2] += new_w / 2 - width / 2
    matrix[1, 2] += new_h / 2 - height / 2
    return np.asarray(matrix, dtype=np.float64)


def _rotate(gray: Image, degrees: float) -> Image:
    height, width = gray.shape[:2]
    matrix = _rotation(gray, degrees)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(height * sin + width * cos), int(height * cos + width * sin)
    return cv2.warpAffine(
        gray, matrix, (new_w, new_h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255)
    )


Found = list[tuple[str, npt.NDArray[np.float64] | None]]
"""QR texts with the code's four corners in the searched picture (None when unknown)."""
_Detector = Callable[[Image], Found]


def _pairs(texts: Any, points: Any) -> Found:
    """Texts with their corners; a code detected but not decoded comes as "" with its
    corners, so the search can read it from a crop without locating it again."""
    quads: Any = (
        np.asarray(points, dtype=np.float64).reshape(-1, 4, 2) if points is not None else []
    )
    found: Found = []
    for index, text in enumerate(texts):
        quad = quads[index] if index < len(quads) else None
        if text or quad is not None:
            found.append((text or "", quad))
    return found


def _classic(gray: Image) -> Found:
    detector = cv2.QRCodeDetector()
    try:
        ok, texts, points, _ = detector.detectAndDecodeMulti(gray)
    except cv2.error as exc:
        log.debug("QRCodeDetector failed on %s: %s", gray.shape, exc)
        ok, texts, points = False, (), None
    found = _pairs(texts, points) if ok else []
    if not any(text for text, _quad in found):
        try:
            text, points, _ = detector.detectAndDecode(gray)
        except cv2.error as exc:
            log.debug("QRCodeDetector single failed on %s: %s", gray.shape, exc)
            text = ""
        if text:
            found = _pairs([text], points)
    return found


def _aruco(gray: Image) -> Found:
    """Detect every code, then decode the large ones first: a page's own QR is the largest on
    it, and decoding the small QR of the forms a settlement sheet refers to (issue 9 item 2)
    costs more than finding them all. The small ones are decoded only when no large one
    reads (a parts label, a payment code: "not one of ours")."""
    detector = cv2.QRCodeDetectorAruco()
    try:
        ok, points = detector.detectMulti(gray)
    except cv2.error as exc:
        log.debug("QRCodeDetectorAruco failed on %s: %s", gray.shape, exc)
        return []
    if not ok or points is None:
        return []
    quads = np.asarray(points, dtype=np.float32).reshape(-1, 4, 2)
    sides = np.ptp(quads, axis=1).max(axis=1)
    large = sides >= 0.6 * float(sides.max())
    found: Found = []
    for group in (quads[large], quads[~large]):
        if not len(group):
            continue
        try:
            decoded, texts, _straight = detector.decodeMulti(gray, group)
        except cv2.error as exc:
            log.debug("QRCodeDetectorAruco decode failed on %s: %s", gray.shape, exc)
            continue
        found += _pairs(texts if decoded else [""] * len(group), group)
        if any(text for text, _quad in found):
            break
    return found


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


def _map(quad: npt.NDArray[np.floating[Any]], matrix: Transform) -> npt.NDArray[np.float64]:
    """Corners through a 3x3 transform (homogeneous coordinates)."""
    homogeneous = np.hstack([quad.astype(np.float64), np.ones((4, 1))]) @ matrix.T
    return np.asarray(homogeneous[:, :2] / homogeneous[:, 2:3], dtype=np.float64)


def _crops(gray: Image, quads: list[npt.NDArray[np.float32]]) -> Iterator[tuple[Image, Transform]]:
    """The neighbourhood of each QR found (on the working size) but not read, cut from the
    full-size picture (a pyramid: find small, read large), so thresholds and sharpening adapt
    to the code alone and a blurred code keeps every pixel it has."""
    height, width = gray.shape[:2]
    for quad in quads[:3]:
        low, high = quad.min(axis=0), quad.max(axis=0)
        size = float(max(high - low))
        if not 20 <= size <= 2 * max(height, width):
            continue
        margin = 0.25 * size
        x0, y0 = (max(int(v - margin), 0) for v in low)
        x1, y1 = int(min(high[0] + margin, width)), int(min(high[1] + margin, height))
        if x1 - x0 > 20 and y1 - y0 > 20:
            offset = np.array([[1, 0, x0], [0, 1, y0], [0, 0, 1]], dtype=np.float64)
            yield gray[y0:y1, x0:x1], offset


def _crop_variants(crop: Image) -> Iterator[tuple[str, Image, float]]:
    """Blur-recovery on a small crop: enlarge, unsharp-mask at a few strengths, binarize."""
    for scale in (1, 2, 3, 4):
        if scale > 1 and max(crop.shape[:2]) * scale > 1600:
            break  # a large crop has pixels enough; enlarging it only costs time
        big = (
            crop
            if scale == 1
            else cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        )
        yield f"x{scale}", big, scale
        for sigma in (1.5, 3.0):
            blurred = cv2.GaussianBlur(big, (0, 0), sigma * scale)
            sharp = cv2.addWeighted(big, 2.5, blurred, -1.5, 0)
            yield f"x{scale}-sharp{sigma}", sharp, scale
            _, binary = cv2.threshold(sharp, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
            yield f"x{scale}-sharp{sigma}-otsu", binary, scale


_IDENTITY = np.eye(3, dtype=np.float64)


class _Budget:
    """The give-up budget of one search: wall and CPU deadlines, and what each kind of
    attempt has cost per pixel so far in this search (it includes the machine's load)."""

    def __init__(self, started: float) -> None:
        self.wall_end = started + GIVE_UP_WALL
        self.cpu_end = time.process_time() + GIVE_UP_SECONDS
        self.rates: dict[str, float] = {}
        self.quads: list[npt.NDArray[np.float32]] = []
        """Codes detected but not decoded so far, in the searched picture's pixels."""

    def allows(self, kind: str, pixels: int) -> bool:
        remaining = self.wall_end - time.monotonic()
        if remaining <= 0 or time.process_time() > self.cpu_end:
            return False
        # A margin: the same detector costs more on a busier picture; a kind not run yet is
        # judged by the dearest one run so far, with a wider margin (the classic detector
        # and the locator can cost several times the ArUco one on texture).
        if kind in self.rates:
            return self.rates[kind] * pixels * 1.5 <= remaining
        return max(self.rates.values(), default=0.0) * pixels * 3 <= remaining

    def spent(self, kind: str, pixels: int, seconds: float) -> None:
        rate = seconds / max(pixels, 1)
        self.rates[kind] = max(self.rates.get(kind, 0.0), rate)

    @property
    def over(self) -> bool:
        return time.monotonic() > self.wall_end or time.process_time() > self.cpu_end


def _attempts(gray: Image, budget: _Budget) -> Iterator[tuple[str, Image, _Detector, Transform]]:
    """Cheap first: most clean scans and photos are read by the first one or two. Each
    attempt carries the transform from its picture back to `gray` (for the code's corners).
    Pyramid: detection runs on the working size; a code found but not read is then read from
    its crop of the full-size picture, before any full-size attempt."""
    long_side = max(gray.shape[:2])
    work = _resize_long_side(gray, WORK_SIZE) if long_side > WORK_SIZE else gray
    to_gray = _back(gray, work)
    # The ArUco-based detector is the faster and surer of the two on flat scans; the
    # classic one reads some rotations and slants the other misses.
    yield "aruco", work, _aruco, to_gray
    classic_first = not budget.quads  # nothing found yet: the other detector may read it
    if classic_first:
        yield "classic", work, _classic, to_gray
    # Out-of-focus photos: the code was found but not read; work on its crop alone (cheaper
    # than any whole-picture attempt). The detectors usually report the corners of a code
    # they could not decode; otherwise locate it.
    if not budget.quads and budget.allows("locate", work.size):
        started = time.monotonic()
        located = _locate(work)
        budget.spent("locate", work.size, time.monotonic() - started)
        budget.quads += [_map(quad, to_gray).astype(np.float32) for quad in located]
    # The classic decoder reads a sharpened crop most often: all its variants first, then the
    # ArUco one's (under load the budget may end before the second pass).
    for detector in (_classic, _aruco):
        suffix = "classic" if detector is _classic else "aruco"
        for index, (crop, offset) in enumerate(_crops(gray, budget.quads)):
            for name, variant, scale in _crop_variants(crop):
                back = offset @ _scale(1 / scale, 1 / scale)
                yield f"crop{index}-{name}-{suffix}", variant, detector, back
    if not classic_first:
        yield "classic", work, _classic, to_gray
    if work is not gray:
        yield "classic-full", gray, _classic, _IDENTITY
    # Small QR in a small picture: enlarge. (Each variant is made only while the budget
    # lasts: making it costs time too.)
    for size in (2400, 1000):
        if budget.over:
            return
        if size != long_side and budget.allows(
            "_classic", int(gray.size * (size / long_side) ** 2)
        ):
            resized = _resize_long_side(gray, size)
            yield f"classic-{size}", resized, _classic, _back(gray, resized)
    if budget.over:
        return
    sharp = _sharpen(work)
    yield "sharp-classic", sharp, _classic, to_gray
    yield "sharp-aruco", sharp, _aruco, to_gray
    yield "adaptive-classic", _binarize(work), _classic, to_gray
    if budget.over:
        return
    otsu = _otsu(work)
    yield "otsu-classic", otsu, _classic, to_gray
    yield "otsu-aruco", otsu, _aruco, to_gray
    # The finder-pattern search struggles near 45 degrees; turning the picture helps.
    for degrees in (30, 45, 60):
        if budget.over:
            return
        turned = _rotate(work, degrees)
        back = to_gray @ _rotate_back(work, degrees)
        yield f"rot{degrees}-classic", turned, _classic, back
        yield f"rot{degrees}-aruco", turned, _aruco, back
    if budget.over:
        return
    small = _resize_long_side(work, 800)
    yield "small-classic", small, _classic, _back(gray, small)
    yield "small-aruco", _sharpen(small), _aruco, _back(gray, small)


def _is_reference(text: str) -> bool:
    """The small QR of another form printed on a page: never the page's own, so the search
    goes on as if it had not been read."""
    return text.startswith(REFERENCE_SCHEME + "|")


MAX_SEARCH_SIDE = 3200
"""Pictures are searched at most this large: an A4 page still gets ~8 px per QR module, and a
50 MP photo does not spend the give-up budget on one full-size attempt."""


def _searchable(gray: Image) -> Image:
    if max(gray.shape[:2]) > MAX_SEARCH_SIDE:
        return _resize_long_side(gray, MAX_SEARCH_SIDE)
    return gray


def _search(gray: Image, started: float | None = None) -> Found:
    """Run the attempt ladder within the give-up budget (from `started`, a time.monotonic()
    taken before the picture was loaded, so loading counts too)."""
    budget = _Budget(time.monotonic() if started is None else started)
    for name, candidate, detector, back in _attempts(gray, budget):
        if budget.over:
            log.debug("QR search gave up before attempt %s", name)
            return []
        kind = detector.__name__
        if not budget.allows(kind, candidate.size):
            log.debug("QR search skipped attempt %s: over the remaining budget", name)
            continue
        attempt_started = time.monotonic()
        # The small QR of another form (a reference) is passed over, its place too.
        found = [(text, quad) for text, quad in detector(candidate) if not _is_reference(text)]
        budget.spent(kind, candidate.size, time.monotonic() - attempt_started)
        if not any(text for text, _quad in found):
            if not name.startswith("crop"):
                budget.quads += [
                    _map(q, back).astype(np.float32) for _t, q in found if q is not None
                ]
            continue
        log.debug("QR read by attempt %s", name)
        unique: dict[str, npt.NDArray[np.float64] | None] = {}
        for text, quad in found:
            if text and text not in unique:
                unique[text] = None if quad is None else _map(quad, back)
        return list(unique.items())
    return []


def decode_qr(image: ImageInput) -> list[str]:
    """Every QR text found in the picture (duplicates removed, in the order found), but the
    small QR of another form a page refers to (`SBREF|...`, never a page's own).

    Returns an empty list when nothing can be read; raises ValidationError
    "media.qr_image_unreadable" for data that is not a picture.
    """
    started = time.monotonic()
    return [text for text, _quad in _search(_searchable(_gray(load_image(image))), started)]


@dataclass(frozen=True)
class LocatedQr:
    """A document QR read from a picture, with the grayscale picture and the code's four
    corners in it (in the order the detector gave; `page_transform` orients them)."""

    payload: QrPayload
    gray: Image
    corners: npt.NDArray[np.float64] | None


def locate_document_qr(image: ImageInput) -> LocatedQr:
    """Like `read_document_qr`, keeping where the code is (for the signature-box check)."""
    started = time.monotonic()
    gray = _searchable(_gray(load_image(image)))
    found = _search(gray, started)
    first_error: ValidationError | None = None
    for text, quad in found:
        try:
            return LocatedQr(parse_payload(text), gray, quad)
        except ValidationError as exc:
            first_error = first_error or exc
    if first_error is not None:
        raise first_error
    raise ValidationError("media.qr_not_found")


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


# -- the signature box of a photographed page (P4) --------------------------------------------

PX_PER_MM = 8
"""Resolution of the rectified signing space."""
INK_MIN_FRACTION = 0.004
"""Share of the signing space that must be ink: a signature covers several per cent, a
speck of dust or JPEG noise far less."""


def _finder_score(square: Image, modules: int, corner: int) -> float:
    """How much a corner of the rectified code looks like a finder pattern (dark centre,
    light ring): the one corner without one is the code's bottom-right."""
    size = square.shape[0]
    module = size / modules
    centres = [
        (3.5, 3.5),
        (modules - 3.5, 3.5),
        (modules - 3.5, modules - 3.5),
        (3.5, modules - 3.5),
    ]
    cx, cy = (v * module for v in centres[corner])

    def mean(radius: float) -> float:
        r = max(1, int(radius * module))
        patch = square[int(cy) - r : int(cy) + r + 1, int(cx) - r : int(cx) + r + 1]
        return float(patch.mean()) if patch.size else 255.0

    centre = mean(1.0)
    ring = mean(2.5) * 25 - mean(1.5) * 9  # sums over squares; ring = 5x5 minus 3x3
    return ring / 16 - centre


def page_transform(
    located: LocatedQr, code_corners_mm: list[tuple[float, float]]
) -> npt.NDArray[np.float64] | None:
    """The homography from page millimetres (top-left origin) to the picture, from the code's
    corners; None when the corners are unknown. The detectors' corner order is not tied to
    the code's orientation, so the corner without a finder pattern fixes it."""
    if located.corners is None:
        return None
    quad = np.asarray(located.corners, dtype=np.float64)
    # Clockwise on screen (y down): positive shoelace area.
    area = sum(
        quad[i][0] * quad[(i + 1) % 4][1] - quad[(i + 1) % 4][0] * quad[i][1] for i in range(4)
    )
    if area < 0:
        quad = quad[::-1]
    modules = _modules_of(located.payload)
    size = modules * 8
    square_corners = np.array([[0, 0], [size, 0], [size, size], [0, size]], dtype=np.float64)
    to_square = cv2.getPerspectiveTransform(
        quad.astype(np.float32), square_corners.astype(np.float32)
    )
    square = cv2.warpPerspective(located.gray, to_square, (size, size), borderValue=255)
    scores = [_finder_score(square, modules, corner) for corner in range(4)]
    bottom_right = int(np.argmin(scores))
    ordered = np.array([quad[(bottom_right + 2 + i) % 4] for i in range(4)], dtype=np.float32)
    # The bottom-right corner has no finder pattern: detectors extrapolate it (several pixels
    # off). The three finder corners are real corners: refine them and use an affine map.
    finders: Any = ordered[[0, 1, 3]].reshape(-1, 1, 2).copy()
    window = max(2, min(6, int(np.linalg.norm(ordered[1] - ordered[0]) / modules / 2)))
    try:
        finders = cv2.cornerSubPix(
            located.gray,
            finders,
            (window, window),
            (-1, -1),
            (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_COUNT, 40, 0.01),
        )
    except cv2.error as exc:  # a corner at the picture's edge
        log.debug("cornerSubPix failed: %s", exc)
    page_points = np.asarray([code_corners_mm[i] for i in (0, 1, 3)], dtype=np.float32)
    affine = cv2.getAffineTransform(page_points, finders.reshape(3, 2).astype(np.float32))
    return np.vstack([np.asarray(affine, dtype=np.float64), [0.0, 0.0, 1.0]])


def _modules_of(payload: QrPayload) -> int:
    from app.printing.layout import QR_BORDER, _qr_matrix

    return len(_qr_matrix(payload.encode())) - 2 * QR_BORDER


def signature_ink(located: LocatedQr) -> float | None:
    """Share of the customer's signing space that holds ink, compared with the blank form
    (white inside the box); None when the page has no signature box or the code's position
    is unknown. The margin keeps the printed box lines out of the measure."""
    from app.printing.layout import qr_code_corners_mm, signing_space_mm

    top = located.payload.signature_top
    if top is None:
        return None
    homography = page_transform(located, qr_code_corners_mm(located.payload.encode()))
    if homography is None:
        return None
    x0, y0, x1, y1 = signing_space_mm(top)
    margin = 2.5
    x0, y0, x1, y1 = x0 + margin, y0 + margin, x1 - margin, y1 - margin
    scale = np.array([[PX_PER_MM, 0, 0], [0, PX_PER_MM, 0], [0, 0, 1]], dtype=np.float64)
    shift = np.array([[1, 0, x0], [0, 1, y0], [0, 0, 1]], dtype=np.float64)
    # rectified pixel -> page mm -> picture pixel
    mapping = homography @ shift @ np.linalg.inv(scale)
    width, height = int((x1 - x0) * PX_PER_MM), int((y1 - y0) * PX_PER_MM)
    patch = cv2.warpPerspective(
        located.gray,
        mapping,
        (width, height),
        flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
        borderMode=cv2.BORDER_REPLICATE,
    )
    paper = float(np.percentile(patch, 90))
    ink = patch < min(paper * 0.6, paper - 50)
    return float(ink.mean())


def box_holds_ink(located: LocatedQr) -> bool:
    fraction = signature_ink(located)
    return fraction is not None and fraction >= INK_MIN_FRACTION
