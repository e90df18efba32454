"""How signed snapshots are stored on a workstation (issue 12, storage: one log of each fact,
stored compactly). What was signed and its hash never change; only the stored form does.

* Compressed: a snapshot column holds zlib (level 9) of the canonical UTF-8 text as a BLOB
  (`Snapshot`); the SHA-256 recorded beside it stays the hash of that text. A text value
  (stored before migration 0020, or too short to gain) reads as it is.
* Stored once: a settlement-kind signature signs exactly its settlement version's snapshot.
  Its own column holds `SHARED` (the empty string, never a snapshot: one is always a JSON
  object) and the text is read from the case's settlement whose snapshot hashes to the
  signature's `snapshot_sha256` (`signed_snapshot`).

Neither reaches the wire: a pushed row carries the text as it was signed (`wire_values`),
and a pulled one is stored compactly again (`Snapshot` on insert; `share_pulled` and, for a
signature pulled a page before its settlement, `share_stored`), so head office, the payload
hashes and every other bay see exactly what they saw before, and every bay stores the same.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Text, bindparam, text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from app.store.functions import digest_text, id_text
from app.store.registry import SyncClass
from app.store.triggers import drop_sync_triggers, install_sync_triggers
from app.store.types import Sha256, Uuid

SHARED = ""
"""A settlement-kind signature's stored snapshot: the text is its settlement version's."""

SNAPSHOT_TABLES = ("signature", "settlement", "extra_approval")
"""Tables whose ``snapshot`` column is stored compressed (`Snapshot`)."""

LEVEL = 9


def pack(value: str) -> bytes | str:
    """The stored form of a snapshot's text: compressed, unless that is no smaller (`SHARED`,
    an empty ``{}``: kept as text)."""
    raw = value.encode("utf-8")
    packed = zlib.compress(raw, LEVEL)
    return packed if len(packed) < len(raw) else value


def unpack(value: bytes | str | None) -> str:
    """A snapshot's text from its stored form: compressed (BLOB) or text stored before."""
    if value is None:
        return ""
    if isinstance(value, bytes | bytearray | memoryview):
        return zlib.decompress(bytes(value)).decode("utf-8")
    return value


def snapshot_text(value: bytes | str | None) -> str | None:
    """SQL ``snapshot_text(column)``: the text of a stored snapshot (for ``json_extract``)."""
    return None if value is None else unpack(value)


