"""Read the part number off a part's packaging with the bay camera (W2, issue 8 item 4):
OpenCV's 1D barcode detector (EAN/UPC/Code 128…) and its QR detector on one frame. Qt-free;
called on a worker thread with the newest preview frame."""

from __future__ import annotations

import threading
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

_local = threading.local()


def _detectors() -> tuple[Any, Any]:
    """One detector pair per thread (OpenCV detectors are not thread-safe)."""
    found = getattr(_local, "detectors", None)
    if found is None:
        found = (cv2.barcode.BarcodeDetector(), cv2.QRCodeDetector())
        _local.detectors = found
    return found


def decode_packaging(image: npt.NDArray[Any]) -> list[str]:
    """Every code readable in the picture (QR codes first), without duplicates; [] if none."""
    if image is None or not image.size:
        return []
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    gray = np.ascontiguousarray(gray)
    barcodes, qr = _detectors()
    found: list[str] = []
    try:
        result = qr.detectAndDecodeMulti(gray)  # (ok, texts, points, straight)
        if result[0]:
            found.extend(t for t in result[1] if t)
    except cv2.error:
        pass
    if not found:
        try:
            text, _points, _straight = qr.detectAndDecode(gray)
            if text:
                found.append(text)
        except cv2.error:
            pass
    # The 1D detector looks for coherent gradients: a perfectly sharp print (a label seen
    # from close, a rendered image) has none between bars, so a light blur is tried too.
    for attempt in (gray, cv2.GaussianBlur(gray, (3, 3), 0)):
        try:
            texts = barcodes.detectAndDecodeWithType(attempt)[1]  # (ok, texts, types, points)
        except cv2.error:
            continue
        if texts:
            found.extend(t for t in texts if t)
            break
    unique: list[str] = []
    for text in found:
        if text not in unique:
            unique.append(text)
    return unique
