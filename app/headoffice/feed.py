"""GET /v1/sync/meta, GET /v1/sync/pull and POST /v1/sync/verify (SYNC.md §5.1, §5.3, §5.5).

A pull page is read in one snapshot (REPEATABLE READ on PostgreSQL, a deferred read
transaction on SQLite) and never ends inside a server transaction: when the last item's
``tx_end`` lies beyond it, the page is extended to ``tx_end``.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from typing import Any

from sqlalchemy import Engine, Text, and_, cast, insert, or_, select, update

from app.domain.hlc import MAX_DRIFT_MS
from app.headoffice import schema
from app.headoffice.auth import DeviceIdentity, check_device
from app.headoffice.db import (
    epoch_of,
    head_and_epoch,
    ms_to_iso,
    new_id,
    now_iso,
    reader,
    stream_head_of,
)
from app.headoffice.errors import ApiError, forbidden
from app.headoffice.refs import REFERENCES, parents_of
from app.protocol.wire import (
    CONFLICT_TABLE,
    MAX_PULL_LIMIT,
    PROTOCOL_MAX,
    PROTOCOL_MIN,
    RESIGN_REQUIRED,
    BatchLimits,
    ConflictRecord,
    DeviceInfo,
    ErrorCode,
    MetaResponse,
    PullResponse,
    ResolveConflictRequest,
    StreamHead,
    TableDigest,
    TableVerdict,
    VerifyRequest,
    VerifyResponse,
    VersionRange,
    verify_digest,
)
from app.store.registry import REFERENCE_STREAMS

SCHEMA_RANGE = (1, 1_000_000)
"""Rows are stored generically, so any workstation schema is accepted."""


def meta(
    engine: Engine,
    device: DeviceIdentity | tuple[str, str],
    max_drift_ms: int = MAX_DRIFT_MS,
) -> MetaResponse:
    """``device``: an authenticated device, or (device id, secret) to authenticate on the
    same connection (one checkout per request)."""
    with reader(engine) as conn:
        if isinstance(device, tuple):
            device = check_device(conn, *device)
        streams = [device.stream, *sorted(set(REFERENCE_STREAMS.values()))]
        sh = schema.stream_head
        found = {
            r.stream: int(r.seq)
            for r in conn.execute(select(sh.c.stream, sh.c.seq).where(sh.c.stream.in_(streams)))
        }
        heads = {s: StreamHead(head=found.get(s, 0)) for s in streams}
        epoch = epoch_of(conn)
    now_ms = time.time_ns() // 1_000_000
    return MetaResponse(
        server_time=ms_to_iso(now_ms),
        server_time_ms=now_ms,
        protocol=VersionRange(min=PROTOCOL_MIN, max=PROTOCOL_MAX),
        schema=VersionRange(min=SCHEMA_RANGE[0], max=SCHEMA_RANGE[1]),
        epoch=epoch,
        streams=heads,
        max_clock_drift_ms=max_drift_ms,
        limits=BatchLimits(),
        device=DeviceInfo(
            device_id=device.id,
            dealer_id=device.dealer_id,
            dealer_code=device.dealer_code,
            name=device.name,
            status="active" if device.status == "active" else "revoked",
            last_local_seq=device.last_local_seq,
        ),
    )


def _scope(device: DeviceIdentity, stream: str) -> Any:
    """Row filter of a stream for this device: a reference row with a dealer_id belongs to
    that dealer only (dealer-specific prices); the dealer stream is the device's own."""
    if not device.may_read(stream):
        raise forbidden("this stream belongs to another dealer")
    rs = schema.row_state
    if stream == device.stream:
        return rs.c.dealer_id == device.dealer_id
    return or_(rs.c.dealer_id.is_(None), rs.c.dealer_id == device.dealer_id)


def pull_json(
    engine: Engine,
    device: DeviceIdentity | tuple[str, str],
    stream: str,
    since: int,
    limit: int,
) -> str:
    """The `PullResponse` of a page as JSON text. Built from the stored JSON text, not parsed
    and re-serialized: the server's cost per row stays a few microseconds. ``device``: an
    authenticated device, or (device id, secret) to authenticate in the page's own read
    transaction (one connection checkout per request)."""
    limit = max(1, min(limit, MAX_PULL_LIMIT))
    with reader(engine) as conn, conn.begin():
        if isinstance(device, tuple):
            device = check_device(conn, *device)
        return _page_json(conn, device, stream, since, limit)


