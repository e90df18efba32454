"""Lists and search with 200,000 cases: time to first rows and search latency.

    python benchmarks/orders.py [--orders 200000] [--data-dir DIR] [--repeat 20]

Builds the demo dealer with N cases in DIR (reused when it already holds them), then prints
the time to the first page of the case list and the search latency for an order number, a
plate, a phone tail and one- and two-character Chinese names. The baseline is a primary-key
lookup of one case measured in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services import queries
from app.services.demo import create_demo
from app.services.setup import is_set_up, open_workstation


def timed(fn: object, repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=200_000)
    parser.add_argument("--data-dir", default="/tmp/servicebay-bench-orders")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    ctx = open_workstation(Path(args.data_dir))
    if not is_set_up(ctx):
        start = time.perf_counter()
        create_demo(
            ctx,
            orders=args.orders,
            progress=lambda d, t: print(f"\r  building {d}/{t}", end="", flush=True),
        )
        print(f"\nbuilt {args.orders} cases in {time.perf_counter() - start:.0f} s")
    total = queries.count_cases(ctx, queries.CaseFilter())
    print(f"cases in database: {total}")
    sample = queries.case_page(ctx, queries.CaseFilter(), total // 2, 1)[0]
    detail = queries.case_detail(ctx, sample.order_no)
    two_char = next(
        r.customer_name[:2]
        for r in queries.case_page(ctx, queries.CaseFilter(), 0, 200)
        if len(r.customer_name) >= 2
    )
    base_med, _ = timed(lambda: queries.case_detail(ctx, sample.id), args.repeat)
    print(f"baseline: one case detail by id          {base_med:7.2f} ms")
    runs = {
        "first page (50 rows, newest first)": lambda: queries.case_page(
            ctx, queries.CaseFilter(), 0, 50
        ),
        "count of all cases": lambda: queries.count_cases(ctx, queries.CaseFilter()),
        "page at offset 100,000": lambda: queries.case_page(ctx, queries.CaseFilter(), 100_000, 50),
        "open cases (state filter), first page": lambda: queries.case_page(
            ctx, queries.CaseFilter(states=("in_work", "qc", "ready")), 0, 50
        ),
    }
    searches = {
        f"order number {sample.order_no}": sample.order_no,
        f"plate {detail.asset.plate or detail.asset.serial}": detail.asset.plate
        or detail.asset.serial,
        f"plate tail {(detail.asset.plate or detail.asset.serial)[-5:]}": (
            detail.asset.plate or detail.asset.serial
        )[-5:],
        f"phone tail {detail.customer.phone[-4:]}": detail.customer.phone[-4:],
        f"one-character name {two_char[:1]}": two_char[:1],
        f"two-character name {two_char}": two_char,
    }
    for label, term in searches.items():
        flt = queries.CaseFilter(search=term)
        runs[f"search {label}"] = lambda flt=flt: (
            queries.count_cases(ctx, flt),
            queries.case_page(ctx, flt, 0, 50),
        )
    for label, fn in runs.items():
        med, p95 = timed(fn, args.repeat)
        print(f"{label:45s} median {med:7.2f} ms  p95 {p95:7.2f} ms  ratio {med / base_med:6.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
