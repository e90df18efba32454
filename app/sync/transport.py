"""The workstation's HTTP link to head office (SYNC.md §2): timeouts, retry with backoff,
the errors every endpoint may answer, TLS trust and the plain-http guard, and what a round
reports. Split out of the sync client (issue 12 shape).
"""

from __future__ import annotations

import json
import logging
import random
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from ipaddress import ip_address
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from app.domain.errors import EnvironmentFault, UserError, ValidationError
from app.domain.hlc import MAX_DRIFT_MS
from app.domain.ids import uuid7
from app.protocol.wire import (
    PROTOCOL_HEADER,
    PROTOCOL_MAX,
    PROTOCOL_MIN,
    PROTOCOL_VERSION,
    UPLOAD_CHUNK,
    ErrorCode,
    MetaResponse,
    bearer_token,
)
from app.store.engine import (
    Database,
)
from app.sync import local
from app.sync import messages as _messages  # noqa: F401  (registers sync.* codes)
from app.sync.local import Issue

log = logging.getLogger(__name__)


CONNECT_TIMEOUT = 5.0
PULL_TIMEOUT = 30.0
PUSH_TIMEOUT = 120.0
BULK_PULL_LIMIT = 5000
"""Rows per pull page asked for (the server caps it at MAX_PULL_LIMIT): a bay joining a
dealer of 20,000 cases pulls ~1.5 million rows, a round trip and a commit per page."""
BULK_BATCH = 5000
"""Changes per push while a long outbox drains (the server's ``limits.max_changes`` caps
it): a bay enrolling with 20,000 cases uploads ~1.5 million changes; the per-request costs
(authentication, locks, seq hand-out, commit) are paid per batch."""
BULK_BATCH_BYTES = 8 * 1024 * 1024
UPLOAD_TIMEOUT = 120.0
BACKOFF_BASE = 1.0
BACKOFF_CAP = 300.0
APP_VERSION = "1"
PROGRESS_SAVE = 64 * 1024 * 1024


def _timeout(read: float) -> httpx.Timeout:
    return httpx.Timeout(connect=CONNECT_TIMEOUT, read=read, write=read, pool=CONNECT_TIMEOUT)


class Backoff:
    """Exponential backoff with full jitter: 1 s doubling to a 5 min cap (SYNC.md §2)."""

    def __init__(self, base: float = BACKOFF_BASE, cap: float = BACKOFF_CAP) -> None:
        self.base = base
        self.cap = cap
        self.failures = 0

    def next_delay(self) -> float:
        ceiling = min(self.cap, self.base * (2**self.failures))
        self.failures += 1
        return random.uniform(ceiling / 2, ceiling)  # jitter, not crypto

    def reset(self) -> None:
        self.failures = 0


class SyncFailed(EnvironmentFault):
    """The round could not finish (offline, server error); everything done so far is kept."""


class Offline(SyncFailed):
    pass


class RetryLater(SyncFailed):
    """Head office asked to wait (429 RATE_LIMITED, 503 UNAVAILABLE): the next attempt is
    not before `retry_after` seconds (its ``Retry-After``); nothing was lost."""

    def __init__(self, code: str, retry_after: float) -> None:
        super().__init__(code, seconds=max(1, round(retry_after)))
        self.retry_after = retry_after


RETRY_AFTER_IN_ROUND = 10.0
"""A ``Retry-After`` up to this many seconds is waited out within the round; a longer one
ends the round (`RetryLater`) and the worker schedules the next one after it."""


