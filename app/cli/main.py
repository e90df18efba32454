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
from typing import NoReturn

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


def build_parser() -> OneLineParser:
    from app.cli import cases, gui

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
    cases.register(sub)
    for module in _optional_command_modules():
        module.register(sub)
    return parser


def _optional_command_modules() -> list[object]:
    """Commands of capabilities built in their own packages (printing, sync, head office)."""
    import importlib

    modules = []
    for name in ("app.cli.printing", "app.cli.sync", "app.cli.headoffice"):
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return [m for m in modules if hasattr(m, "register")]


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
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
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
