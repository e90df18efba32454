"""Live capture: preview, photos and video clips from one `FrameSource`, off the GUI thread.

Threads (ARCHITECTURE.md "Threads"): a `CaptureSession` owns one *capture thread* that opens,
reads and closes the source and keeps only the newest frame (the preview shows now, never a
backlog). A recording adds a *writer thread* fed through a bounded queue, so encoding never
slows the preview: when the encoder cannot keep up, frames are dropped from the clip (counted),
never from the preview. A photo encodes the newest frame on the caller's thread while the
preview goes on.

Events are plain callables (``session.frame_ready.connect(callback)``); the UI wraps them in
Qt signals. Callbacks run on the thread named below, must be quick and must not touch widgets;
an exception in one is logged and does not stop capture.

- ``frame_ready(Frame)``: capture thread, every frame.
- ``camera_lost(CameraLostEvent)``: capture thread, once, after any cut-short recording was
  finalized and stored (``event.partial`` and ``event.clip`` say so).
- ``recording_finished(RecordingFinished)``: the recording's writer thread, once per recording,
  after the clip is in the store (also when `stop_recording` returns it).
- ``open_failed(ExpectedError)``: capture thread, when the source could not be opened.
"""

from __future__ import annotations

import logging
import queue
import shutil
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, Literal, Self, TypeVar

import cv2
import numpy.typing as npt

from app.domain.errors import EnvironmentFault, ExpectedError, ValidationError
from app.domain.messages import render
from app.media import messages as _messages  # noqa: F401  (registers the media.* codes)
from app.media.sources import CameraLost, Frame, FrameSource
from app.media.store import JPEG_QUALITY, MediaRef, MediaStore, encode_jpeg, probe_video

log = logging.getLogger(__name__)

T = TypeVar("T")

StopReason = Literal["stopped", "max_length", "camera_lost", "disk_full"]

MIN_FREE_BYTES = 64 * 1024 * 1024
"""Refuse to start, and end early, a recording with less free disk than this, so a full disk
cuts a clip cleanly (playable) instead of leaving an unreadable file and starving the database."""

_QUEUE_BYTES = 256 * 1024 * 1024
"""Upper bound of frames waiting for the encoder, whatever the resolution."""


class Listeners(Generic[T]):
    """A thread-safe list of callbacks for one event (connect/disconnect from any thread)."""

    def __init__(self, event: str) -> None:
        self.event = event
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[T], object]] = []

    def connect(self, callback: Callable[[T], object]) -> None:
        with self._lock:
            self._callbacks.append(callback)

    def disconnect(self, callback: Callable[[T], object]) -> None:
        with self._lock:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

    def emit(self, value: T) -> None:
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            try:
                callback(value)
            except Exception:
                # A broken listener (a closed window) must not kill capture or lose a clip.
                log.exception("listener of %s failed", self.event)


@dataclass(frozen=True)
class RecordingFinished:
    """A clip that is now in the store. ``partial``: cut short by a lost camera or full disk."""

    ref: MediaRef
    reason: StopReason
    frames: int
    dropped_frames: int
    fps: float

    @property
    def partial(self) -> bool:
        return self.reason in ("camera_lost", "disk_full")

    @property
    def seconds(self) -> float:
        return self.ref.duration_s or 0.0

    def message(self, lang: str = "zh_CN") -> str | None:
        """What to tell the user when the clip was cut short by a full disk (a lost camera is
        told through `CameraLostEvent.message`); None for a normal end."""
        if self.reason == "disk_full":
            return render("media.recording_cut_disk_full", lang, seconds=f"{self.seconds:.1f}")
        return None


@dataclass(frozen=True)
class CameraLostEvent:
    """The camera stopped delivering frames. ``partial`` is True when a recording was running:
    its clip up to the last frame is kept, playable and stored as ``clip``."""

    source_name: str
    error: CameraLost
    recording: RecordingFinished | None

    @property
    def partial(self) -> bool:
        return self.recording is not None

    @property
    def clip(self) -> MediaRef | None:
        return self.recording.ref if self.recording else None

    def message(self, lang: str = "zh_CN") -> str:
        if self.recording is not None:
            return render(
                "media.camera_lost_clip_kept",
                lang,
                name=self.source_name,
                seconds=f"{self.recording.seconds:.1f}",
            )
        return self.error.message(lang)


