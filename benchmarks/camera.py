"""Camera figures: preview frame rate while recording, photo latency, recording throughput.

    .venv/bin/python benchmarks/camera.py [--seconds 4] [--fps 25] [--size 640x480]
                                          [--source SPEC]

By default the camera is the generated demo clip played in real time at --fps (a FileSource, as
in demo mode). With --source (``device:0``, ``rtsp://…``) a real camera is measured instead.

1. Preview frame rate without recording, then while recording, each as a ratio to the source's
   frame rate (the issue asks the preview to keep the source rate while recording: ratio ~1.0).
2. Photo capture latency while recording (encode + fsync + rename into the store): median, p95.
3. Recording write throughput: the same clip fed as fast as it decodes (not paced), so the
   writer thread is the bottleneck: frames/s and MB/s of raw video in, as a multiple of the
   source's real-time rate (above 1.0 = the encoder keeps up with the camera).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from pathlib import Path

from app.media.capture import CaptureSession, RecordingFinished
from app.media.demo_clip import ensure_demo_clip
from app.media.sources import FileSource, Frame, FrameSource, source_from_spec
from app.media.store import MediaStore


class RateMeter:
    """Counts frame_ready calls between start() and stop()."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count = 0
        self._on = False

    def __call__(self, frame: Frame) -> None:
        with self._lock:
            if self._on:
                self._count += 1

    def measure(self, seconds: float) -> float:
        with self._lock:
            self._count, self._on = 0, True
        started = time.perf_counter()
        time.sleep(seconds)
        with self._lock:
            self._on = False
            count = self._count
        return count / (time.perf_counter() - started)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def preview_and_photos(source: FrameSource, store: MediaStore, seconds: float) -> None:
    meter = RateMeter()
    with CaptureSession(source, store) as session:
        session.frame_ready.connect(meter)
        session.wait_for_frame(timeout=30)
        session.wait_for_frame(after=session.frames_delivered + 5)
        source_fps = source.fps
        idle = meter.measure(seconds)
        session.start_recording(max_seconds=seconds * 4)
        recording = meter.measure(seconds)
        latencies: list[float] = []
        for _ in range(30):
            started = time.perf_counter()
            session.take_photo()
            latencies.append((time.perf_counter() - started) * 1000)
            session.wait_for_frame(after=session.frames_delivered)  # one photo per frame
        clip = session.stop_recording()
    print(f"source: {source.name}  {source.size[0]}x{source.size[1]} @ {source_fps:.1f} fps")
    print(f"preview, not recording: {idle:6.2f} fps  ratio to source {idle / source_fps:.3f}")
    print(
        f"preview while recording: {recording:6.2f} fps  ratio to source "
        f"{recording / source_fps:.3f}  (to not recording {recording / idle:.3f})"
    )
    print(
        f"photo latency while recording (n={len(latencies)}): median "
        f"{statistics.median(latencies):.1f} ms  p95 {percentile(latencies, 0.95):.1f} ms"
    )
    print(f"clip: {clip.duration_s} s, {clip.size / 1e6:.2f} MB")


def write_throughput(clip: Path, store: MediaStore, frames: int) -> None:
    done = threading.Event()
    result: list[RecordingFinished] = []

    def finished(event: RecordingFinished) -> None:
        result.append(event)
        done.set()

    source = FileSource(clip, realtime=False)
    with CaptureSession(source, store) as session:
        session.recording_finished.connect(finished)
        session.wait_for_frame(timeout=30)
        started = time.perf_counter()
        session.start_recording(max_seconds=frames / source.fps)
        done.wait(600)
        elapsed = time.perf_counter() - started
    (event,) = result
    width, height = source.size
    written = event.frames
    raw_mb = written * width * height * 3 / 1e6
    print(
        f"recording write throughput ({width}x{height}, {written} frames written, "
        f"{event.dropped_frames} dropped by a full queue): {written / elapsed:.1f} frames/s, "
        f"{raw_mb / elapsed:.1f} MB/s raw in, {event.ref.size / 1e6 / elapsed:.2f} MB/s mp4 out; "
        f"{written / elapsed / source.fps:.2f}x real time at {source.fps:.0f} fps"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--fps", type=float, default=25.0)
    parser.add_argument("--size", default="640x480")
    parser.add_argument("--source", help="camera setting, e.g. device:0 (default: demo clip)")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        clip = ensure_demo_clip(
            folder / "demo.mp4", seconds=6.0, fps=args.fps, size=(width, height)
        )
        store = MediaStore(folder / "media")
        source = source_from_spec(args.source) if args.source else FileSource(clip)
        preview_and_photos(source, store, args.seconds)
        write_throughput(clip, store, frames=round(args.fps * 8))


if __name__ == "__main__":
    main()
