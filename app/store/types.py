"""Column types of the workstation store.

`Uuid` (issue 12 storage): ids are 36-character canonical text everywhere above the store
and on the wire, but the workstation's SQLite database keeps each as its 16 bytes (a BLOB
in a column still declared ``VARCHAR(36)``: TEXT affinity stores BLOB values as they are,
so no table had to be rebuilt and the models match the migrated schema). Any value that is
not a canonical UUID (``""``, a code) is stored as it is. Any other dialect stores the text.

Raw SQL bypasses the type: it binds ids with `id_bytes`/``uuid_blob(...)`` and reads them
with `id_text`/``uuid_text(...)`` (app.store.functions). A BLOB column compared with a text
parameter matches nothing instead of failing, so every raw site must convert.

`Sha256` does the same for SHA-256 digests (migration 0022): 64 lowercase hex characters
above the store, their 32 bytes in SQLite (``sha_blob``/``sha_text``, `digest_bytes` /
`digest_text`); ``""``, NULL and any other text stay as they are.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from app.store.functions import digest_bytes, digest_text, id_bytes, id_text


class Uuid(TypeDecorator[str]):
    """A UUID id: 16 bytes in SQLite, canonical text to the code (see the module)."""

    impl = String
    cache_ok = True

    def __init__(self, length: int = 36) -> None:
        """``length``: the declared length (``VARCHAR(length)``) of a column that may also
        hold other text than an id (audit_event.subject)."""
        super().__init__(length)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return id_bytes(value)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return id_text(value)


class Sha256(TypeDecorator[str]):
    """A SHA-256 hex digest: 32 bytes in SQLite, lowercase hex to the code (see the module)."""

    impl = String
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(64)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return digest_bytes(value)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return digest_text(value)


def id_columns(table: str) -> frozenset[str]:
    """The columns of the workstation table `table` holding ids (typed `Uuid`: 16 bytes in
    SQLite since migration 0021), from the models."""
    return _columns_by_table(Uuid).get(table, frozenset())


def digest_columns(table: str) -> frozenset[str]:
    """The columns of the workstation table `table` holding SHA-256 digests (typed `Sha256`:
    32 bytes in SQLite since migration 0022), from the models."""
    return _columns_by_table(Sha256).get(table, frozenset())


@functools.cache
def _columns_by_table(kind: type) -> dict[str, frozenset[str]]:
    import app.store.models  # noqa: F401 - registers every model on Base.metadata
    from app.store.models.base import Base

    return {
        t.name: frozenset(c.name for c in t.columns if isinstance(c.type, kind))
        for t in Base.metadata.sorted_tables
    }


_KINDS: dict[str, dict[str, str]] = {}


def value_kinds(table: Table) -> dict[str, str]:
    """Column -> 'datetime' | 'date' | 'bool' | '' of a workstation table: what a JSON value
    from the wire must be turned into (a bay's pull), and so what it must be to be storable
    (head office's check of pushed values, app.headoffice.values)."""
    found = _KINDS.get(table.name)
    if found is None:
        found = {}
        for column in table.c:
            try:
                python_type: type | None = column.type.python_type
            except NotImplementedError:
                python_type = None
            found[column.name] = (
                "datetime"
                if python_type is datetime
                else "date"
                if python_type is date
                else "bool"
                if python_type is bool
                else ""
            )
        _KINDS[table.name] = found
    return found


def wire_time(kind: str, value: str) -> datetime | date:
    """A time column's ISO text from the wire (`value_kinds` "datetime" or "date") as the
    column takes it; ValueError when it is not ISO 8601."""
    if kind == "datetime":
        return datetime.fromisoformat(value.replace("T", " ").replace("Z", ""))
    return date.fromisoformat(value[:10])


def text_value(table: str, column: str, value: Any) -> Any:
    """A value of `table`.`column` read by raw SQL as the code sees it: an id's 16 bytes as
    its text, a digest's 32 bytes as its hex, anything else as stored."""
    if column in id_columns(table):
        return id_text(value)
    if column in digest_columns(table):
        return digest_text(value)
    return value


def stored_value(table: str, column: str, value: Any) -> Any:
    """`text_value` undone: a value of `table`.`column` as SQLite stores it, for raw SQL
    writes (an id's text as its 16 bytes, a digest's hex as its 32 bytes)."""
    if column in id_columns(table):
        return id_bytes(value)
    if column in digest_columns(table):
        return digest_bytes(value)
    return value


def text_ids(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A row of `table` read by raw SQL (``SELECT *``) with its ids and digests as text, as
    the ORM, the wire and head office see them (hashes over a row must be over this form)."""
    return {k: text_value(table, k, v) for k, v in row.items()}
