"""Column types of the workstation store.

`Uuid` (issue 12 storage): ids are 36-character canonical text everywhere above the store
and on the wire, but the workstation's SQLite database keeps each as its 16 bytes (a BLOB
in a column still declared ``VARCHAR(36)``: TEXT affinity stores BLOB values as they are,
so no table had to be rebuilt and the models match the migrated schema). Any value that is
not a canonical UUID (``""``, a code) is stored as it is. Any other dialect stores the text.

Raw SQL bypasses the type: it binds ids with `id_bytes`/``uuid_blob(...)`` and reads them
with `id_text`/``uuid_text(...)`` (app.store.functions). A BLOB column compared with a text
parameter matches nothing instead of failing, so every raw site must convert.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from app.store.functions import id_bytes, id_text


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


def id_columns(table: str) -> frozenset[str]:
    """The columns of the workstation table `table` holding ids (typed `Uuid`: 16 bytes in
    SQLite since migration 0021), from the models."""
    return _id_columns_by_table().get(table, frozenset())


@functools.cache
def _id_columns_by_table() -> dict[str, frozenset[str]]:
    import app.store.models  # noqa: F401 - registers every model on Base.metadata
    from app.store.models.base import Base

    return {
        t.name: frozenset(c.name for c in t.columns if isinstance(c.type, Uuid))
        for t in Base.metadata.sorted_tables
    }


def text_ids(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A row of `table` read by raw SQL (``SELECT *``) with its ids as text, as the ORM, the
    wire and head office see them (hashes over a row must be over this form)."""
    ids = id_columns(table)
    return {k: id_text(v) if k in ids else v for k, v in row.items()}
