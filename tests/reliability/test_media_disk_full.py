"""A full disk: the write is refused with a clear message, the temporary is removed, and
everything stored before is intact.

Why the failure is injected: a genuinely full filesystem needs a tmpfs or loop mount (root, and
not available in CI), and /dev/full cannot be a store's directory. So the test replaces the
store's single write call (`app.media.store._write_chunk`) with one that really writes part of
the data and then fails with ENOSPC, as the kernel does when the disk fills mid-file. The rest
(files, fsync, rename, cleanup) is real. The recording path's own full-disk handling uses the
real free-space check and is tested in tests/unit/media/test_capture.py.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.domain.errors import EnvironmentFault
from app.media import store as store_module
from app.media.demo_clip import demo_frame, ensure_demo_clip
from app.media.store import MediaStore, encode_jpeg


def _disk_fills_after(budget: int) -> object:
    """A _write_chunk that writes up to ``budget`` bytes in all, then fails like a full disk."""
    left = budget

    def write_chunk(fd: int, chunk: bytes | memoryview) -> None:
        nonlocal left
        part = bytes(chunk[: max(0, left)])
        if part:
            os.write(fd, part)
            left -= len(part)
        if len(part) < len(chunk):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    return write_chunk


@pytest.fixture
def store(tmp_path: Path) -> MediaStore:
    return MediaStore(tmp_path / "media")


def _snapshot(store: MediaStore) -> dict[str, bytes]:
    return {sha: store.read_bytes(sha) for sha in store.all_shas()}


def test_photo_on_a_full_disk(store: MediaStore, monkeypatch: pytest.MonkeyPatch) -> None:
    earlier = store.put_photo(encode_jpeg(demo_frame(0, size=(320, 240))))
    before = _snapshot(store)
    photo = encode_jpeg(demo_frame(9, size=(640, 480)))
    monkeypatch.setattr(store_module, "_write_chunk", _disk_fills_after(len(photo) // 2))
    with pytest.raises(EnvironmentFault) as caught:
        store.put_photo(photo)
    assert caught.value.code == "media.disk_full"
    assert caught.value.message("zh_CN").startswith("磁盘空间不足，文件未保存")
    assert caught.value.message("en").startswith("The disk is full; the file was not saved")
    assert isinstance(caught.value.__cause__, OSError)
    # The half-written temporary is gone, nothing new has a final name, the old photo is intact.
    assert list(store.temp_dir.iterdir()) == []
    assert _snapshot(store) == before
    assert store.verify(earlier.sha256)
    # Space freed: the same photo goes in.
    monkeypatch.undo()
    ref = store.put_photo(photo)
    assert store.verify(ref.sha256)


def test_video_file_on_a_full_disk(
    store: MediaStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clip = ensure_demo_clip(tmp_path / "bay.mp4", seconds=1.0, fps=20.0, size=(320, 240))
    earlier = store.put_bytes(b"signed confirmation sheet scan", "image/jpeg")
    monkeypatch.setattr(store_module, "CHUNK", 4096)  # several chunks: fails mid-stream
    monkeypatch.setattr(store_module, "_write_chunk", _disk_fills_after(10_000))
    with pytest.raises(EnvironmentFault) as caught:
        store.put_file(clip, "video/mp4")
    assert caught.value.code == "media.disk_full"
    assert list(store.temp_dir.iterdir()) == []
    assert list(store.all_shas()) == [earlier.sha256]
    assert store.verify(earlier.sha256)
    assert clip.is_file()  # the source is untouched


def test_thumbnail_on_a_full_disk(store: MediaStore, monkeypatch: pytest.MonkeyPatch) -> None:
    ref = store.put_photo(encode_jpeg(demo_frame(2, size=(1280, 720))))
    monkeypatch.setattr(store_module, "_write_chunk", _disk_fills_after(100))
    with pytest.raises(EnvironmentFault) as caught:
        store.thumbnail(ref.sha256)
    assert caught.value.code == "media.disk_full"
    assert not (store.thumb_dir / ref.sha256[:2]).exists()
    monkeypatch.undo()
    assert store.thumbnail(ref.sha256).is_file()
    assert store.verify(ref.sha256)


def test_other_write_errors_are_reported_too(
    store: MediaStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_disk(fd: int, chunk: bytes | memoryview) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(store_module, "_write_chunk", broken_disk)
    with pytest.raises(EnvironmentFault) as caught:
        store.put_bytes(b"data", "application/octet-stream")
    assert caught.value.code == "media.write_failed"
    assert os.strerror(errno.EIO) in caught.value.message("en")
    assert list(store.temp_dir.iterdir()) == []
