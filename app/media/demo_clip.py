"""A generated demo clip that stands in for a bay camera (demo mode and tests).

Drawn frame by frame with OpenCV, no download and no committed binary, and deterministic: the
same arguments give the same pictures. It shows a car's side in a workshop bay with a scratch on
the front door under a moving highlight, a slight hand-held sway, and a running timestamp, so
preview, photos, recording and markup all have something realistic to work on. With
``subject="appliance"`` it shows a washing machine's front with a dent in its side panel
instead (appliance dealers' intake).
"""

from __future__ import annotations

import math
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, cast

import cv2
import numpy as np
import numpy.typing as npt

from app.media.store import probe_video

DEMO_SECONDS = 6.0
DEMO_FPS = 20.0
DEMO_SIZE = (640, 480)

Subject = Literal["car", "appliance"]

_MARGIN = 0.08  # the drawn scene is larger than the frame so the sway never shows an edge
_START = (9 * 3600) + (30 * 60)  # the clock in the picture starts at 09:30:00


def ensure_demo_clip(
    path: str | os.PathLike[str],
    *,
    seconds: float = DEMO_SECONDS,
    fps: float = DEMO_FPS,
    size: tuple[int, int] = DEMO_SIZE,
    subject: Subject = "car",
) -> Path:
    """Make the demo clip at ``path`` (mp4v .mp4) unless a complete one is already there.

    Written to a temporary beside it and renamed, so an interrupted run never leaves a
    half-written clip that a later run would take as complete. An existing clip counts as
    complete when its frame count and size match; use a different path per ``subject``.
    """
    target = Path(path)
    frames = max(1, round(seconds * fps))
    if target.is_file():
        info = probe_video(target)
        if info.get("frames") == frames and (info.get("width"), info.get("height")) == size:
            return target
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.stem}.{os.getpid()}.tmp{target.suffix or '.mp4'}")
    writer = cv2.VideoWriter(str(temp), cv2.VideoWriter.fourcc(*"mp4v"), fps, size)
    try:
        if not writer.isOpened():
            raise OSError(f"cannot write the demo clip {temp} (mp4v encoder unavailable)")
        for index in range(frames):
            writer.write(demo_frame(index, fps=fps, size=size, subject=subject))
    finally:
        writer.release()
    try:
        with temp.open("rb+") as file:
            os.fsync(file.fileno())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return target


