"""Content-addressed photo and video store (ARCHITECTURE.md "Camera and media").

Files are named by the SHA-256 of their content, ``root/ab/cdef…`` (no extension; the MIME type
lives in the database row that links the file to its case, zone and step). Every file is written
temp -> fsync -> rename -> directory fsync, so a crash never leaves a partial file under a final
name; temporaries live in ``root/.tmp`` and carry the writer's pid, so a later store removes
the ones a dead process left behind. Thumbnails are cached under ``root/thumbs``.

Photos are JPEG (the bay's evidence for I1 exterior damage and W3 key steps); a corrupt or
unreadable image is refused before anything is written.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from app.domain.errors import EnvironmentFault, NotFound, ValidationError
from app.media import messages as _messages  # noqa: F401  (registers the media.* codes)

log = logging.getLogger(__name__)

CHUNK = 1 << 20
THUMBNAIL_PX = 320
"""Thumbnails fit in a square of this many pixels (long side), keeping the aspect ratio."""
JPEG_QUALITY = 92

_SHA = re.compile(r"[0-9a-f]{64}")
_TEMP = re.compile(r"(?P<pid>\d+)-[0-9a-f]{32}(\.[A-Za-z0-9]+)?")
_NO_SPACE = (errno.ENOSPC, errno.EDQUOT)


@dataclass(frozen=True)
class MediaRef:
    """What the database keeps about a stored file; the file itself is ``path_of(sha256)``."""

    sha256: str
    size: int
    mime: str
    width: int | None = None
    height: int | None = None
    duration_s: float | None = None

    @property
    def is_photo(self) -> bool:
        return self.mime.startswith("image/")

    @property
    def is_video(self) -> bool:
        return self.mime.startswith("video/")


def _write_chunk(fd: int, chunk: bytes | memoryview) -> None:
    """Write all of ``chunk``. The store's one write call (tests inject ENOSPC here)."""
    view = memoryview(chunk)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_dir(path: Path) -> None:
    """Make a rename durable. Windows cannot open directories; NTFS journals the rename."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists but belongs to someone else
    return True


def _is_jpeg_complete(data: bytes) -> bool:
    """libjpeg decodes a truncated JPEG with a grey lower part and only a warning, so look for
    the end-of-image marker after the last start-of-scan (a truncated file has none)."""
    if not data.startswith(b"\xff\xd8\xff"):
        return False
    last_scan = data.rfind(b"\xff\xda")
    return last_scan != -1 and data.rfind(b"\xff\xd9") > last_scan


class MediaStore:
    """Photos and videos by SHA-256 under ``root``. Safe to use from several threads."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.temp_dir = self.root / ".tmp"
        self.thumb_dir = self.root / "thumbs"
        try:
            self.temp_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise self._fault(exc, self.temp_dir) from exc
        self.clean_temp()

    # -- names -------------------------------------------------------------------------------

    def path_of(self, sha: str) -> Path:
        """Where the file with this SHA-256 lives (whether or not it exists)."""
        if not _SHA.fullmatch(sha):
            raise ValidationError("media.bad_sha", sha=sha[:80])
        return self.root / sha[:2] / sha[2:]

    def has(self, sha: str) -> bool:
        return self.path_of(sha).is_file()

    def verify(self, sha: str) -> bool:
        """Whether the file exists and its content still hashes to its name."""
        path = self.path_of(sha)
        try:
            return _hash_file(path) == sha
        except FileNotFoundError:
            return False

    def all_shas(self) -> Iterator[str]:
        """Every stored file (temporaries and thumbnails are not media)."""
        for sub in sorted(self.root.iterdir()):
            if len(sub.name) == 2 and sub.is_dir():
                for file in sorted(sub.iterdir()):
                    sha = sub.name + file.name
                    if _SHA.fullmatch(sha):
                        yield sha

    def temp_path(self, suffix: str = "") -> Path:
        """A fresh temporary name inside the store (same filesystem, so rename is atomic).
        Named by pid: `clean_temp` removes the ones whose process died."""
        return self.temp_dir / f"{os.getpid()}-{uuid.uuid4().hex}{suffix}"

    def clean_temp(self) -> int:
        """Remove temporaries left by processes that no longer run; returns how many."""
        removed = 0
        for path in self.temp_dir.iterdir():
            match = _TEMP.fullmatch(path.name)
            if match and not _pid_alive(int(match["pid"])):
                path.unlink(missing_ok=True)
                removed += 1
        if removed:
            log.info("removed %d temporary media files left by a crash", removed)
        return removed

    # -- writing -----------------------------------------------------------------------------

    def put_bytes(self, data: bytes, mime: str, **meta: Any) -> MediaRef:
        """Store ``data``; ``meta`` fills MediaRef's width, height, duration_s."""
        sha = hashlib.sha256(data).hexdigest()
        # Already there and intact: nothing to write. A damaged copy (bit rot) is replaced.
        if not self.verify(sha):
            self._write_atomic(sha, [data])
        return MediaRef(sha256=sha, size=len(data), mime=mime, **meta)

    def put_file(
        self, path: str | os.PathLike[str], mime: str, *, move: bool = False, **meta: Any
    ) -> MediaRef:
        """Store a file by streaming it (videos can be large). With ``move`` a file already in
        the store's filesystem (a finished recording in `temp_dir`) is renamed in, not copied.
        Videos and images are probed for width/height/duration unless ``meta`` gives them."""
        source = Path(path)
        if not source.is_file():
            raise NotFound("media.file_not_found", path=str(source))
        if not meta:
            meta = _probe(source, mime)
        if move and _same_device(source, self.temp_dir):
            sha = _hash_file(source)
            size = source.stat().st_size
            final = self.path_of(sha)
            try:
                if self.verify(sha):
                    source.unlink()  # same content already stored
                else:
                    _fsync_file(source)
                    self._rename_into_place(source, final)
            except OSError as exc:
                raise self._fault(exc, final) from exc
            return MediaRef(sha256=sha, size=size, mime=mime, **meta)
        digest = hashlib.sha256()
        size = 0

        def chunks() -> Iterator[bytes]:
            nonlocal size
            with source.open("rb") as file:
                while chunk := file.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    yield chunk

        temp = self._write_temp(chunks())
        sha = digest.hexdigest()
        final = self.path_of(sha)
        if self.verify(sha):
            temp.unlink(missing_ok=True)
        else:
            try:
                self._rename_into_place(temp, final)
            except OSError as exc:
                temp.unlink(missing_ok=True)
                raise self._fault(exc, final) from exc
        if move:
            source.unlink(missing_ok=True)
        return MediaRef(sha256=sha, size=size, mime=mime, **meta)

    def put_photo(self, data: bytes, *, quality: int = JPEG_QUALITY) -> MediaRef:
        """Store a photo. JPEG is kept byte for byte; another image format is re-encoded as
        JPEG. A corrupt or unreadable image raises ValidationError ``media.corrupt_image``."""
        image = _decode(data)
        if image is None:
            raise ValidationError("media.corrupt_image")
        if not data.startswith(b"\xff\xd8"):
            data = encode_jpeg(image, quality)
        elif not _is_jpeg_complete(data):
            raise ValidationError("media.corrupt_image")
        height, width = image.shape[:2]
        return self.put_bytes(data, "image/jpeg", width=int(width), height=int(height))

    def import_image(self, path: str | os.PathLike[str]) -> MediaRef:
        """A photo from disk (a phone picture, a scan): validated, non-JPEG re-encoded."""
        source = Path(path)
        try:
            data = source.read_bytes()
        except FileNotFoundError as exc:
            raise NotFound("media.file_not_found", path=str(source)) from exc
        except OSError as exc:
            raise ValidationError("media.corrupt_image") from exc
        return self.put_photo(data)

    # -- reading -----------------------------------------------------------------------------

    def read_bytes(self, sha: str) -> bytes:
        try:
            return self.path_of(sha).read_bytes()
        except FileNotFoundError as exc:
            raise NotFound("media.not_found", sha=sha[:12]) from exc

    def thumbnail(self, sha: str) -> Path:
        """A JPEG at most `THUMBNAIL_PX` on its long side, made once and cached."""
        source = self.path_of(sha)
        if not source.is_file():
            raise NotFound("media.not_found", sha=sha[:12])
        thumb = self.thumb_dir / sha[:2] / f"{sha[2:]}.jpg"
        if thumb.is_file():
            return thumb
        image = _first_picture(source)
        if image is None:
            raise ValidationError("media.corrupt_image")
        height, width = image.shape[:2]
        scale = THUMBNAIL_PX / max(height, width)
        if scale < 1.0:
            size = (max(1, round(width * scale)), max(1, round(height * scale)))
            image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        temp = self._write_temp([encode_jpeg(image, 85)])
        try:
            self._rename_into_place(temp, thumb)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise self._fault(exc, thumb) from exc
        return thumb

    # -- internals ---------------------------------------------------------------------------

    def _write_atomic(self, sha: str, chunks: Iterable[bytes]) -> Path:
        final = self.path_of(sha)
        temp = self._write_temp(chunks)
        try:
            self._rename_into_place(temp, final)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise self._fault(exc, final) from exc
        return final

    def _write_temp(self, chunks: Iterable[bytes]) -> Path:
        """Write and fsync a temporary; on failure remove it and raise a translated fault."""
        temp = self.temp_path()
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0))
        except OSError as exc:
            raise self._fault(exc, temp) from exc
        try:
            try:
                for chunk in chunks:
                    _write_chunk(fd, chunk)
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise self._fault(exc, temp) from exc
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return temp

    def _rename_into_place(self, temp: Path, final: Path) -> None:
        parent = final.parent
        if not parent.is_dir():
            parent.mkdir(parents=True, exist_ok=True)
            _fsync_dir(parent.parent)
        os.replace(temp, final)
        _fsync_dir(parent)

    def _fault(self, exc: OSError, path: Path) -> EnvironmentFault:
        if exc.errno in _NO_SPACE:
            return EnvironmentFault("media.disk_full", path=str(self.root))
        return EnvironmentFault(
            "media.write_failed", path=str(path), reason=exc.strerror or str(exc)
        )


