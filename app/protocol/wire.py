"""The head-office sync protocol (SYNC.md §5), shared by the server and the workstation client.

Pydantic v2 models for every request and response body under ``/v1``, the error bodies, and the
hashing helpers both sides must compute identically (`canonical_json`, `payload_sha`,
`content_sha`, `row_digest`, `legacy_row_digest`, `verify_digest`).

Authentication: every request except ``POST /v1/enroll`` and ``GET /v1/health`` carries
``Authorization: Bearer <device_id>:<device_secret>`` (see `bearer_token`). The secret is 32
random bytes generated on the workstation; enrollment sends only its SHA-256, the server stores
only that hash. Optional header ``X-Sync-Protocol: <int>``; outside [PROTOCOL_MIN, PROTOCOL_MAX]
the server answers 426 ``PROTOCOL_UNSUPPORTED``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
PROTOCOL_MIN = 1
PROTOCOL_MAX = 1
PROTOCOL_HEADER = "X-Sync-Protocol"
IDEMPOTENCY_HEADER = "Idempotency-Key"

DEALER_STREAM_PREFIX = "dealer:"
REFERENCE_STREAM_PREFIX = "ref:"

CONFLICT_TABLE = "sync_conflict"
"""Server-owned pseudo table in every dealer stream: one row per kept losing value (SYNC.md §4).

Its ``row`` holds the `ConflictRecord` fields; a workstation copies it into its inbox."""

RESIGN_REQUIRED = "resign_required"
"""Pull-item flag: the signed subject changed after (or unseen by) its latest signature."""

DEFAULT_PULL_LIMIT = 1000
MAX_PULL_LIMIT = 5000
MAX_BATCH_CHANGES = 5000
MAX_BATCH_BYTES = 16 * 1024 * 1024
RECOMMENDED_BATCH_CHANGES = 500
RECOMMENDED_BATCH_BYTES = 1024 * 1024
TUS_VERSION = "1.0.0"
UPLOAD_CHUNK = 8 * 1024 * 1024


def dealer_stream(dealer_id: str) -> str:
    return DEALER_STREAM_PREFIX + dealer_id


def bearer_token(device_id: str, secret: str) -> str:
    """Value of the Authorization header for a device."""
    return f"Bearer {device_id}:{secret}"


def secret_sha256(secret: str) -> str:
    """What enrollment sends and the server stores: the secret itself never leaves the bay at
    enrollment, and a stolen server database does not give a usable token."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


# --- canonical hashing -----------------------------------------------------------------------


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no whitespace, UTF-8 kept (not \\u-escaped).

    Floats use Python's shortest repr, which SQLite's REAL round-trips; money is integer fen."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def payload_sha(tbl: str, row_id: str, op: str, fields: Mapping[str, Any]) -> str:
    """sha256 hex of canonical JSON of {tbl,row_id,op,fields}; ``fields`` as in the outbox,
    i.e. ``{column: {"v": value, "hlc": stamp}}``. Used for duplicate detection."""
    return _sha(canonical_json({"tbl": tbl, "row_id": row_id, "op": op, "fields": fields}))


def content_sha(tbl: str, row_id: str, values: Mapping[str, Any]) -> str:
    """Hash of an insert-only record's values (no stamps): the same signed record sent twice by
    any route hashes the same; a different record under the same id does not (alarm)."""
    return _sha(canonical_json({"tbl": tbl, "row_id": row_id, "values": values}))


ROW_DIGEST_BOOKKEEPING = frozenset({"server_version", "field_hlc", "updated_hlc"})
ROW_DIGEST_EXCLUDED = ROW_DIGEST_BOOKKEEPING | {"dealer_id"}
"""Left out of `row_digest`: sync bookkeeping, and the dealer a row belongs to. That is
tenancy, not what a customer signs: a bay that set its dealer up itself signs under its own
id, and enrollment then rebinds every row to head office's id of the dealer
(`app.sync.enrollment.rebind_dealer`), while head office pins every row to the writing
device's dealer, so no edit by another bay can change it (issue 12: every case signed before
its bay enrolled was flagged "re-sign required")."""


