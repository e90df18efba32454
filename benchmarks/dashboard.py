"""Manager dashboard and quarterly report on a small and a big dealer, in the same run.

    python benchmarks/dashboard.py --small DIR2K --big DIR200K [--quarter 2026Q4] [--repeat 3]

Each DIR is an existing demo data directory (opening a workstation upgrades its schema and may
checkpoint its WAL; the figures only read). Measured is exactly what the dashboard page
(app/ui/manager_dashboard.py) waits for, on the task runner, with the figure caches emptied
before each run (a period opened for the first time since the data changed):

- "first": kpi_aftercare.screen_figures(trend=False), the page's first task: every figure of
  the quarter (SLA, stage waits, quality, delays, declined, complaints, feedback, D4, the
  targets and the weak spots). The page shows them when it ends; issue 10 asks < 1 s here.
- "complete": first + kpi_aftercare.screen_trend, the second task: the previous quarter's SLA
  figures and stage waits (the weak spots' "Previous" and trend columns, "…" until then).
- "one call": screen_figures(trend=True), everything in one task (how the page loaded before).
- "reopen": both tasks again with nothing changed (the caches per period and data token).
- "report": the quarterly report PDF (figures, the previous quarter's, charts, CJK font);
  issue 10 asks < 10 s.

Medians of --repeat runs after one warm-up. Beside each wall-clock time the process's CPU time
(all threads): on a shared machine the wall clock also counts the wait for a core. The load
average is printed before and after each directory: with 2 cores, a load of 8 means each
process gets about a quarter of a core, and the wall clock shows that more than the code does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.printing.quarterly_report import build_quarterly_report
from app.services import kpi, kpi_aftercare
from app.services.setup import open_workstation


def _clear() -> None:
    kpi.clear_cache()
    kpi_aftercare.clear_cache()


def _timed(call: Callable[[], Any]) -> tuple[Any, float, float]:
    started, cpu = time.perf_counter(), time.process_time()
    value = call()
    return value, time.perf_counter() - started, time.process_time() - cpu


def measure(data_dir: Path, quarter: str, repeat: int) -> dict[str, Any]:
    ctx = open_workstation(data_dir)
    period = kpi.parse_quarter(quarter)

    def first() -> Any:
        return kpi_aftercare.screen_figures(ctx, period, trend=False)

    def both() -> tuple[Any, float, float]:
        # The page's two tasks, one after the other: the times when each one ends.
        shown, first_wall, first_cpu = _timed(first)
        _done, wall, cpu = _timed(lambda: kpi_aftercare.screen_trend(ctx, shown))
        return shown, first_wall, first_cpu, first_wall + wall, first_cpu + cpu  # type: ignore[return-value]

    _clear()
    warm = kpi_aftercare.screen_figures(ctx, period)  # warm-up (page cache, imports)
    runs: dict[str, list[float]] = {
        name: [] for name in ("first", "first_cpu", "complete", "complete_cpu", "one", "one_cpu")
    }
    for _ in range(repeat):
        _clear()
        _shown, first_wall, first_cpu, complete, complete_cpu = both()  # type: ignore[misc]
        runs["first"].append(first_wall)
        runs["first_cpu"].append(first_cpu)
        runs["complete"].append(complete)
        runs["complete_cpu"].append(complete_cpu)
        _clear()
        one, wall, cpu = _timed(lambda: kpi_aftercare.screen_figures(ctx, period))
        assert one == warm, "the figures changed between runs"
        runs["one"].append(wall)
        runs["one_cpu"].append(cpu)
    # Reopened with nothing changed: both tasks served by the caches (the data token read).
    _reopened, _first, _cpu, reopen, _reopen_cpu = both()  # type: ignore[misc]
    _clear()
    with tempfile.TemporaryDirectory() as tmp:
        _none, report, report_cpu = _timed(
            lambda: build_quarterly_report(ctx, period, Path(tmp) / "q.pdf")
        )
    ctx.db.dispose()
    result = {name: statistics.median(values) for name, values in runs.items()}
    result.update(cases=warm.dashboard.cases, reopen=reopen, report=report, report_cpu=report_cpu)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=Path, required=True)
    parser.add_argument("--big", type=Path, required=True)
    parser.add_argument("--quarter", default="2026Q4")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"quarter {args.quarter}, median of {args.repeat}; seconds, wall (cpu)")
    print(
        f"{'data dir':<22}{'cases':>9}{'first':>15}{'complete':>15}{'one call':>15}"
        f"{'reopen':>8}{'report':>15}   load average before / after"
    )
    for data_dir in (args.small, args.big):
        before = _load()
        got = measure(data_dir, args.quarter, args.repeat)

        def pair(wall: float, cpu: float) -> str:
            return f"{wall:.3f} ({cpu:.2f})"

        print(
            f"{data_dir!s:<22}{got['cases']:>9,}"
            f"{pair(got['first'], got['first_cpu']):>15}"
            f"{pair(got['complete'], got['complete_cpu']):>15}"
            f"{pair(got['one'], got['one_cpu']):>15}"
            f"{got['reopen']:>8.3f}"
            f"{pair(got['report'], got['report_cpu']):>15}"
            f"   {before} / {_load()}"
        )


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
