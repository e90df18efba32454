"""Command-line functions of ``python -m app headoffice …`` (wired by `register_subcommands`).

serve             run the server (TLS when both --certfile and --keyfile are given)
enroll-code       print a one-time enrollment code for a dealer's workstation
import-reference  load parts / labor_op / campaign / staff rows from CSV or JSON
revoke-device     refuse a workstation from now on
"""

from __future__ import annotations

import argparse
import logging
from datetime import timedelta
from pathlib import Path

from app.headoffice.auth import ENROLL_TTL, create_enrollment_code, revoke_device
from app.headoffice.db import DEFAULT_DB_FILENAME, make_engine, normalize_url, run_migrations
from app.headoffice.reference import import_file

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765


def default_db_url(data_dir: Path) -> str:
    """The embedded default: a SQLite file in the data directory."""
    return f"sqlite:///{data_dir / DEFAULT_DB_FILENAME}"


def _engine(db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(db_url)
    run_migrations(engine)
    return engine


KEEP_ALIVE_S = 30
"""Seconds an idle keep-alive connection stays open. Longer than the workstation's own idle
expiry (httpx: 5 s), so the bay always closes first and never sends a request on a connection
the server is closing (uvicorn's default, 5 s, races it)."""


def serve(
    db_url: str,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    media_dir: Path | None = None,
    certfile: str | None = None,
    keyfile: str | None = None,
    workers: int | None = None,
    enroll_rate: int = 20,
) -> None:
    """``workers`` > 1: that many server processes on one port (uvicorn's supervisor), each
    building the app from the environment; migrations run once here first. ``enroll_rate``:
    enrollment attempts per client address and minute (per worker). By default one worker
    per CPU core on PostgreSQL (the workers are CPU-bound Python; PostgreSQL orders their
    writes), one on SQLite (a single writer)."""
    import os

    import uvicorn

    from app.headoffice.api import create_app

    media = media_dir or Path("headoffice-media")
    tls = {"ssl_certfile": certfile, "ssl_keyfile": keyfile} if certfile and keyfile else {}
    if not tls and host not in ("127.0.0.1", "localhost", "::1"):
        log.warning(
            "serving without TLS on %s: put a TLS proxy in front or pass a certificate", host
        )
    if workers is None:
        postgres = normalize_url(db_url).startswith("postgresql")
        workers = (os.cpu_count() or 1) if postgres else 1
    if workers > 1:
        _engine(db_url).dispose()  # migrate once, before the workers start
        os.environ.update(
            {ENV_DB: db_url, ENV_MEDIA: str(media), ENV_ENROLL_RATE: str(enroll_rate)}
        )
        uvicorn.run(
            "app.headoffice.cli:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
            timeout_keep_alive=KEEP_ALIVE_S,
            **tls,  # type: ignore[arg-type]
        )
        return
    app = create_app(db_url, media, enroll_rate=(enroll_rate, 60.0))
    freeze_startup_objects()
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        timeout_keep_alive=KEEP_ALIVE_S,
        **tls,  # type: ignore[arg-type]
    )


ENV_DB, ENV_MEDIA, ENV_ENROLL_RATE = "HEADOFFICE_DB", "HEADOFFICE_MEDIA", "HEADOFFICE_ENROLL_RATE"


def app_from_env():  # type: ignore[no-untyped-def]
    """The app of one worker of ``serve --workers K`` (uvicorn imports it in each process)."""
    import os

    from app.headoffice.api import create_app

    rate = int(os.environ.get(ENV_ENROLL_RATE, "20"))
    app = create_app(
        os.environ[ENV_DB], Path(os.environ[ENV_MEDIA]), migrate=False, enroll_rate=(rate, 60.0)
    )
    freeze_startup_objects()
    return app


