"""PDF generation time and scan (QR decode) time, clean against degraded photos.

    .venv/bin/python benchmarks/printing.py [--runs N] [--dpi 200]

Prints medians over N runs. The decode ratios are against the clean scan measured in the same
run, so they compare across machines.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from app.media.qr import decode_qr
from app.printing import (
    RenderedDocument,
    register_cjk_font,
    render_confirmation_sheet,
    render_settlement,
    render_work_order,
)
from app.printing.samples import many_lines, sample_estimate_document, sample_settlement_document

Picture = npt.NDArray[Any]
DESK = (70, 80, 90)


def median_seconds(action: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times: list[float] = []
    result: Any = None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def on_desk(page: Picture) -> Picture:
    pad = page.shape[1] // 10
    return cv2.copyMakeBorder(page, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=DESK)


def rotate(page: Picture, degrees: float) -> Picture:
    height, width = page.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    size = (int(height * sin + width * cos), int(height * cos + width * sin))
    matrix[0, 2] += size[0] / 2 - width / 2
    matrix[1, 2] += size[1] / 2 - height / 2
    return cv2.warpAffine(page, matrix, size, borderValue=DESK)


def perspective(page: Picture) -> Picture:
    height, width = page.shape[:2]
    src = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    dst = np.array(
        [[width * 0.10, height * 0.06], [width * 0.93, 0], [width, height], [0, height * 0.95]],
        dtype=np.float32,
    )
    matrix = cv2.getPerspectiveTransform(src, dst)
    return cv2.warpPerspective(page, matrix, (width, height), borderValue=DESK)


def jpeg(page: Picture, quality: int) -> bytes:
    ok, data = cv2.imencode(".jpg", page, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return data.tobytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dpi", type=int, default=200)
    args = parser.parse_args()
    register_cjk_font()  # font discovery once, as in the app; not part of each PDF's time

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        print(f"PDF generation, median of {args.runs} runs")
        renders: dict[str, Callable[[], RenderedDocument]] = {
            "work order (5 lines)": lambda: render_work_order(
                sample_estimate_document(), tmp / "wo.pdf"
            ),
            "confirmation sheet (5 lines)": lambda: render_confirmation_sheet(
                sample_estimate_document(), tmp / "cs.pdf"
            ),
            "settlement (4 lines)": lambda: render_settlement(
                sample_settlement_document(), tmp / "st.pdf"
            ),
            "confirmation sheet (60 lines)": lambda: render_confirmation_sheet(
                sample_estimate_document(lines=many_lines(60)), tmp / "long.pdf"
            ),
        }
        baseline = None
        sheet: RenderedDocument | None = None
        for name, render in renders.items():
            seconds, rendered = median_seconds(render, args.runs)
            baseline = baseline or seconds
            size_kb = rendered.path.stat().st_size / 1024
            print(
                f"  {name:32s} {seconds * 1000:8.1f} ms  {rendered.page_count} page(s)  "
                f"{size_kb:6.1f} KiB  x{seconds / baseline:.2f} vs work order"
            )
            if name.startswith("confirmation sheet (5"):
                sheet = rendered
        assert sheet is not None

        prefix = tmp / "page"
        subprocess.run(
            ["pdftoppm", "-r", str(args.dpi), "-png", "-singlefile", str(sheet.path), str(prefix)],
            check=True,
        )
        page = cv2.imread(f"{prefix}.png", cv2.IMREAD_COLOR)
        assert page is not None
        desk = on_desk(page)
        pictures: dict[str, Picture | bytes] = {
            "clean scan": page,
            "photo on desk": desk,
            "rotated 7 deg": rotate(desk, 7),
            "rotated 90 deg": cv2.rotate(desk, cv2.ROTATE_90_CLOCKWISE),
            "rotated 45 deg": rotate(desk, 45),
            "perspective": perspective(desk),
            "gaussian blur 1.5": cv2.GaussianBlur(desk, (0, 0), 1.5),
            "jpeg q40": jpeg(desk, 40),
            "all at once": jpeg(cv2.GaussianBlur(rotate(perspective(desk), 7), (0, 0), 1.2), 40),
            "12 MP phone photo": jpeg(
                cv2.resize(rotate(desk, 4), (3000, 4000), interpolation=cv2.INTER_CUBIC), 85
            ),
        }
        print(f"\nScan decode (A4 page at {args.dpi} dpi), median of {args.runs} runs")
        clean = None
        for name, picture in pictures.items():
            seconds, texts = median_seconds(partial(decode_qr, picture), args.runs)
            clean = clean or seconds
            ok = "ok " if texts == [sheet.payloads[0]] else "FAIL"
            print(f"  {name:20s} {ok} {seconds * 1000:8.1f} ms  x{seconds / clean:.2f} vs clean")


if __name__ == "__main__":
    main()
