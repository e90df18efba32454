"""A real network camera for tests: GStreamer's RTSP server (Debian gir1.2-gst-rtsp-server-1.0
with python3-gi) serving a video file on loopback as H.264 over RTSP.

Run with the system Python, which has `gi` (the venv does not):

    /usr/bin/python3 tests/helpers/rtsp_server.py CLIP.mp4

It prints ``PORT <n>`` once it listens on 127.0.0.1 (the stream is rtsp://127.0.0.1:<n>/cam)
and serves until killed. The clip loops, so a test decides when the camera goes away by
killing the process (tests/helpers/rtsp.py).
"""

from __future__ import annotations

import sys

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402


class LoopingFactory(GstRtspServer.RTSPMediaFactory):
    def __init__(self, clip: str) -> None:
        super().__init__()
        self.clip = clip

    def do_create_element(self, url: object) -> Gst.Element:
        return Gst.parse_launch(
            f'( multifilesrc location="{self.clip}" loop=true ! qtdemux ! decodebin '
            "! videoconvert ! video/x-raw,format=I420 "
            "! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=10 bitrate=800 "
            "! rtph264pay name=pay0 pt=96 config-interval=1 )"
        )


def main() -> int:
    Gst.init(None)
    server = GstRtspServer.RTSPServer()
    server.set_address("127.0.0.1")
    server.set_service("0")  # any free port
    factory = LoopingFactory(sys.argv[1])
    factory.set_shared(True)
    server.get_mount_points().add_factory("/cam", factory)
    server.attach(None)
    sys.stdout.write(f"PORT {server.get_bound_port()}\n")
    sys.stdout.flush()
    GLib.MainLoop().run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
