"""Issue 7 leftover: a recorded clip states its real duration, from the frames' own
timestamps, not frames written over the camera's stated rate (a tablet camera that says 20 fps
and delivers 10 showed "9.5 s" after 5 s of recording)."""

from __future__ import annotations

import threading
from pathlib import Path
from types import TracebackType
from typing import Self

import numpy as np

from app.media.capture import CaptureSession, RecordingFinished
from app.media.sources import Frame
from app.media.store import MediaStore

STATED_FPS = 20.0
REAL_STEP = 0.1  # the camera really delivers 10 frames a second


class SlowCamera:
    """A camera that states 20 fps but stamps its frames 0.1 s apart (synthetic clock, so the
    figures are exact whatever the machine's speed)."""

    def __init__(self, frames: int) -> None:
        self.frames = frames
        self.index = 0
        self.opened = False
        self.go = threading.Event()

    @property
    def name(self) -> str:
        return "slow"

    @property
    def fps(self) -> float:
        return STATED_FPS

    @property
    def size(self) -> tuple[int, int]:
        return (64, 48)

    @property
    def is_open(self) -> bool:
        return self.opened

    def open(self) -> None:
        self.opened = True

    def read(self) -> Frame | None:
        if self.index > 0:
            self.go.wait(5)
        if self.index >= self.frames:
            return None
        image = np.full((48, 64, 3), self.index % 255, dtype=np.uint8)
        image.flags.writeable = False
        frame = Frame(image, 1000.0 + self.index * REAL_STEP, self.index)
        self.index += 1
        return frame

    def close(self) -> None:
        self.opened = False

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def test_clip_duration_is_the_real_span_of_its_frames(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media")
    camera = SlowCamera(frames=51)
    session = CaptureSession(camera, store, min_free_bytes=0)
    done: list[RecordingFinished] = []
    session.recording_finished.connect(done.append)
    with session:
        session.wait_for_frame()
        session.start_recording(max_seconds=60)
        camera.go.set()
        while camera.index < camera.frames:
            session.wait_for_frame(after=camera.index - 1)
        clip = session.stop_recording()
    frames = done[0].frames
    assert frames >= 2
    # Not frames / 20 fps (half the real time): the frames' own span plus one frame.
    expected = round(REAL_STEP * (frames - 1) + 1 / done[0].fps, 3)
    assert clip.duration_s == expected
    assert clip.duration_s != round(frames / STATED_FPS, 3)
