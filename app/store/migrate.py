"""Schema changes only through Alembic (ARCHITECTURE.md "Data"), run at every open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from app.store.functions import register as register_functions

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _functions(conn: Connection) -> None:
    """Index expressions call reverse(), migration 0021 uuid_blob()/uuid_text(); a migration
    may run on a plain engine."""
    raw = conn.connection.dbapi_connection
    if isinstance(raw, sqlite3.Connection):
        register_functions(raw)


def upgrade(engine: Engine, revision: str = "head") -> None:
    if revision == "head" and current_revision(engine) == head_revision():
        return
    config = alembic_config()
    with engine.begin() as conn:
        _functions(conn)
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as conn:
        _functions(conn)
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