def row_digest(row: Mapping[str, Any]) -> str:
    """Digest of a row's content, as a signature records it in ``subject_digest``.

    Bookkeeping columns, the dealer id (`ROW_DIGEST_EXCLUDED`) and NULL values are left out,
    so a column the server never received and a NULL column digest the same."""
    content = {k: v for k, v in row.items() if k not in ROW_DIGEST_EXCLUDED and v is not None}
    return _sha(canonical_json(content))


def legacy_row_digest(row: Mapping[str, Any]) -> str:
    """`row_digest` as workstations before issue 12 computed it (the dealer id included):
    head office still accepts it for signatures they made."""
    content = {k: v for k, v in row.items() if k not in ROW_DIGEST_BOOKKEEPING and v is not None}
    return _sha(canonical_json(content))


def verify_digest(rows: Iterable[tuple[str, int]]) -> tuple[int, str]:
    """(count, xor of sha256("<id>:<server_version>")) over (id, server_version) pairs; SYNC §5.5."""
    acc = 0
    count = 0
    for row_id, version in rows:
        digest = hashlib.sha256(f"{row_id}:{version}".encode()).digest()
        acc ^= int.from_bytes(digest, "big")
        count += 1
    return count, f"{acc:064x}"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Open(BaseModel):
    """Responses ignore unknown keys so a newer server does not break an older client."""

    model_config = ConfigDict(extra="ignore")


# --- errors ----------------------------------------------------------------------------------


class ErrorCode(StrEnum):
    UNAUTHENTICATED = "UNAUTHENTICATED"  # 401: no/unknown device or wrong secret
    DEVICE_REVOKED = "DEVICE_REVOKED"  # 403
    FORBIDDEN = "FORBIDDEN"  # 403: another dealer's stream or object
    ENROLL_CODE_INVALID = "ENROLL_CODE_INVALID"  # 403: unknown, used or expired code
    DEVICE_ID_TAKEN = "DEVICE_ID_TAKEN"  # 409 at enrollment
    SEQ_GAP = "SEQ_GAP"  # 409: resend from `expected`
    DEVICE_FORKED = "DEVICE_FORKED"  # 409: an acked local_seq arrives with another change
    CLOCK_SKEW = "CLOCK_SKEW"  # 422: nothing of the batch kept
    BAD_BATCH = "BAD_BATCH"  # 422: batch malformed (order, device id, payload_sha)
    VALIDATION = "VALIDATION"  # 422: body does not match the model
    BATCH_TOO_LARGE = "BATCH_TOO_LARGE"  # 413
    PROTOCOL_UNSUPPORTED = "PROTOCOL_UNSUPPORTED"  # 426
    NOT_FOUND = "NOT_FOUND"  # 404
    UPLOAD_EXPIRED = "UPLOAD_EXPIRED"  # 410
    OFFSET_MISMATCH = "OFFSET_MISMATCH"  # 409 (tus)
    UPLOAD_LOCKED = "UPLOAD_LOCKED"  # 423 (tus)
    CHECKSUM_MISMATCH = "CHECKSUM_MISMATCH"  # 460: upload discarded, create a new one
    RATE_LIMITED = "RATE_LIMITED"  # 429: wait `Retry-After` seconds (enrollment attempts)
    CONFLICT = "CONFLICT"  # 409: the request clashes with data head office holds
    UNAVAILABLE = "UNAVAILABLE"  # 503: database busy or restarting; wait `Retry-After`


class ErrorDetail(_Open):
    code: ErrorCode
    message: str
    expected: int | None = None
    """SEQ_GAP: the local_seq the server expects next."""
    server_time: str | None = None
    max_clock_drift_ms: int | None = None
    offending_hlc: str | None = None
    """CLOCK_SKEW: the first stamp too far ahead."""
    local_seq: int | None = None
    """DEVICE_FORKED: the first local_seq whose change differs from the acked one."""


class ErrorBody(_Open):
    error: ErrorDetail


# --- meta and enrollment -----------------------------------------------------------------------


class VersionRange(_Open):
    min: int
    max: int


class StreamHead(_Open):
    head: int


