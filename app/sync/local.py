"""The workstation's side of sync inside its own database (SYNC.md §3): reading the outbox in
whole transactions, acknowledging pushed changes, and applying pulled row states together
with their cursor in one transaction.

Pure store work: no HTTP here (see `app.sync.client`).
"""

from __future__ import annotations

import json
import logging
import shutil
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, bindparam, delete, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.domain.hlc import HlcStamp
from app.protocol.wire import CONFLICT_TABLE, RESIGN_REQUIRED
from app.store import clocks, snapshots
from app.store.engine import Database, applying_remote, expand_fields, get_state, set_state
from app.store.functions import id_bytes
from app.store.models import Base, SyncCursor, SyncInboxIssue, SyncOutbox, SyncParked
from app.store.models.base import local_now
from app.store.registry import REFERENCE_STREAMS, SYNC_COLUMNS, SYNCED_TABLES, SyncClass
from app.store.triggers import change_id, data_columns, short_stamp_sql, value_sql, whole_stamp
from app.store.types import value_kinds, wire_time

log = logging.getLogger(__name__)

MAX_CHANGES = 500
MAX_BYTES = 1 << 20
CRASH_HOOK: Callable[[str], None] | None = None
"""Called at each named point of a sync round; only the reliability tests set it (their
child processes crash there, SYNC.md §9 a). Nothing in the product reads the environment."""


def crashpoint(name: str) -> None:
    if CRASH_HOOK is not None:
        CRASH_HOOK(name)


@dataclass(frozen=True)
class OutboxChange:
    local_seq: int
    change_id: str
    tx_id: str
    tbl: str
    row_id: str
    op: str
    base_version: int | None
    fields: dict[str, Any]
    hlc: str
    payload_sha: str
    created_at: str

    def as_wire(self) -> dict[str, Any]:
        return {
            "local_seq": self.local_seq,
            "change_id": self.change_id,
            "tx_id": self.tx_id,
            "tbl": self.tbl,
            "row_id": self.row_id,
            "op": self.op,
            "base_version": self.base_version,
            "fields": self.fields,
            "payload_sha": self.payload_sha,
            "hlc": self.hlc,
            "created_at": self.created_at,
        }


@dataclass(frozen=True)
class Issue:
    """A conflict, rejection or alarm for a person (SYNC.md §3.1 sync_inbox_issue). ``id`` makes
    recording it idempotent: a conflict's id, a rejected change's change_id."""

    id: str
    kind: str
    tbl: str
    row_id: str
    detail: str


def pending_count(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one())


def oldest_seq(db: Database) -> int | None:
    with db.read() as session:
        value = session.execute(text("SELECT min(local_seq) FROM sync_outbox")).scalar()
        return None if value is None else int(value)


def next_batch(
    db: Database, from_seq: int = 0, max_changes: int = MAX_CHANGES, max_bytes: int = MAX_BYTES
) -> list[OutboxChange]:
    """The oldest changes from `from_seq`, never splitting a local transaction across batches
    (unless one transaction alone is larger than a batch)."""
    with db.read() as session:
        device = get_state(session, "device_id")
        rows = session.execute(
            select(SyncOutbox)
            .where(SyncOutbox.local_seq >= from_seq)
            .order_by(SyncOutbox.local_seq)
            .limit(max_changes + 1)
        ).scalars()
        changes = [
            OutboxChange(
                local_seq=r.local_seq,
                change_id=r.change_id,
                tx_id=wire_tx_id(r.tx_id),
                tbl=r.tbl,
                row_id=r.row_id,
                op=r.op,
                base_version=r.base_version,
                fields=expand_fields(json.loads(r.fields), whole_stamp(r.hlc, device))
                if r.fields
                else {},
                hlc=whole_stamp(r.hlc, device),
                payload_sha=r.payload_sha,
                created_at=r.created_at,
            )
            for r in rows
        ]
        changes = [_derived(c) for c in _read_insert_only(session, changes)]
    batch: list[OutboxChange] = []
    size = 0
    for index, change in enumerate(changes):
        size += len(json.dumps(change.fields, ensure_ascii=False)) + 200
        if index >= max_changes or (batch and size > max_bytes):
            # Cut at the last transaction boundary inside the batch, if there is one.
            boundary = max(
                (i for i in range(1, len(batch)) if batch[i].tx_id != batch[i - 1].tx_id),
                default=len(batch),
            )
            return batch[:boundary]
        batch.append(change)
    return batch


