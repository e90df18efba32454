"""Camera sources behind one Qt-free interface (ARCHITECTURE.md "Camera and media").

Three implementations read through ``cv2.VideoCapture`` (opencv-python-headless only: the
non-headless wheel bundles its own Qt and breaks the application):

- `DeviceSource`: a local camera by index (USB camera at the reception desk);
- `NetworkSource`: an RTSP/HTTP(MJPEG) stream, common for fixed bay cameras;
- `FileSource`: a video file or an image sequence, paced like a camera (demo mode and tests).

A source is opened, read and closed by one thread (the capture thread of `CaptureSession`);
sources are not thread-safe. ``read()`` returns a `Frame`, ``None`` when no frame came this time
but the camera may still recover, or raises `CameraLost` once it has stopped delivering frames.
"""

from __future__ import annotations

import logging
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self, cast, runtime_checkable
from urllib.parse import urlsplit, urlunsplit

import cv2
import numpy as np
import numpy.typing as npt

from app.domain.errors import EnvironmentFault, NotFound, ValidationError
from app.media import messages as _messages  # noqa: F401  (registers the media.* codes)

log = logging.getLogger(__name__)

Image = npt.NDArray[np.uint8]
"""An OpenCV BGR image, shape (height, width, 3), dtype uint8."""

DEFAULT_FPS = 25.0
"""Used when a source does not report its frame rate (many webcams and image sequences)."""


