"""Start-up a person feels: `python -m app gui --smoke` until the login screen accepts a PIN,
against a bare PySide6 window measured in the same run.

    python benchmarks/startup.py [--repeat 5] [DATA_DIR ...]

DATA_DIR defaults to /tmp/bay2k and /tmp/bay200k, made once with
``python -m app --data-dir /tmp/bay2k demo --orders 2000`` (and ``--orders 200000``); a
missing one is reported and skipped. Both programs are timed from process spawn (interpreter
and imports included) to the line ``startup_ms=`` they print: the bare window at its first
paint, ServiceBay when the login tiles are up and take a tap and a PIN (`gui --smoke`). The
app's time until its database stack is fully open (the process exit: SQLAlchemy, schema check)
is printed too, for information. Runs alternate bare/app so load on the machine hits both.
Prints medians in ms and the ratio (target <= 2.5x, moonshot 1.5x).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIRS = ("/tmp/bay2k", "/tmp/bay200k")
DB_NAME = "servicebay.sqlite3"

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1366, 820)
class F(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print("startup_ms=0", flush=True); QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms until the startup_ms line, ms until the process exited successfully)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    usable: float | None = None
    for line in proc.stdout:
        if usable is None and line.startswith("startup_ms="):
            usable = (time.perf_counter() - start) * 1000
    code = proc.wait(timeout=120)
    done = (time.perf_counter() - start) * 1000
    if usable is None or code != 0:
        raise RuntimeError(f"{cmd} printed no startup_ms or failed (exit {code})")
    return usable, done


def cases_in(data_dir: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(f"{(data_dir / DB_NAME).as_uri()}?mode=ro", uri=True)
    try:
        return f"{conn.execute('SELECT count(*) FROM service_case').fetchone()[0]:,}"
    except sqlite3.Error:
        return "?"
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("data_dirs", nargs="*", default=list(DEFAULT_DIRS))
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = str(ROOT)
    bare_cmd = [sys.executable, "-c", BARE]
    worst = 0.0
    for name in args.data_dirs:
        data_dir = Path(name)
        if not (data_dir / DB_NAME).exists():
            print(f"{data_dir}: no ServiceBay database (make it with demo --orders N); skipped")
            continue
        app_cmd = [sys.executable, "-m", "app", "--data-dir", str(data_dir), "gui", "--smoke"]
        measure(app_cmd, env)  # warm the page cache (and migrate an old schema); not counted
        measure(bare_cmd, env)
        bare: list[float] = []
        usable: list[float] = []
        opened: list[float] = []
        for _ in range(args.repeat):
            bare.append(measure(bare_cmd, env)[0])
            u, d = measure(app_cmd, env)
            usable.append(u)
            opened.append(d)
        b, u, d = (statistics.median(x) for x in (bare, usable, opened))
        ratio = u / b
        worst = max(worst, ratio)
        print(f"{data_dir} ({cases_in(data_dir)} cases), median of {args.repeat}:")
        print(f"  bare PySide6 window to first paint:       {b:7.0f} ms")
        print(f"  ServiceBay until the login accepts a PIN: {u:7.0f} ms")
        print(f"  (ServiceBay database stack fully open:    {d:7.0f} ms)")
        print(f"  ratio: {ratio:.2f}x (target <= 2.5x, moonshot 1.5x)")
    if worst:
        print(f"worst ratio: {worst:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