def retry_after(response: httpx.Response, default: float = 1.0) -> float:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date), at most
    `BACKOFF_CAP`; ``default`` when absent or unreadable."""
    raw = response.headers.get("retry-after", "").strip()
    seconds: float | None = None
    if raw.isdigit():
        seconds = float(raw)
    elif raw:
        from email.utils import parsedate_to_datetime

        try:
            seconds = (parsedate_to_datetime(raw) - datetime.now(UTC)).total_seconds()
        except (TypeError, ValueError):
            seconds = None
    if seconds is None:
        seconds = default
    return min(BACKOFF_CAP, max(0.0, seconds))


def _wait_code(response: httpx.Response) -> str | None:
    """The message code of a "wait, then try again" answer; None for any other."""
    if response.status_code == 429:
        return "sync.rate_limited"
    if response.status_code == 503:
        return "sync.unavailable"
    return None


@dataclass
class RoundReport:
    """What one sync round moved."""

    pushed: int = 0
    rejected: int = 0
    pulled: int = 0
    conflicts: int = 0
    uploaded: int = 0
    uploaded_bytes: int = 0
    upload_pending: int = 0
    messages_sent: int = 0
    messages_failed: int = 0
    verified: bool = False
    repaired: list[str] = field(default_factory=list)
    clock_skew_ms: int = 0
    clock_blocked: bool = False
    alarms: list[str] = field(default_factory=list)
    waiting: int = 0

    @property
    def clock_wrong(self) -> bool:
        """The workstation clock is off by more than the drift bound (either way): show
        "fix the clock" (SYNC.md §5.1); only a clock ahead holds the push."""
        return abs(self.clock_skew_ms) > MAX_DRIFT_MS

    def summary(self) -> str:
        parts = [
            f"pushed {self.pushed}",
            f"rejected {self.rejected}",
            f"pulled {self.pulled}",
            f"conflicts {self.conflicts}",
            f"uploaded {self.uploaded} ({self.uploaded_bytes} bytes)",
            f"messages {self.messages_sent}",
        ]
        if self.upload_pending:
            parts.append(f"uploads pending {self.upload_pending}")
        if self.repaired:
            parts.append("repaired " + ",".join(self.repaired))
        if self.clock_blocked:
            parts.append(f"CLOCK SKEW {self.clock_skew_ms // 1000} s: push held")
        elif self.clock_wrong:
            parts.append(f"clock differs from head office by {self.clock_skew_ms // 1000} s")
        if self.alarms:
            parts.append("alarms " + ",".join(self.alarms))
        parts.append(f"waiting {self.waiting}")
        return ", ".join(parts)


@dataclass(frozen=True)
class UploadProgress:
    sha256: str
    sent: int
    size: int


@dataclass(frozen=True)
class Enrollment:
    device_id: str
    dealer_id: str
    dealer_code: str
    server_url: str
    rebound_rows: int


def _read_range(handle: Any, offset: int, length: int) -> Iterator[bytes]:
    handle.seek(offset)
    left = length
    while left > 0:
        block = handle.read(min(1 << 20, left))
        if not block:
            return
        left -= len(block)
        yield block


def check_server_url(url: str, *, insecure: bool = False) -> str:
    """The head-office address as given, refused when plain http:// would carry the device
    key over a network (anything but this machine) and the user did not say ``insecure``."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError("sync.insecure_url", url=url)
    if parts.scheme == "http" and not insecure and not _loopback(parts.hostname):
        raise ValidationError("sync.insecure_url", url=url)
    return url.strip().rstrip("/")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


def tls_verify(ca_file: str | None) -> ssl.SSLContext | bool:
    """What httpx verifies the server with: the system's trust store, or a dealer's own
    certificate authority (``--ca-file``)."""
    if not ca_file:
        return True
    try:
        return ssl.create_default_context(cafile=ca_file)
    except (OSError, ssl.SSLError) as exc:
        raise ValidationError("sync.ca_file", path=ca_file, reason=str(exc)) from exc


