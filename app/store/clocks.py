"""Compact per-field clocks of editable rows (issue 12 storage).

A draft row's `field_hlc` used to hold every column with its 59-character stamp, almost all of
them the same stamp (the insert's, or the one head office gave the whole row). It now holds
only what differs:

* the key ``"*"`` is the *base* stamp, which every column not listed carries; without it the
  base is the row's `updated_hlc` (so a row only ever inserted here stores ``{}``);
* every other key is a column whose stamp differs from the base; ``""`` means "no stamp
  known" (a column a partial map from head office did not name).

`unpack` gives back the full ``{column: stamp}`` map of the old form (columns without a known
stamp left out), so what the clocks mean is unchanged; the wire keeps the full map too (head
office sends and receives it as before). The change-capture triggers write this form in SQL
(`app.store.triggers`): an insert leaves ``{}``, an update pins the base and adds the stamps
of the columns it wrote. Insert-only rows keep one clock (`updated_hlc`) and ``{}``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping

BASE = "*"
"""Key of the base stamp (never a column name)."""


def pack(stamps: Mapping[str, str], updated: str, columns: Iterable[str] = ()) -> str:
    """The compact text of a full map `stamps` for a row whose `updated_hlc` is `updated`.
    `columns` are the row's data columns: one missing from `stamps` is kept as unknown."""
    known = {c: s for c, s in stamps.items() if s}
    counts = Counter(known.values())
    # The base is the commonest stamp (ties go to the newest, which is often `updated`).
    base = max(counts, key=lambda s: (counts[s], s)) if counts else ""
    packed: dict[str, str] = {}
    if base != (updated or ""):
        packed[BASE] = base
    packed.update((c, s) for c, s in sorted(known.items()) if s != base)
    if base:
        packed.update((c, "") for c in columns if c not in known and c != BASE)
    return json.dumps(packed, ensure_ascii=False, separators=(",", ":")) if packed else "{}"


def unpack(stored: str | None, updated: str | None, columns: Iterable[str]) -> dict[str, str]:
    """The full ``{column: stamp}`` map (columns without a known stamp left out). Reads the
    old form too: a full map lists every column, so the base never applies."""
    entries: dict[str, str] = json.loads(stored or "{}")
    base = entries.pop(BASE, updated or "")
    result = {c: entries.get(c, base) for c in columns}
    result.update((c, s) for c, s in entries.items() if c not in result)
    return {c: s for c, s in result.items() if s}


def stamp_update_sql(changes: str) -> str:
    """SQL of a draft row's new `field_hlc` after an update: the base pinned (it was the old
    `updated_hlc` when not stored), then ``changes`` (a JSON object ``{column: stamp}`` of
    the columns written) patched in. Used inside an ``UPDATE <table> SET``."""
    current = "COALESCE(NULLIF(field_hlc, ''), '{}')"
    pinned = (
        f"json_set({current}, '$.\"{BASE}\"', "
        f"COALESCE(json_extract({current}, '$.\"{BASE}\"'), updated_hlc, ''))"
    )
    return f"json_patch({pinned}, {changes})"


def restamp_sql(limit: str, stamp: str) -> str:
    """SQL of a draft row's `field_hlc` with every stamp greater than the parameter `limit`
    replaced by the parameter `stamp` (the base pinned first, so columns at the old
    `updated_hlc` keep it when `updated_hlc` moves)."""
    current = "COALESCE(NULLIF(field_hlc, ''), '{}')"
    pinned = (
        f"json_set({current}, '$.\"{BASE}\"', "
        f"COALESCE(json_extract({current}, '$.\"{BASE}\"'), updated_hlc, ''))"
    )
    return (
        f"(SELECT json_group_object(key, CASE WHEN value > {limit} THEN {stamp} ELSE value END) "
        f"FROM json_each({pinned}))"
    )
