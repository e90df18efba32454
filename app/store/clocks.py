"""Compact per-field clocks of editable rows (issue 12 storage).

A draft row's `field_hlc` used to hold every column with its 59-character stamp, almost all of
them the same stamp (the insert's, or the one head office gave the whole row). It now holds
only what differs:

* the key ``"*"`` is the *base* stamp, which every column not listed carries; without it the
  base is the row's `updated_hlc` (so a row only ever inserted here stores ``{}``);
* every other key is a column whose stamp differs from the base; ``""`` means "no stamp
  known" (a column a partial map from head office did not name);
* (migration 0018) a stamp made on the same device as the row's `updated_hlc` is stored
  without its device part: the 22 characters ``"{physical:016d}-{logical:05d}"`` stand for
  that prefix followed by ``updated_hlc``'s own ``"-{device}"``. A stamp is 22 characters
  instead of 59 on almost every row (a bay's own edits, or head office's stamps of one
  bay's edits); the prefix sorts like the whole stamp.

`unpack` gives back the full ``{column: stamp}`` map of the old form (columns without a known
stamp left out), so what the clocks mean is unchanged; the wire keeps the full map too (head
office sends and receives it as before). The change-capture triggers write this form in SQL
(`app.store.triggers`): an insert leaves ``{}``, an update pins the base and adds the stamps
of the columns it wrote. Insert-only rows keep one clock (`updated_hlc`) and ``{}``. Every
reader goes through this module: `unpack` in Python, `stamp_sql` in SQL.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping

BASE = "*"
"""Key of the base stamp (never a column name)."""

SHORT = 22
"""Length of a stamp stored without its device part (``"{physical:016d}-{logical:05d}"``)."""


DEVICE_SQL = "(SELECT v FROM sync_state WHERE k = 'device_id')"
"""SQL: this workstation's device id (NULL before it has one)."""


def short_sql(stamp: str) -> str:
    """SQL: a stamp as a row's `updated_hlc` or an outbox row's `hlc` stores it (migration
    0018): a stamp of this workstation's device without its device part (22 characters,
    ``"{physical:016d}-{logical:05d}"``), any other whole. `whole_sql` and `whole` read it
    back; the device id never changes while short stamps name it (`lengthen_device_sql`
    runs first)."""
    # `stamp` named once: in a trigger it is hlc_now() of a subquery SQLite may flatten.
    # The device part is the only place '-<device>' can occur (the rest is digits), and
    # replace() with an empty pattern changes nothing: no device yet, nothing shortened.
    return f"replace({stamp}, COALESCE('-' || NULLIF({DEVICE_SQL}, ''), ''), '')"


def whole_sql(stored: str) -> str:
    """SQL: the whole stamp of a stored `updated_hlc` or outbox `hlc`."""
    return (
        f"(CASE WHEN length({stored}) = {SHORT} THEN {stored} || '-' || {DEVICE_SQL} "
        f"ELSE {stored} END)"
    )


def whole(stored: str | None, device: str | None) -> str:
    """`whole_sql` in Python (`device`: this workstation's device id)."""
    if stored and len(stored) == SHORT and device:
        return f"{stored}-{device}"
    return stored or ""


def short(stamp: str, device: str | None) -> str:
    """`short_sql` in Python."""
    if device and stamp.endswith(f"-{device}") and len(stamp) == SHORT + 1 + len(device):
        return stamp[:SHORT]
    return stamp


_UPDATED = whole_sql("updated_hlc")
"""SQL: the row's whole `updated_hlc` (stored short when it is this device's)."""


def _device(updated: str | None) -> str:
    """The ``"-{device}"`` tail of `updated` (empty when it has none)."""
    return (updated or "")[SHORT:]


def shorten(stamp: str, updated: str | None) -> str:
    """`stamp` as stored in a map of a row whose `updated_hlc` is `updated`."""
    tail = _device(updated)
    if tail and len(stamp) > SHORT and stamp[SHORT:] == tail:
        return stamp[:SHORT]
    return stamp


def lengthen(stored: str, updated: str | None) -> str:
    """The whole stamp of a value stored in a map of a row whose `updated_hlc` is `updated`."""
    if len(stored) == SHORT:
        return stored + _device(updated)
    return stored


def pack(stamps: Mapping[str, str], updated: str, columns: Iterable[str] = ()) -> str:
    """The compact text of a full map `stamps` for a row whose `updated_hlc` is `updated`.
    `columns` are the row's data columns: one missing from `stamps` is kept as unknown."""
    known = {c: s for c, s in stamps.items() if s}
    counts = Counter(known.values())
    # The base is the commonest stamp (ties go to the newest, which is often `updated`).
    base = max(counts, key=lambda s: (counts[s], s)) if counts else ""
    packed: dict[str, str] = {}
    if base != (updated or ""):
        packed[BASE] = shorten(base, updated)
    packed.update((c, shorten(s, updated)) for c, s in sorted(known.items()) if s != base)
    if base:
        packed.update((c, "") for c in columns if c not in known and c != BASE)
    return json.dumps(packed, ensure_ascii=False, separators=(",", ":")) if packed else "{}"


