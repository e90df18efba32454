"""PDF generation time and scan (QR decode) time, clean against degraded photos (issue 11).

    .venv/bin/python benchmarks/printing.py [--runs N] [--dpi 200] [--load N] [--zxing DIR]

Prints medians over N runs. The degraded photos are made here from the app's own rendered
confirmation sheet: rotation, perspective, blur, low light, JPEG, page curl, a pen stroke
across the QR, a photocopy, a partial crop, a 12 MP phone photo sharp and blurred. For each:
decoded or not, median and worst decode time; then the time to give up on pictures without a
readable QR, and `python -m app scan` as a whole process against a real workshop database.

Figures depend on the machine and its load, so each is also printed as a ratio against a
baseline measured in the same run: decodes against one ArUco detection on the clean page at
the working size (the cheapest attempt there is), the scan process against a bare
`python -c "import cv2"` process (interpreter and OpenCV: the floor of any scan). With
--load N, N busy processes spin on the CPU for the whole run ("even under load").
With --baseline-tree DIR (an earlier source tree, e.g. `git archive COMMIT | tar -x -C DIR`)
the decodes, give-ups and the scan process are also measured with that tree's code in the
same run, and the ratio new/old is printed.
With --zxing DIR (a directory holding the zxing-cpp package, e.g. from
`pip install --target DIR zxing-cpp`) the same pictures are also read by zxing-cpp, to decide
whether a second decoder would help.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
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


def curl(page: Picture, depth: float = 0.035) -> Picture:
    """A page lying curled: rows bend along a half sine across the width (the header rises)."""
    height, width = page.shape[:2]
    xs, ys = np.meshgrid(np.arange(width, dtype=np.float32), np.arange(height, dtype=np.float32))
    bend = depth * height * np.sin(np.pi * xs / width)
    squeeze = 1 + 0.04 * np.cos(np.pi * xs / width)
    map_y = ys + bend.astype(np.float32)
    map_x = (xs - width / 2) * squeeze.astype(np.float32) + width / 2
    return cv2.remap(page, map_x, map_y, cv2.INTER_LINEAR, borderValue=DESK)


def low_light(page: Picture) -> Picture:
    rng = np.random.default_rng(7)
    dark = page.astype(np.float32) * 0.3 + rng.normal(0, 6, page.shape)
    return np.clip(dark, 0, 255).astype(np.uint8)


def photocopy(page: Picture) -> Picture:
    """Second-generation copy: grey, hard contrast, toner speckle, slightly skewed."""
    rng = np.random.default_rng(3)
    gray = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY).astype(np.float32)
    gray = np.clip((gray - 60) * 1.6, 0, 255)
    gray = cv2.GaussianBlur(gray, (0, 0), 1.0)
    speckle = rng.random(gray.shape) < 0.004
    gray[speckle] = 0
    copy = cv2.cvtColor(gray.astype(np.uint8), cv2.COLOR_GRAY2BGR)
    return rotate(copy, 1.5)


def qr_box_px(payload: str, dpi: int) -> tuple[int, int, int, int]:
    from app.printing.layout import qr_code_corners_mm

    corners = qr_code_corners_mm(payload)
    px = dpi / 25.4
    return (
        int(corners[0][0] * px),
        int(corners[0][1] * px),
        int(corners[2][0] * px),
        int(corners[2][1] * px),
    )


def pen_over_qr(page: Picture, payload: str, dpi: int) -> Picture:
    """A signature stroke swept across the code: a 1.2 mm ball-pen line, ~11% of the code."""
    x0, y0, x1, y1 = qr_box_px(payload, dpi)
    out = page.copy()
    px = dpi / 25.4
    xs = np.linspace(x0 - 10 * px, x1 + 5 * px, 80)
    ys = (y0 + y1) / 2 + (y1 - y0) * 0.3 * np.sin(np.linspace(0, 2.2 * np.pi, 80))
    pts = np.stack([xs, ys], axis=1).astype(np.int32)
    cv2.polylines(out, [pts], False, (60, 30, 20), max(2, int(1.2 * px * 2.2)), cv2.LINE_AA)
    return out


def partial_crop(page: Picture, payload: str, dpi: int) -> Picture:
    """Only the top-right part of the page, cut close to the code (into the quiet zone)."""
    x0, y0, x1, y1 = qr_box_px(payload, dpi)
    margin = int(1.5 * dpi / 25.4)
    return page[
        max(0, y0 - margin) : y1 + 40 * dpi // 25, max(0, x0 - 60 * dpi // 25) : x1 + margin
    ]


def degraded(page: Picture, payload: str, dpi: int) -> dict[str, Picture | bytes]:
    desk = on_desk(page)
    twelve_mp = cv2.resize(rotate(desk, 4), (3000, 4000), interpolation=cv2.INTER_CUBIC)
    return {
        "clean scan": page,
        "photo on desk": desk,
        "rotated 7 deg": rotate(desk, 7),
        "rotated 45 deg": rotate(desk, 45),
        "rotated 90 deg": cv2.rotate(desk, cv2.ROTATE_90_CLOCKWISE),
        "perspective": perspective(desk),
        "blur 2.0": cv2.GaussianBlur(desk, (0, 0), 2.0),
        "low light": low_light(desk),
        "jpeg q30": jpeg(desk, 30),
        "curl": curl(desk),
        "pen over QR": pen_over_qr(page, payload, dpi),
        "photocopy": photocopy(page),
        "partial crop": partial_crop(page, payload, dpi),
        "all at once": jpeg(cv2.GaussianBlur(rotate(perspective(desk), 7), (0, 0), 1.2), 40),
        "12 MP phone photo": jpeg(twelve_mp, 85),
        "12 MP blurred photo": jpeg(cv2.GaussianBlur(twelve_mp, (0, 0), 3.0), 85),
    }


def zxing_reader(directory: str | None) -> Callable[[Picture | bytes], list[str]] | None:
    if not directory:
        return None
    sys.path.insert(0, directory)
    try:
        import zxingcpp  # type: ignore[import-not-found]  # optional, measured only
    except ImportError:
        print(f"(zxing-cpp not importable from {directory})")
        return None

    def read(picture: Picture | bytes) -> list[str]:
        if isinstance(picture, bytes):
            picture = cv2.imdecode(np.frombuffer(picture, np.uint8), cv2.IMREAD_COLOR)
        return [r.text for r in zxingcpp.read_barcodes(picture) if r.text]

    return read


def timed(action: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    times: list[float] = []
    result: Any = None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times), result


def unreadable(page: Picture, payload: str, dpi: int) -> dict[str, Picture | bytes]:
    """Pictures a search must give up on: a page whose QR is cut off, the same as a 12 MP
    photo, a blurred one, and plain desk texture (noise) at phone size."""
    blank = page.copy()
    x0, _y0, _x1, y1 = qr_box_px(payload, dpi)
    blank[: y1 + 20, x0 - 40 :] = 255
    no_qr = on_desk(blank)
    rng = np.random.default_rng(11)
    noise = cv2.GaussianBlur(rng.integers(0, 255, (3000, 4000), dtype=np.uint8), (0, 0), 1.5)
    return {
        "page without QR": no_qr,
        "12 MP without QR": jpeg(
            cv2.resize(no_qr, (3000, 4000), interpolation=cv2.INTER_CUBIC), 85
        ),
        "blurred without QR": cv2.GaussianBlur(no_qr, (0, 0), 2.5),
        "12 MP noise": jpeg(noise, 85),
    }


def baseline_decoder(tree: str) -> Callable[[Picture | bytes], list[str]] | None:
    """`decode_qr` of an earlier source tree, loaded beside this one."""
    if not tree:
        return None
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "baseline_qr", Path(tree) / "app" / "media" / "qr.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["baseline_qr"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    decode: Callable[[Picture | bytes], list[str]] = module.decode_qr
    return decode


def sign_into_box(page: Picture, payload: str, dpi: int) -> None:
    """A pen signature in the page's signing space (as the tests draw it)."""
    from app.printing import parse_payload
    from app.printing.layout import signing_space_mm

    top = parse_payload(payload).signature_top
    assert top is not None
    x0, y0, _x1, _y1 = signing_space_mm(top)
    px = dpi / 25.4
    xs = np.linspace(x0 + 8, x0 + 60, 60)
    ys = y0 + 7.5 + 4 * np.sin(np.linspace(0, 5 * np.pi, 60))
    stroke = (np.stack([xs, ys], axis=1) * px).astype(np.int32)
    cv2.polylines(page, [stroke], False, (90, 40, 20), max(2, round(0.5 * px)), cv2.LINE_AA)


