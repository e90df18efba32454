"""Camera sources through real cv2.VideoCapture: files, image sequences, network, devices."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.domain.errors import EnvironmentFault, NotFound, ValidationError
from app.media.demo_clip import demo_frame, write_demo_sequence
from app.media.sources import (
    CameraLost,
    DeviceSource,
    FileSource,
    Frame,
    FrameSource,
    NetworkSource,
    open_source,
    source_from_spec,
)

from .conftest import CLIP_FPS, CLIP_FRAMES, CLIP_SIZE


def _free_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _read_until_lost(source: FrameSource) -> tuple[list[Frame], CameraLost]:
    """Read until the source raises CameraLost; fail after 2,000 reads."""
    frames: list[Frame] = []
    for _ in range(2000):
        try:
            frame = source.read()
        except CameraLost as lost:
            return frames, lost
        if frame is not None:
            frames.append(frame)
    pytest.fail("the source never reported the camera lost")


# -- settings strings -------------------------------------------------------------------------


def test_spec_device() -> None:
    source = source_from_spec("device:2")
    assert isinstance(source, DeviceSource)
    assert source.index == 2
    assert source.name == "device:2"


@pytest.mark.parametrize(
    "spec", ["rtsp://10.0.0.5:554/stream1", "http://cam.local/video.mjpg", "RTSPS://h/x"]
)
def test_spec_network(spec: str) -> None:
    source = source_from_spec(spec)
    assert isinstance(source, NetworkSource)
    assert source.url == spec


def test_spec_network_name_hides_the_password() -> None:
    source = source_from_spec("rtsp://admin:s3cret@10.0.0.5:554/ch1")
    assert source.name == "rtsp://admin:***@10.0.0.5:554/ch1"
    assert "s3cret" not in source.name


@pytest.mark.parametrize(
    ("spec", "path"),
    [("file:/data/clip.mp4", "/data/clip.mp4"), ("file:///data/clip.mp4", "/data/clip.mp4"),
     ("file:relative/shot_%04d.png", "relative/shot_%04d.png"),
     ("file:///C:/clips/demo.mp4", "C:/clips/demo.mp4")],
)  # fmt: skip
def test_spec_file(spec: str, path: str) -> None:
    source = source_from_spec(spec)
    assert isinstance(source, FileSource)
    assert source.path == Path(path)


@pytest.mark.parametrize("spec", ["", "camera 1", "device:", "device:one", "ftp://x/y", "file:"])
def test_bad_spec_is_refused_in_both_languages(spec: str) -> None:
    with pytest.raises(ValidationError) as caught:
        source_from_spec(spec)
    assert caught.value.code == "media.bad_source_spec"
    assert "摄像头设置" in caught.value.message("zh_CN")
    assert "not valid" in caught.value.message("en")


def test_sources_satisfy_the_protocol(demo_clip: Path) -> None:
    for source in (DeviceSource(0), NetworkSource("rtsp://127.0.0.1/x"), FileSource(demo_clip)):
        assert isinstance(source, FrameSource)


# -- video file ---------------------------------------------------------------------------------


def test_file_source_reads_the_clip_like_a_camera(demo_clip: Path) -> None:
    with FileSource(demo_clip, loop=False, realtime=False) as source:
        assert source.is_open
        assert source.fps == CLIP_FPS
        assert source.size == CLIP_SIZE
        frames, lost = _read_until_lost(source)
    assert lost.code == "media.camera_lost"
    assert str(demo_clip) in lost.message("en")
    assert len(frames) == CLIP_FRAMES
    assert [f.index for f in frames] == list(range(CLIP_FRAMES))
    assert all(f.size == CLIP_SIZE and f.image.dtype == np.uint8 for f in frames)
    assert frames[0].timestamp <= frames[-1].timestamp
    # Decoded frames are the generated ones (mp4v is lossy: compare loosely).
    expected = demo_frame(5, fps=CLIP_FPS, size=CLIP_SIZE)
    assert np.abs(frames[5].image.astype(int) - expected.astype(int)).mean() < 8
    assert np.abs(frames[25].image.astype(int) - expected.astype(int)).mean() > 2
    assert not source.is_open


def test_frames_are_read_only(demo_clip: Path) -> None:
    with FileSource(demo_clip, realtime=False) as source:
        frame = source.read()
    assert frame is not None
    with pytest.raises(ValueError, match="read-only"):
        frame.image[0, 0, 0] = 1


def test_file_source_loops(demo_clip: Path) -> None:
    with FileSource(demo_clip, loop=True, realtime=False) as source:
        frames = [source.read() for _ in range(CLIP_FRAMES + 10)]
    assert all(f is not None for f in frames)
    assert frames[-1] is not None
    assert frames[-1].index == CLIP_FRAMES + 9
    # Frame 40 is the first frame again.
    first, again = frames[0], frames[CLIP_FRAMES]
    assert first is not None
    assert again is not None
    assert np.array_equal(first.image, again.image)


def test_realtime_file_source_is_paced_at_its_frame_rate(demo_clip: Path) -> None:
    # A lower bound only: pacing sleeps, so the reads can never come faster than the clip's rate.
    with FileSource(demo_clip, realtime=True) as source:
        source.read()
        started = time.monotonic()
        for _ in range(6):
            source.read()
        elapsed = time.monotonic() - started
    assert elapsed >= 5 / CLIP_FPS


def test_read_after_close_is_a_lost_camera(demo_clip: Path) -> None:
    source = FileSource(demo_clip, realtime=False)
    source.open()
    source.open()  # idempotent
    source.close()
    source.close()
    with pytest.raises(CameraLost):
        source.read()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotFound) as caught:
        FileSource(tmp_path / "nope.mp4").open()
    assert caught.value.code == "media.file_not_found"
    assert "nope.mp4" in caught.value.message("zh_CN")


def test_unreadable_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"this is not a video" * 100)
    with pytest.raises(EnvironmentFault) as caught:
        FileSource(junk).open()
    assert caught.value.code == "media.file_unreadable"
    assert "无法读取" in caught.value.message("zh_CN")


# -- image sequence -----------------------------------------------------------------------------


def test_image_sequence(tmp_path: Path) -> None:
    pattern = write_demo_sequence(tmp_path / "seq", 5, size=(160, 120))
    source = source_from_spec(f"file:{pattern}")
    assert isinstance(source, FileSource)
    source.loop = False
    source.sequence_fps = 10.0
    with source:
        assert source.fps == 10.0
        images = [frame.image for frame in _read_until_lost(source)[0]]
    assert len(images) == 5
    for index, image in enumerate(images):
        # PNG is lossless: the exact pictures on disk, in order.
        on_disk = cv2.imread(str(tmp_path / "seq" / f"demo_{index:04d}.png"))
        assert on_disk is not None
        assert np.array_equal(image, on_disk)


def test_image_sequence_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        FileSource(tmp_path / "none" / "img_%03d.jpg").open()


# -- network ------------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["rtsp", "http"])
def test_network_camera_that_refuses(scheme: str) -> None:
    url = f"{scheme}://viewer:pa55@127.0.0.1:{_free_port()}/stream"
    source = NetworkSource(url, open_timeout_s=2.0)
    with pytest.raises(EnvironmentFault) as caught:
        source.open()
    assert caught.value.code == "media.network_camera_unreachable"
    zh, en = caught.value.message("zh_CN"), caught.value.message("en")
    assert f"127.0.0.1:{url.split(':')[3].split('/')[0]}" in en
    assert "2 s" in en
    assert "网络摄像头" in zh
    assert "pa55" not in zh + en
    assert not source.is_open


class _MjpegCamera(BaseHTTPRequestHandler):
    """A network camera on loopback: an HTTP MJPEG stream of demo frames."""

    frames = 30

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "multipart/x-mixed-replace; boundary=frame")
        self.end_headers()
        for index in range(self.frames):
            ok, jpeg = cv2.imencode(".jpg", demo_frame(index, size=(320, 240)))
            assert ok
            data = jpeg.tobytes()
            head = b"--frame\r\nContent-Type: image/jpeg\r\nContent-Length: %d\r\n\r\n" % len(data)
            try:
                self.wfile.write(head + data + b"\r\n")
            except OSError:
                return
            time.sleep(0.01)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def mjpeg_url() -> Iterator[str]:
    """Serves one 30-frame stream, then goes away (the listener is closed)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _MjpegCamera)

    def serve_once() -> None:
        server.handle_request()
        server.server_close()

    thread = threading.Thread(target=serve_once, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/video.mjpg"
    thread.join(10)


def test_network_camera_streams_then_is_lost(mjpeg_url: str) -> None:
    source = open_source(mjpeg_url)
    assert isinstance(source, NetworkSource)
    source.lost_after_s = 0.5
    with source:
        frames, lost = _read_until_lost(source)
    # Every frame the camera sent arrived, as a real 320x240 picture, in order; then the
    # reconnect attempts were refused and the camera was declared lost.
    assert len(frames) == _MjpegCamera.frames
    assert [f.index for f in frames] == list(range(_MjpegCamera.frames))
    assert all(f.size == (320, 240) for f in frames)
    assert lost.code == "media.camera_lost"
    assert "127.0.0.1" in lost.message("en")


# -- device -------------------------------------------------------------------------------------


def test_missing_device() -> None:
    with pytest.raises(EnvironmentFault) as caught:
        DeviceSource(63).open()
    assert caught.value.code == "media.device_unavailable"
    assert "63" in caught.value.message("zh_CN")
    assert "63" in caught.value.message("en")
