"""The workaround for PySide6 dropping references to None on Python 3.11 (app/ui/refguard)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from app.ui import refguard

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not refguard.needed(), reason="None is immortal here")

CALLS = """
import sys
{guard}
from PySide6.QtCore import QCoreApplication, QObject, QTimer
app = QCoreApplication([])
widget, timer = QObject(), QTimer()
for _ in range(200_000):
    widget.setObjectName("bay")
    timer.stop()
print("survived")
"""


def _run(guard: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CALLS.format(guard=guard)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_a_long_shift_of_void_calls_survives_with_the_guard() -> None:
    done = _run("import app.ui")  # importing the shell installs the guard
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "survived"


def test_the_bindings_still_drop_references_to_none() -> None:
    """When this fails, PySide6 is fixed: delete app/ui/refguard.py and this test."""
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        obj.setObjectName("bay")
    assert sys.getrefcount(None) - before <= -90  # one reference lost per call
    without = _run("")
    assert without.returncode != 0
    assert "none_dealloc" in without.stderr
