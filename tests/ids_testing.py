"""Raw SQL in tests, with ids as the ORM shows them (issue 12 storage: the workstation stores
each id as its 16 bytes, `app.store.types.Uuid`). Test helpers that run a statement bind
canonical UUID text as those bytes and read 16-byte values back as the text, so a test's
``WHERE id = :i`` with a case id finds the case (a text parameter never equals a BLOB)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.store.functions import id_bytes, id_text


def bind(params: Mapping[str, Any]) -> dict[str, Any]:
    """Parameters with every canonical UUID text as stored."""
    return {k: id_bytes(v) for k, v in params.items()}


def scalar(session: Session, sql: str, params: Mapping[str, Any]) -> Any:
    return id_text(session.execute(text(sql), bind(params)).scalar())


def rows(session: Session, sql: str, params: Mapping[str, Any]) -> list[Any]:
    """Every row, each value as the ORM shows it (by index, by column name or `_mapping`)."""
    result = session.execute(text(sql), bind(params))
    keys = list(result.keys())
    return [_Row(keys, [id_text(v) for v in row]) for row in result]


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