class BatchLimits(_Open):
    max_changes: int = MAX_BATCH_CHANGES
    max_bytes: int = MAX_BATCH_BYTES
    recommended_changes: int = RECOMMENDED_BATCH_CHANGES


class DeviceInfo(_Open):
    device_id: str
    dealer_id: str
    dealer_code: str
    name: str
    status: Literal["active", "revoked"]
    last_local_seq: int


class MetaResponse(_Open):
    """GET /v1/sync/meta."""

    server_time: str
    """UTC ISO-8601 with milliseconds and Z."""
    server_time_ms: int
    protocol: VersionRange
    schema_: VersionRange = Field(alias="schema")
    epoch: str
    streams: dict[str, StreamHead]
    """The streams this device may pull: its ``dealer:<id>`` and every ``ref:*``."""
    max_clock_drift_ms: int
    limits: BatchLimits
    device: DeviceInfo

    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class EnrollRequest(_Model):
    """POST /v1/enroll (no Authorization header)."""

    code: str
    secret_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    device_id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_-]{1,64}$")
    """The id the workstation already stamps its HLCs with; the server makes one if absent."""
    hostname: str = ""
    app_version: str = ""


class EnrollResponse(_Open):
    device_id: str
    dealer_id: str
    dealer_code: str
    dealer_name: str
    workstation_name: str
    epoch: str
    streams: list[str]
    server_time: str
    workstation_code: str = ""
    """Allocated by head office at enrollment (issue 12 item 7): it numbers this bay's orders,
    so two bays enrolling before either synced never share one. Empty from an older server."""


# --- push ------------------------------------------------------------------------------------

Op = Literal["insert", "update", "delete", "append"]


class FieldValue(_Model):
    v: Any = None
    hlc: str


class Change(_Model):
    """One outbox row (SYNC.md §3.1)."""

    local_seq: int = Field(ge=1)
    change_id: str
    tx_id: str
    tbl: str
    row_id: str
    op: Op
    base_version: int | None = None
    fields: dict[str, FieldValue]
    payload_sha: str
    hlc: str | None = None
    """The change's own stamp (outbox ``hlc``); needed for a delete whose fields are empty."""
    created_at: str | None = None

    def computed_sha(self) -> str:
        return payload_sha(
            self.tbl,
            self.row_id,
            self.op,
            {k: {"v": f.v, "hlc": f.hlc} for k, f in self.fields.items()},
        )


class PushRequest(_Model):
    """POST /v1/sync/push; header ``Idempotency-Key: <batch_id>``. ``changes`` in local_seq
    order; ``first_local_seq`` equals the first change's local_seq."""

    device_id: str
    batch_id: str
    first_local_seq: int = Field(ge=1)
    schema_: int = Field(default=1, alias="schema")
    changes: list[Change]

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class ChangeStatus(StrEnum):
    APPLIED = "applied"
    """Every field applied; no concurrent edit was overwritten."""
    MERGED = "merged"
    """Per-field merge: some value lost or was overwritten; see conflict_ids."""
    REJECTED = "rejected"
    """Not applied, never will be (reason says why); stored in rejected_change. Not retried."""
    DUPLICATE = "duplicate"
    """An insert-only record the server already holds with identical content: no-op."""


class RejectReason(StrEnum):
    READ_ONLY = "read_only"  # reference table written by a workstation
    UNKNOWN_TABLE = "unknown_table"
    TENANT = "tenant"  # row or referenced staff of another dealer
    IMMUTABLE = "immutable"  # update/delete of a signed record or log entry
    IMMUTABLE_MISMATCH = "immutable_mismatch"  # same id, different content (alarm raised)
    ROLE = "role"  # the named staff member's role may not write this
    INVALID = "invalid"  # malformed change (bad field, bad hlc)


class ChangeResult(_Open):
    change_id: str
    local_seq: int
    status: ChangeStatus
    server_version: int | None = None
    """The row's version after this change (None when rejected before touching a row)."""
    conflict_ids: list[str] = Field(default_factory=list)
    reason: RejectReason | None = None
    detail: str | None = None


