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

import gzip
import hashlib
import json
import logging
import random
import secrets
import socket
import ssl
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from ipaddress import ip_address
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from app.domain.errors import EnvironmentFault, UserError, ValidationError
from app.domain.hlc import MAX_DRIFT_MS
from app.domain.ids import uuid7
from app.media.store import MediaStore
from app.protocol.wire import (
    DEFAULT_PULL_LIMIT,
    IDEMPOTENCY_HEADER,
    PROTOCOL_HEADER,
    PROTOCOL_MAX,
    PROTOCOL_MIN,
    PROTOCOL_VERSION,
    TUS_VERSION,
    UPLOAD_CHUNK,
    ChangeStatus,
    EnrollRequest,
    EnrollResponse,
    ErrorCode,
    MessageResultsResponse,
    MessageStatus,
    MetaResponse,
    PullResponse,
    PushResponse,
    TableDigest,
    VerifyResponse,
    bearer_token,
    payload_sha,
    secret_sha256,
    tus_metadata,
    verify_digest,
)
from app.store.engine import (
    Database,
    applying_remote,
    expand_fields,
    get_state,
    set_state,
)
from app.store.models import MediaUpload, SyncOutbox
from app.store.registry import SYNCED_TABLES
from app.store.triggers import drop_sync_triggers, install_sync_triggers
from app.sync import local
from app.sync import messages as _messages  # noqa: F401  (registers sync.* codes)
from app.sync.local import Issue, OutboxChange, crashpoint

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 5.0
PULL_TIMEOUT = 30.0
PUSH_TIMEOUT = 120.0
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