def write_demo_sequence(
    directory: str | os.PathLike[str],
    count: int,
    *,
    fps: float = DEMO_FPS,
    size: tuple[int, int] = DEMO_SIZE,
    subject: Subject = "car",
) -> Path:
    """Write ``count`` demo frames as PNG files and return the pattern (``demo_%04d.png``)
    that `FileSource` reads as an image sequence."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        image = demo_frame(index, fps=fps, size=size, subject=subject)
        cv2.imwrite(str(folder / f"demo_{index:04d}.png"), image)
    return folder / "demo_%04d.png"


def demo_frame(
    index: int,
    *,
    fps: float = DEMO_FPS,
    size: tuple[int, int] = DEMO_SIZE,
    subject: Subject = "car",
) -> npt.NDArray[np.uint8]:
    """Frame ``index`` of the demo clip (BGR)."""
    width, height = size
    t = index / fps
    scene, scratch = (_appliance_scene if subject == "appliance" else _scene)(width, height)
    margin_x = round(width * _MARGIN / 2)
    margin_y = round(height * _MARGIN / 2)
    dx = margin_x + round(margin_x * 0.8 * math.sin(2 * math.pi * t / 5.0))
    dy = margin_y + round(margin_y * 0.6 * math.sin(2 * math.pi * t / 3.1))
    frame = scene[dy : dy + height, dx : dx + width].copy()
    # Moving highlight along the scratch: where the advisor's torch would be.
    (x1, y1), (x2, y2) = scratch
    phase = (math.sin(2 * math.pi * t / 2.0) + 1) / 2
    hx = round(x1 + (x2 - x1) * phase) - dx
    hy = round(y1 + (y2 - y1) * phase) - dy
    radius = max(6, width // 22)
    overlay = frame.copy()
    cv2.circle(overlay, (hx, hy), radius, (80, 230, 255), -1, cv2.LINE_AA)
    cv2.addWeighted(overlay, 0.35, frame, 0.65, 0, dst=frame)
    cv2.circle(frame, (hx, hy), radius, (0, 200, 255), max(1, width // 320), cv2.LINE_AA)
    # Sensor noise, seeded by the frame index: realistic JPEG sizes, same bytes every run.
    noise = np.random.default_rng(index).integers(-3, 4, size=frame.shape, dtype=np.int16)
    frame = np.clip(frame.astype(np.int16) + noise, 0, 255).astype(np.uint8)
    _stamp(frame, t, index)
    return cast(npt.NDArray[np.uint8], frame)


def _stamp(frame: npt.NDArray[Any], t: float, index: int) -> None:
    height, width = frame.shape[:2]
    clock = _START + t
    text = (
        f"BAY CAM 1  2026-01-01 {int(clock // 3600):02d}:{int(clock % 3600 // 60):02d}:"
        f"{clock % 60:05.2f}  #{index:04d}"
    )
    scale = width / 1100
    thickness = max(1, round(width / 480))
    (tw, th), base = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, scale, thickness)
    x, y = round(width * 0.02), height - round(height * 0.03)
    cv2.rectangle(frame, (x - 4, y - th - 6), (x + tw + 4, y + base + 2), (20, 20, 20), -1)
    cv2.putText(
        frame, text, (x, y), cv2.FONT_HERSHEY_SIMPLEX, scale, (235, 235, 235), thickness,
        cv2.LINE_AA,
    )  # fmt: skip
    if int(t * 2) % 2 == 0:  # blinking REC-style dot: a live camera look
        cv2.circle(frame, (width - round(width * 0.05), round(height * 0.06)), max(3, width // 90),
                   (40, 40, 230), -1, cv2.LINE_AA)  # fmt: skip


@lru_cache(maxsize=4)
def _scene(
    width: int, height: int
) -> tuple[npt.NDArray[np.uint8], tuple[tuple[int, int], tuple[int, int]]]:
    """The static bay with the car, drawn once per size, plus the scratch's end points."""
    sw, sh = round(width * (1 + _MARGIN)), round(height * (1 + _MARGIN))
    scene = np.zeros((sh, sw, 3), np.uint8)
    # Wall and floor: vertical gradients with a floor line.
    floor_y = round(sh * 0.72)
    wall = np.linspace(200, 150, floor_y, dtype=np.float32)[:, None]
    scene[:floor_y] = np.stack([wall * 0.95, wall * 0.97, wall], axis=-1).astype(np.uint8)
    floor = np.linspace(95, 60, sh - floor_y, dtype=np.float32)[:, None]
    scene[floor_y:] = np.stack([floor, floor * 1.02, floor * 1.05], axis=-1).astype(np.uint8)
    for k in range(0, sw, max(8, sw // 12)):  # floor tiles converge slightly
        cv2.line(scene, (k, floor_y), (round((k - sw / 2) * 1.4 + sw / 2), sh), (70, 72, 75), 1)
    cv2.rectangle(scene, (0, round(sh * 0.08)), (sw, round(sh * 0.11)), (40, 170, 230), -1)

    def p(x: float, y: float) -> tuple[int, int]:
        return round(x * sw), round(y * sh)

    body_colour = (150, 90, 40)  # BGR steel blue
    body = np.array(
        [p(0.10, 0.66), p(0.10, 0.52), p(0.17, 0.47), p(0.33, 0.44), p(0.42, 0.31),
         p(0.66, 0.30), p(0.77, 0.43), p(0.89, 0.46), p(0.91, 0.55), p(0.90, 0.66)],
        np.int32,
    )  # fmt: skip
    shadow = body.copy()
    shadow[:, 1] = np.clip(shadow[:, 1] + round(sh * 0.02), 0, sh - 1)
    cv2.fillPoly(scene, [shadow], (45, 45, 45), cv2.LINE_AA)
    cv2.fillPoly(scene, [body], body_colour, cv2.LINE_AA)
    cv2.polylines(scene, [body], True, (90, 50, 20), max(1, sw // 400), cv2.LINE_AA)
    # Highlight band along the shoulder line.
    cv2.line(scene, p(0.13, 0.50), p(0.88, 0.48), (200, 140, 90), max(1, sh // 160), cv2.LINE_AA)
    windows = [
        np.array([p(0.35, 0.44), p(0.43, 0.33), p(0.53, 0.33), p(0.53, 0.44)], np.int32),
        np.array([p(0.55, 0.44), p(0.55, 0.33), p(0.65, 0.33), p(0.74, 0.44)], np.int32),
    ]
    cv2.fillPoly(scene, windows, (70, 50, 40), cv2.LINE_AA)
    for door_x in (0.34, 0.54, 0.75):
        cv2.line(scene, p(door_x, 0.44), p(door_x, 0.64), (95, 55, 25), max(1, sw // 500))
    for handle_x in (0.45, 0.64):
        cv2.rectangle(scene, p(handle_x, 0.485), p(handle_x + 0.035, 0.50), (200, 200, 200), -1)
    for cx in (0.24, 0.77):  # wheels: tyre, rim and spokes
        centre, r = p(cx, 0.66), round(sh * 0.095)
        cv2.circle(scene, centre, round(r * 1.15), (60, 60, 60), -1, cv2.LINE_AA)  # arch
        cv2.circle(scene, centre, r, (25, 25, 25), -1, cv2.LINE_AA)
        cv2.circle(scene, centre, round(r * 0.6), (175, 175, 180), -1, cv2.LINE_AA)
        for k in range(5):
            angle = 2 * math.pi * k / 5
            end = (
                round(centre[0] + r * 0.58 * math.cos(angle)),
                round(centre[1] + r * 0.58 * math.sin(angle)),
            )
            cv2.line(scene, centre, end, (120, 120, 125), max(1, r // 8), cv2.LINE_AA)
    cv2.ellipse(scene, p(0.895, 0.5), (max(2, sw // 90), max(2, sh // 60)), 0, 0, 360,
                (120, 220, 250), -1, cv2.LINE_AA)  # fmt: skip
    # The damage: a jagged, lighter scratch across the front door.
    points = np.array(
        [p(0.39, 0.545), p(0.42, 0.55), p(0.45, 0.548), p(0.48, 0.556), p(0.51, 0.552)],
        np.int32,
    )
    cv2.polylines(scene, [points], False, (215, 205, 200), max(1, sh // 200), cv2.LINE_AA)
    cv2.polylines(
        scene, [points + np.array([0, 2], np.int32)], False, (110, 75, 45), 1, cv2.LINE_AA
    )
    start, end = (int(points[0][0]), int(points[0][1])), (int(points[-1][0]), int(points[-1][1]))
    scene.flags.writeable = False  # cached and shared between frames
    return scene, (start, end)


@lru_cache(maxsize=4)
def _appliance_scene(
    width: int, height: int
) -> tuple[npt.NDArray[np.uint8], tuple[tuple[int, int], tuple[int, int]]]:
    """A washing machine's front at a service point, with a dent in its side panel."""
    sw, sh = round(width * (1 + _MARGIN)), round(height * (1 + _MARGIN))
    scene = np.zeros((sh, sw, 3), np.uint8)
    floor_y = round(sh * 0.86)
    wall = np.linspace(215, 180, floor_y, dtype=np.float32)[:, None]
    scene[:floor_y] = np.stack([wall * 0.92, wall * 0.98, wall], axis=-1).astype(np.uint8)
    scene[floor_y:] = (120, 130, 140)

    def p(x: float, y: float) -> tuple[int, int]:
        return round(x * sw), round(y * sh)

    line = max(1, sw // 400)
    cv2.rectangle(scene, p(0.27, 0.10), p(0.75, 0.90), (60, 60, 60), -1)  # shadow
    cv2.rectangle(scene, p(0.25, 0.08), p(0.73, 0.88), (238, 238, 236), -1)  # cabinet
    cv2.rectangle(scene, p(0.25, 0.08), p(0.73, 0.88), (170, 170, 170), line)
    cv2.rectangle(scene, p(0.25, 0.08), p(0.73, 0.22), (215, 215, 212), -1)  # control panel
    cv2.line(scene, p(0.25, 0.22), p(0.73, 0.22), (160, 160, 160), line)
    cv2.rectangle(scene, p(0.29, 0.11), p(0.39, 0.17), (90, 60, 30), -1)  # detergent drawer
    cv2.rectangle(scene, p(0.47, 0.12), p(0.58, 0.18), (40, 40, 40), -1)  # display
    cv2.putText(scene, "1:25", (p(0.48, 0.17)), cv2.FONT_HERSHEY_SIMPLEX, sw / 1400,
                (80, 240, 120), max(1, sw // 500), cv2.LINE_AA)  # fmt: skip
    cv2.circle(scene, p(0.66, 0.15), round(sh * 0.04), (180, 180, 180), -1, cv2.LINE_AA)  # knob
    cv2.circle(scene, p(0.66, 0.15), round(sh * 0.04), (120, 120, 120), line, cv2.LINE_AA)
    centre = p(0.49, 0.53)
    cv2.circle(scene, centre, round(sh * 0.23), (200, 200, 200), -1, cv2.LINE_AA)  # door ring
    cv2.circle(scene, centre, round(sh * 0.23), (140, 140, 140), line, cv2.LINE_AA)
    cv2.circle(scene, centre, round(sh * 0.17), (95, 80, 70), -1, cv2.LINE_AA)  # glass
    cv2.ellipse(scene, (centre[0] - round(sh * 0.05), centre[1] - round(sh * 0.06)),
                (round(sh * 0.06), round(sh * 0.025)), -35, 0, 360, (170, 160, 150), -1,
                cv2.LINE_AA)  # reflection  # fmt: skip
    cv2.rectangle(scene, p(0.27, 0.84), p(0.71, 0.87), (200, 200, 198), -1)  # kick plate
    # The damage: a dent near the right edge, shaded dark below a bright crease.
    dent = p(0.68, 0.62)
    axes = (round(sw * 0.025), round(sh * 0.05))
    cv2.ellipse(scene, dent, axes, 10, 0, 360, (190, 190, 188), -1, cv2.LINE_AA)
    cv2.ellipse(scene, dent, axes, 10, 200, 340, (250, 250, 250), max(1, sh // 200), cv2.LINE_AA)
    cv2.ellipse(scene, dent, axes, 10, 20, 160, (140, 140, 138), max(1, sh // 200), cv2.LINE_AA)
    start, end = p(0.68, 0.57), p(0.68, 0.67)
    scene.flags.writeable = False
    return scene, (start, end)
