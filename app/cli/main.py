"""Argument parsing and dispatch. Usage errors and bad input exit 2 with one clear line;
the environment's faults exit 3; our own bugs exit 1 with a crash report, never a traceback
on the terminal."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app.config import LANGS, Settings, resolve_settings
from app.domain.errors import EnvironmentFault, UserError

log = logging.getLogger("app")

EXIT_USAGE = 2
EXIT_ENVIRONMENT = 3


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(EXIT_USAGE)


Handler = Callable[[argparse.Namespace, Settings], int]


LAZY_COMMANDS: dict[str, tuple[str, str]] = {
    "orders": ("app.cli.cases", "list cases, newest first"),
    "show": ("app.cli.cases", "one case with owner, customer, asset, lines, SLA, timeline"),
    "print": ("app.cli.printing", "print a work order, confirmation or settlement sheet"),
    "scan": ("app.cli.printing", "read the QR of a signed paper form"),
    "enroll": ("app.cli.sync", "enroll this workstation with head office"),
    "sync": ("app.cli.sync", "sync with head office"),
    "headoffice": ("app.cli.headoffice", "run and administer the head-office server"),
    "report": ("app.cli.report", "management reports (quarterly improvement report)"),
}
"""Commands whose modules are imported only when named: the server stack (FastAPI), reportlab
and httpx would otherwise slow every start, the window's included (even the case listing's
imports cost the window ~10 ms)."""


def build_parser(argv: Sequence[str] = ()) -> OneLineParser:
    from app.cli import gui

    parser = OneLineParser(
        prog="servicebay",
        description="ServiceBay: offline-first after-sales workshop application.",
    )
    parser.add_argument(
        "--data-dir", help="data directory (default: $BAY_DATA_DIR or the user data dir)"
    )
    parser.add_argument("--lang", choices=LANGS, help="interface language (default zh_CN)")
    sub = parser.add_subparsers(dest="command", parser_class=OneLineParser)
    gui.register(sub)
    _register_lazy(sub, argv)
    return parser


def _register_lazy(sub: Any, argv: Sequence[str]) -> None:
    import importlib

    named = set(argv)
    loaded: set[str] = set()
    for command, (module_name, _) in LAZY_COMMANDS.items():
        if command in named:
            if module_name in loaded:
                continue
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name != module_name:
                    raise
                continue
            module.register(sub)
            loaded.add(module_name)
    for command, (module_name, help_text) in LAZY_COMMANDS.items():
        if module_name not in loaded:
            sub.add_parser(command, help=help_text)


def _crash_report(settings: Settings | None, exc: BaseException) -> Path | None:
    try:
        base = settings.crash_dir if settings else Path.cwd()
        base.mkdir(parents=True, exist_ok=True)
        path = base / "cli-crash.txt"
        path.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
        return path
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    words = list(argv if argv is not None else sys.argv[1:])
    parser = build_parser(words)
    args = parser.parse_args(words)
    if args.command is None:
        args = parser.parse_args([*words, "gui"])
    settings: Settings | None = None
    try:
        settings = resolve_settings(args.data_dir, args.lang)
        handler: Handler = args.handler
        return handler(args, settings)
    except EnvironmentFault as exc:
        sys.stderr.write(exc.message(settings.lang if settings else "zh_CN") + "\n")
        return EXIT_ENVIRONMENT
    except UserError as exc:
        sys.stderr.write(exc.message(settings.lang if settings else "zh_CN") + "\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        sys.stderr.write(f"servicebay: {exc.strerror or exc} ({exc.filename or ''})\n")
        return EXIT_ENVIRONMENT
    except Exception as exc:  # noqa: BLE001  (last resort: our bug, reported, no traceback)
        report = _crash_report(settings, exc)
        sys.stderr.write(f"servicebay: internal error: {exc!r}; report: {report}\n")
        return 1