def _page_json(conn: Any, device: DeviceIdentity, stream: str, since: int, limit: int) -> str:
    scope = _scope(device, stream)
    fd, rs, so = schema.sync_feed, schema.row_state, schema.signoff
    base = (
        select(
            fd.c.seq,
            fd.c.tx_end,
            rs.c.tbl,
            rs.c.row_id,
            rs.c.server_version,
            rs.c.deleted,
            cast(rs.c.row, Text).label("row_json"),
            cast(rs.c.field_hlc, Text).label("hlc_json"),
            rs.c.updated_hlc,
            so.c.resign_required,
        )
        .join(rs, and_(rs.c.tbl == fd.c.tbl, rs.c.row_id == fd.c.row_id))
        .outerjoin(so, and_(so.c.subject_tbl == fd.c.tbl, so.c.subject_id == fd.c.row_id))
        .where(fd.c.stream == stream, scope)
    )
    head, epoch = head_and_epoch(conn, stream)
    rows = list(conn.execute(base.where(fd.c.seq > since).order_by(fd.c.seq).limit(limit)))
    full = len(rows) >= limit
    if rows and rows[-1].tx_end > rows[-1].seq:
        # Never end a page inside a server transaction: extend it to the tx's last seq.
        last = rows[-1]
        rows += list(
            conn.execute(
                base.where(fd.c.seq > last.seq, fd.c.seq <= last.tx_end).order_by(fd.c.seq)
            )
        )
    next_since = max(since, rows[-1].tx_end) if rows else since
    rows = _with_parents(conn, base, rows, next_since)
    # A short page read every row of the stream after ``since`` in this snapshot: nothing
    # more to look for (the common case of a bay that is up to date: one query fewer).
    more = (
        conn.execute(
            select(fd.c.seq)
            .join(rs, and_(rs.c.tbl == fd.c.tbl, rs.c.row_id == fd.c.row_id))
            .where(fd.c.stream == stream, scope, fd.c.seq > next_since)
            .limit(1)
        ).first()
        if full
        else None
    )
    has_more = more is not None
    if not has_more:
        # Every seq up to the head committed before this snapshot: nothing left to wait for.
        next_since = max(next_since, head)
    dumps = json.dumps
    flagged = dumps([RESIGN_REQUIRED])
    items = ",".join(
        f'{{"seq":{r.seq},"tx_end":{r.tx_end},"tbl":{dumps(r.tbl)},"row_id":{dumps(r.row_id)},'
        f'"server_version":{r.server_version},"deleted":{"true" if r.deleted else "false"},'
        f'"row":{r.row_json},"field_hlc":{r.hlc_json},"updated_hlc":{dumps(r.updated_hlc)},'
        f'"flags":{flagged if r.resign_required else "[]"}}}'
        for r in rows
    )
    return (
        f'{{"stream":{dumps(stream)},"epoch":{dumps(epoch)},"items":[{items}],'
        f'"next_since":{next_since},"has_more":{"true" if has_more else "false"},'
        f'"tx_end":{next_since}}}'
    )


def _with_parents(conn: Any, base: Any, rows: list[Any], page_end: int) -> list[Any]:
    """Parents before children on every page (issue 12 item 1).

    The feed keeps one entry per row at its newest seq, so an updated case moves past its
    lines, events and signatures. A bay applying page by page would then hold children whose
    parent comes pages later, and its foreign keys fail on every retry. Every parent (and
    theirs, transitively) a page's rows name that the feed places after this page is sent
    first in the same page, in its current state; it comes again at its own seq later, as a
    row the bay already holds. ``next_since`` is unchanged, so a join cut after any page
    resumes from a consistent state."""
    fd = schema.sync_feed
    on_page = {(r.tbl, r.row_id) for r in rows}
    front: list[Any] = []
    todo = rows
    while todo:
        wanted: dict[str, set[str]] = defaultdict(set)
        for r in todo:
            if r.tbl not in REFERENCES:
                continue
            for parent in parents_of(r.tbl, json.loads(r.row_json)):
                if parent not in on_page:
                    wanted[parent[0]].add(parent[1])
        todo = []
        for tbl, ids in wanted.items():
            id_list = sorted(ids)
            for start in range(0, len(id_list), 900):
                chunk = id_list[start : start + 900]
                found = conn.execute(
                    base.where(fd.c.tbl == tbl, fd.c.row_id.in_(chunk), fd.c.seq > page_end)
                ).all()
                for r in found:
                    if (r.tbl, r.row_id) not in on_page:
                        on_page.add((r.tbl, r.row_id))
                        todo.append(r)
        front = todo + front  # grandparents before parents
    return front + rows


