"""Which pushed values a workstation can store (issue 12 security: a device may not poison
its dealer's stream).

Head office stores rows as JSON, so it takes values no workstation column can hold: a list
or an object, an integer past 64 bits, a time that is not ISO text. Every other bay of the
dealer pulls such a row and fails on it at every sync. The kinds come from the workstation
models (their Python types), the checks are those of the bay's pull (app.sync.local._coerce
and SQLite's binding): nothing stricter, so no value a workstation writes is refused.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

INT64 = 2**63
"""SQLite integers are signed 64-bit."""


@functools.cache
def _kinds() -> dict[str, dict[str, str]]:
    """{table: {column: "datetime" | "date" | ""}} of the workstation's synced tables."""
    import app.store.models  # noqa: F401 - registers every model on Base.metadata
    from app.store.models.base import Base

    found: dict[str, dict[str, str]] = {}
    for table in Base.metadata.sorted_tables:
        kinds: dict[str, str] = {}
        for column in table.columns:
            try:
                python_type: type | None = column.type.python_type
            except NotImplementedError:
                python_type = None
            kinds[column.name] = (
                "datetime" if python_type is datetime else "date" if python_type is date else ""
            )
        found[table.name] = kinds
    return found


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
            if kind == "datetime":
                datetime.fromisoformat(value.replace("T", " ").replace("Z", ""))
            else:
                date.fromisoformat(value[:10])
        except ValueError:
            return "a time that is not ISO 8601"
    return None


def unstorable(tbl: str, values: Mapping[str, Any]) -> str | None:
    """Why a workstation could not store `values` (a change's plain field values) in `tbl`,
    or None. Columns the models do not have (a newer workstation's) are not judged."""
    kinds = _kinds().get(tbl, {})
    for column, value in values.items():
        if column not in kinds:
            continue
        problem = _problem(kinds[column], value)
        if problem is not None:
            return f"{column}: {problem}"
    return None
