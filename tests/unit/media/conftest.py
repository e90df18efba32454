"""Fixtures for the media tests: a short generated demo clip plays the camera."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.media.demo_clip import ensure_demo_clip
from app.media.store import MediaStore

CLIP_FPS = 20.0
CLIP_FRAMES = 40
CLIP_SIZE = (320, 240)


@pytest.fixture(scope="session")
def demo_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2 s, 20 fps, 320x240 mp4v clip (40 frames), made once per test run."""
    path = tmp_path_factory.mktemp("demo") / "bay.mp4"
    return ensure_demo_clip(path, seconds=CLIP_FRAMES / CLIP_FPS, fps=CLIP_FPS, size=CLIP_SIZE)


@pytest.fixture
def store(tmp_path: Path) -> MediaStore:
    return MediaStore(tmp_path / "media")
