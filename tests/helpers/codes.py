"""Packaging codes rendered for tests (issue 8 item 4): a QR code with OpenCV's encoder and an
EAN-13 barcode drawn from its bar pattern, as a scanner or the bay camera would see them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cv2
import numpy as np

_L = ("0001101", "0011001", "0010011", "0111101", "0100011",
      "0110001", "0101111", "0111011", "0110111", "0001011")  # fmt: skip
_G = ("0100111", "0110011", "0011011", "0100001", "0011101",
      "0111001", "0000101", "0010001", "0001001", "0010111")  # fmt: skip
_R = ("1110010", "1100110", "1101100", "1000010", "1011100",
      "1001110", "1010000", "1000100", "1001000", "1110100")  # fmt: skip
_PARITY = ("LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
           "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL")  # fmt: skip


def ean13_check(digits12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits12))
    return str((10 - total % 10) % 10)


def ean13_image(digits12: str, module: int = 4, height: int = 160) -> Any:
    code = digits12 + ean13_check(digits12)
    bits = "101"
    for i, d in enumerate(code[1:7]):
        bits += (_L if _PARITY[int(code[0])][i] == "L" else _G)[int(d)]
    bits += "01010"
    for d in code[7:]:
        bits += _R[int(d)]
    bits += "101"
    quiet = 12
    width = (len(bits) + 2 * quiet) * module
    image = np.full((height + 40, width), 255, np.uint8)
    for i, bit in enumerate(bits):
        if bit == "1":
            x = (quiet + i) * module
            image[20 : 20 + height, x : x + module] = 0
    return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)


def qr_image(text: str, module: int = 8) -> Any:
    qr = cv2.QRCodeEncoder.create().encode(text)
    qr = cv2.copyMakeBorder(qr, 4, 4, 4, 4, cv2.BORDER_CONSTANT, value=255)
    qr = cv2.resize(
        qr, (qr.shape[1] * module, qr.shape[0] * module), interpolation=cv2.INTER_NEAREST
    )
    return cv2.cvtColor(qr, cv2.COLOR_GRAY2BGR)


def packaging_frame(code_image: Any, size: tuple[int, int] = (640, 480)) -> Any:
    """A packaging label: the code on a cardboard-coloured frame, as the bay camera sees it."""
    width, height = size
    frame = np.full((height, width, 3), (150, 185, 205), np.uint8)
    h, w = code_image.shape[:2]
    y, x = (height - h) // 2, (width - w) // 2
    frame[y : y + h, x : x + w] = code_image
    return frame


def packaging_clip(path: Path, code_image: Any, frames: int = 40, fps: float = 10.0) -> Path:
    """An mp4v clip of the packaging (the fake bay camera plays it like a camera)."""
    frame = packaging_frame(code_image)
    writer = cv2.VideoWriter(
        str(path), cv2.VideoWriter_fourcc(*"mp4v"), fps, (frame.shape[1], frame.shape[0])
    )
    for _ in range(frames):
        writer.write(frame)
    writer.release()
    return path