def pull(
    engine: Engine, device: DeviceIdentity, stream: str, since: int, limit: int
) -> PullResponse:
    return PullResponse.model_validate_json(pull_json(engine, device, stream, since, limit))


def verify(engine: Engine, device: DeviceIdentity, request: VerifyRequest) -> VerifyResponse:
    scope = _scope(device, request.stream)
    rs = schema.row_state
    per_table: dict[str, list[tuple[str, int]]] = defaultdict(list)
    with reader(engine) as conn, conn.begin():
        head = stream_head_of(conn, request.stream)
        for row in conn.execute(
            select(rs.c.tbl, rs.c.row_id, rs.c.server_version).where(
                rs.c.stream == request.stream, scope
            )
        ):
            per_table[row.tbl].append((row.row_id, int(row.server_version)))
    names = set(request.tables) | {t for t in per_table if t != CONFLICT_TABLE}
    verdicts: dict[str, TableVerdict] = {}
    for name in sorted(names):
        count, xor = verify_digest(per_table.get(name, []))
        server = TableDigest(count=count, xor=xor)
        client = request.tables.get(name, TableDigest(count=0, xor="0" * 64))
        verdicts[name] = TableVerdict(server=server, match=server == client)
    mismatched = [n for n, v in verdicts.items() if not v.match]
    stale = head > request.as_of
    if mismatched and not stale:
        with engine.begin() as conn:
            conn.execute(
                insert(schema.alarm).values(
                    id=new_id(),
                    kind="verify_mismatch",
                    device_id=device.id,
                    dealer_id=device.dealer_id,
                    detail={"stream": request.stream, "tables": mismatched, "as_of": request.as_of},
                    created_at=now_iso(),
                )
            )
    return VerifyResponse(
        stream=request.stream,
        as_of=request.as_of,
        head=head,
        stale=stale,
        tables=verdicts,
        mismatched=mismatched,
    )


def get_conflict(engine: Engine, device: DeviceIdentity, conflict_id: str) -> ConflictRecord:
    cf = schema.conflict
    with reader(engine) as conn:
        row = conn.execute(
            select(cf).where(cf.c.id == conflict_id, cf.c.dealer_id == device.dealer_id)
        ).first()
    if row is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, "no such conflict")
    return ConflictRecord.model_validate(dict(row._mapping))


def resolve_conflict(
    engine: Engine, device: DeviceIdentity, conflict_id: str, request: ResolveConflictRequest
) -> ConflictRecord:
    """Mark a conflict resolved; the chosen value itself travels as a normal edit. The
    pseudo row is re-fed so every bay's inbox clears."""
    from app.headoffice.rows import Transaction

    cf = schema.conflict
    with engine.begin() as conn:
        from app.headoffice.db import lock_stream

        head = lock_stream(conn, device.stream)
        row = conn.execute(
            select(cf).where(cf.c.id == conflict_id, cf.c.dealer_id == device.dealer_id)
        ).first()
        if row is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, "no such conflict")
        if row.status != "resolved":
            now = now_iso()
            conn.execute(
                update(cf)
                .where(cf.c.id == conflict_id)
                .values(status="resolved", resolved_at=now, resolved_by=request.resolved_by)
            )
            tx = Transaction(conn)
            state = tx.get(CONFLICT_TABLE, conflict_id)
            if state is not None:
                state.row.update(
                    status="resolved", resolved_at=now, resolved_by=request.resolved_by
                )
                state.server_version += 1
                tx.touch(state)
                tx.write({device.stream: head})
        row = conn.execute(select(cf).where(cf.c.id == conflict_id)).one()
    return ConflictRecord.model_validate(dict(row._mapping))
