"""The background sync worker the GUI runs (SYNC.md §2): one thread, never the GUI's.

Rounds run at start, every `interval` seconds, about `debounce` seconds after a local change
(the outbox grew, or `nudge()` was called), and after a failure with exponential backoff and
jitter. `status()` is a thread-safe snapshot for the sync indicator; conflicts and
rejections waiting for a person come from `issues()` and are closed with `resolve()`.
Qt-free: the UI polls `status()` on a timer.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from app.domain.errors import EnvironmentFault, UserError
from app.store.engine import Database
from app.sync import local
from app.sync.client import (
    Backoff,
    RetryLater,
    RoundReport,
    SyncClient,
    SyncFailed,
    UploadProgress,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool = False
    online: bool | None = None
    """None until the first round has tried."""
    syncing: bool = False
    waiting: int = 0
    """Local changes not yet acknowledged by head office."""
    upload: UploadProgress | None = None
    uploads_pending: int = 0
    last_success: str | None = None
    last_error: str | None = None
    open_issues: int = 0
    clock_skew_ms: int = 0
    clock_blocked: bool = False
    last_report: RoundReport | None = None


@dataclass(frozen=True)
class InboxItem:
    id: str
    kind: str
    """conflict | rejected | resign | alarm"""
    tbl: str
    row_id: str
    detail: str
    created_at: str


class SyncWorker:
    def __init__(
        self,
        db: Database,
        media_dir: Path,
        *,
        interval: float = 60.0,
        debounce: float = 2.0,
        lang: str = "zh_CN",
        client: SyncClient | None = None,
    ) -> None:
        self.db = db
        self.interval = interval
        self.debounce = debounce
        self.lang = lang
        self.client = client or SyncClient(db, media_dir, max_retries=1)
        self.client.progress = self._on_progress
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._status = SyncStatus()
        self._thread: threading.Thread | None = None
        self.rounds = 0

    # -- control ----------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._refresh_counts()
        self._thread = threading.Thread(target=self._run, name="sync-worker", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self.client.close()

    def nudge(self) -> None:
        """A local change was committed: sync soon (debounced)."""
        self._wake.set()

    def sync_now(self) -> None:
        self._wake.set()

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- reading ----------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def issues(self) -> list[InboxItem]:
        return [
            InboxItem(i.id, i.kind, i.tbl, i.row_id, i.detail, i.created_at)
            for i in local.open_issues(self.db)
        ]

    def resolve(self, issue_id: str) -> None:
        local.resolve_issue(self.db, issue_id)
        self._refresh_counts()

    # -- the loop ---------------------------------------------------------------------------

    def _set(self, **values: object) -> None:
        with self._lock:
            self._status = replace(self._status, **values)  # type: ignore[arg-type]

    def _on_progress(self, progress: UploadProgress | None) -> None:
        self._set(upload=progress)

    def _refresh_counts(self) -> None:
        try:
            waiting = local.pending_count(self.db)
            issues = len(local.open_issues(self.db))
            enrolled = self.client.enrolled
        except Exception:  # status is best effort; the next poll retries
            log.exception("sync status refresh failed")
            return
        self._set(waiting=waiting, open_issues=issues, enrolled=enrolled)

    def _last_seq(self) -> int:
        """The outbox's autoincrement high-water mark: grows with every captured change, even
        when the rows are already acknowledged and gone."""
        try:
            with self.db.read() as session:
                value = session.execute(
                    text("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'")
                ).scalar()
        except Exception:  # best effort, like the counts
            log.exception("reading the outbox sequence failed")
            return -1
        return int(value or 0)

    def _run(self) -> None:
        backoff = Backoff()
        next_round = time.monotonic()  # at start
        last_seq = -1
        while not self._stop.is_set():
            now = time.monotonic()
            timeout = max(0.0, min(next_round - now, self.debounce))
            if self._wake.wait(timeout):
                self._wake.clear()
                if self._stop.is_set():
                    return
                next_round = min(next_round, time.monotonic() + self.debounce)
            self._refresh_counts()
            seq = self._last_seq()
            if seq > last_seq >= 0:
                # A local commit wrote to the outbox: sync shortly after it (debounced).
                next_round = min(next_round, time.monotonic() + self.debounce)
            last_seq = seq
            if time.monotonic() < next_round or not self.status().enrolled:
                if not self.status().enrolled:
                    next_round = time.monotonic() + self.interval
                continue
            next_round = self._round(backoff)

    def _round(self, backoff: Backoff) -> float:
        self._set(syncing=True)
        try:
            report = self.client.run_round()
        except RetryLater as exc:  # head office asked to wait: never sooner than it said
            self._set(syncing=False, upload=None, last_error=exc.message(self.lang))
            return time.monotonic() + max(exc.retry_after, backoff.next_delay())
        except EnvironmentFault as exc:
            self._set(syncing=False, online=False, upload=None, last_error=exc.message(self.lang))
            return time.monotonic() + backoff.next_delay()
        except UserError as exc:
            self._set(syncing=False, upload=None, last_error=exc.message(self.lang))
            return time.monotonic() + max(self.interval, backoff.next_delay())
        except Exception:  # the worker must survive; logged with traceback
            log.exception("sync round failed")
            self._set(
                syncing=False,
                upload=None,
                last_error=SyncFailed("sync.internal_error").message(self.lang),
            )
            return time.monotonic() + backoff.next_delay()
        backoff.reset()
        self.rounds += 1
        self._set(
            syncing=False,
            online=True,
            upload=None,
            uploads_pending=report.upload_pending,
            waiting=report.waiting,
            last_success=datetime.now(UTC).isoformat(timespec="seconds"),
            last_error=None,
            clock_skew_ms=report.clock_skew_ms,
            clock_blocked=report.clock_blocked,
            last_report=report,
        )
        self._refresh_counts()
        if report.upload_pending:
            return time.monotonic() + self.debounce  # more media to send: continue soon
        return time.monotonic() + self.interval