# -- helpers shared with capture -----------------------------------------------------------


def encode_jpeg(image: npt.NDArray[Any], quality: int = JPEG_QUALITY) -> bytes:
    ok, buffer = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    if not ok:
        raise ValidationError("media.corrupt_image")
    return bytes(buffer.tobytes())


def _decode(data: bytes) -> npt.NDArray[Any] | None:
    if not data:
        return None
    try:
        image = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_COLOR)
    except cv2.error:
        return None
    if image is None or not image.size:
        return None
    return image


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _same_device(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_dev == b.stat().st_dev
    except OSError:
        return False


def _sniff_video(path: Path) -> bool:
    with path.open("rb") as file:
        head = file.read(12)
    # ISO base media (mp4/mov): a box whose type is "ftyp"; AVI: RIFF....AVI
    return head[4:8] == b"ftyp" or (head[:4] == b"RIFF" and head[8:11] == b"AVI")


def _first_picture(path: Path) -> npt.NDArray[Any] | None:
    """The picture of a photo, or a frame from a third into a video (past fade-ins)."""
    if not _sniff_video(path):
        return _decode(path.read_bytes())
    capture = cv2.VideoCapture(str(path))
    try:
        count = int(capture.get(cv2.CAP_PROP_FRAME_COUNT))
        if count > 3:
            capture.set(cv2.CAP_PROP_POS_FRAMES, count // 3)
        ok, image = capture.read()
        return image if ok else None
    finally:
        capture.release()


def probe_video(path: Path) -> dict[str, Any]:
    """width, height, duration_s and frames of a video file as cv2 reads it back."""
    capture = cv2.VideoCapture(str(path))
    try:
        if not capture.isOpened():
            return {}
        fps = capture.get(cv2.CAP_PROP_FPS) or 0.0
        frames = int(capture.get(cv2.CAP_PROP_FRAME_COUNT))
        return {
            "width": int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)),
            "height": int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT)),
            "duration_s": round(frames / fps, 3) if fps > 0 else None,
            "frames": frames,
        }
    finally:
        capture.release()


def _probe(path: Path, mime: str) -> dict[str, Any]:
    if mime.startswith("video/"):
        info = probe_video(path)
        info.pop("frames", None)
        return info
    if mime.startswith("image/"):
        image = _decode(path.read_bytes())
        if image is not None:
            return {"width": int(image.shape[1]), "height": int(image.shape[0])}
    return {}
