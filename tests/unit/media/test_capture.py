"""CaptureSession with a real file source, real cv2 encoding and a real store."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.domain.errors import EnvironmentFault, NotFound, UserError, ValidationError
from app.media.capture import CaptureSession, RecordingFinished
from app.media.sources import FileSource, Frame
from app.media.store import MediaStore, probe_video

from .conftest import CLIP_FPS, CLIP_SIZE


class Events:
    """Collects one event kind from any thread; waits without sleeping."""

    def __init__(self) -> None:
        self.items: list[object] = []
        self.threads: list[str] = []
        self._cond = threading.Condition()

    def __call__(self, item: object) -> None:
        with self._cond:
            self.items.append(item)
            self.threads.append(threading.current_thread().name)
            self._cond.notify_all()

    def wait(self, count: int = 1, timeout: float = 20.0) -> list[object]:
        with self._cond:
            assert self._cond.wait_for(lambda: len(self.items) >= count, timeout), self.items
            return list(self.items)


@pytest.fixture
def session(demo_clip: Path, store: MediaStore) -> Iterator[CaptureSession]:
    capture = CaptureSession(FileSource(demo_clip, loop=True, realtime=True), store)
    capture.start()
    yield capture
    capture.stop()


def _read_back(store: MediaStore, sha: str) -> list[np.ndarray]:
    capture = cv2.VideoCapture(str(store.path_of(sha)))
    frames = []
    while True:
        ok, image = capture.read()
        if not ok:
            break
        frames.append(image)
    capture.release()
    return frames


def test_preview_delivers_the_newest_frame(session: CaptureSession) -> None:
    events = Events()
    session.frame_ready.connect(events)
    first = session.wait_for_frame()
    later = session.wait_for_frame(after=session.frames_delivered + 2)
    assert later.index > first.index
    assert session.latest() is not None
    assert later.size == CLIP_SIZE
    received = events.wait(2)
    assert all(isinstance(f, Frame) for f in received)
    assert set(events.threads) == {f"media-capture {session.source.name}"}  # not the caller
    assert session.is_running
    assert session.error is None


def test_photo_while_recording(session: CaptureSession, store: MediaStore) -> None:
    finished = Events()
    session.recording_finished.connect(finished)
    session.wait_for_frame()
    session.start_recording(max_seconds=30)
    assert session.is_recording
    photos = []
    for _ in range(3):
        before = session.frames_delivered
        photos.append(session.take_photo())
        # The preview kept running: new frames arrive after each photo.
        session.wait_for_frame(after=before + 1)
    clip = session.stop_recording()
    assert not session.is_recording
    for photo in photos:
        image = cv2.imdecode(np.frombuffer(store.read_bytes(photo.sha256), np.uint8), 1)
        assert image.shape == (240, 320, 3)
        assert (photo.mime, photo.width, photo.height) == ("image/jpeg", 320, 240)
        assert store.verify(photo.sha256)
    assert len({p.sha256 for p in photos}) == 3  # three different moments
    frames = _read_back(store, clip.sha256)
    assert len(frames) > 0
    assert clip.mime == "video/mp4"
    assert (clip.width, clip.height) == CLIP_SIZE
    assert store.verify(clip.sha256)
    (event,) = finished.wait()
    assert isinstance(event, RecordingFinished)
    assert event.ref == clip
    assert event.reason == "stopped"
    assert not event.partial
    assert finished.threads == ["media-recording-writer"]
    assert list(store.temp_dir.iterdir()) == []


def test_recording_length_matches_its_frames(demo_clip: Path, store: MediaStore) -> None:
    # Not paced: frames come as fast as cv2 decodes, and max_seconds counts frames at the
    # source's rate, so the clip has exactly 1.5 s x 20 fps = 30 frames.
    finished = Events()
    with CaptureSession(FileSource(demo_clip, realtime=False), store) as session:
        session.recording_finished.connect(finished)
        session.wait_for_frame()
        session.start_recording(max_seconds=1.5)
        (event,) = finished.wait()
        assert isinstance(event, RecordingFinished)
        assert event.reason == "max_length"
        assert not session.is_recording
        assert session.stop_recording() == event.ref  # collects the clip that ended by itself
        with pytest.raises(ValidationError):
            session.stop_recording()
    frames = event.frames + event.dropped_frames
    assert frames == 30
    # The clip states the real span of its frames (unpaced: shorter than frames / fps); the
    # file itself plays its frames at the source's rate.
    assert 0 < event.ref.duration_s <= round(event.frames / CLIP_FPS, 3)
    info = probe_video(store.path_of(event.ref.sha256))
    assert info["frames"] == event.frames == len(_read_back(store, event.ref.sha256))
    assert info["duration_s"] == round(event.frames / CLIP_FPS, 3)


def test_recorded_frames_are_the_source_frames(demo_clip: Path, store: MediaStore) -> None:
    seen: dict[int, np.ndarray] = {}
    finished = Events()
    session = CaptureSession(FileSource(demo_clip, realtime=True), store)
    session.frame_ready.connect(lambda frame: seen.setdefault(frame.index, frame.image))
    session.recording_finished.connect(finished)
    with session:  # every frame from the first one on is in `seen`
        session.wait_for_frame()
        session.start_recording(max_seconds=0.5)
        (event,) = finished.wait()
    assert isinstance(event, RecordingFinished)
    recorded = _read_back(store, event.ref.sha256)
    assert len(recorded) == event.frames == 10 - event.dropped_frames
    assert event.dropped_frames == 0  # 320x240 at 20 fps is far within the encoder's speed

    def difference(a: np.ndarray, b: np.ndarray) -> float:
        # Blurred, so the demo's sensor noise does not drown the motion between frames.
        blur_a, blur_b = cv2.GaussianBlur(a, (7, 7), 0), cv2.GaussianBlur(b, (7, 7), 0)
        return float(np.abs(blur_a.astype(int) - blur_b.astype(int)).mean())

    def closest(image: np.ndarray) -> int:
        return min(seen, key=lambda index: difference(seen[index], image))

    # The clip is consecutive preview frames, in order, none missing or repeated.
    first = closest(recorded[0])
    assert [closest(image) for image in recorded] == list(range(first, first + len(recorded)))


def test_start_and_stop_errors(session: CaptureSession) -> None:
    with pytest.raises(ValidationError) as caught:
        session.stop_recording()
    assert caught.value.code == "media.not_recording"
    session.wait_for_frame()
    session.start_recording()
    with pytest.raises(ValidationError) as again:
        session.start_recording()
    assert again.value.code == "media.already_recording"
    assert "正在录像" in again.value.message("zh_CN")
    session.stop_recording()


def test_nothing_before_the_camera_delivers(demo_clip: Path, store: MediaStore) -> None:
    session = CaptureSession(FileSource(demo_clip), store)
    assert session.latest() is None
    for action in (session.take_photo, session.start_recording):
        with pytest.raises(EnvironmentFault) as caught:
            action()
        assert caught.value.code == "media.no_frame"


def test_open_failure_is_reported(tmp_path: Path, store: MediaStore) -> None:
    failed = Events()
    session = CaptureSession(FileSource(tmp_path / "missing.mp4"), store)
    session.open_failed.connect(failed)
    session.start()
    (error,) = failed.wait()
    assert isinstance(error, NotFound)
    assert error.code == "media.file_not_found"
    with pytest.raises(NotFound):
        session.wait_for_frame()
    assert not session.is_running
    assert session.error is error
    session.stop()


@pytest.mark.expect_log_errors("listener of frame_ready failed")
def test_a_failing_listener_does_not_stop_capture(
    session: CaptureSession, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(frame: Frame) -> None:
        raise RuntimeError("widget already deleted")

    session.frame_ready.connect(broken)
    with caplog.at_level(logging.ERROR, logger="app.media.capture"):
        first = session.wait_for_frame()
        later = session.wait_for_frame(after=session.frames_delivered + 3)
    assert later.index > first.index
    assert "listener of frame_ready failed" in caplog.text
    session.frame_ready.disconnect(broken)


def test_stop_finalizes_a_running_recording(demo_clip: Path, store: MediaStore) -> None:
    finished = Events()
    session = CaptureSession(FileSource(demo_clip), store)
    session.recording_finished.connect(finished)
    session.start()
    session.wait_for_frame()
    session.start_recording()
    session.wait_for_frame(after=session.frames_delivered + 3)
    session.stop()
    (event,) = finished.wait()
    assert isinstance(event, RecordingFinished)
    assert event.reason == "stopped"
    assert len(_read_back(store, event.ref.sha256)) == event.frames > 0
    assert not session.is_running


def test_disk_too_full_to_start_a_recording(session: CaptureSession, store: MediaStore) -> None:
    session.wait_for_frame()
    session.min_free_bytes = 1 << 62  # more than any disk has: the real free-space check says no
    with pytest.raises(EnvironmentFault) as caught:
        session.start_recording()
    assert caught.value.code == "media.disk_full"
    assert str(store.root) in caught.value.message("en")
    assert not session.is_recording


def test_recording_cut_short_by_a_filling_disk(session: CaptureSession, store: MediaStore) -> None:
    finished = Events()
    session.recording_finished.connect(finished)
    session.wait_for_frame()
    session.start_recording()
    session.wait_for_frame(after=session.frames_delivered + 2)
    session.min_free_bytes = 1 << 62  # the disk "fills" while recording
    (event,) = finished.wait()
    assert isinstance(event, RecordingFinished)
    assert event.reason == "disk_full"
    assert event.partial
    assert len(_read_back(store, event.ref.sha256)) == event.frames > 0  # kept and playable
    message = event.message("zh_CN")
    assert message is not None
    assert "已保存" in message
    assert session.stop_recording() == event.ref
    assert session.is_running  # the preview goes on


def test_user_error_messages_exist_for_session_errors() -> None:
    # Issue 7 item 6: the environment's fault is told, but it is not the user's fault.
    assert not isinstance(EnvironmentFault("media.no_frame"), UserError)
    assert "尚未送出画面" in EnvironmentFault("media.no_frame").message("zh_CN")
