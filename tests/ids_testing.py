"""Raw SQL in tests, with ids as the ORM shows them (issue 12 storage: the workstation stores
each id as its 16 bytes, `app.store.types.Uuid`). Test helpers that run a statement bind
canonical UUID text as those bytes and read 16-byte values back as the text, so a test's
``WHERE id = :i`` with a case id finds the case (a text parameter never equals a BLOB)."""

from __future__ import annotations

from collections import namedtuple
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
    """Every row, each value as the ORM shows it (by index or by column name)."""
    result = session.execute(text(sql), bind(params))
    keys = list(result.keys())
    shape = namedtuple("Row", keys, rename=True)  # type: ignore[misc]
    found = [shape(*(id_text(v) for v in row)) for row in result]
    return found
