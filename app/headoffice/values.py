"""Which pushed values a workstation can store (issue 12 security: a device may not poison
its dealer's stream).

Head office stores rows as JSON, so it takes values no workstation column can hold: a list
or an object, an integer past 64 bits, a time that is not ISO text. Every other bay of the
dealer pulls such a row and fails on it at every sync. The kinds and the parsing of times
are the bay's own (`app.store.types.value_kinds` and `wire_time`, which its pull uses in
app.sync.local._coerce), the other checks those of SQLite's binding: nothing stricter, so
no value a workstation writes is refused.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from app.store.types import value_kinds, wire_time

INT64 = 2**63
"""SQLite integers are signed 64-bit."""


@functools.cache
def _tables() -> dict[str, Any]:
    import app.store.models  # noqa: F401 - registers every model on Base.metadata
    from app.store.models.base import Base

    return dict(Base.metadata.tables)


def _problem(kind: str, value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (list, dict)):
        return "a list or object"
    if isinstance(value, int) and not -INT64 <= value < INT64:
        return "an integer past 64 bits"
    if kind in ("datetime", "date"):
        if not isinstance(value, str):
            return "a time that is not text"
        try:
            wire_time(kind, value)
        except ValueError:
            return "a time that is not ISO 8601"
    return None


def unstorable(tbl: str, values: Mapping[str, Any]) -> str | None:
    """Why a workstation could not store `values` (a change's plain field values) in `tbl`,
    or None. Columns the models do not have (a newer workstation's) are not judged."""
    table = _tables().get(tbl)
    kinds = value_kinds(table) if table is not None else {}
    for column, value in values.items():
        if column not in kinds:
            continue
        problem = _problem(kinds[column], value)
        if problem is not None:
            return f"{column}: {problem}"
    return None
