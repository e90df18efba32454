"""Workstation identity: one-time enrollment codes and per-request device authentication (SYNC §7).

Choice (no `cryptography` package, so no Ed25519): the workstation generates a 256-bit secret
locally and enrolls by sending only its SHA-256 with the one-time code. Every later request
carries ``Authorization: Bearer <device_id>:<secret>`` over TLS; the server stores only the
hash, compares in constant time, and never logs the header. A stolen server database therefore
yields no usable token; revoking a device refuses it at once (403).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from app.domain.hlc import HybridLogicalClock
from app.headoffice import schema
from app.headoffice.db import epoch_of, lock_stream, new_id, now_iso, reader
from app.headoffice.edge import EdgeEnrollResponse
from app.headoffice.errors import ApiError, unauthenticated
from app.headoffice.rows import RowState, Transaction
from app.protocol.wire import (
    REFERENCE_STREAM_PREFIX,
    EnrollRequest,
    ErrorCode,
    dealer_stream,
)
from app.store.registry import REFERENCE_STREAMS

log = logging.getLogger(__name__)

ENROLL_TTL = timedelta(hours=24)
_HQ_CLOCK = HybridLogicalClock("hq")
PLACEHOLDER_HLC = "0000000000000000-00000-hq"
"""Stamp of a value head office fills in only so a row is complete (a new dealer's code as its
name): older than any real edit, so a dealer's own value always wins, without a conflict."""


@dataclass(frozen=True)
class DeviceIdentity:
    id: str
    dealer_id: str
    dealer_code: str
    name: str
    status: str
    last_local_seq: int

    @property
    def stream(self) -> str:
        return dealer_stream(self.dealer_id)

    def may_read(self, stream: str) -> bool:
        return stream == self.stream or stream.startswith(REFERENCE_STREAM_PREFIX)


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def code_hash(code: str) -> str:
    return hashlib.sha256(normalize_code(code).encode()).hexdigest()


def ensure_dealer(conn: Connection, dealer_code: str, name: str | None = None) -> str:
    """The dealer's id, creating the dealer (and its stream) on first use."""
    row = conn.execute(
        select(schema.dealer.c.id).where(schema.dealer.c.code == dealer_code)
    ).first()
    if row is not None:
        return str(row[0])
    dealer_id = str(uuid.uuid4())
    conn.execute(
        insert(schema.dealer).values(
            id=dealer_id, code=dealer_code, name=name or dealer_code, created_at=now_iso()
        )
    )
    stream = dealer_stream(dealer_id)
    head = lock_stream(conn, stream)
    # The dealer's own record flows down its stream, so a new workstation learns its dealer.
    # Head office invents nothing that competes with the dealer's set-up (issue 12 item 3):
    # a name it was not given carries the placeholder stamp that every bay's value beats.
    stamp = _HQ_CLOCK.now() if name else PLACEHOLDER_HLC
    tx = Transaction(conn)
    tx.add(
        RowState(
            tbl="dealer",
            row_id=dealer_id,
            dealer_id=dealer_id,
            stream=stream,
            sync_class="draft",
            row={
                "id": dealer_id,
                "dealer_id": dealer_id,
                "code": dealer_code,
                "name": name or dealer_code,
            },
            field_hlc={"code": PLACEHOLDER_HLC, "name": stamp},
            field_version={"code": 1, "name": 1},
            server_version=1,
            last_device_id=_HQ_CLOCK.device_id,
        )
    )
    tx.write({stream: head})
    return dealer_id


def create_enrollment_code(
    engine: Engine, dealer_code: str, name: str = "", ttl: timedelta = ENROLL_TTL
) -> str:
    """A fresh one-time code (128 random bits, base32, grouped for typing); only its hash is
    stored. `ttl` may be negative in tests to make an already expired code."""
    raw = base64.b32encode(secrets.token_bytes(16)).decode().rstrip("=")
    code = "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    now = datetime.now(UTC)
    with engine.begin() as conn:
        dealer_id = ensure_dealer(conn, dealer_code)
        conn.execute(
            insert(schema.enrollment_code).values(
                code_hash=code_hash(code),
                dealer_id=dealer_id,
                name=name,
                created_at=now_iso(now),
                expires_at=now_iso(now + ttl),
            )
        )
    return code


