"""Raw SQL in tests, with ids as the ORM shows them (issue 12 storage: the workstation stores
each id as its 16 bytes, `app.store.types.Uuid`, and each SHA-256 digest as its 32 bytes,
`app.store.types.Sha256`). Test helpers that run a statement bind canonical UUID text and
64-character lowercase hex as those bytes and read 16- and 32-byte values back as the text,
so a test's ``WHERE id = :i`` with a case id finds the case (a text parameter never equals a
BLOB)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.store.functions import digest_bytes, digest_text, id_bytes, id_text


def bind(params: Mapping[str, Any]) -> dict[str, Any]:
    """Parameters with every canonical UUID text and hex digest as stored."""
    return {k: digest_bytes(id_bytes(v)) for k, v in params.items()}


def shown(value: Any) -> Any:
    """A stored value as the ORM shows it: an id's 16 bytes and a digest's 32 as text."""
    return digest_text(id_text(value))


def scalar(session: Session, sql: str, params: Mapping[str, Any]) -> Any:
    return shown(session.execute(text(sql), bind(params)).scalar())


def rows(session: Session, sql: str, params: Mapping[str, Any]) -> list[Any]:
    """Every row, each value as the ORM shows it (by index, by column name or `_mapping`)."""
    result = session.execute(text(sql), bind(params))
    keys = list(result.keys())
    return [_Row(keys, [shown(v) for v in row]) for row in result]


class _Row(tuple[Any, ...]):
    """A result row (like SQLAlchemy's Row): a tuple with its columns by name too."""

    _keys: list[str]

    def __new__(cls, keys: list[str], values: list[Any]) -> _Row:
        row = super().__new__(cls, values)
        row._keys = keys
        return row

    @property
    def _mapping(self) -> dict[str, Any]:
        return dict(zip(self._keys, self, strict=True))

    def __getattr__(self, name: str) -> Any:
        try:
            return self[self._keys.index(name)]
        except ValueError:
            raise AttributeError(name) from None


def orm_rows(db: Any) -> dict[str, list[dict[str, Any]]]:
    """Every mapped table's rows read through the ORM's column types, in rowid order (the
    columns the file has: a later revision's are not there when migrated down)."""
    from sqlalchemy import select

    from app.store.models import Base

    found: dict[str, list[dict[str, Any]]] = {}
    with db.read() as session:
        for mapper in Base.registry.mappers:
            table = mapper.local_table
            live = {r[1] for r in session.execute(text(f"PRAGMA table_info('{table.name}')"))}
            columns = [c for c in table.columns if c.name in live]
            found[table.name] = [
                dict(r._mapping) for r in session.execute(select(*columns).order_by(text("rowid")))
            ]
    return found


def raw_rows(
    db_file: Any, kinds_of: Callable[[str], frozenset[str]], lengths: tuple[int, int]
) -> tuple[dict[str, list[tuple[Any, ...]]], set[str]]:
    """Every table's rows as the file holds them, ids and digests decoded, and which SQLite
    types the columns `kinds_of` names hold where a value is as long as either stored form
    (``lengths``: bytes, text; other values are kept as they are)."""
    from app.store.functions import register
    from app.store.types import digest_columns, id_columns

    plain = sqlite3.connect(db_file)
    register(plain)
    try:
        tables = [r[0] for r in plain.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found: dict[str, list[tuple[Any, ...]]] = {}
        kinds: set[str] = set()
        for table in tables:
            if table.startswith("sqlite_") or table == "alembic_version":
                continue
            columns = [r[1] for r in plain.execute(f"PRAGMA table_info('{table}')")]
            ids, digests = id_columns(table), digest_columns(table)
            select_list = ", ".join(
                f'uuid_text("{c}")'
                if c in ids
                else f'sha_text("{c}")'
                if c in digests
                else f'"{c}"'
                for c in columns
            )
            found[table] = list(
                plain.execute(f'SELECT {select_list} FROM "{table}" ORDER BY rowid')
            )
            for column in kinds_of(table) & set(columns):
                kinds |= {
                    r[0]
                    for r in plain.execute(
                        f'SELECT DISTINCT typeof("{column}") FROM "{table}" '
                        f'WHERE length(CAST("{column}" AS BLOB)) IN {lengths}'
                    )
                }
        return found, kinds
    finally:
        plain.close()
