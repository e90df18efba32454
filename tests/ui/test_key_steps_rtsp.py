"""W3 against a real network camera (issue 8 item 3): GStreamer's RTSP server on loopback
serves the demo clip; the technician records a key-step video from it through
cv2.VideoCapture (FFmpeg reads rtsp://), the server is cut mid-recording, and the partial clip
is kept, playable (mp4v .mp4, frames read back with cv2) and attached to the step; the
technician is told on screen. Skipped only when GStreamer's RTSP server cannot be run here
(the Debian packages are installed by scripts/sysdeps.sh)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import pytest
from pytestqt.qtbot import QtBot

from app.media.demo_clip import ensure_demo_clip
from app.media.store import MediaStore
from app.services import key_steps
from app.store.models import KeyStep, MediaFile
from tests.helpers.rtsp import missing_reason, rtsp_camera
from tests.ui.test_floor_qc_pages import LEFT, case_in_work, rows

pytestmark = pytest.mark.skipif((reason := missing_reason()) is not None, reason=reason or "")


def test_key_step_video_from_an_rtsp_camera_cut_mid_recording(
    qtbot: QtBot,
    demo_dir: Path,
    tmp_path: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
) -> None:
    shell = make_shell(demo_dir)
    ctx = shell.state.ctx
    case_id = case_in_work(ctx, "刘洋")
    advisor = next(a for a in key_steps_actors(ctx) if a.name == "王芳")
    key_steps.record_consent(ctx, advisor, case_id, given=True, method="at_signing")
    clip = ensure_demo_clip(tmp_path / "camera.mp4")
    with rtsp_camera(clip) as camera:
        log_in(shell, "technician")
        page = shell.window.page("key_steps")
        page.camera.camera_spec = camera.url  # the bay camera is the network camera
        shell.state.open_page_requested.emit("key_steps", case_id)
        qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
        qtbot.mouseClick(page.ui.addStepButton, LEFT)
        qtbot.waitUntil(lambda: page.ui.stepsList.count() == 1, timeout=10_000)
        (step,) = rows(ctx, KeyStep, case_id=case_id)
        panel = page.camera
        qtbot.waitUntil(panel.record_button.isEnabled, timeout=30_000)
        assert panel.session is not None
        assert panel.session.source.name == camera.url
        qtbot.mouseClick(panel.record_button, LEFT)
        qtbot.waitUntil(lambda: panel.session.recording_seconds > 1.5, timeout=20_000)
        camera.cut()  # the server goes away mid-recording
        qtbot.waitUntil(
            lambda: bool(rows(ctx, MediaFile, case_id=case_id, purpose="key_step")),
            timeout=60_000,
        )
    (video,) = rows(ctx, MediaFile, case_id=case_id, purpose="key_step")
    assert video.subject_id == step.id
    assert video.mime == "video/mp4"
    assert (video.duration_s or 0) > 0
    # Kept and playable: cv2 reads its frames back.
    path = MediaStore(ctx.media_dir).path_of(video.sha256)
    capture = cv2.VideoCapture(str(path))
    frames = 0
    while capture.read()[0]:
        frames += 1
    fourcc = int(capture.get(cv2.CAP_PROP_FOURCC))
    capture.release()
    assert frames > 0
    assert fourcc.to_bytes(4, "little").decode().lower() in ("mp4v", "fmp4")
    # The technician is told, in their language.
    # (the row is in the database before the page hears of it: wait for the page's notice)
    qtbot.waitUntil(lambda: "视频已记入该工序" in page.ui.actionErrorLabel.text(), timeout=10_000)
    assert "已保存" in page.ui.actionErrorLabel.text()  # and what the camera did
    page.camera.stop(wait=True)


def key_steps_actors(ctx: Any) -> list[Any]:
    from tests.ui.test_floor_qc_pages import actors

    return list(actors(ctx).values())