class _Recording:
    """One clip being written: bounded queue -> writer thread -> cv2.VideoWriter -> store."""

    def __init__(
        self,
        *,
        store: MediaStore,
        source_name: str,
        writer: cv2.VideoWriter,
        path: Path,
        fps: float,
        size: tuple[int, int],
        max_frames: int,
        free_floor: Callable[[], int],
        on_finished: Callable[[RecordingFinished], None],
    ) -> None:
        self._store = store
        self._source_name = source_name
        self._writer = writer
        self._path = path
        self.fps = fps
        self.size = size
        self.max_frames = max_frames
        self._free_floor = free_floor
        self._on_finished = on_finished
        frame_bytes = size[0] * size[1] * 3
        maxsize = max(8, min(round(fps * 4), _QUEUE_BYTES // max(1, frame_bytes)))
        self._queue: queue.Queue[Frame] = queue.Queue(maxsize=maxsize)
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self.reason: StopReason | None = None
        self.offered = 0
        self.dropped = 0
        self.written = 0
        # The real span of the clip (issue 7 leftover): the timestamps of the first and the
        # last frame written, so the duration is what was recorded, not frames / nominal fps.
        self.first_ts: float | None = None
        self.last_ts: float | None = None
        self.future: Future[RecordingFinished] = Future()
        self._thread = threading.Thread(
            target=self._run, name="media-recording-writer", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    @property
    def seconds(self) -> float:
        return self.offered / self.fps

    def offer(self, frame: Frame) -> None:
        """Capture thread: queue a frame without ever blocking the preview."""
        with self._lock:
            if self.reason is not None:
                return
            if self.offered >= self.max_frames:
                self._finish_locked("max_length")
                return
            self.offered += 1
            try:
                self._queue.put_nowait(frame)
            except queue.Full:
                self.dropped += 1

    def finish(self, reason: StopReason) -> bool:
        """Ask the writer to finalize; False when the recording was already ending."""
        with self._lock:
            return self._finish_locked(reason)

    def _finish_locked(self, reason: StopReason) -> bool:
        if self.reason is not None:
            return False
        self.reason = reason
        self._closing.set()
        return True

    def _run(self) -> None:
        try:
            try:
                self._write_frames()
            finally:
                self.finish("stopped")  # after a failure too: the capture thread stops feeding
                self._writer.release()
            result = self._store_clip()
        except ExpectedError as error:
            self.future.set_exception(error)
            return
        except (OSError, cv2.error) as exc:
            # The environment broke (encoder, disk): whoever waits in stop_recording is told so.
            log.warning("recording could not be finished: %s", exc)
            self.future.set_exception(EnvironmentFault("media.recording_failed", reason=str(exc)))
            return
        except Exception as exc:
            # Our bug: whoever waits gets the exception itself (it reaches the crash handler),
            # never a message that blames the environment (issue 7 item 6).
            log.exception("recording could not be finished")
            self.future.set_exception(exc)
            return
        finally:
            self._discard_temp()
        self.future.set_result(result)
        self._on_finished(result)

    def _write_frames(self) -> None:
        width, height = self.size
        check_every = max(1, round(self.fps))
        while True:
            try:
                frame = self._queue.get(timeout=0.05)
            except queue.Empty:
                if self._closing.is_set():
                    return
                continue
            image: npt.NDArray[Any] = frame.image
            if (image.shape[1], image.shape[0]) != (width, height):
                image = cv2.resize(image, (width, height))  # a network camera changed mode
            self._writer.write(image)
            self.written += 1
            if self.first_ts is None:
                self.first_ts = frame.timestamp
            self.last_ts = frame.timestamp
            if self.written % check_every == 0 and self._disk_nearly_full():
                log.warning("disk nearly full: recording ended early after %d frames", self.written)
                self.finish("disk_full")

    def _disk_nearly_full(self) -> bool:
        return shutil.disk_usage(self._store.temp_dir).free < self._free_floor()

    def _store_clip(self) -> RecordingFinished:
        reason = self.reason or "stopped"
        if self.written == 0:
            if reason == "camera_lost":
                raise CameraLost(self._source_name)
            raise EnvironmentFault("media.recording_empty")
        info = probe_video(self._path)
        if not info.get("frames"):
            raise EnvironmentFault("media.recording_failed", reason="unreadable mp4")
        ref = self._store.put_file(
            self._path,
            "video/mp4",
            move=True,
            width=self.size[0],
            height=self.size[1],
            duration_s=round(self.real_seconds(), 3),
        )
        return RecordingFinished(
            ref=ref, reason=reason, frames=self.written, dropped_frames=self.dropped, fps=self.fps
        )

    def real_seconds(self) -> float:
        """The wall-clock span of the frames written (plus one frame's time), never the count
        of frames over the nominal rate: a camera slower than its stated fps would otherwise
        report 9.5 s for a 5 s clip."""
        if self.first_ts is None or self.last_ts is None:
            return 0.0
        return max(0.0, self.last_ts - self.first_ts) + 1.0 / self.fps

    def _discard_temp(self) -> None:
        self._path.unlink(missing_ok=True)


class CaptureSession:
    """Preview, photos and recordings from one source; see the module docstring for threads.

    Events: ``frame_ready(Frame)``, ``camera_lost(CameraLostEvent)``,
    ``recording_finished(RecordingFinished)``, ``open_failed(ExpectedError)``.
    """

    def __init__(
        self,
        source: FrameSource,
        store: MediaStore,
        *,
        min_free_bytes: int = MIN_FREE_BYTES,
    ) -> None:
        self.source = source
        self.store = store
        self.min_free_bytes = min_free_bytes
        """Free disk needed to start a recording; a running one ends (kept) below a quarter."""
        self.frame_ready: Listeners[Frame] = Listeners("frame_ready")
        self.camera_lost: Listeners[CameraLostEvent] = Listeners("camera_lost")
        self.recording_finished: Listeners[RecordingFinished] = Listeners("recording_finished")
        self.open_failed: Listeners[ExpectedError] = Listeners("open_failed")
        self._state = threading.Condition()
        self._latest: Frame | None = None
        self._frames = 0
        self._stamps: deque[float] = deque(maxlen=64)
        self._running = False
        self._error: ExpectedError | None = None
        self._recording: _Recording | None = None
        self._record_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- life cycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Start capturing (returns at once; the source opens on the capture thread). Calling
        it again after the camera was lost reconnects."""
        with self._state:
            if self._thread is not None and self._thread.is_alive():
                return
            self._stop.clear()
            self._error = None
            self._running = True
            # After a reconnect the old picture and rate are stale: no photo of a frozen frame.
            self._latest = None
            self._stamps.clear()
            self._thread = threading.Thread(
                target=self._run, name=f"media-capture {self.source.name}", daemon=True
            )
            self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop capturing; a running recording is finalized and stored first (nothing lost)."""
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        recording = self._recording
        if recording is not None:
            recording.finish("stopped")
            try:
                recording.future.exception(timeout)
            except FutureTimeout:
                log.error("recording writer did not finish within %.0f s", timeout)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- state -------------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        with self._state:
            return self._running

    @property
    def error(self) -> ExpectedError | None:
        """What ended the session (CameraLost, an open failure), or None."""
        with self._state:
            return self._error

    @property
    def frames_delivered(self) -> int:
        with self._state:
            return self._frames

    @property
    def is_recording(self) -> bool:
        recording = self._recording
        return recording is not None and recording.reason is None

    @property
    def recording_seconds(self) -> float:
        """Length of the running (or last) recording so far, for the on-screen timer."""
        recording = self._recording
        return recording.seconds if recording is not None else 0.0

    @property
    def preview_fps(self) -> float | None:
        """Frames per second actually delivered over the last ~64 frames (None until a second
        of history exists)."""
        with self._state:
            if len(self._stamps) < 10:
                return None
            span = self._stamps[-1] - self._stamps[0]
            return (len(self._stamps) - 1) / span if span >= 1.0 else None

    def recording_fps(self) -> float:
        """The rate a clip is written at: the source's nominal rate, unless the camera really
        delivers clearly fewer frames (MJPEG streams claim 25, webcams in dim light halve their
        rate) — then the measured one, so the clip plays at true speed."""
        nominal = self.source.fps
        measured = self.preview_fps
        if measured is not None and measured < 0.9 * nominal:
            return round(max(1.0, measured), 2)
        return nominal

    def latest(self) -> Frame | None:
        """The newest frame (newest wins; older ones are gone)."""
        with self._state:
            return self._latest

    def wait_for_frame(self, timeout: float = 10.0, after: int = 0) -> Frame:
        """Block until more than ``after`` frames were delivered and return the newest. For
        workers, tests and benchmarks, never the GUI thread. Raises the session's error
        (CameraLost, open failure) or EnvironmentFault ``media.no_frame`` on timeout."""
        with self._state:
            self._state.wait_for(
                lambda: self._frames > after or self._error is not None or not self._running,
                timeout,
            )
            if self._frames > after and self._latest is not None:
                return self._latest
            if self._error is not None:
                raise self._error
            raise EnvironmentFault("media.no_frame")

    # -- photos and clips --------------------------------------------------------------------

    def take_photo(self, quality: int = JPEG_QUALITY) -> MediaRef:
        """Store the newest frame as a JPEG; the preview (and any recording) goes on. Call from
        a worker: encoding and fsync take tens of milliseconds."""
        frame = self._live_frame()
        data = encode_jpeg(frame.image, quality)
        width, height = frame.size
        return self.store.put_bytes(data, "image/jpeg", width=width, height=height)

    def start_recording(self, max_seconds: float = 120.0) -> None:
        """Start a clip at the source's frame rate (mp4v in .mp4). It ends at `stop_recording`,
        after ``max_seconds``, when the camera is lost or the disk is nearly full."""
        with self._record_lock:
            current = self._recording
            if current is not None and current.reason is None:
                raise ValidationError("media.already_recording")
            frame = self._live_frame()
            if shutil.disk_usage(self.store.temp_dir).free < self.min_free_bytes:
                raise EnvironmentFault("media.disk_full", path=str(self.store.root))
            fps = self.recording_fps()
            size = frame.size
            path = self.store.temp_path(".mp4")
            writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"mp4v"), fps, size)
            if not writer.isOpened():
                writer.release()
                path.unlink(missing_ok=True)
                raise EnvironmentFault("media.recording_failed", reason="mp4v encoder")
            recording = _Recording(
                store=self.store,
                source_name=self.source.name,
                writer=writer,
                path=path,
                fps=fps,
                size=size,
                max_frames=max(1, round(max_seconds * fps)),
                free_floor=lambda: self.min_free_bytes // 4,
                on_finished=self.recording_finished.emit,
            )
            recording.start()
            # The picture on screen when "record" was pressed is the clip's first frame, so a
            # clip stopped at once still has one, and nothing the user saw is missing.
            recording.offer(frame)
            self._recording = recording

    def stop_recording(self, timeout: float = 60.0) -> MediaRef:
        """End the clip and return it once stored (blocks: call from a worker). If the clip
        already ended by itself (max length, lost camera, full disk) returns that clip."""
        with self._record_lock:
            recording = self._recording
            if recording is None:
                raise ValidationError("media.not_recording")
            recording.finish("stopped")
            try:
                return recording.future.result(timeout).ref
            finally:
                if recording.future.done():
                    self._recording = None

    # -- capture thread ----------------------------------------------------------------------

    def _live_frame(self) -> Frame:
        with self._state:
            if self._error is not None:
                raise self._error
            if self._latest is None or not self._running:
                raise EnvironmentFault("media.no_frame")
            return self._latest

    def _run(self) -> None:
        try:
            self.source.open()
        except ExpectedError as error:
            self._end(error)
            self.open_failed.emit(error)
            return
        lost: CameraLost | None = None
        try:
            lost = self._capture_loop()
        finally:
            self.source.close()
        recording = self._recording
        finished: RecordingFinished | None = None
        if recording is not None:
            cut_short = recording.finish("camera_lost" if lost else "stopped")
            if lost is not None and cut_short:
                try:
                    finished = recording.future.result()
                except ExpectedError:
                    log.warning("camera lost before the recording's first frame")
        if lost is None:
            self._end(None)
            return
        self._end(lost)
        self.camera_lost.emit(
            CameraLostEvent(source_name=self.source.name, error=lost, recording=finished)
        )

    def _capture_loop(self) -> CameraLost | None:
        while not self._stop.is_set():
            try:
                frame = self.source.read()
            except CameraLost as lost:
                return lost
            except cv2.error:
                log.exception("camera %s failed while reading", self.source.name)
                return CameraLost(self.source.name)
            if frame is None:
                continue
            with self._state:
                self._latest = frame
                self._frames += 1
                self._stamps.append(frame.timestamp)
                recording = self._recording
                self._state.notify_all()
            if recording is not None:
                recording.offer(frame)
            self.frame_ready.emit(frame)
        return None

    def _end(self, error: ExpectedError | None) -> None:
        with self._state:
            self._running = False
            self._error = error
            self._state.notify_all()