class SyncClient:
    """Head-office sync for one workstation database. Not thread-safe: one round at a time
    (the background worker owns one client)."""

    def __init__(
        self,
        db: Database,
        media_dir: Path,
        *,
        transport: httpx.BaseTransport | None = None,
        max_retries: int = 4,
        backoff_base: float = 0.2,
        upload_budget_s: float = 60.0,
        pull_limit: int = DEFAULT_PULL_LIMIT,
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
        self.pull_limit = pull_limit
        self.progress = progress
        self.wall_ms = wall_ms
        self.sleep = sleep
        self.max_batch = 500
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
        after `max_retries` the round gives up with `Offline`/`SyncFailed`."""
        backoff = Backoff(self.backoff_base, BACKOFF_CAP)
        url = self._state("server_url") or ""
        attempt = 0
        while True:
            try:
                response = self.http().request(method, path, timeout=_timeout(read), **kw)
            except httpx.TransportError as exc:
                if attempt >= self.max_retries or _is_untrusted(exc):
                    raise _unreachable(url, exc) from exc
            else:
                if response.status_code < 500:
                    return response
                if attempt >= self.max_retries:
                    raise SyncFailed(
                        "sync.server_error",
                        status=response.status_code,
                        detail=response.text[:200],
                    )
            attempt += 1
            self.sleep(backoff.next_delay())

    def _check(self, response: httpx.Response) -> None:
        """Errors every endpoint may answer."""
        if response.status_code == 426:
            raise UserError("sync.protocol", detail=response.text[:200])
        if response.status_code == 403 and _error_body(response).get("code") == "DEVICE_REVOKED":
            raise UserError("sync.revoked")
        if response.status_code == 401:
            raise UserError("sync.enroll_refused", reason="UNAUTHENTICATED")

    # -- enrollment -------------------------------------------------------------------------

    def enroll(
        self,
        server_url: str,
        code: str,
        hostname: str | None = None,
        *,
        ca_file: str | None = None,
        insecure: bool = False,
    ) -> Enrollment:
        """Enroll this workstation (SYNC.md §7.1): a secret made here, only its SHA-256 sent.
        Afterwards every local row carries head office's id of the dealer (one transaction,
        outbox payloads rewritten before anything was pushed).

        Plain http:// is refused except to this machine unless ``insecure``; ``ca_file`` is
        a dealer's own certificate authority (PEM), kept for every later round."""
        if self.enrolled:
            raise ValidationError("sync.already_enrolled", device=self._state("device_id") or "")
        server_url = check_server_url(server_url, insecure=insecure)
        if ca_file:
            ca_file = str(Path(ca_file).expanduser().resolve())
        verify = tls_verify(ca_file)
        secret = secrets.token_urlsafe(32)
        device_id = self._state("device_id") or uuid7()
        body = EnrollRequest(
            code=code,
            secret_sha256=secret_sha256(secret),
            device_id=device_id,
            hostname=(hostname if hostname is not None else socket.gethostname())[:200],
            app_version=APP_VERSION,
        )
        try:
            with httpx.Client(
                transport=self.transport, timeout=_timeout(PULL_TIMEOUT), verify=verify
            ) as http:
                response = http.post(f"{server_url}/v1/enroll", json=body.model_dump())
        except httpx.TransportError as exc:
            raise _unreachable(server_url, exc) from exc
        if response.status_code != 200:
            self._check(response)
            reason = _error_body(response).get("code") or str(response.status_code)
            raise UserError("sync.enroll_refused", reason=reason)
        info = EnrollResponse.model_validate(response.json())
        joining = not self._state("dealer_id")
        rebound = self._bind(server_url, secret, info, ca_file)
        if joining:
            # A new workstation of an existing dealer: take the dealer's data (staff, cases)
            # from head office, then become a workstation of it with a code of its own.
            report = RoundReport()
            self.pull(report, self.meta(report))
            self._join(info.workstation_name or body.hostname)
        log.info("enrolled as device %s of dealer %s", info.device_id, info.dealer_code)
        return Enrollment(
            device_id=info.device_id,
            dealer_id=info.dealer_id,
            dealer_code=info.dealer_code,
            server_url=server_url,
            rebound_rows=rebound,
        )

    def _bind(
        self, server_url: str, secret: str, info: EnrollResponse, ca_file: str | None = None
    ) -> int:
        rebound = 0
        with self.db.write() as session:
            old = get_state(session, "dealer_id")
            local_code = get_state(session, "dealer_code")
            if local_code and local_code.upper() != info.dealer_code.upper():
                raise ValidationError(
                    "sync.dealer_mismatch", server=info.dealer_code, local=local_code
                )
            if old and old != info.dealer_id:
                rebound = rebind_dealer(session, old, info.dealer_id)
            if old:
                # This bay set up its dealer itself: everything it holds goes to head office,
                # also rows written as history without passing the outbox (item 5).
                with applying_remote(session):
                    queued = local.queue_unsent(session, self.db.hlc.now())
                if queued:
                    log.info("queued %d rows head office had never been sent", queued)
            for key, value in (
                ("server_url", server_url),
                ("device_id", info.device_id),
                ("device_secret", secret),
                ("dealer_id", info.dealer_id),
                ("dealer_code", info.dealer_code),
                ("hq_epoch", info.epoch),
                ("enrolled_at", _now_iso()),
                ("ca_file", ca_file or None),
            ):
                set_state(session, key, value)
        self.db.hlc.device_id = info.device_id
        _forget_cached_identity()
        return rebound

    def _join(self, name: str) -> None:
        """Become a workstation of the enrolled dealer (after its data was pulled). Also run
        by a later round when the first pull after enrollment did not finish."""
        from app.services.reference import seed_catalogue
        from app.store.models import Workstation

        device_id = self._state("device_id") or ""
        dealer_id = self._state("dealer_id") or ""
        with self.db.write() as session:
            taken = {
                str(c) for c in session.execute(text("SELECT code FROM workstation")).scalars()
            }
            code = next(
                c
                for c in [*"ABCDEFGHJKLMNPQRSTUVWXYZ", *(f"W{n}" for n in range(1, 999))]
                if c not in taken
            )
            now = datetime.now(UTC).replace(tzinfo=None)
            session.add(
                Workstation(
                    id=device_id,
                    dealer_id=dealer_id,
                    name=(name or f"Workstation {code}")[:100],
                    code=code,
                    created_at=now,
                )
            )
            set_state(session, "workstation_id", device_id)
            set_state(session, "workstation_code", code)
            seed_catalogue(session, now)
        _forget_cached_identity()

    # -- one round --------------------------------------------------------------------------

    def run_round(self, *, verify: bool | None = None, media: bool = True) -> RoundReport:
        """One sync round. ``verify``: True always, False never, None when due (every
        `verify_every_s`; hashing every table is the one step that grows with the data)."""
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
            # Head office was restored or re-created (SYNC.md §5.6): keep the outbox, push it,
            # pull everything again; local data is never discarded.
            log.warning("head-office epoch changed %s -> %s", known, meta.epoch)
            local.reset_cursors(self.db)
            with self.db.write() as session:
                local.record_issues(
                    session,
                    [
                        Issue(
                            f"epoch:{meta.epoch}",
                            "alarm",
                            "",
                            "",
                            json.dumps({"epoch": meta.epoch}),
                        )
                    ],
                )
            report.alarms.append("epoch_changed")
        local.set_sync_state(self.db, "hq_epoch", meta.epoch)
        local.set_sync_state(self.db, "clock_skew_ms", str(report.clock_skew_ms))
        return meta

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
        max_changes = min(self.max_batch, meta.limits.recommended_changes, meta.limits.max_changes)
        while True:
            batch = local.next_batch(
                self.db, 0, max_changes, min(local.MAX_BYTES, meta.limits.max_bytes)
            )
            if not batch:
                return
            outcome = self._push_batch(batch, report)
            if outcome == "again":
                continue
            if outcome == "smaller":
                max_changes = max(1, max_changes // 4)
                continue
            if outcome == "stop":
                return

    def _push_batch(self, batch: list[OutboxChange], report: RoundReport) -> str:
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
            crashpoint("after_push_commit")
            report.pushed += len(acked)
            return "again" if acked else "stop"
        error = _error_body(response)
        code = error.get("code")
        if response.status_code == 409 and code == ErrorCode.SEQ_GAP:
            expected = int(error.get("expected") or 0)
            oldest = local.oldest_seq(self.db)
            if oldest is not None and oldest <= expected:
                return "again"
            # The server expects changes this database no longer has: restored from a backup.
            self._alarm("seq_gap", {"expected": expected, "oldest": oldest})
            report.alarms.append("seq_gap")
            return "stop"
        if response.status_code == 409 and code == ErrorCode.DEVICE_FORKED:
            self._alarm("device_forked", error)
            report.alarms.append("device_forked")
            return "stop"
        if response.status_code == 422 and code == ErrorCode.CLOCK_SKEW:
            report.clock_blocked = True  # the queue stays; a banner asks to fix the clock
            return "stop"
        if response.status_code == 413:
            return "smaller" if len(batch) > 1 else "stop"
        self._alarm("push_refused", {"status": response.status_code, **error})
        report.alarms.append(f"push_{response.status_code}")
        return "stop"

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
                fields = json.loads(fields_json)
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
                        "f": json.dumps(fields, ensure_ascii=False),
                        "h": stamp,
                        "p": payload_sha(tbl, row_id, op, expand_fields(fields, stamp)),
                        "s": seq,
                    },
                )
                if tbl in SYNCED_TABLES:
                    session.execute(
                        text(
                            f'UPDATE "{tbl}" SET updated_hlc = :h, field_hlc = ('
                            "SELECT json_group_object(key, CASE WHEN value > :lim THEN :h "
                            "ELSE value END) FROM json_each(field_hlc)) WHERE id = :id"
                        ),
                        {"h": stamp, "lim": limit, "id": row_id},
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
        while True:
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
            page = PullResponse.model_validate_json(response.content)
            yield page
            if not page.has_more:
                return
            since = page.next_since

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

    # -- customer messages --------------------------------------------------------------------

    def send_messages(self, report: RoundReport) -> None:
        """Queued customer messages through head office's gateway; the delivery status is
        written back to the row (and so flows to every bay of the dealer)."""
        with self.db.read() as session:
            rows = list(
                session.execute(
                    text(
                        'SELECT id, "to", body, case_id, channel FROM customer_message '
                        "WHERE status = 'queued' AND deleted_at IS NULL ORDER BY queued_at LIMIT 200"
                    )
                )
            )
        if not rows:
            return
        body = {
            "messages": [
                {"message_id": r[0], "to": r[1], "body": r[2], "case_id": r[3], "channel": "sms"}
                for r in rows
                if (r[4] or "sms") == "sms"
            ]
        }
        response = self._request("POST", "/v1/messages", json=body)
        self._check(response)
        if response.status_code != 200:
            return
        results = MessageResultsResponse.model_validate(response.json()).results
        now = datetime.now(UTC).replace(tzinfo=None)
        with self.db.write() as session:
            for result in results:
                if result.status is MessageStatus.QUEUED:
                    continue
                sent = result.status is MessageStatus.SENT
                session.execute(
                    text(
                        "UPDATE customer_message SET status = :s, provider_ref = :p, "
                        "sent_at = CASE WHEN :sent THEN :at ELSE sent_at END "
                        "WHERE id = :id AND status = 'queued'"
                    ),
                    {
                        "s": "sent" if sent else "failed",
                        "p": (result.provider_ref or result.error or "")[:64],
                        "sent": sent,
                        "at": now.isoformat(sep=" "),
                        "id": result.message_id,
                    },
                )
                if sent:
                    report.messages_sent += 1
                else:
                    report.messages_failed += 1

    # -- media ------------------------------------------------------------------------------

    def media_queue(self) -> list[tuple[str, int]]:
        """(sha256, size) of local files head office has not verified yet."""
        with self.db.read() as session:
            rows = session.execute(
                text(
                    "SELECT DISTINCT m.sha256, m.size FROM media_file m "
                    "LEFT JOIN media_upload u ON u.sha256 = m.sha256 "
                    "WHERE m.deleted_at IS NULL AND (u.state IS NULL OR u.state != 'done')"
                )
            )
            return [(str(r[0]), int(r[1])) for r in rows]

    def upload_media(self, report: RoundReport) -> None:
        store = MediaStore(self.media_dir)
        deadline = time.monotonic() + self.upload_budget_s
        for sha, _size in self.media_queue():
            if not store.has(sha):
                continue  # another bay's photo: it uploads it; we fetch on demand
            if time.monotonic() > deadline:
                report.upload_pending += 1
                continue
            try:
                sent = self.upload_one(store, sha, deadline)
            except Offline:
                report.upload_pending += 1
                raise
            if sent is None:
                report.upload_pending += 1
            else:
                report.uploaded += 1
                report.uploaded_bytes += sent
        if self.progress is not None:
            self.progress(None)

    def _upload_row(self, sha: str, size: int) -> MediaUpload:
        with self.db.write() as session:
            row = session.get(MediaUpload, sha)
            if row is None:
                row = MediaUpload(
                    sha256=sha, state="queued", url=None, size=size, sent=0, attempts=0,
                    error="", updated_at=_now_iso(),
                )  # fmt: skip
                session.add(row)
            return row

    def _save_upload(self, sha: str, **values: Any) -> None:
        with self.db.write() as session:
            row = session.get(MediaUpload, sha)
            if row is not None:
                for key, value in values.items():
                    setattr(row, key, value)
                row.updated_at = _now_iso()

    def upload_one(self, store: MediaStore, sha: str, deadline: float | None = None) -> int | None:
        """Upload one file over tus, resuming at the server's offset; returns the bytes sent,
        or None when it must wait for a later round. Done only once head office answers
        HEAD /v1/media/<sha> with 200, i.e. has verified the hash (SYNC.md §5.7)."""
        path = store.path_of(sha)
        size = path.stat().st_size
        row = self._upload_row(sha, size)
        head = self._request("HEAD", f"/v1/media/{sha}")
        self._check(head)
        if head.status_code == 200:
            self._save_upload(sha, state="done", sent=size, error="")
            return 0
        url = row.url
        sent_total = 0
        for _attempt in range(4):
            if url is None:
                device = self._state("device_id") or ""
                created = self._request(
                    "POST",
                    "/v1/uploads",
                    headers={
                        "Tus-Resumable": TUS_VERSION,
                        "Upload-Length": str(size),
                        "Upload-Metadata": tus_metadata(
                            {"sha256": sha, "mime": "application/octet-stream"}
                        ),
                        IDEMPOTENCY_HEADER: f"{device}:{sha}:{row.attempts}",
                    },
                )
                self._check(created)
                if created.status_code != 201:
                    self._save_upload(sha, error=f"create {created.status_code}")
                    return None
                url = created.headers["Location"]
                self._save_upload(sha, state="uploading", url=url, sent=0)
            status = self._request("HEAD", url, headers={"Tus-Resumable": TUS_VERSION})
            if status.status_code in (404, 410):
                url = None
                self._save_upload(sha, url=None, sent=0)
                continue
            if status.status_code != 200:
                self._save_upload(sha, error=f"head {status.status_code}")
                return None
            offset = int(status.headers.get("Upload-Offset", "0"))
            result = self._patch_from(sha, path, url, offset, size, deadline)
            if result == "checksum":
                # Head office's end-to-end check failed. Our own copy may be the damaged one
                # (only hashed now, not before every upload: the server checks anyway).
                if not store.verify(sha):
                    self._save_upload(sha, state="corrupt", error="local file does not match")
                    self._alarm("media_corrupt", {"sha256": sha})
                    return None
                attempts = row.attempts + 1
                row.attempts = attempts
                url = None
                self._save_upload(
                    sha, url=None, sent=0, attempts=attempts, error="checksum mismatch"
                )
                continue
            if result == "retry":
                continue
            if result == "later":
                return None
            sent_total += size - offset
            final = self._request("HEAD", f"/v1/media/{sha}")
            if final.status_code == 200:
                self._save_upload(sha, state="done", sent=size, error="")
                return sent_total
            url = None
        return None

    def _patch_from(
        self, sha: str, path: Path, url: str, offset: int, size: int, deadline: float | None
    ) -> str:
        with path.open("rb") as handle:
            while offset < size:
                if deadline is not None and time.monotonic() > deadline:
                    return "later"
                length = min(self.chunk_size, size - offset)
                try:
                    response = self.http().patch(
                        url,
                        content=_read_range(handle, offset, length),
                        headers={
                            "Tus-Resumable": TUS_VERSION,
                            "Upload-Offset": str(offset),
                            "Content-Type": "application/offset+octet-stream",
                            "Content-Length": str(length),
                        },
                        timeout=_timeout(UPLOAD_TIMEOUT),
                    )
                except httpx.TransportError:
                    return "retry"  # HEAD tells where the server stopped
                if response.status_code == 460:
                    return "checksum"
                if response.status_code in (409, 423) or response.status_code >= 500:
                    return "retry"
                if response.status_code in (404, 410):
                    return "checksum"  # gone: start a new upload
                if response.status_code != 204:
                    self._check(response)
                    return "later"
                previous, offset = offset, int(response.headers["Upload-Offset"])
                if offset // PROGRESS_SAVE != previous // PROGRESS_SAVE:
                    # Informative only (HEAD gives the server's offset on resume): saved
                    # now and then, not after every chunk.
                    self._save_upload(sha, sent=offset)
                if self.progress is not None:
                    self.progress(UploadProgress(sha, offset, size))
        return "done"

    def fetch_media(self, sha: str) -> Path:
        """Download a file another bay captured, verified by hash before it becomes visible."""
        store = MediaStore(self.media_dir)
        if store.has(sha):
            return store.path_of(sha)
        response = self._request("GET", f"/v1/media/{sha}", read=UPLOAD_TIMEOUT)
        self._check(response)
        if response.status_code != 200 or hashlib.sha256(response.content).hexdigest() != sha:
            raise SyncFailed("sync.server_error", status=response.status_code, detail=sha[:12])
        store.put_bytes(response.content, "application/octet-stream")
        return store.path_of(sha)

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


def rebind_dealer(session: Any, old: str, new: str) -> int:
    """Give every local row head office's id of this dealer, in the caller's transaction.

    Nothing is captured as a change (triggers are lifted for the statement and reinstalled):
    the rows' outbox entries, not yet pushed, are rewritten to carry the new id instead, with
    their payload hashes, so head office receives each row once, under its dealer."""
    conn = session.connection()
    rebound = 0
    with applying_remote(session):
        for table in SYNCED_TABLES:
            drop_sync_triggers(conn, table)
        for table in SYNCED_TABLES:
            result = conn.execute(
                text(f'UPDATE "{table}" SET dealer_id = :new WHERE dealer_id = :old'),
                {"new": new, "old": old},
            )
            rebound += int(result.rowcount or 0)
        conn.execute(
            text('UPDATE "dealer" SET id = :new WHERE id = :old'), {"new": new, "old": old}
        )
        for entry in session.query(SyncOutbox).all():
            fields = json.loads(entry.fields)
            changed = False
            dealer_value = fields.get("dealer_id")
            if isinstance(dealer_value, dict) and dealer_value.get("v") == old:
                dealer_value["v"] = new
                changed = True
            elif dealer_value == old:  # the compact form: {column: value}
                fields["dealer_id"] = new
                changed = True
            if entry.tbl == "dealer" and entry.row_id == old:
                entry.row_id = new
                changed = True
            if changed:
                entry.fields = json.dumps(fields, ensure_ascii=False)
                entry.payload_sha = payload_sha(
                    entry.tbl, entry.row_id, entry.op, expand_fields(fields, entry.hlc)
                )
        session.flush()
        install_sync_triggers(conn)
    return rebound


def _forget_cached_identity() -> None:
    """The services cache who this workstation is; the dealer id just changed."""
    try:
        from app.services import _support
    except ImportError:  # pragma: no cover - services always ship with the client
        return
    _support._IDENTITY.clear()