@dataclass(frozen=True, eq=False)
class Frame:
    """One picture from a source.

    ``image`` is BGR uint8 (h, w, 3) and read-only: several threads (preview, photo, recording)
    share it, so nobody may draw on it; copy first (`app.media.markup.render` does).
    ``timestamp`` is ``time.monotonic()`` when the frame was read; ``index`` counts the frames
    this source delivered since it was opened (0-based).
    """

    image: Image
    timestamp: float
    index: int

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) in pixels."""
        return int(self.image.shape[1]), int(self.image.shape[0])


class CameraLost(EnvironmentFault):
    """The source stopped delivering frames (unplugged, network down, file ended)."""

    def __init__(self, name: str) -> None:
        super().__init__("media.camera_lost", name=name)
        self.name = name


@runtime_checkable
class FrameSource(Protocol):
    """What `CaptureSession` needs from a camera. Use as a context manager to open and close."""

    @property
    def name(self) -> str:
        """Human-readable, password-free name for messages and settings ("device:0")."""
        ...

    @property
    def fps(self) -> float:
        """Nominal frames per second (known after open)."""
        ...

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) of the frames (known after open)."""
        ...

    @property
    def is_open(self) -> bool: ...

    def open(self) -> None:
        """Open the camera; a no-op when already open. Raises a `UserError` that says why not."""
        ...

    def read(self) -> Frame | None:
        """The next frame, ``None`` if none came this time, or raises `CameraLost`."""
        ...

    def close(self) -> None:
        """Release the camera; safe to call twice."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


def _as_bgr(image: npt.NDArray[Any]) -> Image:
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    elif image.shape[2] == 4:
        image = cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    image.flags.writeable = False
    return cast(Image, image)


class _CaptureSource:
    """Shared open/read/close over a cv2.VideoCapture; subclasses say how to open it."""

    def __init__(self, *, lost_after_s: float) -> None:
        self.lost_after_s = lost_after_s
        """A live source that delivers nothing for this long is lost."""
        self._capture: cv2.VideoCapture | None = None
        self._opened = False
        self._fps = 0.0
        self._size = (0, 0)
        self._index = 0
        self._last_frame_at = 0.0

    # -- to override -------------------------------------------------------------------------

    @property
    def name(self) -> str:
        raise NotImplementedError

    def _new_capture(self) -> cv2.VideoCapture:
        raise NotImplementedError

    def _open_failed(self) -> Exception:
        raise NotImplementedError

    def _reopen_on_failure(self) -> bool:
        """Whether a failed read should try to reconnect (network cameras drop and come back)."""
        return False

    # -- FrameSource --------------------------------------------------------------------------

    @property
    def fps(self) -> float:
        return self._fps or DEFAULT_FPS

    @property
    def size(self) -> tuple[int, int]:
        return self._size

    @property
    def is_open(self) -> bool:
        return self._opened

    def open(self) -> None:
        if self._opened:
            return
        capture = self._new_capture()
        if not capture.isOpened():
            capture.release()
            raise self._open_failed()
        self._capture = capture
        self._opened = True
        reported = capture.get(cv2.CAP_PROP_FPS)
        # Backends report 0, -1 or absurd values (1000 for some MJPEG streams) when they do not
        # know; fall back to a camera-like rate rather than pacing or encoding at nonsense.
        self._fps = float(reported) if 1.0 <= reported <= 120.0 else DEFAULT_FPS
        self._size = (
            int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)),
            int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT)),
        )
        self._index = 0
        self._last_frame_at = time.monotonic()

    def read(self) -> Frame | None:
        if not self._opened:
            raise CameraLost(self.name)
        capture = self._capture
        if capture is not None:
            ok, image = capture.read()
            if ok and image is not None and image.size:
                return self._deliver(image, time.monotonic())
        if time.monotonic() - self._last_frame_at >= self.lost_after_s:
            self.close()
            raise CameraLost(self.name)
        if self._reopen_on_failure():
            self._reconnect()
        else:
            time.sleep(0.05)  # a device failing fast must not spin a core
        return None

    def close(self) -> None:
        self._opened = False
        capture, self._capture = self._capture, None
        if capture is not None:
            capture.release()

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- helpers ------------------------------------------------------------------------------

    def _deliver(self, image: npt.NDArray[Any], now: float) -> Frame:
        frame = Frame(image=_as_bgr(image), timestamp=now, index=self._index)
        self._index += 1
        self._last_frame_at = now
        if self._size == (0, 0):
            self._size = frame.size
        return frame

    def _reconnect(self) -> None:
        old, self._capture = self._capture, None
        if old is not None:
            old.release()
        capture = self._new_capture()
        if capture.isOpened():
            log.info("reconnected to camera %s", self.name)
            self._capture = capture
        else:
            capture.release()
            time.sleep(0.2)  # the next read() tries again until lost_after_s has passed

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


class DeviceSource(_CaptureSource):
    """A local camera by index (``device:0``)."""

    def __init__(
        self, index: int = 0, *, backend: int = cv2.CAP_ANY, lost_after_s: float = 2.0
    ) -> None:
        super().__init__(lost_after_s=lost_after_s)
        self.index = index
        self.backend = backend

    @property
    def name(self) -> str:
        return f"device:{self.index}"

    def _new_capture(self) -> cv2.VideoCapture:
        capture = cv2.VideoCapture(self.index, self.backend)
        # Keep the driver's queue short so the preview shows now, not a second ago; backends
        # that do not support it ignore the call.
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        return capture

    def _open_failed(self) -> Exception:
        return EnvironmentFault("media.device_unavailable", index=self.index)

    def _reopen_on_failure(self) -> bool:
        return True  # a USB camera replugged within lost_after_s comes back under its index


def _mask_credentials(url: str) -> str:
    """rtsp://admin:secret@10.0.0.5/stream -> rtsp://admin:***@10.0.0.5/stream"""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    netloc = f"{parts.username}:***@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class NetworkSource(_CaptureSource):
    """An RTSP or HTTP (MJPEG) camera stream through FFmpeg, with open and read timeouts.

    A dropped stream is reconnected until nothing has arrived for ``lost_after_s``.
    """

    def __init__(
        self,
        url: str,
        *,
        open_timeout_s: float = 5.0,
        read_timeout_s: float = 5.0,
        lost_after_s: float = 5.0,
    ) -> None:
        super().__init__(lost_after_s=lost_after_s)
        if urlsplit(url).scheme.lower() not in ("rtsp", "rtsps", "http", "https"):
            raise ValidationError("media.bad_source_spec", spec=_mask_credentials(url))
        self.url = url
        self.open_timeout_s = open_timeout_s
        self.read_timeout_s = read_timeout_s

    @property
    def name(self) -> str:
        return _mask_credentials(self.url)

    def _new_capture(self) -> cv2.VideoCapture:
        # RTSP over UDP is lost behind most NAT/firewalls of dealer LANs; TCP works everywhere.
        # The variable is read by OpenCV at open time; a value set by the user wins.
        os.environ.setdefault("OPENCV_FFMPEG_CAPTURE_OPTIONS", "rtsp_transport;tcp")
        params = [
            cv2.CAP_PROP_OPEN_TIMEOUT_MSEC,
            round(self.open_timeout_s * 1000),
            cv2.CAP_PROP_READ_TIMEOUT_MSEC,
            round(self.read_timeout_s * 1000),
        ]
        return cv2.VideoCapture(self.url, cv2.CAP_FFMPEG, params)

    def _open_failed(self) -> Exception:
        return EnvironmentFault(
            "media.network_camera_unreachable",
            url=self.name,
            seconds=f"{self.open_timeout_s:g}",
        )

    def _reopen_on_failure(self) -> bool:
        return True


