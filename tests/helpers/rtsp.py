"""Start and stop the loopback RTSP camera (tests/helpers/rtsp_server.py) from a test."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"
SERVER = Path(__file__).with_name("rtsp_server.py")
APT = "gir1.2-gst-rtsp-server-1.0 python3-gi gstreamer1.0-plugins-{base,good,bad,ugly} gstreamer1.0-libav"


def missing_reason() -> str | None:
    """Why no RTSP server can run here (None when it can): the Debian packages are missing."""
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} not found: install {APT} (scripts/sysdeps.sh)"
    probe = subprocess.run(
        [
            SYSTEM_PYTHON,
            "-c",
            "import gi; gi.require_version('Gst','1.0'); gi.require_version('GstRtspServer','1.0');"
            "from gi.repository import Gst, GstRtspServer; Gst.init(None);"
            "import sys; sys.exit(0 if all(Gst.ElementFactory.find(e) for e in "
            "('x264enc','qtdemux','rtph264pay','multifilesrc')) else 3)",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0:
        return f"GStreamer RTSP server not installed (apt: {APT}): {probe.stderr.strip()[-200:]}"
    return None


class RtspCamera:
    def __init__(self, process: subprocess.Popen[str], port: int) -> None:
        self.process = process
        self.port = port
        self.url = f"rtsp://127.0.0.1:{port}/cam"

    def cut(self) -> None:
        """The camera goes away mid-stream (power cut, cable pulled)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


@contextmanager
def rtsp_camera(clip: Path) -> Iterator[RtspCamera]:
    process = subprocess.Popen(
        [SYSTEM_PYTHON, str(SERVER), str(clip)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("PORT "):
            err = process.stderr.read() if process.stderr else ""
            raise RuntimeError(f"RTSP server did not start: {line!r} {err[-500:]}")
        camera = RtspCamera(process, int(line.split()[1]))
        yield camera
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