class Snapshot(TypeDecorator[str]):
    """A snapshot column: text in Python, compressed in the database (TEXT affinity keeps
    the BLOB as it is, and the declared type, so the schema does not change)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else pack(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else unpack(value)


def _settlement_texts(
    conn: Connection, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], str]:
    """{(case_id, snapshot_sha256): text} of the settlements stored here among ``keys``."""
    wanted = sorted(set(keys))
    found: dict[tuple[str, str], str] = {}
    query = text(
        "SELECT case_id, snapshot_sha256, snapshot FROM settlement "
        "WHERE case_id IN :cases AND snapshot_sha256 IN :shas"
    ).bindparams(
        bindparam("cases", expanding=True, type_=Uuid()),
        bindparam("shas", expanding=True, type_=Sha256()),
    )
    for start in range(0, len(wanted), 400):
        chunk = wanted[start : start + 400]
        for case_id, sha, stored in conn.execute(
            query, {"cases": sorted({c for c, _ in chunk}), "shas": sorted({s for _, s in chunk})}
        ):
            found[(str(id_text(case_id)), str(digest_text(sha)))] = unpack(stored)
    return found


def signed_snapshot(conn: Connection, case_id: str, sha256: str, stored: str) -> str:
    """The text a signature signed: its own, or (`SHARED`) its settlement version's.
    Raises LookupError when that settlement is not stored here."""
    if stored != SHARED:
        return stored
    found = _settlement_texts(conn, [(case_id, sha256)]).get((case_id, sha256))
    if found is None:
        raise LookupError(f"settlement snapshot {sha256} of case {case_id}")
    return found


def wire_values(conn: Connection, tbl: str, rows: Mapping[str, dict[str, Any]]) -> None:
    """Rows read from the table for pushing (``{id: {column: stored value}}``, changed in
    place): every snapshot as the text that was signed."""
    if tbl not in SNAPSHOT_TABLES:
        return
    shared: list[dict[str, Any]] = []
    for values in rows.values():
        if "snapshot" not in values:
            continue
        values["snapshot"] = unpack(values["snapshot"])
        if tbl == "signature" and values["snapshot"] == SHARED:
            shared.append(values)
    if shared:
        texts = _settlement_texts(conn, [(v["case_id"], v["snapshot_sha256"]) for v in shared])
        for values in shared:
            values["snapshot"] = texts[(values["case_id"], values["snapshot_sha256"])]


def share_pulled(
    conn: Connection, signatures: list[dict[str, Any]], settlements: Iterable[Mapping[str, Any]]
) -> None:
    """Pulled signature rows about to be inserted (changed in place): a settlement-kind one
    whose snapshot is exactly that of a settlement of its case with its hash, stored here or
    arriving with it (``settlements``: pulled rows), keeps no copy of it (`SHARED`). One
    whose settlement is not here yet keeps its text: nothing is ever lost."""
    candidates = [
        v
        for v in signatures
        if v.get("kind") == "settlement" and isinstance(v.get("snapshot"), str) and v["snapshot"]
    ]
    if not candidates:
        return
    texts = {
        (str(s.get("case_id")), str(s.get("snapshot_sha256"))): s.get("snapshot")
        for s in settlements
    }
    missing = [
        (str(v["case_id"]), str(v["snapshot_sha256"]))
        for v in candidates
        if (str(v["case_id"]), str(v["snapshot_sha256"])) not in texts
    ]
    if missing:
        texts.update(_settlement_texts(conn, missing))
    for values in candidates:
        if (
            texts.get((str(values["case_id"]), str(values["snapshot_sha256"])))
            == values["snapshot"]
        ):
            values["snapshot"] = SHARED


def share_stored(conn: Connection, settlements: Iterable[Mapping[str, Any]]) -> int:
    """After pulled settlements are stored (``settlements``: their rows): a settlement-kind
    signature of theirs stored earlier with a copy of the text (it came a page before its
    settlement: enrollment sends a bay's signatures first) gives the copy up, where it is
    byte for byte the settlement's, so every bay stores the same. Only the stored form
    changes (as migration 0020 does): the insert-only guard is lifted for this statement, as
    `app.sync.local._drop_orphans` does. Returns how many signatures gave their copy up."""
    keys = {(str(s.get("case_id")), str(s.get("snapshot_sha256"))) for s in settlements}
    cases = sorted({case for case, _sha in keys})
    query = text(
        "SELECT id, case_id, snapshot_sha256, snapshot FROM signature "
        f"WHERE kind = 'settlement' AND snapshot != '{SHARED}' AND case_id IN :cases"
    ).bindparams(bindparam("cases", expanding=True, type_=Uuid()))
    candidates: list[tuple[str, tuple[str, str], Any]] = []
    for start in range(0, len(cases), 400):
        for row_id, case_id, sha, stored in conn.execute(
            query, {"cases": cases[start : start + 400]}
        ):
            key = (str(id_text(case_id)), str(digest_text(sha)))
            if key in keys:
                candidates.append((str(id_text(row_id)), key, stored))
    if not candidates:
        return 0
    texts = _settlement_texts(conn, [key for _id, key, _stored in candidates])
    ids = [
        row_id
        for row_id, key, stored in candidates
        if key in texts and texts[key] == unpack(stored)
    ]
    if not ids:
        return 0
    drop_sync_triggers(conn, "signature")
    update = text(
        "UPDATE signature SET snapshot = :shared WHERE kind = 'settlement' AND id IN :ids"
    ).bindparams(bindparam("ids", expanding=True, type_=Uuid()))
    for start in range(0, len(ids), 400):
        conn.execute(update, {"shared": SHARED, "ids": ids[start : start + 400]})
    install_sync_triggers(conn, {"signature": SyncClass.IMMUTABLE})
    return len(ids)
