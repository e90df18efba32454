"""Crashes never leave a partial file under a final name (temp -> fsync -> rename).

The crashes are real: a child process is killed with SIGKILL, once at the exact point between
writing the temporary and renaming it (the child replaces os.replace with a self-kill, the one
fault injected), and once at an arbitrary moment while it records clips and takes photos.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import cv2
import pytest

from app.media.demo_clip import demo_frame, ensure_demo_clip
from app.media.store import MediaStore

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL semantics")


def _child(code: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def test_crash_between_write_and_rename(tmp_path: Path) -> None:
    root = tmp_path / "media"
    photo = tmp_path / "photo.jpg"
    ok, data = cv2.imencode(".jpg", demo_frame(1, size=(320, 240)))
    assert ok
    photo.write_bytes(data.tobytes())
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    child = _child(
        """
        import os, signal, sys
        from pathlib import Path
        from app.media.store import MediaStore
        store = MediaStore(sys.argv[1])
        # The crash: power is cut after the temporary is written and fsynced, before rename.
        os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
        store.put_photo(Path(sys.argv[2]).read_bytes())
        print("not reached")
        """,
        str(root),
        str(photo),
    )
    out, _ = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert "not reached" not in out

    leftovers = list((root / ".tmp").iterdir())
    assert len(leftovers) == 1
    assert leftovers[0].read_bytes() == photo.read_bytes()  # written and synced, not renamed
    assert not (root / sha[:2] / sha[2:]).exists()  # nothing under the final name

    store = MediaStore(root)  # the next start removes what the dead process left
    assert not store.has(sha)
    assert list(store.all_shas()) == []
    assert list(store.temp_dir.iterdir()) == []
    ref = store.import_image(photo)
    assert ref.sha256 == sha
    assert store.verify(sha)


def test_temporaries_of_a_live_process_are_kept(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media")
    ours = store.temp_path(".mp4")  # a recording this process is still writing
    ours.write_bytes(b"in progress")
    stranger = store.temp_dir / "notes.txt"  # not ours to judge
    stranger.write_bytes(b"x")
    MediaStore(tmp_path / "media")
    assert ours.exists()
    assert stranger.exists()
    assert list(store.all_shas()) == []  # and neither is media


def test_kill_during_recording_and_photos(tmp_path: Path) -> None:
    root = tmp_path / "media"
    clip = ensure_demo_clip(tmp_path / "bay.mp4", seconds=2.0, fps=20.0, size=(320, 240))
    child = _child(
        """
        import sys
        from app.media.capture import CaptureSession
        from app.media.sources import FileSource
        from app.media.store import MediaStore
        store = MediaStore(sys.argv[1])
        session = CaptureSession(FileSource(sys.argv[2], realtime=False), store)
        session.start()
        session.wait_for_frame()
        while True:
            session.start_recording(max_seconds=0.5)
            print("photo", session.take_photo().sha256, flush=True)
            print("clip", session.stop_recording().sha256, flush=True)
        """,
        str(root),
        str(clip),
    )
    assert child.stdout is not None
    reported: list[str] = []
    for line in child.stdout:
        reported.append(line.split()[1])
        if len(reported) == 7:  # mid-way through the next clip or photo
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL

    store = MediaStore(root)
    stored = set(store.all_shas())
    # Everything the child was told is stored survived the crash intact ...
    assert set(reported) <= stored
    # ... and every file under a final name is complete: its content hashes to its name.
    assert all(store.verify(sha) for sha in stored)
    assert list(store.temp_dir.iterdir()) == []
