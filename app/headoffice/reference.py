"""Head-office writes: reference data import (parts, labor operations, campaigns, staff).

Reference tables go to their ``ref:*`` stream (read-only at every dealer); a row carrying a
``dealer`` code or ``dealer_id`` reaches that dealer only. Staff rows belong to a dealer
(registry: the ``staff`` table is in the dealer stream) and need a ``dealer`` column. Rows are
keyed by ``id`` or, when absent, by a stable UUIDv5 of their natural key, so re-importing the
same file changes nothing and an updated price arrives as a field update stamped by head
office's own clock.
"""

from __future__ import annotations

import csv
import json
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from app.domain.errors import ValidationError
from app.domain.hlc import HybridLogicalClock
from app.headoffice import messages as _messages  # registers the message catalogue
from app.headoffice.auth import ensure_dealer
from app.headoffice.db import lock_stream
from app.headoffice.rows import RowState, Transaction
from app.protocol.wire import dealer_stream
from app.store.registry import REFERENCE_STREAMS, SYNCED_TABLES, SyncClass

del _messages
HQ_DEVICE = "hq"
NATURAL_KEYS = {"part": "part_no", "labor_op": "code", "campaign": "code", "staff": "code"}
FILE_TABLES = {
    "parts": "part",
    "part": "part",
    "labor": "labor_op",
    "labor_op": "labor_op",
    "labor_ops": "labor_op",
    "campaign": "campaign",
    "campaigns": "campaign",
    "staff": "staff",
}
IMPORT_FEED_GROUP = 1000
"""Rows per feed transaction of an import: one pull page each, never one 200,000-row page."""
ID_NAMESPACE = uuid.UUID("6f1d8f55-3b8c-4a51-9a57-0c1f0a1e5b21")
_CLOCK = HybridLogicalClock(HQ_DEVICE)
"""Head office's own clock: its writes are stamped like any workstation's."""


def _read(file: Path) -> dict[str, list[dict[str, Any]]]:
    """Either JSON ``{"part": [...], ...}`` / ``[{"tbl": "part", ...}]`` or a CSV whose table
    comes from a ``tbl`` column or the file name (``parts.csv``)."""
    if not file.is_file():
        raise ValidationError("ho.import_missing", path=str(file))
    grouped: dict[str, list[dict[str, Any]]] = {}
    if file.suffix.lower() == ".json":
        data = json.loads(file.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            for tbl, rows in data.items():
                grouped.setdefault(FILE_TABLES.get(str(tbl), str(tbl)), []).extend(rows)
        else:
            for row in data:
                name = str(row.pop("tbl"))
                grouped.setdefault(FILE_TABLES.get(name, name), []).append(row)
    else:
        default = FILE_TABLES.get(file.stem.lower())
        with file.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                chosen: str | None = row.pop("tbl", None) or default
                if chosen is None:
                    raise ValidationError("ho.import_table", path=str(file))
                grouped.setdefault(FILE_TABLES.get(chosen, chosen), []).append(_csv_values(row))
    for tbl in grouped:
        if tbl not in NATURAL_KEYS:
            raise ValidationError("ho.import_table", path=f"{file} ({tbl})")
    return grouped


def _csv_values(row: dict[str, str]) -> dict[str, Any]:
    """CSV cells are text; integers (fen, counts) become ints, empty cells NULL."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if value is None or value == "":
            out[key] = None
        elif value.lstrip("-").isdigit() and not (len(value) > 1 and value.startswith("0")):
            out[key] = int(value)
        else:
            out[key] = value
    return out


def _row_id(tbl: str, row: dict[str, Any]) -> str:
    if row.get("id"):
        return str(row["id"])
    key = row.get(NATURAL_KEYS[tbl])
    if key in (None, ""):
        raise ValidationError("ho.import_key", table=tbl, column=NATURAL_KEYS[tbl])
    return str(uuid.uuid5(ID_NAMESPACE, f"{tbl}:{key}"))


def server_write(
    conn: Connection,
    tbl: str,
    rows: Iterable[dict[str, Any]],
    locked: dict[str, int],
    tx: Transaction,
) -> int:
    """Upsert rows as head office (stamped by the HQ clock). Returns how many changed."""
    kind = SYNCED_TABLES[tbl]
    prepared: list[tuple[str, str, str | None, dict[str, Any]]] = []
    for raw in rows:
        row = dict(raw)
        dealer_id = row.pop("dealer_id", None)
        dealer_code = row.pop("dealer", None)
        if dealer_code:
            dealer_id = ensure_dealer(conn, str(dealer_code))
        if kind is not SyncClass.REFERENCE and not dealer_id:
            raise ValidationError("ho.import_dealer", table=tbl)
        stream = (
            REFERENCE_STREAMS[tbl]
            if kind is SyncClass.REFERENCE
            else dealer_stream(dealer_id or "")
        )
        row_id = _row_id(tbl, row)
        row.pop("id", None)
        prepared.append((row_id, stream, dealer_id, row))
    tx.preload((tbl, row_id) for row_id, _, _, _ in prepared)
    changed = 0
    for row_id, stream, dealer_id, values in prepared:
        if stream not in locked:
            locked[stream] = lock_stream(conn, stream)
        stamp = _CLOCK.now()
        state = tx.get(tbl, row_id)
        if state is None:
            state = RowState(
                tbl=tbl,
                row_id=row_id,
                dealer_id=dealer_id,
                stream=stream,
                sync_class=kind.value,
                # Global reference rows carry "" like the workstation's NOT NULL default;
                # row_state.dealer_id stays NULL, which is what scopes them to every dealer.
                row={"id": row_id, "dealer_id": dealer_id or "", **values},
                field_hlc=dict.fromkeys(values, stamp),
                field_version=dict.fromkeys(values, 1),
                server_version=1,
                last_device_id=HQ_DEVICE,
            )
            tx.add(state)
            changed += 1
            continue
        version = state.server_version + 1
        dirty = False
        for column, value in values.items():
            if state.row.get(column) != value or column not in state.row:
                state.row[column] = value
                state.field_hlc[column] = stamp
                state.field_version[column] = version
                dirty = True
        if dirty:
            state.server_version = version
            state.last_device_id = HQ_DEVICE
            tx.touch(state)
            changed += 1
    return changed


def import_rows(engine: Engine, grouped: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    with engine.begin() as conn:
        tx = Transaction(conn)
        locked: dict[str, int] = {}
        for tbl, rows in grouped.items():
            counts[tbl] = server_write(conn, tbl, rows, locked, tx)
        tx.write(locked, group=IMPORT_FEED_GROUP)
    if engine.dialect.name == "postgresql" and sum(counts.values()) > 10_000:
        # Fresh statistics now, not at autovacuum's leisure: the first pulls after a big
        # import otherwise run with an empty-table plan (measured: 16 s for one page).
        with engine.connect() as conn:
            conn.execute(text("ANALYZE row_state"))
            conn.execute(text("ANALYZE sync_feed"))
            conn.commit()
    return counts


def import_file(engine: Engine, file: Path) -> dict[str, int]:
    return import_rows(engine, _read(file))