def _read_insert_only(session: Session, changes: list[OutboxChange]) -> list[OutboxChange]:
    """Fill the outbox entries stored without fields from the rows themselves, with the
    payload hash of what goes on the wire: insert-only rows (their trigger does not copy
    them: the row cannot change, so its current state is what was inserted), and editable
    rows inserted here and not edited since (their first edit or delete writes the inserted
    fields into the entry first, `app.store.triggers._freeze_insert`; migration 0018)."""
    from dataclasses import replace

    from app.protocol import wire

    wanted: dict[str, set[str]] = defaultdict(set)
    for change in changes:
        if not change.fields and not change.payload_sha and change.op in _READ_FROM_ROW:
            wanted[change.tbl].add(change.row_id)
    if not wanted:
        return changes
    conn = session.connection()
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for tbl, ids in wanted.items():
        if tbl not in SYNCED_TABLES:
            continue
        cols = data_columns(conn, tbl)
        # Ids as the wire has them (16 bytes stored, app.store.types), the rest as stored.
        quoted = ", ".join(value_sql(tbl, c, "") for c in ["id", *cols])
        ordered = sorted(ids)
        for start in range(0, len(ordered), 900):
            chunk = ordered[start : start + 900]
            marks = ", ".join(f":i{n}" for n in range(len(chunk)))
            for row in conn.execute(
                text(f'SELECT {quoted} FROM "{tbl}" WHERE id IN ({marks})'),
                {f"i{n}": id_bytes(v) for n, v in enumerate(chunk)},
            ):
                found[(tbl, str(row[0]))] = dict(zip(cols, row[1:], strict=True))
        # As signed: snapshots are stored compressed, a settlement's signature's only once.
        snapshots.wire_values(conn, tbl, {k[1]: v for k, v in found.items() if k[0] == tbl})
    result = []
    for change in changes:
        values = found.get((change.tbl, change.row_id))
        if (
            values is not None
            and not change.fields
            and not change.payload_sha
            and change.op in _READ_FROM_ROW
        ):
            fields = expand_fields(values, change.hlc)
            change = replace(
                change,
                fields=fields,
                payload_sha=wire.payload_sha(change.tbl, change.row_id, change.op, fields),
            )
        result.append(change)
    return result


_READ_FROM_ROW = ("append", "insert")
"""Operations whose outbox entry may be stored without fields (read from the row)."""


def wire_tx_id(stored: str) -> str:
    """The wire's tx_id is a UUID; the outbox stores the engine's short hex id
    (`app.store.engine._tx_id`), given as the UUID of that number (the same on every
    send). Ids stored as UUIDs before are sent as they are."""
    if len(stored) == 36:
        return stored
    try:
        return str(uuid.UUID(int=int(stored, 16)))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_OID, stored))


