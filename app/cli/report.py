"""`servicebay report quarterly --quarter 2026Q3 --out FILE.pdf`: the quarterly improvement
report (P5). A malformed quarter exits 2 with one clear line (the services' message)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.config import Settings


def register(sub: Any) -> None:
    report = sub.add_parser("report", help="management reports")
    kinds = report.add_subparsers(dest="report_kind", required=True, parser_class=type(report))
    quarterly = kinds.add_parser("quarterly", help="the quarterly improvement report (PDF)")
    quarterly.add_argument("--quarter", required=True, help="the quarter, e.g. 2026Q3")
    quarterly.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    quarterly.set_defaults(handler=run_quarterly)


def run_quarterly(args: argparse.Namespace, settings: Settings) -> int:
    from app.services.kpi import parse_quarter

    period = parse_quarter(args.quarter)  # before opening anything: bad input exits 2 fast

    from app.cli.cases import _context
    from app.printing.quarterly_report import build_quarterly_report

    ctx = _context(settings)
    out = args.out.expanduser().resolve()
    result = build_quarterly_report(ctx, period, out, settings.lang)
    print(f"{result.label}\t{result.cases}\t{out}")
    return 0
