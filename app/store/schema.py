"""What the start-up needs to know about the schema without importing Alembic or SQLAlchemy.

`HEAD_REVISION` is the newest migration in app/store/migrations/versions; a test checks it
against Alembic's own view of that folder, so adding a migration without moving this constant
fails the suite. When the stored revision equals it, opening the database skips Alembic
entirely (its import alone costs ~0.2 s of start-up).
"""

from __future__ import annotations

import sqlite3

HEAD_REVISION = "0023"


def stored_revision(conn: sqlite3.Connection) -> str | None:
    """The revision recorded in `alembic_version`, or None for a database never migrated."""
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError:  # no such table: a new or foreign file
        return None
    if len(row) != 1:  # none, or several heads: let Alembic sort it out
        return None
    return str(row[0][0])


def is_current(conn: sqlite3.Connection) -> bool:
    return stored_revision(conn) == HEAD_REVISION
