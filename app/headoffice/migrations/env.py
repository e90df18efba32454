"""Alembic environment of the head-office schema; run programmatically by `db.run_migrations`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from app.headoffice.db import VERSION_TABLE, normalize_url
from app.headoffice.schema import metadata

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # `alembic -x url=…` from a shell, for `alembic check`
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///headoffice.sqlite3")
    engine = create_engine(normalize_url(url))

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