WORKSTATION_CODES = (*"ABCDEFGHJKLMNPQRSTUVWXYZ", *(f"W{n}" for n in range(1, 1000)))
"""The order bays of one dealer get their codes in (the first is the set-up default "A")."""


def next_workstation_code(conn: Connection, dealer_id: str) -> str:
    """The code of the dealer's next workstation. Call with the dealer row locked: codes are
    handed out in enrollment order, revoked devices keep theirs (never reused)."""
    taken = conn.execute(
        select(func.count())
        .select_from(schema.device)
        .where(schema.device.c.dealer_id == dealer_id)
    ).scalar_one()
    index = int(taken)
    return WORKSTATION_CODES[index] if index < len(WORKSTATION_CODES) else f"W{index}"


def enroll(engine: Engine, request: EnrollRequest) -> EdgeEnrollResponse:
    invalid = ApiError(
        403, ErrorCode.ENROLL_CODE_INVALID, "enrollment code unknown, used or expired"
    )
    now = now_iso()
    with engine.begin() as conn:
        ec = schema.enrollment_code
        row = conn.execute(
            select(ec).where(ec.c.code_hash == code_hash(request.code)).with_for_update()
        ).first()
        if row is None or row.expires_at <= now:
            raise invalid
        if row.used_at is not None:
            # The same workstation asking again (its answer was lost, or it was killed before
            # it stored it; issue 12, a join cut at any point): the same answer, once more.
            replay = _replayed_enrollment(conn, row, request)
            if replay is None:
                raise invalid
            return replay
        device_id = request.device_id or uuid.uuid4().hex
        if conn.execute(select(schema.device.c.id).where(schema.device.c.id == device_id)).first():
            raise ApiError(409, ErrorCode.DEVICE_ID_TAKEN, "device id already enrolled")
        # Single use even under concurrent redemption: the guarded UPDATE decides.
        used = conn.execute(
            update(ec)
            .where(ec.c.code_hash == row.code_hash, ec.c.used_at.is_(None))
            .values(used_at=now, used_by=device_id)
        )
        if used.rowcount != 1:
            raise invalid
        conn.execute(
            select(schema.dealer.c.id).where(schema.dealer.c.id == row.dealer_id).with_for_update()
        )  # one enrollment per dealer at a time: distinct workstation codes
        workstation_code = next_workstation_code(conn, row.dealer_id)
        conn.execute(
            insert(schema.device).values(
                id=device_id,
                dealer_id=row.dealer_id,
                name=row.name,
                token_hash=request.secret_sha256,
                status="active",
                hostname=request.hostname[:200],
                app_version=request.app_version[:64],
                enrolled_at=now,
                last_local_seq=0,
            )
        )
        dealer = conn.execute(
            select(schema.dealer).where(schema.dealer.c.id == row.dealer_id)
        ).one()
        epoch = epoch_of(conn)
    log.info("device %s enrolled for dealer %s", device_id, dealer.code)
    return EdgeEnrollResponse(
        workstation_code=workstation_code,
        device_id=device_id,
        dealer_id=dealer.id,
        dealer_code=dealer.code,
        dealer_name=dealer.name,
        workstation_name=row.name,
        epoch=epoch,
        streams=[dealer_stream(dealer.id), *sorted(set(REFERENCE_STREAMS.values()))],
        server_time=now,
    )