def _derived(change: OutboxChange) -> OutboxChange:
    """What the triggers leave empty (issue 12 storage), derived the same way on every send
    of the change: the payload hash from the stored fields and stamp (so a resend carries
    the same hash), the creation time from the stamp's physical part."""
    from dataclasses import replace

    from app.protocol import wire

    if change.payload_sha and change.created_at and change.change_id:
        return change
    created = change.created_at
    if not created:
        try:
            ms = HlcStamp.parse(change.hlc).physical_ms
            created = datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds")
        except ValueError:
            created = ""
    return replace(
        change,
        change_id=change.change_id or change_id(change.hlc, change.tbl, change.row_id, change.op),
        payload_sha=change.payload_sha
        or wire.payload_sha(change.tbl, change.row_id, change.op, change.fields),
        created_at=created,
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def record_issues(session: Session, issues: Iterable[Issue]) -> int:
    """Insert issues not yet known (by id); returns how many were new."""
    rows = [
        {
            "id": i.id,
            "kind": i.kind,
            "tbl": i.tbl,
            "row_id": i.row_id,
            "detail": i.detail,
            "created_at": _now(),
            "resolved_at": None,
        }
        for i in issues
    ]
    if not rows:
        return 0
    table = _table("sync_inbox_issue")
    result = session.execute(sqlite_insert(table).on_conflict_do_nothing(), rows)
    return max(int(getattr(result, "rowcount", 0) or 0), 0)


def acknowledge(
    db: Database,
    pushed: Sequence[OutboxChange],
    issues: Iterable[Issue],
    write_checkpoint: dict[str, int],
) -> None:
    """In one transaction: drop the acknowledged outbox rows, keep the rejections for a person
    to see, and remember the write checkpoint (SYNC.md §5.2)."""
    now = _now()
    with db.write() as session:
        seqs = [c.local_seq for c in pushed]
        for start in range(0, len(seqs), 900):
            session.execute(
                delete(SyncOutbox).where(SyncOutbox.local_seq.in_(seqs[start : start + 900]))
            )
        record_issues(session, issues)
        if write_checkpoint:
            known = json.loads(get_state(session, "write_checkpoint") or "{}")
            for stream, seq in write_checkpoint.items():
                known[stream] = max(int(known.get(stream, 0)), seq)
            set_state(session, "write_checkpoint", json.dumps(known))
        set_state(session, "last_push_at", now)
        set_state(session, "last_hlc", db.hlc.last())


def write_checkpoint(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            k: int(v) for k, v in json.loads(get_state(session, "write_checkpoint") or "{}").items()
        }


def cursor(db: Database, stream: str) -> tuple[int, str]:
    with db.read() as session:
        row = session.get(SyncCursor, stream)
        return (row.seq, row.epoch) if row else (0, "")


def reset_cursors(db: Database) -> None:
    """After a server restore (epoch change): pull everything again. Pulls are row states and
    idempotent, and rows with pending local changes keep them, so nothing local is lost."""
    with db.write() as session:
        session.execute(delete(SyncCursor))


def _table(name: str) -> Table:
    table = Base.metadata.tables[name]
    assert isinstance(table, Table)
    return table


def tables_of_stream(stream: str) -> list[str]:
    """Local tables whose rows travel in `stream`."""
    if stream.startswith("ref:"):
        return [t for t, s in REFERENCE_STREAMS.items() if s == stream]
    return [t for t in SYNCED_TABLES if t not in REFERENCE_STREAMS]


def _data_names(table: Table) -> list[str]:
    """The synced data columns of a local table (not the id, not the bookkeeping)."""
    return [c.name for c in table.c if c.name not in SYNC_COLUMNS and c.name != "id"]


UNSTAMPED = frozenset({"dealer_id"})
"""Columns head office keeps no clock for: a row's dealer is tenancy, pinned to the writing
device's dealer and never merged, so a pulled map never names it. Not marked "no stamp
known" in the stored map: that added ``"dealer_id":""`` to every pulled editable row, which
grew in place when a bay's own rows came back after its first push (issue 12 storage)."""


def _stamped_names(table: Table) -> list[str]:
    """The data columns of a local table whose stamps a pulled map carries."""
    return [c for c in _data_names(table) if c not in UNSTAMPED]


def _coerce(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """JSON values from the wire to what the columns take (times come as ISO text)."""
    kinds = value_kinds(table)
    result: dict[str, Any] = {}
    for name, value in values.items():
        kind = kinds.get(name)
        if kind is None:
            continue  # a column a newer workstation has and we do not yet: kept at the server
        if isinstance(value, str) and kind in ("datetime", "date"):
            value = wire_time(kind, value)
        elif value is not None and kind == "bool":
            value = bool(value)
        result[name] = value
    return result


def _pending(session: Session, keys: set[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """Fields with local changes not yet acknowledged, per (tbl, row_id); a pending delete is
    the pseudo-field ``"<delete>"``."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    if not keys:
        return found
    columns: dict[str, list[str]] = {}
    ids = sorted({row_id for _, row_id in keys})
    for start in range(0, len(ids), 900):
        for tbl, row_id, op, fields in session.execute(
            select(SyncOutbox.tbl, SyncOutbox.row_id, SyncOutbox.op, SyncOutbox.fields).where(
                SyncOutbox.row_id.in_(ids[start : start + 900])
            )
        ):
            if (tbl, row_id) not in keys:
                continue
            entry = found[(tbl, row_id)]
            if op == "insert" and not fields:  # read from the row when pushed: all of it
                if tbl not in columns:
                    columns[tbl] = data_columns(session.connection(), tbl)
                entry.update(columns[tbl])
            entry.update(json.loads(fields or "{}"))
            if op == "delete":
                entry.add("<delete>")
    return found


def _versions(session: Session, tbl: str, ids: list[str]) -> dict[str, int | None]:
    table = _table(tbl)
    found: dict[str, int | None] = {}
    for start in range(0, len(ids), 900):
        for row_id, version in session.execute(
            select(table.c.id, table.c.server_version).where(
                table.c.id.in_(ids[start : start + 900])
            )
        ):
            found[str(row_id)] = None if version is None else int(version)
    return found


def _conflict_issue(item: dict[str, Any]) -> tuple[Issue, bool]:
    row = item.get("row") or {}
    issue = Issue(
        id=str(row.get("id") or item["row_id"]),
        kind="conflict",
        tbl=str(row.get("tbl", "")),
        row_id=str(row.get("row_id", "")),
        detail=json.dumps(row, ensure_ascii=False, sort_keys=True, default=str),
    )
    return issue, row.get("status") == "resolved"


def apply_pull(
    db: Database,
    stream: str,
    epoch: str,
    items: Sequence[dict[str, Any]],
    next_since: int,
    *,
    move_cursor: bool = True,
    force: bool = False,
    only_tables: set[str] | None = None,
    hook: Callable[[], None] | None = None,
) -> int:
    """Apply one page of pulled row states and move the stream's cursor, in one transaction
    (the cursor never runs ahead of the data). A row with pending local changes keeps its
    pending fields; everything else takes the server's state (SYNC.md §3.4). Conflicts
    (the server's ``sync_conflict`` pseudo rows) and re-sign flags go into the inbox in the
    same transaction.

    ``force`` (verify repair, §5.5) rewrites rows even when the local version is not older;
    ``only_tables`` limits the page to those tables; ``hook`` runs inside the transaction
    before commit (crash points)."""
    applied = 0
    with db.write() as session, applying_remote(session):
        # A page may bring a child before its parent; foreign keys are checked at commit.
        session.execute(text("PRAGMA defer_foreign_keys=ON"))
        device = get_state(session, "device_id")
        by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
        issues: list[Issue] = []
        resolved: list[str] = []
        resign: dict[str, bool] = {}
        for item in items:
            tbl = item["tbl"]
            if only_tables is not None and tbl not in only_tables:
                continue
            if tbl == CONFLICT_TABLE:
                issue, done = _conflict_issue(item)
                issues.append(issue)
                if done:
                    resolved.append(issue.id)
                continue
            if tbl not in SYNCED_TABLES:
                continue
            if tbl == "service_case":
                resign[item["row_id"]] = RESIGN_REQUIRED in (item.get("flags") or [])
            by_table[tbl].append(item)
        _park_orphans(session, stream, by_table)
        pending = _pending(
            session, {(t, i["row_id"]) for t, rows in by_table.items() for i in rows}
        )
        inserted: set[tuple[str, str]] = set()
        inserts: list[dict[str, Any]]
        for tbl, rows in by_table.items():
            table = _table(tbl)
            kind = SYNCED_TABLES[tbl]
            current = _versions(session, tbl, [i["row_id"] for i in rows])
            inserts = []
            updates: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
            for item in rows:
                row_id = item["row_id"]
                waiting = pending.get((tbl, row_id), set())
                if "<delete>" in waiting:
                    continue  # our delete is on its way; the server's merge comes back later
                incoming = dict(item.get("row") or {})
                incoming["id"] = row_id
                if item.get("deleted") and not incoming.get("deleted_at"):
                    incoming["deleted_at"] = datetime.now(UTC).replace(tzinfo=None).isoformat()
                values = _coerce(
                    table, {k: v for k, v in incoming.items() if k not in SYNC_COLUMNS}
                )
                hlcs = item.get("field_hlc") or {}
                values["server_version"] = item["server_version"]
                updated = item.get("updated_hlc") or max(hlcs.values(), default="")
                # Insert-only rows keep one clock (updated_hlc), not one per field; editable
                # rows keep only the stamps that differ from the row's base (compact clocks).
                values["field_hlc"] = (
                    clocks.pack(hlcs, updated, _stamped_names(table))
                    if kind is SyncClass.DRAFT
                    else "{}"
                )
                values["updated_hlc"] = clocks.short(updated, device)  # this bay's: short
                if row_id not in current:
                    inserts.append(values)
                    applied += 1
                    continue
                local_version = current[row_id]
                if kind in (SyncClass.IMMUTABLE, SyncClass.APPEND):
                    # Data never changes; only the bookkeeping may catch up.
                    if local_version != item["server_version"]:
                        session.execute(
                            table.update()
                            .where(table.c.id == row_id)
                            .values(server_version=item["server_version"])
                        )
                    continue
                if (
                    not force
                    and not waiting
                    and local_version is not None
                    and local_version >= item["server_version"]
                ):
                    continue
                for field in waiting:
                    values.pop(field, None)
                if waiting:
                    # Keep the local stamps of the pending fields with their values.
                    values.pop("field_hlc", None)
                    values.pop("updated_hlc", None)
                # The key is the WHERE: set again, SQLite checks every child table's foreign
                # keys per row (a full scan where the child column has no index), and a
                # first bay's pull of its own 1.5 million rows never ends.
                values.pop("id", None)
                values["_row_id"] = row_id
                updates[frozenset(values)].append(values)
                applied += 1
            for batch in updates.values():
                # One compiled statement per column set, executed for many rows (the SET
                # columns are the parameters' keys).
                session.execute(table.update().where(table.c.id == bindparam("_row_id")), batch)
            if inserts and tbl == "signature":
                # A settlement's signature keeps no copy of its settlement's snapshot.
                snapshots.share_pulled(
                    session.connection(),
                    inserts,
                    [i.get("row") or {} for i in by_table.get("settlement", [])],
                )
            if inserts:
                # Uniform keys for one executemany: a column absent from one row takes its
                # default like in the others.
                keys = set().union(*(v.keys() for v in inserts))
                for values in inserts:
                    for key in keys - values.keys():
                        column = table.c[key]
                        arg = getattr(column.default, "arg", None)
                        values[key] = arg(None) if callable(arg) else arg
                session.execute(table.insert().prefix_with("OR IGNORE"), inserts)
                # OR IGNORE keeps a unique clash (e.g. two bays given the same order number)
                # from wedging the pull; the row it kept out is shown to a person instead.
                stored = _versions(session, tbl, [v["id"] for v in inserts])
                if tbl == "settlement":
                    # Signatures pulled a page before their settlement: stored once now.
                    snapshots.share_stored(session.connection(), inserts)
                inserted.update((tbl, str(i)) for i in stored)
                for values in inserts:
                    if values["id"] not in stored:
                        issues.append(
                            Issue(
                                f"unstored:{tbl}:{values['id']}",
                                "alarm",
                                tbl,
                                str(values["id"]),
                                json.dumps(
                                    {"kind": "pulled_row_not_stored", "reason": "unique clash"}
                                ),
                            )
                        )
        unstored = {i.row_id for i in issues if i.id.startswith("unstored:")}
        if unstored:
            issues += _drop_orphans(session, set(by_table), inserted)
        if issues:
            record_issues(session, issues)
            if resolved:
                session.execute(
                    _table("sync_inbox_issue")
                    .update()
                    .where(
                        _table("sync_inbox_issue").c.id.in_(resolved),
                        _table("sync_inbox_issue").c.resolved_at.is_(None),
                    )
                    .values(resolved_at=_now())
                )
        if resign:
            flagged = [i for i, f in resign.items() if f]
            record_issues(
                session,
                [
                    Issue(f"resign:{case_id}", "resign", "service_case", case_id, "{}")
                    for case_id in flagged
                ],
            )
            cleared = [f"resign:{i}" for i, f in resign.items() if not f]
            if cleared:
                session.execute(
                    _table("sync_inbox_issue")
                    .update()
                    .where(
                        _table("sync_inbox_issue").c.id.in_(cleared),
                        _table("sync_inbox_issue").c.resolved_at.is_(None),
                    )
                    .values(resolved_at=_now())
                )
        for item in items:
            stamp = item.get("updated_hlc")
            if stamp:
                db.hlc.update(stamp)
        if move_cursor:
            row = session.get(SyncCursor, stream)
            if row is None:
                session.add(SyncCursor(stream=stream, seq=next_since, epoch=epoch))
            else:
                row.seq = next_since
                row.epoch = epoch
        set_state(session, "last_hlc", db.hlc.last())
        if hook is not None:
            session.flush()
            hook()
    return applied


def _parents(tbl: str) -> list[tuple[str, str]]:
    """(column, parent table) of each foreign key of a synced table to another synced table."""
    found = _FKS.get(tbl)
    if found is None:
        found = [
            (fk.parent.name, fk.column.table.name)
            for fk in _table(tbl).foreign_keys
            if fk.column.table.name in SYNCED_TABLES
        ]
        _FKS[tbl] = found
    return found


_FKS: dict[str, list[tuple[str, str]]] = {}


def _existing(session: Session, tbl: str, ids: set[str]) -> set[str]:
    table = _table(tbl)
    found: set[str] = set()
    ordered = sorted(ids)
    for start in range(0, len(ordered), 900):
        found.update(
            str(r)
            for r in session.execute(
                select(table.c.id).where(table.c.id.in_(ordered[start : start + 900]))
            ).scalars()
        )
    return found


def _park_orphans(session: Session, stream: str, by_table: dict[str, list[dict[str, Any]]]) -> None:
    """Pages are cut by server sequence, not by parent/child order: a child may come a page
    before its parent (issue 12 item 1). Rows parked by earlier pages join this page (unless
    the page brings a newer state of them); then every row whose parent is neither stored
    here nor in this page (nor itself parked) is parked instead of applied, so the page's
    foreign keys hold at commit. Parking commits with the page and its cursor: a join killed
    at any point resumes with nothing lost. Mutates ``by_table``."""
    in_page = {(t, i["row_id"]) for t, rows in by_table.items() for i in rows}
    retried: list[tuple[str, str]] = []
    for parked in session.execute(select(SyncParked)).scalars():
        key = (parked.tbl, parked.row_id)
        retried.append(key)
        if key not in in_page and parked.tbl in SYNCED_TABLES:
            by_table[parked.tbl].insert(0, json.loads(parked.item))
            in_page.add(key)
    if retried:
        session.execute(delete(SyncParked))
    # Which referenced parents exist here already.
    wanted: dict[str, set[str]] = defaultdict(set)
    for tbl, rows in by_table.items():
        for column, parent in _parents(tbl):
            for item in rows:
                value = (item.get("row") or {}).get(column)
                if value is not None and (parent, str(value)) not in in_page:
                    wanted[parent].add(str(value))
    stored = {(p, i) for p, ids in wanted.items() for i in _existing(session, p, ids)}
    parked_keys: set[tuple[str, str]] = set()
    changed = True
    while changed:  # a parked parent parks its children too
        changed = False
        for tbl, rows in by_table.items():
            for item in rows:
                key = (tbl, item["row_id"])
                if key in parked_keys:
                    continue
                row = item.get("row") or {}
                for column, parent in _parents(tbl):
                    value = row.get(column)
                    if value is None:
                        continue
                    ref = (parent, str(value))
                    if ref in stored or (ref in in_page and ref not in parked_keys):
                        continue
                    parked_keys.add(key)
                    changed = True
                    break
    if not parked_keys:
        return
    now = _now()
    for tbl in list(by_table):
        keep = []
        for item in by_table[tbl]:
            if (tbl, item["row_id"]) in parked_keys:
                session.merge(
                    SyncParked(
                        tbl=tbl,
                        row_id=item["row_id"],
                        stream=stream,
                        item=json.dumps(item, ensure_ascii=False, default=str),
                        parked_at=now,
                    )
                )
            else:
                keep.append(item)
        by_table[tbl] = keep


def queue_unsent(session: Session, stamp: str) -> int:
    """Queue every local row head office has never been sent (issue 12 item 5), in the
    caller's transaction: history written as if already synced (the demo's replicated cases),
    rows written while the outbox was bypassed. Called once, at enrollment, before anything
    was pushed: each such row gets one insert carrying its whole current state under one
    fresh stamp (earlier partial updates of it are dropped: the insert supersedes them), and
    forgets its server version so verify counts it only once head office holds it. Parents
    are queued before children (foreign-key order)."""
    conn = session.connection()
    queued = 0
    order = [t.name for t in Base.metadata.sorted_tables if t.name in SYNCED_TABLES]
    # A signature carries the digest of the case as it was signed; head office compares it
    # with the case it holds when the signature arrives. History holds only the case's last
    # state (closed long after the signing), so judged after it every signed case of the
    # history would be flagged "re-sign required" (issue 12 item 2). Sent before the case,
    # it is judged against nothing: the bay's own history needs no new signature.
    order.remove("signature")
    order.insert(order.index("service_case"), "signature")
    for tbl in order:
        kind = SYNCED_TABLES[tbl]
        if kind is SyncClass.REFERENCE:
            continue
        op = "insert" if kind is SyncClass.DRAFT else "append"
        # NOT IN over an uncorrelated subquery: SQLite builds its list once (an ephemeral
        # index), where NOT EXISTS scanned the whole outbox for every row (measured: an
        # enrollment of 20,000 demo cases with 943 queued changes ran for minutes).
        # Rows store ids as 16 bytes, the outbox as text (app.store.types): the outbox's
        # side is converted (once, in the subquery's list), not every row's.
        unsent = (
            f'SELECT r.id FROM "{tbl}" AS r WHERE r.id NOT IN (SELECT uuid_blob(o.row_id) '
            f"FROM sync_outbox o WHERE o.tbl = '{tbl}' AND o.op IN ('insert', 'append') "
            "AND o.row_id IS NOT NULL)"
        )
        ids = list(conn.execute(text(unsent)).scalars())  # as stored
        if not ids:
            continue
        conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS unsent_ids (id BLOB PRIMARY KEY)"))
        conn.execute(text("DELETE FROM temp.unsent_ids"))
        conn.execute(text("INSERT INTO temp.unsent_ids (id) VALUES (:i)"), [{"i": i} for i in ids])
        conn.execute(
            text(
                f"DELETE FROM sync_outbox WHERE tbl = '{tbl}' "
                "AND row_id IN (SELECT uuid_text(id) FROM temp.unsent_ids)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO sync_outbox (change_id, tx_id, tbl, row_id, op, base_version, "
                "fields, hlc, payload_sha, created_at) "
                # change_id, payload_sha and created_at derived when pushed (`_derived`),
                # the fields read from the row (`_read_insert_only`): the row is as queued
                # until its first edit here, which writes them into this entry first.
                f"SELECT '', current_tx(), '{tbl}', uuid_text(r.id), '{op}', NULL, '', "
                f"{short_stamp_sql(':h')}, '', '' "
                f'FROM "{tbl}" AS r JOIN temp.unsent_ids u ON u.id = r.id ORDER BY r.rowid'
            ),
            {"h": stamp},
        )
        # Every column now carries the one fresh stamp: the compact map of that is {}.
        conn.execute(
            text(
                f"UPDATE \"{tbl}\" SET server_version = NULL, field_hlc = '{{}}', "
                f"updated_hlc = {short_stamp_sql(':h')} "
                "WHERE id IN (SELECT id FROM temp.unsent_ids)"
            ),
            {"h": stamp},
        )
        queued += len(ids)
    conn.execute(text("DROP TABLE IF EXISTS temp.unsent_ids"))
    return queued


VACUUM_ROOM = 2.2
"""Free disk a full VACUUM needs, in multiples of the database's live bytes: SQLite builds
the vacuumed copy in a temporary file and writes it back through the WAL (with a margin)."""


def room_for_vacuum(db: Database, live_bytes: int) -> bool:
    """Whether the data directory's file system has room for a full VACUUM of a database
    holding `live_bytes`. A VACUUM that runs out of disk fails only after filling it, and
    every write of the workstation meanwhile fails too: it waits for a later round."""
    free = shutil.disk_usage(db.path.parent).free
    if free >= live_bytes * VACUUM_ROOM:
        return True
    log.info(
        "compaction postponed: %d MB free, a full vacuum needs %d MB",
        free >> 20,
        int(live_bytes * VACUUM_ROOM) >> 20,
    )
    return False


def compact(db: Database, min_free: float = 0.1) -> int:
    """After a round: give the pages freed by pruned outbox rows back to the file system and
    cut the WAL back (issue 12 storage). Returns the pages released. A database made without
    incremental auto-vacuum (every one before migration 0018's release: the pragma came
    after WAL mode) converts once (a full VACUUM) when a tenth of it is free and the disk
    has room for it (`room_for_vacuum`; else a later round tries again). WAL mode stays:
    it is kept in the file's header across a VACUUM."""
    # Outside any transaction (VACUUM refuses to run in one; the pragma steps page by page).
    conn = db.engine.raw_connection()
    try:
        cur = conn.cursor()

        def one(sql: str) -> int:
            row = cur.execute(sql).fetchone()
            return int(row[0]) if row and row[0] is not None else 0

        pages = one("PRAGMA page_count")
        free = one("PRAGMA freelist_count")
        mode = one("PRAGMA auto_vacuum")
        released = 0
        if free and mode == 2:
            # Stepped to the end (execute() steps it once: one page).
            cur.executescript("PRAGMA incremental_vacuum;")
            released = free
        elif (
            pages
            and free / pages >= min_free
            and room_for_vacuum(db, (pages - free) * one("PRAGMA page_size"))
        ):
            cur.execute("PRAGMA auto_vacuum=INCREMENTAL")
            cur.execute("VACUUM")
            released = free
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        cur.close()
        return released
    finally:
        conn.close()


def parked_count(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(text("SELECT count(*) FROM sync_parked")).scalar_one())


def _drop_orphans(
    session: Session, tables: set[str], inserted: set[tuple[str, str]]
) -> list[Issue]:
    """Rows of this page whose parent could not be stored (a unique clash) would fail the
    deferred foreign-key check at commit and wedge the pull forever. Take them out of this
    uncommitted transaction again (their insert-only guard lifted for the statement) and show
    them in the inbox; a repair re-pulls them once the clash is resolved."""
    from app.store.triggers import drop_sync_triggers, install_sync_triggers

    issues: list[Issue] = []
    conn = session.connection()
    while True:
        doomed: dict[str, set[int]] = defaultdict(set)
        for tbl in sorted(tables):
            for row in conn.execute(text(f"PRAGMA foreign_key_check('{tbl}')")):
                doomed[str(row[0])].add(int(row[1]))
        removed = 0
        for tbl, rowids in doomed.items():
            ids = [
                str(r[0])
                for r in conn.execute(
                    text(
                        f'SELECT uuid_text(id) FROM "{tbl}" '
                        f"WHERE rowid IN ({','.join(map(str, rowids))})"
                    )
                )
                if (tbl, str(r[0])) in inserted
            ]
            if not ids:
                continue
            drop_sync_triggers(conn, tbl)
            table = _table(tbl)
            conn.execute(table.delete().where(table.c.id.in_(ids)))
            install_sync_triggers(conn, {tbl: SYNCED_TABLES[tbl]})
            removed += len(ids)
            issues += [
                Issue(
                    f"unstored:{tbl}:{row_id}",
                    "alarm",
                    tbl,
                    row_id,
                    json.dumps({"kind": "pulled_row_not_stored", "reason": "parent not stored"}),
                )
                for row_id in ids
            ]
        if not removed:
            return issues


def verify_digests(
    db: Database, tables: Iterable[str]
) -> dict[str, tuple[int, list[tuple[str, int]]]]:
    """Per table: (count, [(id, server_version)]) of rows the server has acknowledged."""
    result: dict[str, tuple[int, list[tuple[str, int]]]] = {}
    with db.read() as session:
        for tbl in tables:
            rows = [
                (str(r[0]), int(r[1]))
                for r in session.execute(
                    text(
                        f'SELECT uuid_text(id), server_version FROM "{tbl}" '
                        "WHERE server_version IS NOT NULL"
                    )
                )
            ]
            result[tbl] = (len(rows), rows)
    return result


def open_issues(db: Database) -> list[SyncInboxIssue]:
    with db.read() as session:
        return list(
            session.execute(
                select(SyncInboxIssue)
                .where(SyncInboxIssue.resolved_at.is_(None))
                .order_by(SyncInboxIssue.created_at)
            ).scalars()
        )


def resolve_issue(db: Database, issue_id: str) -> None:
    with db.write() as session:
        issue = session.get(SyncInboxIssue, issue_id)
        if issue is not None and issue.resolved_at is None:
            issue.resolved_at = _now()


def state(db: Database, key: str) -> str | None:
    with db.read() as session:
        return get_state(session, key)


def set_sync_state(db: Database, key: str, value: str | None) -> None:
    with db.write() as session:
        set_state(session, key, value)


# -- outbound customer messages, media uploads, joining (SQL of the sync client's steps) -------


@dataclass(frozen=True)
class QueuedMessage:
    id: str
    to: str
    body: str
    case_id: str | None


_QUEUED_STAMP = clocks.stamp_sql("queued_at")
"""SQL: the stamp of a customer message's ``queued_at`` (NULL when not known)."""


def queued_sms(
    db: Database, limit: int = 200, device: str = "", now: datetime | None = None
) -> list[QueuedMessage]:
    """The oldest queued SMS messages that this workstation (``device``) queued and that are
    due. Selected by channel in SQL, so messages of another channel (sent elsewhere) can never
    fill the batch and starve SMS (issue 12 item 6). A message due later (`send_after`, the
    dealer's local time: D5's next-service reminder) stays queued until then. A message
    another bay queued is that bay's to send: a bay that pulls it before its status came back
    would text the customer a second time. The queuing bay is the device of the ``queued_at``
    stamp (set once, when queued), read from the compact clocks (app.store.clocks: the
    column's own stamp, else the row's base stamp, else its ``updated_hlc``)."""
    due = (now or local_now()).isoformat(sep=" ", timespec="microseconds")
    with db.read() as session:
        rows = session.execute(
            text(
                'SELECT uuid_text(id), "to", body, uuid_text(case_id) FROM customer_message '
                "WHERE status = 'queued' AND deleted_at IS NULL "
                "AND COALESCE(NULLIF(channel, ''), 'sms') = 'sms' "
                "AND (send_after IS NULL OR send_after <= :due) "
                "AND (:device = '' OR substr(" + _QUEUED_STAMP + ", 24) IS NULL "
                "OR substr(" + _QUEUED_STAMP + ", 24) IN (:device, 'local')) "
                "ORDER BY queued_at LIMIT :n"
            ),
            {"n": limit, "due": due, "device": device},
        )
        return [QueuedMessage(str(r[0]), str(r[1]), str(r[2]), r[3]) for r in rows]


def record_message_results(db: Database, results: Iterable[tuple[str, bool, str]]) -> None:
    """(message id, sent?, provider reference or error) written back to queued rows; the
    change flows to every bay of the dealer."""
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    with db.write() as session:
        for message_id, sent, ref in results:
            session.execute(
                text(
                    "UPDATE customer_message SET status = :s, provider_ref = :p, "
                    "sent_at = CASE WHEN :sent THEN :at ELSE sent_at END "
                    "WHERE id = :id AND status = 'queued'"
                ),
                {
                    "s": "sent" if sent else "failed",
                    "p": ref[:64],
                    "sent": sent,
                    "at": now,
                    "id": id_bytes(message_id),
                },
            )


def media_queue(db: Database) -> list[tuple[str, int]]:
    """(sha256, size) of local files head office has not verified yet."""
    with db.read() as session:
        rows = session.execute(
            text(
                # both sha256 columns are stored as 32 bytes (migration 0022)
                "SELECT DISTINCT sha_text(m.sha256), m.size FROM media_file m "
                "LEFT JOIN media_upload u ON u.sha256 = m.sha256 "
                "WHERE m.deleted_at IS NULL AND (u.state IS NULL OR u.state != 'done')"
            )
        )
        return [(str(r[0]), int(r[1])) for r in rows]


def workstation_codes(session: Session) -> set[str]:
    """Codes the dealer's workstations already use (order-number prefixes)."""
    return {str(c) for c in session.execute(text("SELECT code FROM workstation")).scalars()}


EPOCH_REBASE = "epoch_rebase"
"""sync_state key: set while the outbox of an epoch change has not yet been taken by the
restored head office (its `local_seq`s may start past what head office expects)."""


def rebase_on_epoch(db: Database, epoch: str, stamp: str) -> int:
    """Head office was restored or re-created (SYNC.md §5.6), in one transaction: pull
    everything again (cursors reset), queue everything this workstation holds for pushing
    again (a restored server may have lost what it had acknowledged; inserts are idempotent
    row states), raise the alarm, and remember the new epoch. Local data is never discarded.
    Returns the number of rows queued again."""
    with db.write() as session:
        session.execute(delete(SyncCursor))
        with applying_remote(session):
            queued = queue_unsent(session, stamp)
        record_issues(
            session,
            [Issue(f"epoch:{epoch}", "alarm", "", "", json.dumps({"epoch": epoch}))],
        )
        set_state(session, EPOCH_REBASE, "1")
        set_state(session, "hq_epoch", epoch)
    return queued


def renumber_outbox(db: Database, start: int) -> int:
    """After an epoch change the restored head office expects `start` next, older than this
    outbox's first `local_seq` (it lost acknowledgements): number the outbox densely from
    `start`, in order, and continue the sequence after it. Only ever run while
    `EPOCH_REBASE` is set: everything in the outbox is then new to that server."""
    with db.write() as session:
        conn = session.connection()
        conn.execute(text("DROP TABLE IF EXISTS temp.renumbered"))
        # Keyed by the old number: the UPDATE below looks each row up (an epoch change
        # queues everything held, so the outbox may hold every row of the dealer).
        conn.execute(text("CREATE TEMP TABLE renumbered (old INTEGER PRIMARY KEY, new INTEGER)"))
        conn.execute(
            text(
                "INSERT INTO temp.renumbered (old, new) SELECT local_seq, "
                ":start - 1 + ROW_NUMBER() OVER (ORDER BY local_seq) FROM sync_outbox"
            ),
            {"start": start},
        )
        conn.execute(
            text(
                "UPDATE sync_outbox SET local_seq = -(SELECT new FROM temp.renumbered "
                "WHERE old = sync_outbox.local_seq)"
            )
        )
        conn.execute(text("UPDATE sync_outbox SET local_seq = -local_seq"))
        top = conn.execute(text("SELECT max(local_seq) FROM sync_outbox")).scalar()
        conn.execute(
            text("UPDATE sqlite_sequence SET seq = :top WHERE name = 'sync_outbox'"),
            {"top": int(top if top is not None else start - 1)},
        )
        moved = int(conn.execute(text("SELECT count(*) FROM temp.renumbered")).scalar() or 0)
        conn.execute(text("DROP TABLE temp.renumbered"))
        set_state(session, EPOCH_REBASE, None)
    return moved


def record_insert_only_versions(db: Database, versions: Sequence[tuple[str, str, int]]) -> None:
    """(table, row id, server version) of pushed insert-only rows that head office stored
    or already held: their content can never change, so the version its push result gives
    is the one a pull would bring. Recorded here in one statement per table, the pull of
    this bay's own rows (a first upload of ~1.5 million) then has nothing to write for them
    (instead of one UPDATE per row). Not captured in the outbox."""
    by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for tbl, row_id, version in versions:
        if SYNCED_TABLES.get(tbl) in (SyncClass.IMMUTABLE, SyncClass.APPEND):
            by_table[tbl].append({"_id": row_id, "_v": version})
    if not by_table:
        return
    with db.write() as session, applying_remote(session):
        for tbl, params in by_table.items():
            table = _table(tbl)
            session.execute(
                table.update()
                .where(table.c.id == bindparam("_id"))
                .values(server_version=bindparam("_v")),
                params,
            )
