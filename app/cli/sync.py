"""`enroll` and `sync`: the workstation's link to head office from the command line.

Exit codes as the rest of the CLI: 0 done, 2 the user's to fix (not enrolled, refused code,
wrong dealer, revoked, clock), 3 the environment's (head office unreachable or failing).
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from app.config import Settings
from app.domain.errors import EnvironmentFault


def register(sub: Any) -> None:
    enroll = sub.add_parser("enroll", help="enroll this workstation with head office")
    enroll.add_argument("--server", required=True, help="head-office URL, e.g. https://hq:8765")
    enroll.add_argument("--code", required=True, help="one-time enrollment code from head office")
    enroll.add_argument(
        "--ca-file", help="certificate of the dealer's own certificate authority (PEM)"
    )
    enroll.add_argument(
        "--insecure",
        action="store_true",
        help="allow plain http:// to another machine (testing on a trusted network only)",
    )
    enroll.set_defaults(handler=run_enroll)
    sync = sub.add_parser("sync", help="sync with head office and print what moved")
    sync.add_argument("--once", action="store_true", help="one round, then exit")
    sync.add_argument(
        "--interval", type=float, default=60.0, help="seconds between rounds (default 60)"
    )
    sync.add_argument("--no-media", action="store_true", help="leave media uploads for later")
    sync.add_argument("--no-verify", action="store_true", help="skip the verify step")
    sync.set_defaults(handler=run_sync)


def _context(settings: Settings) -> Any:
    from app.services.setup import open_workstation

    return open_workstation(settings.data_dir, settings.lang)


def run_enroll(args: argparse.Namespace, settings: Settings) -> int:
    from app.sync.client import SyncClient

    ctx = _context(settings)
    client = SyncClient(ctx.db, ctx.media_dir)
    try:
        done = client.enroll(
            args.server, args.code, ca_file=args.ca_file, insecure=bool(args.insecure)
        )
    finally:
        client.close()
        ctx.db.dispose()
    sys.stdout.write(
        f"enrolled: device {done.device_id}, dealer {done.dealer_code} ({done.dealer_id}), "
        f"server {done.server_url}; {done.rebound_rows} local rows now carry the dealer id\n"
    )
    return 0


def run_sync(args: argparse.Namespace, settings: Settings) -> int:
    from app.sync.client import Backoff, SyncClient

    ctx = _context(settings)
    client = SyncClient(ctx.db, ctx.media_dir)
    backoff = Backoff()
    try:
        while True:
            try:
                report = client.run_round(verify=not args.no_verify, media=not args.no_media)
            except EnvironmentFault as exc:
                if args.once:
                    raise
                sys.stderr.write(exc.message(settings.lang) + "\n")
                time.sleep(backoff.next_delay())
                continue
            backoff.reset()
            sys.stdout.write(report.summary() + "\n")
            sys.stdout.flush()
            if args.once:
                if report.clock_blocked:
                    sys.stderr.write(
                        "the workstation clock differs from head office by "
                        f"{report.clock_skew_ms // 1000} s: fix the clock; nothing was lost\n"
                    )
                    return 2
                return 0  # media still pending is shown above; the next round continues it
            time.sleep(args.interval)
    finally:
        client.close()
        ctx.db.dispose()