def spin() -> None:  # pragma: no cover - a load generator
    while True:
        pass


def start_load(count: int) -> list[Any]:
    import multiprocessing

    workers = [multiprocessing.Process(target=spin, daemon=True) for _ in range(count)]
    for worker in workers:
        worker.start()
    return workers


def reception_lines(ctx: Any, case_id: str) -> list[str]:
    from sqlalchemy import select

    from app.store.models import EstimateLine

    with ctx.reading() as session:
        return list(
            session.execute(select(EstimateLine.id).where(EstimateLine.case_id == case_id))
            .scalars()
            .all()
        )


def workshop(data_dir: Path) -> tuple[str, Path, str]:
    """A set-up workshop with one case awaiting signature and its printed confirmation sheet
    (so `scan` runs the whole way: decode, database, version match)."""
    from app.domain.lifecycle import Decision
    from app.domain.roles import Role
    from app.services import appointments, reception
    from app.services.customers import AssetInput, CustomerInput
    from app.services.documents import print_document
    from app.services.reception import LineInput
    from app.services.setup import open_workstation, set_up_dealer
    from app.services.staff import add_staff, list_staff, login

    ctx = open_workstation(data_dir)
    set_up_dealer(
        ctx, dealer_code="BM01", dealer_name="基准测试售后服务中心", workstation_name="前台",
        admin_name="管理员", admin_pin="0000",
    )  # fmt: skip
    admin = login(ctx, list_staff(ctx)[0].id, "0000")
    add_staff(ctx, admin, name="王芳", roles=(Role.ADVISOR,), pin="1111")
    advisor_row = next(s for s in list_staff(ctx) if s.name == "王芳")
    advisor = login(ctx, advisor_row.id, "1111")
    case_id = appointments.walk_in(
        ctx, advisor,
        customer=CustomerInput(name="王伟", phone="13800138000"),
        asset=AssetInput(kind="vehicle", brand="广汽本田", model="雅阁", plate="粤B·D12345"),
        fault_description="刹车时有尖锐摩擦声",
    ).case_id  # fmt: skip
    reception.start_inspection(ctx, advisor, case_id)
    for kind, code in (("labor", "L-BRAKE-F"), ("part", "45022-TBA-A01")):
        reception.add_line(ctx, advisor, case_id, LineInput(kind=kind, code=code, reason="磨损"))
    reception.finish_estimate(ctx, advisor, case_id)
    for line_id in reception_lines(ctx, case_id):
        reception.decide(ctx, advisor, line_id, Decision.APPROVED)
    reception.request_signature(ctx, advisor, case_id)
    printed = print_document(ctx, advisor, case_id, "confirmation", data_dir / "sheet.pdf")
    ctx.db.dispose()
    return printed.order_no, printed.path, printed.payloads[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--load", type=int, default=0, help="busy processes during the run")
    parser.add_argument("--zxing", default=os.environ.get("BAY_ZXING_DIR", ""))
    parser.add_argument("--baseline-tree", default="", help="earlier source tree to compare")
    args = parser.parse_args()
    old_decode = baseline_decoder(args.baseline_tree)
    register_cjk_font()  # font discovery once, as in the app; not part of each PDF's time
    zxing = zxing_reader(args.zxing)
    load = start_load(args.load)
    print(f"load: {args.load} busy process(es); machine load average {os.getloadavg()[0]:.1f}")

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
        sheet: RenderedDocument | None = None
        for name, render in renders.items():
            seconds, rendered = median_seconds(render, args.runs)
            size_kb = rendered.path.stat().st_size / 1024
            print(
                f"  {name:32s} {seconds * 1000:8.1f} ms  {rendered.page_count} page(s)  "
                f"{size_kb:6.1f} KiB"
            )
            if name.startswith("confirmation sheet (5"):
                sheet = rendered
        assert sheet is not None
        payload = sheet.payloads[0]

        prefix = tmp / "page"
        subprocess.run(
            ["pdftoppm", "-r", str(args.dpi), "-png", "-singlefile", str(sheet.path), str(prefix)],
            check=True,
        )
        page = cv2.imread(f"{prefix}.png", cv2.IMREAD_COLOR)
        assert page is not None

        # Baseline: one ArUco detection on the clean page at the working size.
        from app.media.qr import WORK_SIZE, _aruco, _gray, _resize_long_side

        work = _resize_long_side(_gray(page), WORK_SIZE)
        floor, _worst, _ = timed(partial(_aruco, work), args.runs)
        print(
            f"\nBaseline: one ArUco detection on the clean page at {WORK_SIZE} px: "
            f"{floor * 1000:.0f} ms"
        )

        pictures = degraded(page, payload, args.dpi)
        print(f"\nScan decode (A4 page at {args.dpi} dpi), {args.runs} runs: median / worst")
        header = f"  {'picture':20s} {'app':4s} {'median':>9s} {'worst':>9s} {'x base':>7s}"
        header += "   old: median  worst  new/old" if old_decode else ""
        print(header + ("   zxing-cpp" if zxing else ""))
        medians: list[float] = []
        read = 0
        for name, picture in pictures.items():
            median, worst, texts = timed(partial(decode_qr, picture), args.runs)
            medians.append(median)
            ok = payload in texts
            read += ok
            line = (
                f"  {name:20s} {'ok ' if ok else 'FAIL'} {median * 1000:7.0f} ms "
                f"{worst * 1000:7.0f} ms {median / floor:6.1f}x"
            )
            if old_decode:
                o_median, o_worst, o_texts = timed(partial(old_decode, picture), args.runs)
                line += (
                    f"   {'ok ' if payload in o_texts else 'FAIL'} {o_median * 1000:5.0f} "
                    f"{o_worst * 1000:6.0f} ms {median / o_median:5.2f}"
                )
            if zxing:
                z_median, _z_worst, z_texts = timed(partial(zxing, picture), args.runs)
                line += f"   {'ok ' if payload in z_texts else 'FAIL'} {z_median * 1000:6.0f} ms"
            print(line)
        print(
            f"  decoded {read}/{len(pictures)}; median of medians "
            f"{statistics.median(medians) * 1000:.0f} ms, worst median {max(medians) * 1000:.0f} ms"
        )

        print("\nGive up on a picture without a readable QR (goal: within 2 s)")
        give_ups: list[float] = []
        for name, picture in unreadable(page, payload, args.dpi).items():
            median, worst, texts = timed(partial(decode_qr, picture), args.runs)
            assert not texts
            give_ups.append(worst)
            line = (
                f"  {name:20s} median {median:.2f} s, worst {worst:.2f} s "
                f"({median / floor:.0f}x base)"
            )
            if old_decode:
                o_median, o_worst, _ = timed(partial(old_decode, picture), args.runs)
                line += (
                    f"; old median {o_median:.2f} s, worst {o_worst:.2f} s, "
                    f"new/old {median / o_median:.2f}"
                )
            print(line)
        print(f"  worst of all: {max(give_ups):.2f} s")

        order_no, pdf, sheet_payload = workshop(tmp / "data")
        subprocess.run(
            ["pdftoppm", "-r", str(args.dpi), "-png", "-singlefile", str(pdf), str(prefix)],
            check=True,
        )
        real_page = cv2.imread(f"{prefix}.png", cv2.IMREAD_COLOR)
        assert real_page is not None
        photo = tmp / "photo.jpg"
        photo.write_bytes(jpeg(rotate(on_desk(real_page), 4), 85))
        sign_into_box(real_page, sheet_payload, args.dpi)
        signed_photo = tmp / "signed.jpg"
        signed_photo.write_bytes(jpeg(rotate(on_desk(real_page), 4), 85))
        root = Path(__file__).resolve().parents[1]

        def scan_command(*extra: str) -> list[str]:
            return [sys.executable, "-m", "app", "--data-dir", str(tmp / "data"), "scan", *extra]

        cpu: dict[str, list[float]] = {}

        def run(
            cmd: list[str], tree: Path = root, key: str = ""
        ) -> subprocess.CompletedProcess[str]:
            env = dict(os.environ, PYTHONPATH=str(tree), QT_QPA_PLATFORM="offscreen")
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            done = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            cpu.setdefault(key, []).append(used)
            return done

        def cpu_of(key: str) -> float:
            return statistics.median(cpu[key])

        found = run(scan_command(str(photo)))
        assert found.returncode == 0, found.stderr
        assert order_no in found.stdout, found.stdout
        bare_median, bare_worst, _ = timed(
            partial(run, [sys.executable, "-c", "import cv2"], key="bare"), args.runs
        )
        median, worst, _ = timed(partial(run, scan_command(str(photo)), key="new"), args.runs)
        print(
            f"\n`python -m app scan PHOTO` as a whole process (decode, database, version match):"
            f"\n  median {median:.2f} s, worst {worst:.2f} s, CPU {cpu_of('new'):.2f} s; "
            f"bare `python -c 'import cv2'` median {bare_median:.2f} s, worst {bare_worst:.2f} s, "
            f"CPU {cpu_of('bare'):.2f} s; ratio {median / bare_median:.1f}x"
        )
        if args.baseline_tree:
            tree = Path(args.baseline_tree).resolve()
            o_median, o_worst, _ = timed(
                partial(run, scan_command(str(photo)), tree, "old"), args.runs
            )
            print(
                f"  old tree: median {o_median:.2f} s, worst {o_worst:.2f} s, "
                f"CPU {cpu_of('old'):.2f} s; new/old wall {median / o_median:.2f}, "
                f"CPU {cpu_of('new') / cpu_of('old'):.2f}"
            )
        started = time.perf_counter()
        signed = run(scan_command(str(signed_photo), "--attach"))
        print(
            f"  `scan --attach` of the signed page once (exit {signed.returncode}, "
            f"{signed.stdout.strip().splitlines()[-1] if signed.stdout.strip() else signed.stderr.strip()}): "
            f"{time.perf_counter() - started:.2f} s"
        )
    for worker in load:
        worker.terminate()


if __name__ == "__main__":
    main()
