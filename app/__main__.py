"""python -m app: the command line (``gui`` is the default command)."""

from __future__ import annotations

import sys

from app.cli.main import main


def _leave(code: int) -> None:
    """`print` and `scan` leave without the interpreter's module clean-up (0.2-0.7 s after
    SQLAlchemy, NumPy and OpenCV; issue 11): their output is flushed and their database
    transactions are committed (SQLite in WAL mode recovers an unclosed connection)."""
    printing = sys.modules.get("app.cli.printing")
    if getattr(printing, "QUICK_EXIT", False):
        import logging
        import os

        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    _leave(main())
