"""`headoffice serve|enroll-code|import-reference|revoke-device|new-epoch` (app.headoffice.cli)."""

from __future__ import annotations

import argparse
from typing import Any

from app.config import Settings


def register(sub: Any) -> None:
    from app.headoffice.cli import register_subcommands

    parser = sub.add_parser("headoffice", help="run and administer the head-office server")
    inner = parser.add_subparsers(
        dest="headoffice_command", required=True, parser_class=type(parser)
    )
    register_subcommands(inner, "")
    parser.set_defaults(handler=run)
    # Each inner command sets its own `handler(args)`; keep it apart from ours.
    for choice in inner.choices.values():
        inner_default = choice.get_default("handler")
        choice.set_defaults(handler=run, headoffice_handler=inner_default)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from app.headoffice.cli import default_db_url

    if getattr(args, "db", None) == "":
        (settings.data_dir / "headoffice").mkdir(parents=True, exist_ok=True)
        args.db = default_db_url(settings.data_dir / "headoffice")
    result = args.headoffice_handler(args)
    return (
        result
        if isinstance(result, int) and not isinstance(result, bool) and result in (0, 1, 2, 3)
        else 0
    )