def _unreachable(url: str, exc: httpx.TransportError) -> Offline:
    """A transport failure as the person should read it: a certificate that fails
    verification is not "cannot reach head office"."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return Offline(
                "sync.certificate_untrusted",
                url=url,
                reason=str(cause.verify_message or cause.reason or cause),
            )
        cause = cause.__cause__ or cause.__context__
    if "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return Offline("sync.certificate_untrusted", url=url, reason="CERTIFICATE_VERIFY_FAILED")
    return Offline("sync.unreachable", url=url, reason=type(exc).__name__)


def _error_body(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else {}


def _is_untrusted(exc: httpx.TransportError) -> bool:
    return _unreachable("", exc).code == "sync.certificate_untrusted"


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class Transport:
    """The authenticated HTTP link to head office and this workstation's sync state; the
    steps of a round (enrollment, push and pull, uploads, messages) build on it."""

    def __init__(
        self,
        db: Database,
        media_dir: Path,
        *,
        transport: httpx.BaseTransport | None = None,
        max_retries: int = 4,
        backoff_base: float = 0.2,
        upload_budget_s: float = 60.0,
        pull_limit: int = BULK_PULL_LIMIT,
        progress: Callable[[UploadProgress | None], None] | None = None,
        wall_ms: Callable[[], int] = _wall_ms,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.db = db
        self.media_dir = media_dir
        self.transport = transport
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.upload_budget_s = upload_budget_s
        self.messages_budget_s = 60.0
        """Seconds a round may spend sending queued customer messages (200 a request)."""
        self.pull_limit = pull_limit
        self.progress = progress
        self.wall_ms = wall_ms
        self.sleep = sleep
        self.max_batch = 500
        self.bulk_batch = BULK_BATCH
        """Changes per push while the outbox holds more than one batch (a first upload)."""
        self.verify_every_s = 1800.0
        self.chunk_size = UPLOAD_CHUNK
        """Bytes per PATCH, streamed from the file (the server keeps what arrived of a cut
        PATCH, so a larger chunk costs no re-sending; it saves round trips)."""
        self._http: httpx.Client | None = None
        self._http_key: tuple[str, str, str] | None = None

    # -- state ----------------------------------------------------------------------------

    def _state(self, key: str) -> str | None:
        return local.state(self.db, key)

    @property
    def enrolled(self) -> bool:
        return bool(self._state("server_url") and self._state("device_secret"))

    def _credentials(self) -> tuple[str, str, str]:
        url, device, secret = (
            self._state("server_url"),
            self._state("device_id"),
            self._state("device_secret"),
        )
        if not (url and device and secret):
            raise ValidationError("sync.not_enrolled")
        return url, device, secret

    def http(self) -> httpx.Client:
        """The authenticated client; credentials are read again at each round's start
        (`refresh`), not per request."""
        if self._http is not None:
            return self._http
        return self.refresh()

    def refresh(self) -> httpx.Client:
        key = self._credentials()
        if self._http is None or self._http_key != key:
            if self._http is not None:
                self._http.close()
            url, device, secret = key
            self._http = httpx.Client(
                base_url=url,
                headers={
                    "Authorization": bearer_token(device, secret),
                    PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                },
                timeout=_timeout(PULL_TIMEOUT),
                transport=self.transport,
                verify=tls_verify(self._state("ca_file")),
            )
            self._http_key = key
        return self._http

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    # -- requests with retry --------------------------------------------------------------

    def _request(
        self, method: str, path: str, *, read: float = PULL_TIMEOUT, **kw: Any
    ) -> httpx.Response:
        """Send; network errors and 5xx retry with backoff (same body, so the same batch id);
        after `max_retries` the round gives up with `Offline`/`SyncFailed`. A 429 or 503 is
        waited out as its ``Retry-After`` says (never sooner than the backoff); a wait
        longer than `RETRY_AFTER_IN_ROUND`, or the last retry, ends the round (`RetryLater`)."""
        backoff = Backoff(self.backoff_base, BACKOFF_CAP)
        url = self._state("server_url") or ""
        attempt = 0
        while True:
            delay = backoff.next_delay()
            try:
                response = self.http().request(method, path, timeout=_timeout(read), **kw)
            except httpx.TransportError as exc:
                if attempt >= self.max_retries or _is_untrusted(exc):
                    raise _unreachable(url, exc) from exc
            else:
                wait_code = _wait_code(response)
                if wait_code is not None:
                    wait = retry_after(response, default=delay)
                    if attempt >= self.max_retries or wait > RETRY_AFTER_IN_ROUND:
                        raise RetryLater(wait_code, wait)
                    delay = max(delay, wait)
                elif response.status_code < 500:
                    return response
                elif attempt >= self.max_retries:
                    raise SyncFailed(
                        "sync.server_error",
                        status=response.status_code,
                        detail=response.text[:200],
                    )
            attempt += 1
            self.sleep(delay)

    def _check(self, response: httpx.Response) -> None:
        """Errors every endpoint may answer, as messages the person can read (no code of the
        protocol reaches a person)."""
        wait_code = _wait_code(response)
        if wait_code is not None:
            raise RetryLater(wait_code, retry_after(response))
        if response.status_code < 400:
            return  # a page of 5,000 rows is not parsed twice
        code = _error_body(response).get("code")
        if response.status_code == 409 and code == ErrorCode.CONFLICT:
            raise SyncFailed("sync.conflict")
        if response.status_code == 426:
            raise UserError("sync.protocol", detail=response.text[:200])
        if response.status_code == 403 and _error_body(response).get("code") == "DEVICE_REVOKED":
            raise UserError("sync.revoked")
        if response.status_code == 401:
            raise UserError("sync.enroll_refused", reason="UNAUTHENTICATED")

    def _alarm(self, kind: str, detail: dict[str, Any]) -> None:
        with self.db.write() as session:
            local.record_issues(
                session,
                [
                    Issue(
                        f"{kind}:{uuid7()}",
                        "alarm",
                        "",
                        "",
                        json.dumps({"kind": kind, **detail}, default=str),
                    )
                ],
            )

    def meta(self, report: RoundReport) -> MetaResponse:
        response = self._request("GET", "/v1/sync/meta")
        self._check(response)
        if response.status_code != 200:
            raise SyncFailed(
                "sync.server_error", status=response.status_code, detail=response.text[:200]
            )
        meta = MetaResponse.model_validate(response.json())
        if not (meta.protocol.min <= PROTOCOL_VERSION <= meta.protocol.max):
            raise UserError(
                "sync.protocol",
                detail=f"server {meta.protocol.min}..{meta.protocol.max}, "
                f"client {PROTOCOL_MIN}..{PROTOCOL_MAX}",
            )
        report.clock_skew_ms = self.wall_ms() - meta.server_time_ms
        known = self._state("hq_epoch")
        if known and known != meta.epoch:
            # Head office was restored or re-created (SYNC.md §5.6): keep the outbox, queue
            # everything held here to push again, pull everything again; local data is never
            # discarded.
            log.warning("head-office epoch changed %s -> %s", known, meta.epoch)
            queued = local.rebase_on_epoch(self.db, meta.epoch, self.db.hlc.now())
            log.warning("queued %d rows again for the restored head office", queued)
            report.alarms.append("epoch_changed")
        elif not known:
            local.set_sync_state(self.db, "hq_epoch", meta.epoch)
        local.set_sync_state(self.db, "clock_skew_ms", str(report.clock_skew_ms))
        return meta