_SEQUENCE = re.compile(r"%0?\d*d")


class FileSource(_CaptureSource):
    """A video file or an image sequence (``shot_%04d.png``) played like a camera.

    With ``realtime`` the frames are paced at the file's frame rate (or ``sequence_fps`` for
    image sequences, which have none), so preview, recording and photos behave as with a real
    camera. With ``loop`` the file starts over at its end; without it the end of the file is a
    lost camera, which is how tests make a camera disappear mid-recording.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        loop: bool = True,
        realtime: bool = True,
        *,
        sequence_fps: float | None = None,
    ) -> None:
        super().__init__(lost_after_s=0.0)
        self.path = Path(path)
        self.loop = loop
        self.realtime = realtime
        self.sequence_fps = sequence_fps
        self._next_due = 0.0

    @property
    def name(self) -> str:
        return f"file:{self.path}"

    @property
    def is_sequence(self) -> bool:
        return bool(_SEQUENCE.search(self.path.name))

    def open(self) -> None:
        if self._opened:
            return
        if self.is_sequence:
            if not self.path.parent.is_dir():
                raise NotFound("media.file_not_found", path=str(self.path))
        elif not self.path.is_file():
            raise NotFound("media.file_not_found", path=str(self.path))
        super().open()
        if self.is_sequence:
            self._fps = self.sequence_fps or DEFAULT_FPS
        self._next_due = time.monotonic()

    def _new_capture(self) -> cv2.VideoCapture:
        backend = cv2.CAP_IMAGES if self.is_sequence else cv2.CAP_ANY
        return cv2.VideoCapture(str(self.path), backend)

    def _open_failed(self) -> Exception:
        return EnvironmentFault("media.file_unreadable", path=str(self.path))

    def read(self) -> Frame | None:
        capture = self._capture
        if not self._opened or capture is None:
            raise CameraLost(self.name)
        if self.realtime:
            self._pace()
        ok, image = capture.read()
        if not ok or image is None or not image.size:
            if not self.loop:
                self.close()
                raise CameraLost(self.name)
            # Reopening is more reliable than seeking to 0 across codecs and image sequences.
            capture.release()
            self._capture = capture = self._new_capture()
            ok, image = capture.read()
            if not ok or image is None or not image.size:
                self.close()
                raise CameraLost(self.name)
        return self._deliver(image, time.monotonic())

    def _pace(self) -> None:
        now = time.monotonic()
        if self._next_due > now:
            time.sleep(self._next_due - now)
            now = self._next_due
        elif now - self._next_due > 1.0 / self.fps:
            # The reader fell behind (busy CPU): re-anchor instead of bursting to catch up,
            # as a camera drops time rather than delivering frames faster than its rate.
            self._next_due = now
        self._next_due += 1.0 / self.fps


def source_from_spec(spec: str) -> FrameSource:
    """Parse the camera setting (not opened yet).

    ``device:0`` | ``rtsp://…`` | ``rtsps://…`` | ``http://…`` | ``https://…`` |
    ``file:/path/clip.mp4`` | ``file:/path/shot_%04d.png`` (``file:///path`` works too).
    Raises ValidationError ``media.bad_source_spec``.
    """
    text = spec.strip()
    lowered = text.lower()
    if lowered.startswith("device:"):
        number = text.split(":", 1)[1].strip()
        if not number.isdigit():
            raise ValidationError("media.bad_source_spec", spec=spec)
        return DeviceSource(int(number))
    if lowered.startswith(("rtsp://", "rtsps://", "http://", "https://")):
        return NetworkSource(text)
    if lowered.startswith("file:"):
        rest = text[len("file:") :]
        if rest.startswith("//"):
            rest = rest[2:]  # file:///abs/path -> /abs/path
        if re.match(r"/[A-Za-z]:[/\\]", rest):
            rest = rest[1:]  # file:///C:/clips/a.mp4 -> C:/clips/a.mp4
        if not rest:
            raise ValidationError("media.bad_source_spec", spec=spec)
        return FileSource(Path(rest))
    raise ValidationError("media.bad_source_spec", spec=_mask_credentials(spec))


def open_source(spec: str) -> FrameSource:
    """`source_from_spec` and open it. Blocks up to the network open timeout: call it off the
    GUI thread (`CaptureSession` opens its source on its own capture thread)."""
    source = source_from_spec(spec)
    source.open()
    return source
