"""Materialized row states and the per-stream feed (SYNC.md §5.3, §6.2).

A `Transaction` collects the row states one server transaction changes, then writes them
together with one block of stream seqs, so every item a pull returns carries the ``tx_end`` of
the transaction that wrote it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, bindparam, select, update

from app.headoffice import schema
from app.headoffice.db import insert_rows, lock_stream, now_iso, upsert

RowKey = tuple[str, str]


@dataclass
class RowState:
    tbl: str
    row_id: str
    dealer_id: str | None
    stream: str
    sync_class: str
    row: dict[str, Any]
    field_hlc: dict[str, str]
    field_version: dict[str, int]
    server_version: int = 0
    content_sha: str | None = None
    last_change_id: str | None = None
    last_device_id: str | None = None
    is_new: bool = False
    dirty: bool = False
    loaded_version: int = 0
    """server_version as read from the database (0 for a new row)."""

    @property
    def key(self) -> RowKey:
        return (self.tbl, self.row_id)

    @property
    def deleted(self) -> bool:
        return self.row.get("deleted_at") is not None

    @property
    def updated_hlc(self) -> str | None:
        return max(self.field_hlc.values()) if self.field_hlc else None

    def as_db(self) -> dict[str, Any]:
        return {
            "tbl": self.tbl,
            "row_id": self.row_id,
            "dealer_id": self.dealer_id,
            "stream": self.stream,
            "sync_class": self.sync_class,
            "row": self.row,
            "field_hlc": self.field_hlc,
            "field_version": self.field_version,
            "server_version": self.server_version,
            "deleted": self.deleted,
            "updated_hlc": self.updated_hlc,
            "content_sha": self.content_sha,
            "last_change_id": self.last_change_id,
            "last_device_id": self.last_device_id,
            "updated_at": now_iso(),
        }


def _from_db(row: Any) -> RowState:
    return RowState(
        tbl=row.tbl,
        row_id=row.row_id,
        dealer_id=row.dealer_id,
        stream=row.stream,
        sync_class=row.sync_class,
        row=dict(row.row),
        field_hlc=dict(row.field_hlc),
        field_version={k: int(v) for k, v in row.field_version.items()},
        server_version=int(row.server_version),
        content_sha=row.content_sha,
        last_change_id=row.last_change_id,
        last_device_id=row.last_device_id,
        loaded_version=int(row.server_version),
    )


def load_states(
    conn: Connection, keys: Iterable[RowKey], lock: bool = False
) -> dict[RowKey, RowState]:
    """The stored states of ``keys``. ``lock``: ``SELECT … FOR UPDATE`` in key order (table,
    then row id by code point), so two transactions locking overlapping rows take them in the
    same order and never deadlock each other."""
    by_table: dict[str, set[str]] = defaultdict(set)
    for tbl, row_id in keys:
        by_table[tbl].add(row_id)
    rs = schema.row_state
    found: dict[RowKey, RowState] = {}
    postgres = conn.dialect.name == "postgresql"
    for tbl in sorted(by_table):
        id_list = sorted(by_table[tbl])
        for start in range(0, len(id_list), 900):
            chunk = id_list[start : start + 900]
            stmt = select(rs).where(rs.c.tbl == tbl, rs.c.row_id.in_(chunk))
            if lock:
                order = rs.c.row_id.collate("C") if postgres else rs.c.row_id
                stmt = stmt.order_by(order).with_for_update()
            for row in conn.execute(stmt):
                state = _from_db(row)
                found[state.key] = state
    return found


class RetryTransaction(Exception):
    """A row changed under an unlocked read: roll back and run the transaction again."""


@dataclass
class Transaction:
    """The row states one server transaction touches, in the order of their last change."""

    conn: Connection
    states: dict[RowKey, RowState] = field(default_factory=dict)
    touched: dict[RowKey, None] = field(default_factory=dict)  # ordered set
    refeed: dict[RowKey, None] = field(default_factory=dict)  # unchanged rows to re-send
    absent: set[RowKey] = field(default_factory=set)  # looked up, not in the database
    locked: set[RowKey] = field(default_factory=set)  # read FOR UPDATE in this transaction

    def get(self, tbl: str, row_id: str) -> RowState | None:
        key = (tbl, row_id)
        if key in self.absent and key not in self.states:
            return None
        if key not in self.states:
            loaded = load_states(self.conn, [key])
            if key not in loaded:
                self.absent.add(key)
                return None
            self.states[key] = loaded[key]
        return self.states[key]

    def preload(self, keys: Iterable[RowKey], lock: Iterable[RowKey] = ()) -> None:
        """Load ``keys`` in one go; the ``lock`` keys first, ``FOR UPDATE`` in key order (the
        rows this transaction may change: held until commit, so a concurrent push of the same
        dealer waits for them, and only for them)."""
        to_lock = sorted({k for k in lock if k not in self.locked})
        if to_lock:
            found = load_states(self.conn, to_lock, lock=True)
            self.states.update(found)  # the locked read is the current committed state
            self.absent.difference_update(found)
            self.absent.update(k for k in to_lock if k not in found)
            self.locked.update(to_lock)
        missing = [k for k in keys if k not in self.states and k not in self.absent]
        found = load_states(self.conn, missing)
        self.states.update(found)
        self.absent.update(k for k in missing if k not in found)

    def add(self, state: RowState) -> None:
        state.is_new = True
        self.states[state.key] = state
        self.touch(state)

    def touch(self, state: RowState) -> None:
        state.dirty = True
        self.touched.pop(state.key, None)
        self.touched[state.key] = None

    def write(self, locked_heads: dict[str, int], group: int | None = None) -> dict[str, int]:
        """Persist touched rows, then feed them. ``locked_heads`` holds the head seq of every
        stream already locked in this transaction; the others are locked now, last, in name
        order, just before their feed rows are written (SYNC.md §6.2): the stream lock is held
        only from the seq hand-out to the commit. Returns the new head of every stream
        written (the write checkpoint).

        ``group``: feed the rows as consecutive transactions of at most this many rows (a
        200,000-row reference import need not reach a workstation as one page); a push is
        always one transaction, so a bay never shows half of another bay's commit."""
        keys = list(self.touched) + [k for k in self.refeed if k not in self.touched]
        by_stream: dict[str, list[RowState]] = defaultdict(list)
        for key in keys:
            state = self.states[key]
            by_stream[state.stream].append(state)
        self._write_rows()
        heads: dict[str, int] = {}
        feed_rows: list[dict[str, Any]] = []
        first_feed: list[dict[str, Any]] = []  # rows new to head office: no feed entry yet
        for stream in sorted(by_stream):
            states = by_stream[stream]
            if stream in locked_heads:
                head = locked_heads[stream]
                tx_end = head + len(states)
                self.conn.execute(
                    update(schema.stream_head)
                    .where(schema.stream_head.c.stream == stream)
                    .values(seq=tx_end)
                )
            else:
                tx_end = allocate_seqs(self.conn, stream, len(states))
                head = tx_end - len(states)
            size = group or len(states)
            for offset, state in enumerate(states, start=1):
                (first_feed if state.is_new else feed_rows).append(
                    {
                        "tbl": state.tbl,
                        "row_id": state.row_id,
                        "stream": stream,
                        "seq": head + offset,
                        "tx_end": head + min(len(states), -(-offset // size) * size),
                    }
                )
            heads[stream] = tx_end
        # The feed keeps one entry per row (compaction): an upsert moves it to its newest seq.
        # New seqs are all above the old head, so the unique (stream, seq) index never clashes.
        # A row head office has never held has no entry yet: those are plain inserts.
        fd = schema.sync_feed
        insert_rows(self.conn, fd, first_feed)
        if feed_rows:
            upsert(self.conn, fd, feed_rows, ["tbl", "row_id"], update=["stream", "seq", "tx_end"])
        for state in self.states.values():
            state.is_new = False
            state.dirty = False
        return heads

    def _write_rows(self) -> None:
        new = [self.states[k].as_db() for k in self.touched if self.states[k].is_new]
        changed = [self.states[k] for k in self.touched if not self.states[k].is_new]
        if self.locked:
            # A locking transaction (a push) changes only rows it read FOR UPDATE. Should a
            # path ever change a row it read without the lock, take the lock now and make sure
            # nobody committed a newer version meanwhile; else run the whole push again.
            unlocked = [s for s in changed if s.key not in self.locked]
            if unlocked:
                current = load_states(self.conn, [s.key for s in unlocked], lock=True)
                self.locked.update(current)
                for state in unlocked:
                    now = current.get(state.key)
                    if now is None or now.server_version != state.loaded_version:
                        raise RetryTransaction(state.key)
        insert_rows(self.conn, schema.row_state, new)
        if changed:
            rs = schema.row_state
            values: dict[str, Any] = {
                c: bindparam(c) for c in changed[0].as_db() if c not in ("tbl", "row_id")
            }
            stmt = (
                update(rs)
                .where(and_(rs.c.tbl == bindparam("k_tbl"), rs.c.row_id == bindparam("k_row_id")))
                .values(**values)
            )
            params = []
            for state in changed:
                item = state.as_db()
                item["k_tbl"] = item.pop("tbl")
                item["k_row_id"] = item.pop("row_id")
                params.append(item)
            self.conn.execute(stmt, params)


def allocate_seqs(conn: Connection, stream: str, count: int) -> int:
    """Hand out ``count`` seqs of ``stream`` and return the new head: one statement that
    locks the stream head until commit (SYNC.md §6.2), so seqs follow commit order."""
    head = schema.stream_head
    stmt = (
        update(head)
        .where(head.c.stream == stream)
        .values(seq=head.c.seq + count)
        .returning(head.c.seq)
    )
    seq = conn.execute(stmt).scalar()
    if seq is None:  # the stream's first write: create its head (a race inserts it once)
        lock_stream(conn, stream)
        seq = conn.execute(stmt).scalar_one()
    return int(seq)