def _replayed_enrollment(
    conn: Connection, code: Any, request: EnrollRequest
) -> EdgeEnrollResponse | None:
    """The answer to a repeated enrollment: only the device that redeemed the code, with the
    same secret (its hash), still active. Its workstation code is the one it was given: codes
    go out in enrollment order (`next_workstation_code`)."""
    d = schema.device
    if not request.device_id or code.used_by != request.device_id:
        return None
    device = conn.execute(select(d).where(d.c.id == request.device_id)).first()
    if (
        device is None
        or device.status != "active"
        or device.dealer_id != code.dealer_id
        or not hmac.compare_digest(str(device.token_hash), request.secret_sha256)
    ):
        return None
    earlier = conn.execute(
        select(func.count())
        .select_from(d)
        .where(
            d.c.dealer_id == device.dealer_id,
            (d.c.enrolled_at < device.enrolled_at)
            | ((d.c.enrolled_at == device.enrolled_at) & (d.c.id < device.id)),
        )
    ).scalar_one()
    index = int(earlier)
    dealer = conn.execute(select(schema.dealer).where(schema.dealer.c.id == device.dealer_id)).one()
    log.info("device %s repeated its enrollment for dealer %s", device.id, dealer.code)
    return EdgeEnrollResponse(
        workstation_code=WORKSTATION_CODES[index]
        if index < len(WORKSTATION_CODES)
        else f"W{index}",
        device_id=device.id,
        dealer_id=dealer.id,
        dealer_code=dealer.code,
        dealer_name=dealer.name,
        workstation_name=code.name,
        epoch=epoch_of(conn),
        streams=[dealer_stream(dealer.id), *sorted(set(REFERENCE_STREAMS.values()))],
        server_time=now_iso(),
    )


def parse_bearer(header: str | None) -> tuple[str, str]:
    if not header or not header.startswith("Bearer "):
        raise unauthenticated()
    device_id, sep, secret = header[len("Bearer ") :].strip().partition(":")
    if not sep or not device_id or not secret:
        raise unauthenticated()
    return device_id, secret


def load_device(conn: Connection, device_id: str) -> DeviceIdentity | None:
    d, dl = schema.device, schema.dealer
    row = conn.execute(
        select(d, dl.c.code.label("dealer_code"))
        .join(dl, dl.c.id == d.c.dealer_id)
        .where(d.c.id == device_id)
    ).first()
    if row is None:
        return None
    return DeviceIdentity(
        id=row.id,
        dealer_id=row.dealer_id,
        dealer_code=row.dealer_code,
        name=row.name,
        status=row.status,
        last_local_seq=int(row.last_local_seq),
    )


def authenticate(engine: Engine, header: str | None) -> DeviceIdentity:
    device_id, secret = parse_bearer(header)
    with reader(engine) as conn:
        return check_device(conn, device_id, secret)


def check_device(
    conn: Connection, device_id: str, secret: str, lock: bool = False
) -> DeviceIdentity:
    """The device of a bearer token, checked on ``conn`` (401 unknown or wrong secret, 403
    revoked). ``lock``: the device row is locked until commit (``FOR UPDATE``), which
    serializes one device's pushes; a push authenticates this way inside its own transaction,
    one connection and one statement for both."""
    d, dl = schema.device, schema.dealer
    stmt = (
        select(d, dl.c.code.label("dealer_code"))
        .join(dl, dl.c.id == d.c.dealer_id)
        .where(d.c.id == device_id)
    )
    if lock:
        stmt = stmt.with_for_update(of=d)
    row = conn.execute(stmt).first()
    presented = hashlib.sha256(secret.encode()).hexdigest()
    if row is None or not hmac.compare_digest(presented, row.token_hash):
        raise unauthenticated()
    if row.status != "active":
        raise ApiError(403, ErrorCode.DEVICE_REVOKED, "this workstation has been revoked")
    return DeviceIdentity(
        id=row.id,
        dealer_id=row.dealer_id,
        dealer_code=row.dealer_code,
        name=row.name,
        status=row.status,
        last_local_seq=int(row.last_local_seq),
    )


def revoke_device(engine: Engine, device_id: str) -> int:
    """Refuse the device from now on; returns its last acked local_seq (SYNC.md §7.5: shows
    what a lost workstation may still hold unsynced)."""
    with engine.begin() as conn:
        result = conn.execute(
            update(schema.device)
            .where(schema.device.c.id == device_id)
            .values(status="revoked", revoked_at=now_iso())
        )
        if result.rowcount != 1:
            raise KeyError(device_id)
        seq = conn.execute(
            select(schema.device.c.last_local_seq).where(schema.device.c.id == device_id)
        ).scalar_one()
    return int(seq)


__all__ = [
    "DeviceIdentity",
    "authenticate",
    "check_device",
    "create_enrollment_code",
    "enroll",
    "ensure_dealer",
    "new_id",
    "revoke_device",
]
