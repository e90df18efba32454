"""The content-addressed media store on real files."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import cv2
import pytest

from app.domain.errors import NotFound, ValidationError
from app.media.demo_clip import demo_frame
from app.media.store import THUMBNAIL_PX, MediaRef, MediaStore, probe_video


def _jpeg(width: int = 640, height: int = 480) -> bytes:
    ok, data = cv2.imencode(".jpg", demo_frame(3, size=(width, height)))
    assert ok
    return data.tobytes()


def _files(store: MediaStore) -> list[Path]:
    return sorted(p for p in store.root.rglob("*") if p.is_file())


def test_put_bytes_names_the_file_by_its_sha256(store: MediaStore) -> None:
    data = b"evidence" * 1000
    sha = hashlib.sha256(data).hexdigest()
    ref = store.put_bytes(data, "application/octet-stream")
    assert ref == MediaRef(sha256=sha, size=len(data), mime="application/octet-stream")
    assert store.path_of(sha) == store.root / sha[:2] / sha[2:]
    assert store.path_of(sha).read_bytes() == data
    assert store.has(sha)
    assert store.verify(sha)
    assert list(store.all_shas()) == [sha]
    assert store.read_bytes(sha) == data
    assert list(store.temp_dir.iterdir()) == []  # no temporaries left behind


def test_same_content_is_stored_once(store: MediaStore) -> None:
    first = store.put_bytes(b"same", "text/plain")
    mtime = store.path_of(first.sha256).stat().st_mtime_ns
    second = store.put_bytes(b"same", "text/plain")
    assert first == second
    assert store.path_of(first.sha256).stat().st_mtime_ns == mtime
    assert len(_files(store)) == 1


def test_verify_detects_a_changed_file_and_storing_again_repairs_it(store: MediaStore) -> None:
    ref = store.put_bytes(b"original", "text/plain")
    store.path_of(ref.sha256).write_bytes(b"tampered")
    assert store.has(ref.sha256)
    assert not store.verify(ref.sha256)
    store.put_bytes(b"original", "text/plain")
    assert store.verify(ref.sha256)


def test_unknown_and_malformed_names(store: MediaStore) -> None:
    missing = "0" * 64
    assert not store.has(missing)
    assert not store.verify(missing)
    with pytest.raises(NotFound) as caught:
        store.read_bytes(missing)
    assert caught.value.code == "media.not_found"
    with pytest.raises(ValidationError) as bad:
        store.path_of("../../etc/passwd")
    assert bad.value.code == "media.bad_sha"


def test_put_file_streams_and_can_move(store: MediaStore, tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    data = os.urandom(3 * 1024 * 1024 + 17)  # several chunks
    big.write_bytes(data)
    ref = store.put_file(big, "application/octet-stream")
    assert ref.sha256 == hashlib.sha256(data).hexdigest()
    assert ref.size == len(data)
    assert big.exists()  # copied
    assert store.verify(ref.sha256)

    inside = store.temp_path(".bin")
    inside.write_bytes(b"moved in" * 10)
    moved = store.put_file(inside, "application/octet-stream", move=True)
    assert not inside.exists()
    assert store.path_of(moved.sha256).read_bytes() == b"moved in" * 10


def test_put_file_probes_a_video(store: MediaStore, demo_clip: Path) -> None:
    ref = store.put_file(demo_clip, "video/mp4")
    assert (ref.width, ref.height, ref.duration_s) == (320, 240, 2.0)
    assert ref.is_video
    assert not ref.is_photo
    # Stored without extension and still a playable video.
    assert probe_video(store.path_of(ref.sha256))["frames"] == 40


def test_put_file_missing(store: MediaStore, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        store.put_file(tmp_path / "gone.mp4", "video/mp4")


def test_put_photo_keeps_the_jpeg_byte_for_byte(store: MediaStore) -> None:
    data = _jpeg()
    ref = store.put_photo(data)
    assert (ref.mime, ref.width, ref.height, ref.size) == ("image/jpeg", 640, 480, len(data))
    assert ref.is_photo
    assert store.read_bytes(ref.sha256) == data


def _truncated() -> bytes:
    data = _jpeg()
    return data[: len(data) * 2 // 3]


def _truncated_progressive() -> bytes:
    ok, data = cv2.imencode(".jpg", demo_frame(3), [cv2.IMWRITE_JPEG_PROGRESSIVE, 1])
    assert ok
    return data.tobytes()[:-300]


def _bit_rot() -> bytes:
    data = bytearray(_jpeg())
    data[2:200] = b"\x00" * 198  # the header tables are gone
    return bytes(data)


@pytest.mark.parametrize(
    "data",
    [b"", b"not an image at all", os.urandom(4096), b"\xff\xd8\xff\xe0" + os.urandom(2000),
     _truncated(), _truncated_progressive(), _bit_rot()],
    ids=["empty", "text", "random", "jpeg-header-then-noise", "truncated", "truncated-progressive",
         "bit-rot"],
)  # fmt: skip
def test_corrupt_photo_is_refused_and_nothing_is_written(store: MediaStore, data: bytes) -> None:
    with pytest.raises(ValidationError) as caught:
        store.put_photo(data)
    assert caught.value.code == "media.corrupt_image"
    assert (
        caught.value.message("zh_CN") == "图片已损坏或无法读取，未保存。请重新拍摄或选择其他文件。"
    )
    assert caught.value.message("en").startswith("The image is damaged or unreadable")
    assert _files(store) == []


def test_jpeg_with_padding_after_the_end_marker_is_accepted(store: MediaStore) -> None:
    # Some cameras pad their files after the end-of-image marker; that is not corruption.
    data = _jpeg(320, 240) + b"\x00" * 64
    ref = store.put_photo(data)
    assert (ref.width, ref.height) == (320, 240)
    assert store.read_bytes(ref.sha256) == data


def test_import_image_reencodes_other_formats(store: MediaStore, tmp_path: Path) -> None:
    png = tmp_path / "scan.png"
    cv2.imwrite(str(png), demo_frame(0, size=(200, 100)))
    ref = store.import_image(png)
    stored = store.read_bytes(ref.sha256)
    assert stored.startswith(b"\xff\xd8")
    assert (ref.mime, ref.width, ref.height) == ("image/jpeg", 200, 100)
    jpeg = tmp_path / "phone.jpg"
    jpeg.write_bytes(_jpeg(320, 240))
    assert store.read_bytes(store.import_image(jpeg).sha256) == jpeg.read_bytes()


def test_import_image_refuses_a_broken_file(store: MediaStore, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(_truncated())
    with pytest.raises(ValidationError):
        store.import_image(broken)
    with pytest.raises(NotFound):
        store.import_image(tmp_path / "missing.jpg")


def test_thumbnail_of_a_photo_is_small_and_cached(store: MediaStore) -> None:
    ref = store.put_photo(_jpeg(1280, 720))
    thumb = store.thumbnail(ref.sha256)
    image = cv2.imread(str(thumb))
    assert image is not None
    assert image.shape[:2] == (180, THUMBNAIL_PX)
    mtime = thumb.stat().st_mtime_ns
    assert store.thumbnail(ref.sha256) == thumb
    assert thumb.stat().st_mtime_ns == mtime
    assert list(store.all_shas()) == [ref.sha256]  # thumbnails are not media


def test_thumbnail_of_a_video(store: MediaStore, demo_clip: Path) -> None:
    ref = store.put_file(demo_clip, "video/mp4")
    image = cv2.imread(str(store.thumbnail(ref.sha256)))
    assert image is not None
    assert image.shape[:2] == (240, 320)  # already small: not enlarged
    assert image.std() > 10  # a real picture, not a blank


def test_thumbnail_of_missing_media(store: MediaStore) -> None:
    with pytest.raises(NotFound):
        store.thumbnail("a" * 64)