def unpack(stored: str | None, updated: str | None, columns: Iterable[str]) -> dict[str, str]:
    """The full ``{column: stamp}`` map (columns without a known stamp left out). Reads the
    older forms too: a full map lists every column, so the base never applies, and stamps
    stored whole (before 0018) are whole."""
    entries: dict[str, str] = {
        k: lengthen(v, updated) for k, v in json.loads(stored or "{}").items()
    }
    base = entries.pop(BASE, updated or "")
    result = {c: entries.get(c, base) for c in columns}
    result.update((c, s) for c, s in entries.items() if c not in result)
    return {c: s for c, s in result.items() if s}


# -- SQL (the triggers, the clock-skew restamp, queries of one column's stamp) ---------------

_CURRENT = "COALESCE(NULLIF(field_hlc, ''), '{}')"


def _lengthen_sql(value: str, updated: str) -> str:
    return f"(CASE WHEN length({value}) = {SHORT} THEN {value} || substr({updated}, {SHORT + 1}) ELSE {value} END)"


def _shorten_sql(value: str, updated: str) -> str:
    return (
        f"(CASE WHEN length({value}) > {SHORT} AND length({updated}) > {SHORT} "
        f"AND substr({value}, {SHORT + 1}) = substr({updated}, {SHORT + 1}) "
        f"THEN substr({value}, 1, {SHORT}) ELSE {value} END)"
    )


def _whole_sql() -> str:
    """SQL: the row's map with every stamp whole and the base pinned (it is the current
    `updated_hlc` when not stored), read in an ``UPDATE <table> SET`` (old values)."""
    whole = (
        f"(SELECT json_group_object(key, {_lengthen_sql('value', _UPDATED)}) "
        f"FROM json_each({_CURRENT}))"
    )
    return (
        f"json_set({whole}, '$.\"{BASE}\"', "
        f"COALESCE(json_extract({whole}, '$.\"{BASE}\"'), {_UPDATED}, ''))"
    )


def _shortened_sql(whole: str, updated: str) -> str:
    """SQL: map `whole` (stamps whole) as stored for a row whose new `updated_hlc` is the
    SQL expression `updated`."""
    return (
        f"(SELECT json_group_object(key, {_shorten_sql('value', updated)}) FROM json_each({whole}))"
    )


def stamp_update_sql(changes: str, updated: str) -> str:
    """SQL of a draft row's new `field_hlc` after an update: the base pinned (it was the old
    `updated_hlc` when not stored), then ``changes`` (a JSON object ``{column: stamp}`` of
    the columns written) patched in, stamps of the new `updated_hlc`'s device (the SQL
    expression `updated`) shortened. Used inside an ``UPDATE <table> SET``."""
    return _shortened_sql(f"json_patch({_whole_sql()}, {changes})", updated)


def stamp_update_sql_0017(changes: str) -> str:
    """`stamp_update_sql` of revision 0017 (stamps stored whole), for its downgrade."""
    return f"json_patch({_whole_sql()}, {changes})"


def restamp_sql(limit: str, stamp: str) -> str:
    """SQL of a draft row's `field_hlc` with every stamp greater than the parameter `limit`
    replaced by the parameter `stamp`, which becomes the row's `updated_hlc` (the base pinned
    first, so columns at the old `updated_hlc` keep it when `updated_hlc` moves)."""
    replaced = (
        f"(SELECT json_group_object(key, CASE WHEN value > {limit} THEN {stamp} ELSE value END) "
        f"FROM json_each({_whole_sql()}))"
    )
    return _shortened_sql(replaced, stamp)


def stamp_sql(column: str) -> str:
    """SQL: the whole stamp of `column` of the row in scope (NULL when not known): its own
    entry, else the stored base, else `updated_hlc`."""
    own = f"json_extract(field_hlc, '$.\"{column}\"')"
    base = f"json_extract(field_hlc, '$.\"{BASE}\"')"
    pick = (
        f"(CASE WHEN json_type(field_hlc, '$.\"{column}\"') IS NOT NULL THEN NULLIF({own}, '') "
        f"ELSE COALESCE(NULLIF({base}, ''), NULLIF({_UPDATED}, '')) END)"
    )
    return _lengthen_sql(pick, _UPDATED)


def shorten_stored_sql() -> str:
    """SQL: the row's stored map with stamps of its `updated_hlc`'s device shortened (the
    conversion of migration 0018; the base and every entry kept as they are)."""
    return _shortened_sql(_CURRENT, _UPDATED)


def lengthen_stored_sql() -> str:
    """SQL: the row's stored map with every stamp whole (migration 0018's downgrade)."""
    return (
        f"(SELECT json_group_object(key, {_lengthen_sql('value', _UPDATED)}) "
        f"FROM json_each({_CURRENT}))"
    )
