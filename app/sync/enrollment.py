"""Enrolling a workstation with head office (SYNC.md §7.1): the secret made here, the
server address and TLS checks, re-binding the local rows to head office's dealer id and
queueing what head office has never been sent; or joining an existing dealer.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text

from app.domain.errors import UserError, ValidationError
from app.domain.ids import uuid7
from app.protocol.wire import (
    EnrollRequest,
    EnrollResponse,
    ErrorCode,
    MetaResponse,
    secret_sha256,
)
from app.store.engine import (
    applying_remote,
    get_state,
    set_state,
)
from app.store.functions import id_bytes
from app.store.models import SyncOutbox
from app.store.registry import SYNCED_TABLES
from app.store.triggers import (
    drop_sync_triggers,
    install_sync_triggers,
    lengthen_device_stamps,
)
from app.sync import local
from app.sync import messages as _messages  # noqa: F401  (registers sync.* codes)
from app.sync.transport import (
    APP_VERSION,
    PULL_TIMEOUT,
    Enrollment,
    RoundReport,
    Transport,
    _error_body,
    _now_iso,
    _timeout,
    _unreachable,
    check_server_url,
    tls_verify,
)

log = logging.getLogger(__name__)

PENDING_ENROLLMENT = "enroll_pending"
"""sync_state key: the device id and secret of an enrollment sent but not yet bound."""


class Enrolling(Transport):
    """Enrollment (SYNC.md §7.1) and joining a dealer that already exists at head office."""

    def pull(self, report: RoundReport, meta: MetaResponse) -> None:
        raise NotImplementedError  # the push/pull step provides it

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
        device_id, secret = self._pending_enrollment(server_url, code)
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
            refusal = _error_body(response).get("code")
            if refusal == ErrorCode.ENROLL_CODE_INVALID:
                raise UserError("sync.enroll_code_invalid")
            if refusal == ErrorCode.DEVICE_ID_TAKEN:
                raise UserError("sync.device_id_taken", device=device_id)
            raise UserError("sync.enroll_refused", reason=f"HTTP {response.status_code}")
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

    def _pending_enrollment(self, server_url: str, code: str) -> tuple[str, str]:
        """The device id and secret this enrollment sends, stored before it is sent: killed
        after head office redeemed the code but before the answer was stored, the workstation
        asks again with the same code and the same secret, and head office answers the same
        (issue 12: a join resumes from any point). The secret sits where the enrolled one
        will (the private data directory)."""
        key = hashlib.sha256(f"{server_url}\n{code.strip()}".encode()).hexdigest()
        with self.db.write() as session:
            pending = json.loads(get_state(session, PENDING_ENROLLMENT) or "{}")
            if pending.get("key") == key and pending.get("device_id") and pending.get("secret"):
                return str(pending["device_id"]), str(pending["secret"])
            device_id = get_state(session, "device_id") or uuid7()
            secret = secrets.token_urlsafe(32)
            set_state(
                session,
                PENDING_ENROLLMENT,
                json.dumps({"key": key, "device_id": device_id, "secret": secret}),
            )
        return device_id, secret

    def _bind(
        self, server_url: str, secret: str, info: EnrollResponse, ca_file: str | None = None
    ) -> int:
        rebound = 0
        with self.db.write() as session:
            set_state(session, PENDING_ENROLLMENT, None)  # with the binding, or not at all
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
            if get_state(session, "device_id") != info.device_id:
                # Short outbox stamps name this device's id: stored whole before it changes.
                lengthen_device_stamps(session.connection())
            for key, value in (
                ("server_url", server_url),
                ("device_id", info.device_id),
                ("device_secret", secret),
                ("dealer_id", info.dealer_id),
                ("dealer_code", info.dealer_code),
                ("hq_epoch", info.epoch),
                ("enrolled_at", _now_iso()),
                ("ca_file", ca_file or None),
                ("hq_workstation_code", info.workstation_code or None),
            ):
                set_state(session, key, value)
            if old and info.workstation_code:
                adopt_workstation_code(session, info.workstation_code)
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
            taken = local.workstation_codes(session)
            # Head office's code numbers this bay's orders (issue 12 item 7): two bays that
            # join before either synced never share one. Guessing from the workstations
            # pulled so far is only for a server that did not send one.
            code = get_state(session, "hq_workstation_code") or next(
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


def adopt_workstation_code(session: Any, code: str) -> None:
    """This bay set its dealer up itself (workstation code "A" by default) and head office
    allocated it another code at enrollment: order numbers from now on carry head office's,
    so no two bays of the dealer number orders alike. Orders already numbered keep theirs.
    The workstation row's change is captured and reaches head office like any edit."""
    current = get_state(session, "workstation_code")
    if current == code:
        return
    workstation_id = get_state(session, "workstation_id")
    if workstation_id:
        session.execute(
            text("UPDATE workstation SET code = :code WHERE id = :id"),
            {"code": code, "id": id_bytes(workstation_id)},
        )
    set_state(session, "workstation_code", code)
    log.info("workstation code %s -> %s (allocated by head office)", current, code)


def rebind_dealer(session: Any, old: str, new: str) -> int:
    """Give every local row head office's id of this dealer, in the caller's transaction.

    Nothing is captured as a change (triggers are lifted for the statement and reinstalled):
    the rows' outbox entries, not yet pushed, are rewritten to carry the new id instead, with
    their payload hashes, so head office receives each row once, under its dealer."""
    conn = session.connection()
    rebound = 0
    stored = {"new": id_bytes(new), "old": id_bytes(old)}  # as the rows hold them
    with applying_remote(session):
        for table in SYNCED_TABLES:
            drop_sync_triggers(conn, table)
        for table in SYNCED_TABLES:
            result = conn.execute(
                text(f'UPDATE "{table}" SET dealer_id = :new WHERE dealer_id = :old'),
                stored,
            )
            rebound += int(result.rowcount or 0)
        conn.execute(text('UPDATE "dealer" SET id = :new WHERE id = :old'), stored)
        for entry in session.query(SyncOutbox).all():
            if not entry.fields:
                continue  # an insert-only row's entry: read from the (rebound) row when pushed
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
                entry.payload_sha = ""  # derived when pushed, from these fields
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
