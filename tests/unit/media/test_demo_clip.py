"""The generated demo clip that plays the camera in demo mode and tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.media.demo_clip import demo_frame, ensure_demo_clip
from app.media.store import probe_video


def test_frames_are_deterministic_and_move() -> None:
    first = demo_frame(7, size=(320, 240))
    assert first.shape == (240, 320, 3)
    assert first.dtype == np.uint8
    assert np.array_equal(first, demo_frame(7, size=(320, 240)))
    assert not np.array_equal(first, demo_frame(8, size=(320, 240)))
    assert first.std() > 20  # a picture, not a flat colour


def test_clip_is_made_once(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "demo.mp4"
    assert ensure_demo_clip(path, seconds=1.0, fps=10.0, size=(160, 120)) == path
    info = probe_video(path)
    assert (info["frames"], info["width"], info["height"], info["duration_s"]) == (
        10,
        160,
        120,
        1.0,
    )
    mtime = path.stat().st_mtime_ns
    ensure_demo_clip(path, seconds=1.0, fps=10.0, size=(160, 120))
    assert path.stat().st_mtime_ns == mtime
    assert [p.name for p in path.parent.iterdir()] == ["demo.mp4"]  # no temporaries left


def test_a_damaged_clip_is_made_again(tmp_path: Path) -> None:
    path = tmp_path / "demo.mp4"
    path.write_bytes(b"half a clip")
    ensure_demo_clip(path, seconds=0.5, fps=10.0, size=(160, 120))
    assert probe_video(path)["frames"] == 5


def test_appliance_subject() -> None:
    washer = demo_frame(3, size=(320, 240), subject="appliance")
    assert np.array_equal(washer, demo_frame(3, size=(320, 240), subject="appliance"))
    car = demo_frame(3, size=(320, 240))
    assert np.abs(washer.astype(int) - car.astype(int)).mean() > 20  # a different picture
