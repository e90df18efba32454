"""Push and pull (SYNC.md §5.2-§5.5): the outbox in local_seq order in whole transactions,
every stream until caught up with the write checkpoint, and verify with targeted repair.
"""

from __future__ import annotations

import gzip
import json
import logging
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from enum import Enum, auto

from sqlalchemy import text

from app.protocol.wire import (
    IDEMPOTENCY_HEADER,
    ChangeStatus,
    ErrorCode,
    MetaResponse,
    PullResponse,
    PushResponse,
    TableDigest,
    VerifyResponse,
    payload_sha,
    verify_digest,
)
from app.store import clocks
from app.store.engine import (
    expand_fields,
    set_state,
)
from app.store.functions import id_bytes
from app.store.registry import SYNCED_TABLES, SyncClass
from app.sync import local
from app.sync import messages as _messages  # noqa: F401  (registers sync.* codes)
from app.sync.local import Issue, OutboxChange, crashpoint
from app.sync.transport import (
    BULK_BATCH_BYTES,
    PUSH_TIMEOUT,
    RoundReport,
    SyncFailed,
    Transport,
    _error_body,
)

log = logging.getLogger(__name__)


class PushOutcome(Enum):
    """What to do after one pushed batch."""

    AGAIN = auto()
    """Acknowledged (or resend from the server's expected seq): take the next batch."""
    SMALLER = auto()
    """Too large for the server: cut the batch."""
    STOP = auto()
    """Nothing more this round (held, refused, or nothing acknowledged)."""