class PushResponse(_Open):
    results: list[ChangeResult]
    last_local_seq: int
    """The device's highest acked local_seq: delete every outbox row ≤ this."""
    write_checkpoint: dict[str, int]
    """Pull each stream until the cursor ≥ this to see the server's merge of this push."""


# --- pull ------------------------------------------------------------------------------------


class PullItem(_Open):
    seq: int
    tx_end: int
    """Last seq of the server transaction that wrote this item; pages never end before it."""
    tbl: str
    row_id: str
    server_version: int
    deleted: bool
    row: dict[str, Any]
    """Latest full row state (column -> value), including id, dealer_id and deleted_at."""
    field_hlc: dict[str, str]
    updated_hlc: str | None = None
    flags: list[str] = Field(default_factory=list)


class PullResponse(_Open):
    """GET /v1/sync/pull?stream=…&since=…&limit=…"""

    stream: str
    epoch: str
    items: list[PullItem]
    next_since: int
    """Store as the stream's cursor in the same local transaction as the items."""
    has_more: bool
    tx_end: int
    """Equal to next_since: the page ends on a server-transaction boundary."""


# --- verify ----------------------------------------------------------------------------------


class TableDigest(_Model):
    count: int
    xor: str = Field(pattern=r"^[0-9a-f]{64}$")


class VerifyRequest(_Model):
    """POST /v1/sync/verify; computed by the client with `verify_digest` over every local row
    of each table in the stream (tombstones included), after pulling to ``as_of``."""

    stream: str
    as_of: int
    tables: dict[str, TableDigest]


class TableVerdict(_Open):
    server: TableDigest
    match: bool


class VerifyResponse(_Open):
    stream: str
    as_of: int
    head: int
    stale: bool
    """The stream moved past ``as_of``: pull, then verify again (verdicts may be spurious)."""
    tables: dict[str, TableVerdict]
    mismatched: list[str]
    """Tables to re-pull from since=0 (SYNC.md §5.5 targeted repair)."""


# --- conflicts -------------------------------------------------------------------------------


class ConflictRecord(_Open):
    """The ``row`` of a `CONFLICT_TABLE` pull item and the body of GET /v1/sync/conflicts/{id}."""

    id: str
    dealer_id: str
    tbl: str
    row_id: str
    field: str
    winner: Any = None
    loser: Any = None
    winner_hlc: str | None = None
    loser_hlc: str | None = None
    winner_device: str | None = None
    loser_device: str | None = None
    loser_change_id: str | None = None
    kind: Literal["field", "delete"] = "field"
    status: Literal["open", "resolved"] = "open"
    created_at: str
    resolved_at: str | None = None
    resolved_by: str | None = None


class ResolveConflictRequest(_Model):
    """POST /v1/sync/conflicts/{id}/resolve. The chosen value travels as a normal edit."""

    resolved_by: str
    note: str = ""


# --- customer messages -----------------------------------------------------------------------


class MessageStatus(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"
    REJECTED = "rejected"


class OutboundMessage(_Model):
    message_id: str
    """The workstation's customer_message row id; resubmitting is idempotent."""
    channel: Literal["sms"] = "sms"
    to: str
    body: str
    case_id: str | None = None


class MessageSubmitRequest(_Model):
    """POST /v1/messages."""

    messages: list[OutboundMessage]


class MessageResult(_Open):
    message_id: str
    status: MessageStatus
    provider_ref: str | None = None
    error: str | None = None
    attempts: int = 0
    updated_at: str


class MessageResultsResponse(_Open):
    results: list[MessageResult]


class MessageStatusRequest(_Model):
    """POST /v1/messages/status."""

    message_ids: list[str]


# --- media -----------------------------------------------------------------------------------


def tus_metadata(pairs: Mapping[str, str]) -> str:
    """Upload-Metadata header value: ``key base64(value)`` pairs joined by commas."""
    import base64

    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in pairs.items())


def parse_tus_metadata(header: str) -> dict[str, str]:
    import base64

    out: dict[str, str] = {}
    for part in header.split(","):
        part = part.strip()
        if not part:
            continue
        key, _, value = part.partition(" ")
        out[key] = base64.b64decode(value.strip()).decode() if value.strip() else ""
    return out
