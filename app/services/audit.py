"""The append-only, hash-chained audit log (ARCHITECTURE.md "Data").

Each event on a workstation carries the SHA-256 of the previous one; `verify_chain` recomputes
every hash and finds any edited, inserted or removed event. The database already refuses
updates and deletes (triggers); the chain catches what goes around the database.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.services.dto import AuditVerdict
from app.store.engine import get_state, set_state
from app.store.models import AuditEvent

GENESIS = "0" * 64


def _digest(
    prev: str,
    workstation_id: str,
    seq: int,
    at: datetime,
    staff_id: str | None,
    action: str,
    subject: str,
    detail: str,
) -> str:
    body = json.dumps(
        [prev, workstation_id, seq, at.isoformat(), staff_id, action, subject, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode()).hexdigest()


def record(
    session: Session,
    *,
    dealer_id: str,
    workstation_id: str,
    at: datetime,
    staff_id: str | None,
    action: str,
    subject: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.sha256)
        .where(AuditEvent.workstation_id == workstation_id)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    detail_json = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str)
    event = AuditEvent(
        dealer_id=dealer_id,
        workstation_id=workstation_id,
        seq=seq,
        at=at,
        staff_id=staff_id,
        action=action,
        subject=subject,
        detail=detail_json,
        prev_sha256=prev,
        sha256=_digest(prev, workstation_id, seq, at, staff_id, action, subject, detail_json),
        created_at=at,
    )
    session.add(event)
    session.flush()  # Session.flush(objects) is deprecated in SQLAlchemy 2.1
    # The head is kept apart from the chain, so removing the newest events is noticed too.
    set_state(session, f"audit_head:{workstation_id}", f"{seq}:{event.sha256}")
    return event


def verify_chain(session: Session) -> AuditVerdict:
    """Recompute each workstation's chain; report every broken link."""
    problems: list[str] = []
    checked = 0
    workstations = session.execute(
        text("SELECT DISTINCT workstation_id FROM audit_event")
    ).scalars()
    for workstation_id in list(workstations):
        prev = GENESIS
        expected_seq = 1
        rows = session.execute(
            select(AuditEvent)
            .where(AuditEvent.workstation_id == workstation_id)
            .order_by(AuditEvent.seq)
        ).scalars()
        for event in rows:
            checked += 1
            if event.seq != expected_seq:
                problems.append(
                    f"{workstation_id}: event {expected_seq} missing before {event.seq}"
                )
            if event.prev_sha256 != prev:
                problems.append(
                    f"{workstation_id}: event {event.seq} does not follow its predecessor"
                )
            digest = _digest(
                event.prev_sha256,
                event.workstation_id,
                event.seq,
                event.at,
                event.staff_id,
                event.action,
                event.subject,
                event.detail,
            )
            if digest != event.sha256:
                problems.append(f"{workstation_id}: event {event.seq} was altered")
            prev = event.sha256
            expected_seq = event.seq + 1
        head = get_state(session, f"audit_head:{workstation_id}")
        if head is not None and head != f"{expected_seq - 1}:{prev}":
            problems.append(f"{workstation_id}: the newest events were removed (head {head})")
    return AuditVerdict(ok=not problems, checked=checked, problems=tuple(problems))
