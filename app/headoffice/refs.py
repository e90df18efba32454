"""Which synced columns name a row of another synced table (the workstation's foreign keys).

Head office stores rows generically, so it learns the parent/child graph from the workstation
models' metadata once at import. Two uses:

- tenant isolation: every row a change references must be the pushing dealer's own (or a
  global reference row);
- the pull feed: a page never carries a child whose parent the bay does not hold yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.store.registry import SYNCED_TABLES

RowKey = tuple[str, str]


def _foreign_keys() -> dict[str, tuple[tuple[str, str], ...]]:
    import app.store.models  # noqa: F401 - registers every model on Base.metadata
    from app.store.models.base import Base

    refs: dict[str, tuple[tuple[str, str], ...]] = {}
    for table in Base.metadata.sorted_tables:
        if table.name not in SYNCED_TABLES:
            continue
        pairs = sorted(
            {
                (fk.parent.name, fk.column.table.name)
                for fk in table.foreign_keys
                if fk.column.table.name in SYNCED_TABLES and fk.parent.name != "dealer_id"
            }
        )
        if pairs:
            refs[table.name] = tuple(pairs)
    return refs


REFERENCES: dict[str, tuple[tuple[str, str], ...]] = _foreign_keys()
"""table -> ((column, referenced table), …) for every synced table with foreign keys."""


def parents_of(tbl: str, values: Mapping[str, Any]) -> list[RowKey]:
    """The rows ``values`` (a row or a change's plain values) of ``tbl`` references."""
    found: list[RowKey] = []
    for column, parent in REFERENCES.get(tbl, ()):
        value = values.get(column)
        if isinstance(value, str) and value:
            found.append((parent, value))
    return found