def freeze_startup_objects() -> None:
    """Leave everything the server holds at start-up (modules, models, the app) out of the
    garbage collector's full passes (`gc.freeze`). A bulk push builds a few hundred thousand
    objects, each collection then walked every one of those too: parsing a 5,000-change
    batch took 2-3 times as long as with the collector off (benchmarks/sync_join.py)."""
    import gc

    gc.collect()
    gc.freeze()


def enroll_code(db_url: str, dealer_code: str, name: str = "", ttl: timedelta = ENROLL_TTL) -> str:
    """Create (if new) the dealer and print a one-time code for one workstation."""
    engine = _engine(db_url)
    code = create_enrollment_code(engine, dealer_code, name, ttl)
    engine.dispose()
    print(code)  # noqa: T201 - command-line output
    return code


def import_reference(db_url: str, file: Path) -> dict[str, int]:
    engine = _engine(db_url)
    counts = import_file(engine, Path(file))
    engine.dispose()
    for tbl, changed in sorted(counts.items()):
        print(f"{tbl}: {changed} rows new or changed")  # noqa: T201 - command-line output
    return counts


def revoke(db_url: str, device_id: str) -> int:
    engine = _engine(db_url)
    try:
        last = revoke_device(engine, device_id)
    except KeyError:
        from app.domain.errors import NotFound
        from app.headoffice import messages as _messages

        del _messages
        raise NotFound("ho.unknown_device", device=device_id) from None
    finally:
        engine.dispose()
    print(f"revoked {device_id}; last acknowledged local_seq {last}")  # noqa: T201 - command-line output
    return last


def new_epoch(db_url: str) -> str:
    """After restoring the database from a backup: a new epoch makes every workstation
    re-push what it holds (SYNC.md §5.6)."""
    from app.headoffice.db import new_epoch as rotate

    engine = _engine(db_url)
    epoch = rotate(engine)
    engine.dispose()
    print(f"new epoch {epoch}")  # noqa: T201 - command-line output
    return epoch


def register_subcommands(subparsers: argparse._SubParsersAction, default_db: str) -> None:  # type: ignore[type-arg]
    """Add serve / enroll-code / import-reference / revoke-device; each sets ``handler``
    (call ``args.handler(args)``)."""
    p = subparsers.add_parser("serve", help="run the head-office server")
    p.add_argument("--db", default=default_db)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=DEFAULT_PORT)
    p.add_argument("--media-dir", type=Path, default=None)
    p.add_argument("--certfile", default=None)
    p.add_argument("--keyfile", default=None)
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        help="server processes on one port (default: the CPU cores on PostgreSQL, 1 on SQLite)",
    )
    p.add_argument(
        "--enroll-rate", type=int, default=20, help="enrollment attempts per address and minute"
    )
    p.set_defaults(
        handler=lambda a: serve(
            a.db,
            a.host,
            a.port,
            a.media_dir,
            a.certfile,
            a.keyfile,
            a.workers,
            a.enroll_rate,
        )
    )

    p = subparsers.add_parser("enroll-code", help="print a one-time workstation enrollment code")
    p.add_argument("--db", default=default_db)
    p.add_argument("--dealer", required=True)
    p.add_argument("--name", default="")
    p.set_defaults(handler=lambda a: enroll_code(a.db, a.dealer, a.name))

    p = subparsers.add_parser("import-reference", help="load reference data (CSV or JSON)")
    p.add_argument("--db", default=default_db)
    p.add_argument("file", type=Path)
    p.set_defaults(handler=lambda a: import_reference(a.db, a.file))

    p = subparsers.add_parser("revoke-device", help="refuse a workstation from now on")
    p.add_argument("--db", default=default_db)
    p.add_argument("device_id")
    p.set_defaults(handler=lambda a: revoke(a.db, a.device_id))

    p = subparsers.add_parser("new-epoch", help="after restoring a backup: make bays re-push")
    p.add_argument("--db", default=default_db)
    p.set_defaults(handler=lambda a: new_epoch(a.db))
