"""`gui` (the default command) and `demo`."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from app.config import Settings


def register(sub: Any) -> None:
    gui = sub.add_parser("gui", help="start the desktop application (default)")
    gui.add_argument("--smoke", action="store_true", help="show the window, print startup_ms, exit")
    gui.set_defaults(handler=run_gui)
    demo = sub.add_parser("demo", help="create the demo dealer with N cases")
    demo.add_argument("--orders", type=_positive, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(handler=run_demo)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    return value


def run_gui(args: argparse.Namespace, settings: Settings) -> int:
    from app.services.roster import prefetch

    # The login roster is read while Qt is being imported (start-up, item 7).
    prefetch(settings.data_dir)
    from app.ui.app import run_gui as start

    return int(start(settings, smoke=bool(args.smoke)))


def run_demo(args: argparse.Namespace, settings: Settings) -> int:
    from app.services.demo import create_demo, demo_in_progress
    from app.services.setup import is_set_up, open_workstation

    ctx = open_workstation(settings.data_dir, settings.lang)
    from app.cli import messages as _messages  # noqa: F401  (registers the cli.* texts)
    from app.domain.messages import name_of, render

    lang = settings.lang
    if demo_in_progress(ctx):
        # An earlier demo was cut short: finish it (issue 12 item 8).
        sys.stderr.write(render("cli.demo_resuming", lang, path=str(settings.data_dir)) + "\n")
    elif is_set_up(ctx):
        sys.stderr.write(render("cli.demo_exists", lang, path=str(settings.data_dir)) + "\n")
        return 2
    started = time.monotonic()

    def progress(done: int, total: int) -> None:
        sys.stderr.write(f"\r{done}/{total}")
        sys.stderr.flush()

    result = create_demo(ctx, orders=args.orders, seed=args.seed, progress=progress)
    # A big write: fold the WAL back into the database (and truncate it) so the next start
    # does not open against hundreds of MB of WAL.
    ctx.db.checkpoint()
    sys.stderr.write("\n")
    print(render("cli.demo_created", lang, orders=result.orders))
    print(render("cli.took", lang, seconds=f"{time.monotonic() - started:.1f}"))
    print(render("cli.staff_header", lang))
    for name, role, pin in result.staff:
        print(f"{name}\t{name_of('roles', str(role), lang)}\t{pin}")
    return 0
