"""The workstation's side of sync inside its own database (SYNC.md §3): reading the outbox in
whole transactions, acknowledging pushed changes, and applying pulled row states together
with their cursor in one transaction.

Pure store work: no HTTP here (see `app.sync.client`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, delete, select, text
from sqlalchemy.orm import Session

from app.domain.ids import uuid7
from app.store.engine import Database, applying_remote, get_state, set_state
from app.store.models import Base, SyncCursor, SyncInboxIssue, SyncOutbox
from app.store.registry import SYNC_COLUMNS, SYNCED_TABLES, SyncClass

MAX_CHANGES = 500
MAX_BYTES = 1 << 20


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


def pending_count(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one())


def next_batch(
    db: Database, from_seq: int = 0, max_changes: int = MAX_CHANGES, max_bytes: int = MAX_BYTES
) -> list[OutboxChange]:
    """The oldest changes from `from_seq`, never splitting a local transaction across batches
    (unless one transaction alone is larger than a batch)."""
    with db.read() as session:
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
                tx_id=r.tx_id,
                tbl=r.tbl,
                row_id=r.row_id,
                op=r.op,
                base_version=r.base_version,
                fields=json.loads(r.fields),
                hlc=r.hlc,
                payload_sha=r.payload_sha,
                created_at=r.created_at,
            )
            for r in rows
        ]
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


def acknowledge(
    db: Database,
    pushed: Sequence[OutboxChange],
    issues: Iterable[tuple[str, str, str, str]],
    write_checkpoint: dict[str, int],
) -> None:
    """In one transaction: drop the acknowledged outbox rows, keep the conflicts and
    rejections for a person to see, and remember the write checkpoint (SYNC.md §5.2)."""
    now = datetime.now(UTC).isoformat()
    with db.write() as session:
        session.execute(
            delete(SyncOutbox).where(SyncOutbox.local_seq.in_([c.local_seq for c in pushed]))
        )
        for kind, tbl, row_id, detail in issues:
            session.add(
                SyncInboxIssue(
                    id=uuid7(),
                    kind=kind,
                    tbl=tbl,
                    row_id=row_id,
                    detail=detail,
                    created_at=now,
                    resolved_at=None,
                )
            )
        if write_checkpoint:
            set_state(session, "write_checkpoint", json.dumps(write_checkpoint))
        set_state(session, "last_push_at", now)
        set_state(session, "last_hlc", db.hlc.last())


def cursor(db: Database, stream: str) -> tuple[int, str]:
    with db.read() as session:
        row = session.get(SyncCursor, stream)
        return (row.seq, row.epoch) if row else (0, "")


def _table(name: str) -> Table:
    table = Base.metadata.tables[name]
    assert isinstance(table, Table)
    return table


def _pending_fields(session: Session, tbl: str, row_id: str) -> set[str]:
    rows = session.execute(
        select(SyncOutbox.fields).where(SyncOutbox.tbl == tbl, SyncOutbox.row_id == row_id)
    ).scalars()
    pending: set[str] = set()
    for fields in rows:
        pending.update(json.loads(fields))
    return pending


def _coerce(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """JSON values from the wire to what the columns take (times come as ISO text)."""
    result: dict[str, Any] = {}
    for name, value in values.items():
        if name not in table.c:
            continue  # a column a newer workstation has and we do not yet: kept at the server
        column = table.c[name]
        python_type: type | None
        try:
            python_type = column.type.python_type
        except NotImplementedError:
            python_type = None
        if value is not None and python_type is datetime and isinstance(value, str):
            value = datetime.fromisoformat(value.replace("T", " ").replace("Z", ""))
        elif (
            value is not None
            and python_type is not None
            and python_type.__name__ == "date"
            and isinstance(value, str)
        ):
            value = datetime.fromisoformat(value).date()
        elif value is not None and python_type is bool:
            value = bool(value)
        result[name] = value
    return result


def apply_pull(
    db: Database,
    stream: str,
    epoch: str,
    items: Sequence[dict[str, Any]],
    next_since: int,
) -> int:
    """Apply one page of pulled row states and move the stream's cursor, in one transaction
    (the cursor never runs ahead of the data). A row with pending local changes keeps its
    pending fields; everything else takes the server's state (SYNC.md §3.4)."""
    applied = 0
    with db.write() as session, applying_remote(session):
        # A page may bring a child before its parent; foreign keys are checked at commit.
        session.execute(text("PRAGMA defer_foreign_keys=ON"))
        for item in items:
            tbl = item["tbl"]
            if tbl not in SYNCED_TABLES:
                continue
            table = _table(tbl)
            row_id = item["row_id"]
            incoming = dict(item.get("row") or {})
            incoming["id"] = row_id
            if item.get("deleted"):
                incoming.setdefault(
                    "deleted_at", datetime.now(UTC).replace(tzinfo=None).isoformat()
                )
            current = session.execute(
                select(table.c.server_version).where(table.c.id == row_id)
            ).first()
            pending = _pending_fields(session, tbl, row_id)
            values = _coerce(table, {k: v for k, v in incoming.items() if k not in SYNC_COLUMNS})
            values["server_version"] = item["server_version"]
            values["field_hlc"] = json.dumps(item.get("field_hlc") or {})
            values["updated_hlc"] = item.get("updated_hlc") or max(
                (item.get("field_hlc") or {"": ""}).values()
            )
            if current is None:
                session.execute(table.insert().prefix_with("OR IGNORE"), [values])
                applied += 1
                continue
            if SYNCED_TABLES[tbl] in (SyncClass.IMMUTABLE, SyncClass.APPEND):
                # Data never changes; only the bookkeeping may catch up.
                session.execute(
                    table.update()
                    .where(table.c.id == row_id)
                    .values(server_version=item["server_version"])
                )
                continue
            if current[0] is not None and current[0] >= item["server_version"] and not pending:
                continue
            for field in pending:
                values.pop(field, None)
            session.execute(table.update().where(table.c.id == row_id).values(**values))
            applied += 1
        for stamp in (item.get("updated_hlc") for item in items):
            if stamp:
                db.hlc.update(stamp)
        row = session.get(SyncCursor, stream)
        if row is None:
            session.add(SyncCursor(stream=stream, seq=next_since, epoch=epoch))
        else:
            row.seq = next_since
            row.epoch = epoch
        set_state(session, "last_hlc", db.hlc.last())
    return applied


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
                    text(f'SELECT id, server_version FROM "{tbl}" WHERE server_version IS NOT NULL')
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
        if issue is not None:
            issue.resolved_at = datetime.now(UTC).isoformat()


def state(db: Database, key: str) -> str | None:
    with db.read() as session:
        return get_state(session, key)


def set_sync_state(db: Database, key: str, value: str | None) -> None:
    with db.write() as session:
        set_state(session, key, value)
