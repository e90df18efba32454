"""The workstation's head-office sync client over HTTP (SYNC.md §2 sync loop, §5 protocol).

One round: meta (protocol range, epoch, clock) -> push the outbox in local_seq order ->
pull every stream until caught up with the write checkpoint -> send queued customer
messages -> upload media over tus -> verify, repairing a diverged table by a targeted
re-pull. Every step's state lives in SQLite (outbox, cursors, inbox, media_upload), so a
crash anywhere resumes where it stopped and nothing is applied twice: the server answers a
resent batch from its stored results, and a pulled page commits with its cursor.

Case data never waits for media: uploads run after push and pull, within a time budget.
"""

from __future__ import annotations

import logging
import time

from sqlalchemy.exc import OperationalError

from app.sync import local
from app.sync.enrollment import Enrolling, rebind_dealer
from app.sync.exchange import Exchange, PushOutcome
from app.sync.outbound import Outbound
from app.sync.transport import (
    Backoff,
    Enrollment,
    Offline,
    RetryLater,
    RoundReport,
    SyncFailed,
    UploadProgress,
    _now_iso,
    check_server_url,
    tls_verify,
)
from app.sync.uploads import PatchOutcome, Uploads

log = logging.getLogger(__name__)


def local_disk_failed(exc: OperationalError) -> bool:
    """SQLite could not write: the disk is full (SQLITE_FULL) or failed (SQLITE_IOERR)."""
    name = str(getattr(exc.orig, "sqlite_errorname", ""))
    text = str(exc.orig).lower()
    return (
        name.startswith(("SQLITE_FULL", "SQLITE_IOERR"))
        or "disk is full" in text
        or "disk i/o error" in text
    )


__all__ = [
    "Backoff",
    "Enrollment",
    "Offline",
    "PatchOutcome",
    "PushOutcome",
    "RetryLater",
    "RoundReport",
    "SyncClient",
    "SyncFailed",
    "UploadProgress",
    "check_server_url",
    "rebind_dealer",
    "tls_verify",
]


class SyncClient(Exchange, Enrolling, Outbound, Uploads):
    """Head-office sync for one workstation database. Not thread-safe: one round at a time
    (the background worker owns one client). The steps live in their own modules:
    `transport` (HTTP, retry, errors), `enrollment`, `exchange` (push, pull, verify),
    `outbound` (customer messages) and `uploads` (media)."""

    # -- one round --------------------------------------------------------------------------

    def run_round(self, *, verify: bool | None = None, media: bool = True) -> RoundReport:
        """One sync round. ``verify``: True always, False never, None when due (every
        `verify_every_s`; hashing every table is the one step that grows with the data).
        A full or failing local disk ends the round as `SyncFailed` (SYNC.md §9 test 20):
        every step commits with its own state, so the next round resumes."""
        try:
            return self._round(verify, media)
        except OperationalError as exc:
            if not local_disk_failed(exc):
                raise
            log.warning("local database could not be written: %s", exc.orig)
            raise SyncFailed("sync.local_disk") from exc

    def _round(self, verify: bool | None, media: bool) -> RoundReport:
        self.refresh()
        report = RoundReport()
        meta = self.meta(report)
        self.push(report, meta)
        self.pull(report, meta)
        if not self._state("workstation_id"):
            self._join(meta.device.name)  # enrolled fresh, but the first pull was cut short
        self.send_messages(report)
        if media:
            self.upload_media(report)
        if verify is None:
            last = self._state("last_verify_at")
            verify = last is None or time.time() - float(last) > self.verify_every_s
        if verify:
            self.verify(report, meta)
            local.set_sync_state(self.db, "last_verify_at", str(time.time()))
        report.waiting = local.pending_count(self.db)
        local.set_sync_state(self.db, "last_success_at", _now_iso())
        try:
            local.compact(self.db)
        except OperationalError as exc:  # busy: a later round compacts
            log.info("compaction postponed: %s", exc)
        return report
