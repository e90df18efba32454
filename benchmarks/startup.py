"""Window start-up: `python -m app gui --smoke` against a bare PySide6 window, same run.

    python benchmarks/startup.py [--repeat 5]

Both are measured from process spawn to their first paint (each prints ``startup_ms=`` at its
first paint; the figure used here is the wall time until that line arrives, which includes the
interpreter and imports). Prints medians and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1280, 800)
class F(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print("startup_ms=0", flush=True); QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def measure(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("startup_ms="):
            elapsed = (time.perf_counter() - start) * 1000
            proc.wait(timeout=60)
            return elapsed
    proc.wait(timeout=60)
    raise RuntimeError(f"{cmd} printed no startup_ms (exit {proc.returncode})")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    data_dir = tempfile.mkdtemp(prefix="servicebay-startup-")
    app_cmd = [sys.executable, "-m", "app", "--data-dir", data_dir, "gui", "--smoke"]
    bare_cmd = [sys.executable, "-c", BARE]
    measure(app_cmd, env)  # first run creates and migrates the database; not counted
    bare, app = [], []
    for _ in range(args.repeat):
        bare.append(measure(bare_cmd, env))
        app.append(measure(app_cmd, env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window to first paint: {b:7.0f} ms (median of {args.repeat})")
    print(f"ServiceBay gui --smoke to first paint: {a:7.0f} ms (median of {args.repeat})")
    print(f"ratio: {a / b:.2f}x (target <= 2.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