class Exchange(Transport):
    """Push the outbox, pull every stream, verify and repair (SYNC.md §5.2-§5.5)."""

    # -- push -------------------------------------------------------------------------------

    def push(self, report: RoundReport, meta: MetaResponse) -> None:
        """The outbox in local_seq order, whole transactions per batch (SYNC.md §5.2)."""
        drift = meta.max_clock_drift_ms
        if report.clock_skew_ms > drift:
            # Our clock is ahead: the server would refuse (CLOCK_SKEW). Keep the queue.
            report.clock_blocked = True
            return
        # Only stamps head office would refuse (a safety margin inside its bound).
        self._restamp_future(meta.server_time_ms + drift - 30_000, meta.server_time_ms)
        limits = meta.limits
        max_changes = min(self.max_batch, limits.recommended_changes, limits.max_changes)
        max_bytes = min(local.MAX_BYTES, limits.max_bytes)
        if self.max_batch >= limits.recommended_changes:
            # A long queue (a bay's first upload) goes in the largest batches head office
            # takes; a short one is one batch either way. A lowered max_batch stays as set.
            max_changes = max(max_changes, min(self.bulk_batch, limits.max_changes))
            max_bytes = max(max_bytes, min(BULK_BATCH_BYTES, limits.max_bytes // 2))
        with ThreadPoolExecutor(1, thread_name_prefix="sync-read-ahead") as pool:
            batch = local.next_batch(self.db, 0, max_changes, max_bytes)
            while batch:
                # A long queue: read the next batch while head office merges this one.
                ahead = (
                    pool.submit(
                        local.next_batch,
                        self.db,
                        batch[-1].local_seq + 1,
                        max_changes,
                        max_bytes,
                    )
                    if len(batch) >= max_changes // 2
                    else None
                )
                pushed = report.pushed
                outcome = self._push_batch(batch, report)
                if outcome is PushOutcome.STOP:
                    return
                if outcome is PushOutcome.SMALLER:
                    max_changes = max(1, max_changes // 4)
                batch = self._read_ahead(ahead, report.pushed > pushed, max_changes, max_bytes)

    def _read_ahead(
        self,
        ahead: Future[list[OutboxChange]] | None,
        acked: bool,
        max_changes: int,
        max_bytes: int,
    ) -> list[OutboxChange]:
        """The next batch: the one read ahead when this batch was acknowledged and the queue
        now starts where it does; else read again from the oldest change (a resend from the
        server's expected seq, a renumbered outbox, a smaller batch)."""
        early = ahead.result() if ahead is not None else None
        if acked and early and local.oldest_seq(self.db) == early[0].local_seq:
            return early
        return local.next_batch(self.db, 0, max_changes, max_bytes)

    def _push_batch(self, batch: list[OutboxChange], report: RoundReport) -> PushOutcome:
        device = self._state("device_id") or ""
        # The same batch always has the same id, across retries and restarts.
        batch_id = str(
            uuid.uuid5(uuid.NAMESPACE_URL, f"{device}:{batch[0].local_seq}:{batch[-1].local_seq}")
        )
        body = {
            "device_id": device,
            "batch_id": batch_id,
            "first_local_seq": batch[0].local_seq,
            "schema": 1,
            "changes": [c.as_wire() for c in batch],
        }
        raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        headers = {IDEMPOTENCY_HEADER: batch_id, "Content-Type": "application/json"}
        if len(raw) > 8192:
            raw = gzip.compress(raw, 5)
            headers["Content-Encoding"] = "gzip"
        crashpoint("before_push")
        response = self._request(
            "POST", "/v1/sync/push", read=PUSH_TIMEOUT, content=raw, headers=headers
        )
        self._check(response)
        crashpoint("after_response_before_local_commit")
        if response.status_code == 200:
            result = PushResponse.model_validate(response.json())
            acked = [c for c in batch if c.local_seq <= result.last_local_seq]
            issues: list[Issue] = []
            by_id = {c.change_id: c for c in batch}
            for item in result.results:
                if item.status is ChangeStatus.REJECTED:
                    change = by_id.get(item.change_id)
                    report.rejected += 1
                    issues.append(
                        Issue(
                            id=item.change_id,
                            kind="rejected",
                            tbl=change.tbl if change else "",
                            row_id=change.row_id if change else "",
                            detail=json.dumps(
                                {
                                    "reason": str(item.reason),
                                    "detail": item.detail,
                                    "op": change.op if change else None,
                                    "fields": {k: v.get("v") for k, v in change.fields.items()}
                                    if change
                                    else {},
                                },
                                ensure_ascii=False,
                                default=str,
                            ),
                        )
                    )
            # Rejections go to the inbox and leave the queue: never blocking it (SYNC.md §2).
            local.acknowledge(self.db, acked, issues, result.write_checkpoint)
            local.record_insert_only_versions(
                self.db,
                [
                    (change.tbl, change.row_id, item.server_version)
                    for item in result.results
                    if item.server_version is not None
                    and item.status in (ChangeStatus.APPLIED, ChangeStatus.DUPLICATE)
                    and (change := by_id.get(item.change_id)) is not None
                ],
            )
            if acked and self._state(local.EPOCH_REBASE):
                local.set_sync_state(self.db, local.EPOCH_REBASE, None)  # taken as numbered
            crashpoint("after_push_commit")
            report.pushed += len(acked)
            return PushOutcome.AGAIN if acked else PushOutcome.STOP
        error = _error_body(response)
        code = error.get("code")
        if response.status_code == 409 and code == ErrorCode.SEQ_GAP:
            expected = int(error.get("expected") or 0)
            oldest = local.oldest_seq(self.db)
            if oldest is not None and oldest <= expected:
                return PushOutcome.AGAIN
            if oldest is not None and self._state(local.EPOCH_REBASE):
                # A restored head office lost acknowledgements (epoch change, SYNC.md §5.6):
                # everything is queued again, numbered on from what it expects.
                moved = local.renumber_outbox(self.db, expected)
                log.warning("outbox renumbered from %d for the restored head office", expected)
                return PushOutcome.AGAIN if moved else PushOutcome.STOP
            # The server expects changes this database no longer has: restored from a backup.
            self._alarm("seq_gap", {"expected": expected, "oldest": oldest})
            report.alarms.append("seq_gap")
            return PushOutcome.STOP
        if response.status_code == 409 and code == ErrorCode.DEVICE_FORKED:
            self._alarm("device_forked", error)
            report.alarms.append("device_forked")
            return PushOutcome.STOP
        if response.status_code == 422 and code == ErrorCode.CLOCK_SKEW:
            report.clock_blocked = True  # the queue stays; a banner asks to fix the clock
            return PushOutcome.STOP
        if response.status_code == 413:
            return PushOutcome.SMALLER if len(batch) > 1 else PushOutcome.STOP
        self._alarm("push_refused", {"status": response.status_code, **error})
        report.alarms.append(f"push_{response.status_code}")
        return PushOutcome.STOP

    def _restamp_future(self, limit_ms: int, server_ms: int) -> int:
        """After a clock that ran ahead is fixed (SYNC.md §9 test 12): changes stamped in the
        future were refused and kept; give them fresh stamps so they neither wait days nor win
        last-writer-wins with a skewed time. Only unacknowledged changes are touched."""
        limit = f"{limit_ms:016d}"
        with self.db.write() as session:
            rows = list(
                session.execute(
                    text(
                        "SELECT local_seq, tbl, row_id, op, fields, hlc FROM sync_outbox "
                        "WHERE substr(hlc, 1, 16) > :limit ORDER BY local_seq"
                    ),
                    {"limit": limit},
                )
            )
            if not rows:
                return 0
            clock = self.db.hlc
            with clock._lock:  # the clock must step back to the real time, once
                clock._physical = min(clock._physical, max(self.wall_ms(), server_ms))
                clock._logical = 0
            for seq, tbl, row_id, op, fields_json, _old in rows:
                stamp = clock.now()
                fields = json.loads(fields_json or "{}")
                if expand_fields(fields, "") is fields:  # stored expanded (before 0005)
                    for value in fields.values():
                        if value.get("hlc", "") > limit:
                            value["hlc"] = stamp
                session.execute(
                    text(
                        "UPDATE sync_outbox SET fields = :f, hlc = :h, payload_sha = :p "
                        "WHERE local_seq = :s"
                    ),
                    {
                        # An insert-only row's entry stays "read the row when pushing".
                        "f": json.dumps(fields, ensure_ascii=False) if fields_json else "",
                        "h": stamp,
                        "p": payload_sha(tbl, row_id, op, expand_fields(fields, stamp))
                        if fields_json
                        else "",
                        "s": seq,
                    },
                )
                if tbl in SYNCED_TABLES:
                    # Compact clocks (app.store.clocks): future stamps replaced, the base
                    # pinned; insert-only rows have one clock.
                    field_hlc = (
                        clocks.restamp_sql(":lim", ":h")
                        if SYNCED_TABLES[tbl] is SyncClass.DRAFT
                        else "'{}'"
                    )
                    session.execute(
                        text(
                            f'UPDATE "{tbl}" SET field_hlc = {field_hlc}, updated_hlc = :h '
                            "WHERE id = :id"
                        ),
                        {"h": stamp, "lim": limit, "id": id_bytes(row_id)},
                    )
            set_state(session, "last_hlc", clock.last())
            log.warning("restamped %d changes made while the clock ran ahead", len(rows))
            return len(rows)

    # -- pull -------------------------------------------------------------------------------

    def pull(self, report: RoundReport, meta: MetaResponse) -> None:
        """Every stream until has_more is false and the cursor reached the write checkpoint."""
        checkpoints = local.write_checkpoint(self.db)
        for stream in meta.streams:
            self.pull_stream(stream, report, checkpoints.get(stream, 0))

    def _pages(self, stream: str, since: int) -> Iterator[PullResponse]:
        """The stream's pages from ``since``; the next page is fetched while the caller
        applies this one (the page's ``next_since`` is known before it is applied)."""
        with ThreadPoolExecutor(1, thread_name_prefix="sync-pull-ahead") as pool:
            fetching = pool.submit(self._page, stream, since)
            while True:
                page = fetching.result()
                if page.has_more:
                    fetching = pool.submit(self._page, stream, page.next_since)
                yield page
                if not page.has_more:
                    return

    def _page(self, stream: str, since: int) -> PullResponse:
        response = self._request(
            "GET",
            "/v1/sync/pull",
            params={"stream": stream, "since": since, "limit": self.pull_limit},
        )
        self._check(response)
        if response.status_code != 200:
            raise SyncFailed(
                "sync.server_error", status=response.status_code, detail=response.text[:200]
            )
        return PullResponse.model_validate_json(response.content)

    def pull_stream(self, stream: str, report: RoundReport, checkpoint: int = 0) -> None:
        for _ in range(3):
            since, _epoch = local.cursor(self.db, stream)
            for page in self._pages(stream, since):
                items = [i.model_dump() for i in page.items]
                report.pulled += len(items)
                report.conflicts += sum(1 for i in items if i["tbl"] == "sync_conflict")
                local.apply_pull(
                    self.db,
                    stream,
                    page.epoch,
                    items,
                    page.next_since,
                    hook=lambda: crashpoint("mid_pull_apply"),
                )
                crashpoint("after_pull_commit")
            since, _epoch = local.cursor(self.db, stream)
            if since >= checkpoint:
                return

    # -- verify -----------------------------------------------------------------------------

    def verify(self, report: RoundReport, meta: MetaResponse) -> None:
        """Count-and-hash per table against head office (SYNC.md §5.5); a mismatch re-pulls
        that table from since=0 and forces the server's states in, and logs an incident."""
        for stream in meta.streams:
            as_of, _ = local.cursor(self.db, stream)
            tables = local.tables_of_stream(stream)
            digests = local.verify_digests(self.db, tables)
            body = {
                "stream": stream,
                "as_of": as_of,
                "tables": {
                    t: TableDigest(count=c, xor=verify_digest(rows)[1]).model_dump()
                    for t, (c, rows) in digests.items()
                },
            }
            response = self._request("POST", "/v1/sync/verify", json=body)
            self._check(response)
            if response.status_code != 200:
                continue
            verdict = VerifyResponse.model_validate(response.json())
            if verdict.stale or not verdict.mismatched:
                continue
            mismatched = {t for t in verdict.mismatched if t in SYNCED_TABLES}
            if not mismatched:
                continue
            self.repair(stream, mismatched)
            report.repaired.extend(sorted(mismatched))
            self._alarm("verify_repair", {"stream": stream, "tables": sorted(mismatched)})
        report.verified = True

    def repair(self, stream: str, tables: set[str]) -> None:
        for page in self._pages(stream, 0):
            local.apply_pull(
                self.db,
                stream,
                page.epoch,
                [i.model_dump() for i in page.items],
                page.next_since,
                move_cursor=False,
                force=True,
                only_tables=tables,
            )
