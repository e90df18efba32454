"""POST /v1/sync/push: one database transaction per batch (SYNC.md §5.2).

Order inside the transaction, on one connection:

1. authenticate and lock the device row in one statement (serializes one device's pushes);
2. parse and check the batch; gap/duplicate check against ``device.last_local_seq``;
3. lock the rows the batch may change (its rows and the subjects of its signatures) ``FOR
   UPDATE`` in key order, and load them with the rows it names;
4. merge each new change; write the rows, every result in ``applied_change`` (a resend is
   answered from there, byte for byte), conflicts, rejections, ``last_local_seq``;
5. last, lock the dealer's stream head and take a block of seqs (§6.2), write the feed,
   commit.

So pushes of one dealer that touch different rows merge in parallel; they wait for each
other only on the rows they share and for the seq hand-out, which is held from step 5 to the
commit: seqs still follow commit order and a puller never skips a row. Key order keeps row
locks free of deadlocks among pushes; a unique-key race on a new row, a deadlock or a
serialization failure rolls the whole push back and runs it again (a few times, then 503
with Retry-After). Nothing is queued between the endpoint and the database.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from app.domain.hlc import MAX_DRIFT_MS, HlcStamp
from app.headoffice import schema
from app.headoffice.auth import DeviceIdentity, check_device
from app.headoffice.db import insert_rows, ms_to_iso, new_id, now_iso, stream_head_of, upsert
from app.headoffice.errors import ApiError
from app.headoffice.merge import MergeContext, device_of, referenced, written
from app.headoffice.rows import RetryTransaction, Transaction
from app.protocol.wire import (
    MAX_BATCH_CHANGES,
    ChangeResult,
    ErrorCode,
    PushRequest,
    PushResponse,
)

log = logging.getLogger(__name__)


def check_batch(
    request: PushRequest, device: DeviceIdentity, max_changes: int = MAX_BATCH_CHANGES
) -> None:
    if request.device_id != device.id:
        raise ApiError(422, ErrorCode.BAD_BATCH, "device_id is not the authenticated device")
    if len(request.changes) > max_changes:
        raise ApiError(413, ErrorCode.BATCH_TOO_LARGE, f"at most {max_changes} changes per batch")
    if not request.changes:
        return
    if request.changes[0].local_seq != request.first_local_seq:
        raise ApiError(422, ErrorCode.BAD_BATCH, "first_local_seq differs from the first change")
    if len({c.change_id for c in request.changes}) != len(request.changes):
        raise ApiError(422, ErrorCode.BAD_BATCH, "a change id appears twice in the batch")
    previous = 0
    for change in request.changes:
        if change.local_seq <= previous:
            raise ApiError(422, ErrorCode.BAD_BATCH, "changes not in increasing local_seq order")
        previous = change.local_seq
        if change.computed_sha() != change.payload_sha:
            raise ApiError(
                422, ErrorCode.BAD_BATCH, f"payload_sha mismatch at local_seq {change.local_seq}"
            )


def check_clock(request: PushRequest, now_ms: int, max_drift_ms: int = MAX_DRIFT_MS) -> None:
    """422 CLOCK_SKEW when any stamp is further ahead than the drift bound (SYNC.md §5.4):
    nothing of the batch is kept, so a skewed bay can never win LWW with a future stamp."""
    limit = now_ms + max_drift_ms
    seen: set[str] = set()  # a change's fields mostly share one stamp: parse each once
    for change in request.changes:
        stamps = {f.hlc for f in change.fields.values()}
        if change.hlc:
            stamps.add(change.hlc)
        for stamp in sorted(stamps - seen):
            seen.add(stamp)
            try:
                physical = HlcStamp.parse(stamp).physical_ms
            except ValueError as exc:
                raise ApiError(
                    422, ErrorCode.BAD_BATCH, f"bad hlc at local_seq {change.local_seq}"
                ) from exc
            if physical > limit:
                raise ApiError(
                    422,
                    ErrorCode.CLOCK_SKEW,
                    "workstation clock is ahead of head office; fix the clock, nothing was lost",
                    server_time=ms_to_iso(now_ms),
                    max_clock_drift_ms=max_drift_ms,
                    offending_hlc=stamp,
                )


def _record_alarm(
    engine: Engine, kind: str, device: DeviceIdentity, detail: dict[str, Any]
) -> None:
    with engine.begin() as conn:
        conn.execute(
            insert(schema.alarm).values(
                id=new_id(),
                kind=kind,
                device_id=device.id,
                dealer_id=device.dealer_id,
                detail=detail,
                created_at=now_iso(),
            )
        )
    log.warning("alarm %s for device %s: %s", kind, device.id, detail)


ATTEMPTS = 4
"""Runs of one push before a race it keeps losing becomes a 503 (the bay retries later)."""

RETRYABLE_SQLSTATES = frozenset({"23505", "40001", "40P01"})
"""unique_violation (two pushes inserting one new row), serialization_failure, deadlock."""


def _retryable(exc: Exception) -> bool:
    if isinstance(exc, RetryTransaction):
        return True
    if isinstance(exc, IntegrityError | OperationalError) and isinstance(exc, DBAPIError):
        return getattr(exc.orig, "sqlstate", None) in RETRYABLE_SQLSTATES
    return False


def push(
    engine: Engine,
    credentials: tuple[str, str],
    body: PushRequest | Callable[[], PushRequest],
    now_ms: Callable[[], int] | None = None,
    max_drift_ms: int = MAX_DRIFT_MS,
) -> PushResponse:
    """Authenticate ``credentials`` (device id, secret) and apply the batch in one
    transaction. ``body``: the request, or a function parsing it (called once, after the
    device is authenticated, so a stranger learns nothing about its batch)."""
    clock = now_ms or (lambda: time.time_ns() // 1_000_000)
    device_id, secret = credentials
    request = body if isinstance(body, PushRequest) else None
    device: DeviceIdentity | None = None
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with engine.begin() as conn:
                device = check_device(conn, device_id, secret, lock=True)
                if request is None:
                    assert callable(body)
                    request = body()
                check_batch(request, device)
                check_clock(request, clock(), max_drift_ms)
                return _push_tx(conn, device, request)
        except _Forked as forked:
            assert device is not None
            _record_alarm(engine, "device_forked", device, {"local_seq": forked.local_seq})
            raise ApiError(
                409, ErrorCode.DEVICE_FORKED, forked.message, local_seq=forked.local_seq
            ) from None
        except (IntegrityError, OperationalError, RetryTransaction) as exc:
            if not _retryable(exc):
                raise
            if attempt == ATTEMPTS:
                log.warning("push of %s lost %d races in a row", device_id, attempt)
                raise ApiError(
                    503,
                    ErrorCode.UNAVAILABLE,
                    "head office is busy; try again",
                    headers={"Retry-After": "2"},
                ) from None
            log.info("push of %s raced another (%s): running it again", device_id, exc)
    raise AssertionError("unreachable")


class _Forked(Exception):
    def __init__(
        self,
        local_seq: int,
        message: str = "an acknowledged change arrived with other content: the workstation "
        "database was restored or cloned",
    ) -> None:
        super().__init__(local_seq)
        self.local_seq = local_seq
        self.message = message


def _push_tx(conn: Connection, device: DeviceIdentity, request: PushRequest) -> PushResponse:
    """The batch of an authenticated device whose row this transaction holds locked."""
    dv = schema.device
    last = device.last_local_seq
    if request.changes and request.first_local_seq > last + 1:
        raise ApiError(
            409, ErrorCode.SEQ_GAP, "changes are missing before this batch", expected=last + 1
        )

    results: list[ChangeResult] = []
    old = [c for c in request.changes if c.local_seq <= last]
    if old:
        ac = schema.applied_change
        stored = {
            r.change_id: r
            for r in conn.execute(select(ac).where(ac.c.change_id.in_([c.change_id for c in old])))
        }
        for change in old:
            hit = stored.get(change.change_id)
            if (
                hit is None
                or hit.device_id != device.id
                or hit.payload_sha != change.payload_sha
                or int(hit.local_seq) != change.local_seq
            ):
                raise _Forked(change.local_seq)
            results.append(ChangeResult.model_validate(hit.result))

    new = [c for c in request.changes if c.local_seq > last]
    if new:
        ac = schema.applied_change
        taken = conn.execute(
            select(ac.c.change_id, ac.c.device_id)
            .where(ac.c.change_id.in_([c.change_id for c in new]))
            .limit(1)
        ).first()
        if taken is not None:
            # A change id is the workstation's own UUIDv7: seen before under another
            # local_seq or from another device, the database was cloned or restored.
            raise _Forked(
                next(c.local_seq for c in new if c.change_id == taken.change_id),
                "this change id was already used by "
                + ("this workstation" if taken.device_id == device.id else "another workstation")
                + ": the workstation database was copied or restored",
            )
    tx = Transaction(conn)
    tx.preload(referenced(new), lock=written(new))
    ctx = MergeContext(tx=tx, device_id=device.id, dealer_id=device.dealer_id, stream=device.stream)
    applied_rows: list[dict[str, Any]] = []
    rejected_rows: list[dict[str, Any]] = []
    alarms: list[dict[str, Any]] = []
    now = now_iso()
    for change in new:
        outcome = ctx.apply(change)
        results.append(outcome.result)
        applied_rows.append(
            {
                "change_id": change.change_id,
                "device_id": device.id,
                "local_seq": change.local_seq,
                "payload_sha": change.payload_sha,
                "result": outcome.result.model_dump(mode="json"),
                "applied_at": now,
            }
        )
        if outcome.rejected:
            rejected_rows.append(
                {
                    "id": new_id(),
                    "change_id": change.change_id,
                    "device_id": device.id,
                    "dealer_id": device.dealer_id,
                    "tbl": change.tbl,
                    "row_id": change.row_id,
                    "reason": str(outcome.result.reason),
                    "detail": outcome.result.detail or "",
                    "payload": change.model_dump(mode="json"),
                    "status": "open",
                    "created_at": now,
                }
            )
        if outcome.alarm is not None:
            alarms.append(
                {
                    "id": new_id(),
                    "kind": outcome.alarm["kind"],
                    "device_id": device.id,
                    "dealer_id": device.dealer_id,
                    "detail": {**outcome.alarm, "change_id": change.change_id},
                    "created_at": now,
                }
            )

    _update_signoffs(ctx)
    insert_rows(conn, schema.applied_change, applied_rows)
    if ctx.conflicts:
        conn.execute(insert(schema.conflict), ctx.conflicts)
    if rejected_rows:
        conn.execute(insert(schema.rejected_change), rejected_rows)
    if alarms:
        conn.execute(insert(schema.alarm), alarms)
    new_last = max([last, *(c.local_seq for c in new)])
    conn.execute(
        update(dv).where(dv.c.id == device.id).values(last_local_seq=new_last, last_seen=now)
    )
    heads = tx.write({})  # last: the stream lock is held from here to the commit
    checkpoint = heads.get(device.stream)
    if checkpoint is None:  # nothing fed: any committed head covers this device's writes
        checkpoint = stream_head_of(conn, device.stream)
    return PushResponse(
        results=results,
        last_local_seq=new_last,
        write_checkpoint={device.stream: checkpoint},
    )


def _update_signoffs(ctx: MergeContext) -> None:
    """Recompute ``resign_required`` for every signed subject this batch touched."""
    if not ctx.subjects:
        return
    so = schema.signoff
    conn = ctx.tx.conn
    ids = sorted({row_id for _, row_id in ctx.subjects})
    existing: dict[tuple[str, str], dict[str, Any]] = {}
    foreign: set[tuple[str, str]] = set()
    for start in range(0, len(ids), 900):
        for row in conn.execute(select(so).where(so.c.subject_id.in_(ids[start : start + 900]))):
            if row.dealer_id != ctx.dealer_id:
                foreign.add((row.subject_tbl, row.subject_id))  # never another dealer's
                continue
            existing[(row.subject_tbl, row.subject_id)] = dict(row._mapping)
    rows: list[dict[str, Any]] = []
    for key in ctx.subjects:
        if key in foreign:
            continue
        current = existing.get(key)
        signed = ctx.signoffs.get(key)
        if signed is None and current is None:
            continue
        merged = dict(current or {})
        if signed is not None and (
            current is None or current["signed_hlc"] <= signed["signed_hlc"]
        ):
            merged.update(signed)
        state = ctx.tx.get(*key)
        if signed is not None and merged.get("signed_id") == signed["signed_id"]:
            flag = bool(signed["resign_required"])  # judged when the signature was applied
        else:
            # Later edits flag only when another workstation made them without seeing the
            # signed state: stamped before the signing, or based on a version older than the
            # one signed. Work after the signature (the case moving on to repair, QC,
            # delivery) is not a reason to sign again.
            signer = device_of(merged["signed_hlc"])
            signed_version = merged.get("signed_version")
            flag = bool(current and current.get("resign_required")) or any(
                device_of(stamp) != signer
                and (
                    stamp < merged["signed_hlc"]
                    or (base is not None and signed_version is not None and base < signed_version)
                )
                for stamp, base in ctx.edits.get(key, [])
            )
        if current is not None and current.get("resign_required") == flag and signed is None:
            continue
        merged["resign_required"] = flag
        merged["updated_at"] = now_iso()
        rows.append(merged)
        was = bool(current and current.get("resign_required"))
        if state is not None and flag != was and state.key not in ctx.tx.touched:
            ctx.tx.refeed[state.key] = None  # the flag rides on the subject's pull item
        if flag and not was:
            log.info("%s %s needs a new signature", key[0], key[1])
    upsert(conn, so, rows, ["subject_tbl", "subject_id"])
