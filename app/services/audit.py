"""The append-only, hash-chained audit log (ARCHITECTURE.md "Data").

Each event on a workstation carries the SHA-256 of the previous one (one sequence per
workstation over audit events and case events: a case's timeline entry is the audit entry of
its action, never copied into audit_event, issue 12); `verify_chain` recomputes
every hash and finds any edited, inserted or removed event. The database already refuses
updates and deletes (triggers); the chain catches what goes around the database.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.services import timeline
from app.services.dto import AuditVerdict
from app.store.engine import get_state, set_state
from app.store.functions import digest_text, id_bytes
from app.store.models import AuditEvent, CaseEvent, ServiceCase

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


def _head(session: Session, workstation_id: str) -> tuple[int, str]:
    """(seq, sha256) of this workstation's newest chain link: the head kept apart from the
    chain (one lookup, whichever table the link is in), or the newest link found."""
    head = get_state(session, f"audit_head:{workstation_id}")
    if head:
        seq, sha = head.split(":", 1)
        return int(seq), sha
    found = (0, GENESIS)
    for table, seq_col, sha_col in (
        ("audit_event", "seq", "sha256"),
        ("case_event", "chain_seq", "chain_sha256"),
    ):
        row = session.execute(
            text(
                f"SELECT {seq_col}, {sha_col} FROM {table} WHERE workstation_id = :w "
                f"AND {seq_col} IS NOT NULL ORDER BY {seq_col} DESC LIMIT 1"
            ),
            {"w": id_bytes(workstation_id)},
        ).first()
        if row is not None and int(row[0]) > found[0]:
            found = (int(row[0]), str(digest_text(row[1])))  # 32 bytes stored (0022)
    return found


def _set_head(session: Session, workstation_id: str, seq: int, sha: str) -> None:
    # The head is kept apart from the chain, so removing the newest events is noticed too.
    set_state(session, f"audit_head:{workstation_id}", f"{seq}:{sha}")


def case_digest(
    prev: str,
    workstation_id: str,
    seq: int,
    at: datetime,
    staff_id: str | None,
    kind: str,
    case_id: str,
    from_state: str,
    to_state: str,
    detail: str,
) -> str:
    """The chain hash of a case event (every column of its fact)."""
    body = json.dumps([from_state, to_state, detail], ensure_ascii=False, separators=(",", ":"))
    return _digest(prev, workstation_id, seq, at, staff_id, kind, case_id, body)


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
    """An audit event of an action that is not a case event (log-ins, set-up, bookings…)."""
    seq, prev = _head(session, workstation_id)
    seq += 1
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
    _set_head(session, workstation_id, seq, event.sha256)
    return event


def chain_case_event(session: Session, event: CaseEvent, workstation_id: str) -> None:
    """Make a case event (not yet inserted) the next link of the workstation's chain: one log
    of each fact (issue 12), the timeline entry is the audit entry."""
    seq, prev = _head(session, workstation_id)
    seq += 1
    event.workstation_id = workstation_id
    event.chain_seq = seq
    event.chain_sha256 = case_digest(
        prev,
        workstation_id,
        seq,
        event.at,
        event.staff_id,
        event.kind,
        event.case_id,
        event.from_state,
        event.to_state,
        event.detail,
    )
    _set_head(session, workstation_id, seq, event.chain_sha256)


def chain_case_rows(session: Session, workstation_id: str, rows: list[dict[str, Any]]) -> None:
    """`chain_case_event` for case-event rows about to be bulk-inserted (the demo's
    replicated history), in list order."""
    seq, prev = _head(session, workstation_id)
    for row in rows:
        seq += 1
        row["workstation_id"] = workstation_id
        row["chain_seq"] = seq
        prev = row["chain_sha256"] = case_digest(
            prev,
            workstation_id,
            seq,
            row["at"],
            row["staff_id"],
            row["kind"],
            row["case_id"],
            row["from_state"],
            row["to_state"],
            row["detail"],
        )
    if rows:
        _set_head(session, workstation_id, seq, prev)


@dataclass(frozen=True)
class _Link:
    seq: int
    prev: str | None  # stored by audit events; a case event's is its predecessor's hash
    sha: str
    digest: Callable[[str], str]


def _links(session: Session, workstation_id: str) -> list[_Link]:
    links: list[_Link] = []
    for e in session.execute(
        select(AuditEvent).where(AuditEvent.workstation_id == workstation_id)
    ).scalars():
        links.append(
            _Link(
                e.seq,
                e.prev_sha256,
                e.sha256,
                partial(
                    _digest,
                    workstation_id=e.workstation_id,
                    seq=e.seq,
                    at=e.at,
                    staff_id=e.staff_id,
                    action=e.action,
                    subject=e.subject,
                    detail=e.detail,
                ),
            )
        )
    for c in session.execute(
        select(CaseEvent).where(
            CaseEvent.workstation_id == workstation_id, CaseEvent.chain_seq.is_not(None)
        )
    ).scalars():
        assert c.chain_seq is not None
        links.append(
            _Link(
                c.chain_seq,
                None,
                c.chain_sha256 or "",
                partial(
                    case_digest,
                    workstation_id=workstation_id,
                    seq=c.chain_seq,
                    at=c.at,
                    staff_id=c.staff_id,
                    kind=c.kind,
                    case_id=c.case_id,
                    from_state=c.from_state,
                    to_state=c.to_state,
                    detail=c.detail,
                ),
            )
        )
    links.sort(key=lambda link: link.seq)
    return links


def verify_chain(session: Session) -> AuditVerdict:
    """Recompute each workstation's chain (its audit events and chained case events in one
    sequence); report every broken link."""
    problems: list[str] = []
    checked = 0
    workstations = session.execute(
        text(
            "SELECT uuid_text(workstation_id) FROM audit_event UNION "
            "SELECT uuid_text(workstation_id) FROM case_event WHERE chain_seq IS NOT NULL"
        )
    ).scalars()
    for workstation_id in sorted(str(w) for w in workstations):
        prev = GENESIS
        expected_seq = 1
        for link in _links(session, workstation_id):
            checked += 1
            if link.seq != expected_seq:
                problems.append(f"{workstation_id}: event {expected_seq} missing before {link.seq}")
            if link.prev is not None and link.prev != prev:
                problems.append(
                    f"{workstation_id}: event {link.seq} does not follow its predecessor"
                )
            if link.digest(link.prev if link.prev is not None else prev) != link.sha:
                # A case event does not store its predecessor's hash: an edit of it and a
                # broken link before it look the same.
                maybe = "" if link.prev is not None else " (or does not follow its predecessor)"
                problems.append(f"{workstation_id}: event {link.seq} was altered{maybe}")
            prev = link.sha
            expected_seq = link.seq + 1
        head = get_state(session, f"audit_head:{workstation_id}")
        if head is not None and head != f"{expected_seq - 1}:{prev}":
            problems.append(f"{workstation_id}: the newest events were removed (head {head})")
    return AuditVerdict(ok=not problems, checked=checked, problems=tuple(problems))


@dataclass(frozen=True)
class Entry:
    """One line of the audit trail, whichever log holds the fact."""

    at: datetime
    staff_id: str | None
    action: str
    subject: str
    detail: dict[str, Any]


def trail(session: Session, action: str | None = None, subject: str | None = None) -> list[Entry]:
    """The audit trail as one view: audit events, case events as the audit entries of
    their actions (subject the case's order number, detail with from/to states, as the
    audit copy written before issue 12 had them), and the facts rows record in place of an
    event (`app.services.timeline`: a line added or decided, a part fitted, media attached,
    a fitted part's packaging shown, handed over or disposed of; not links of the hash chain:
    an edit of the row they are read from is not caught by `verify_chain`, the price of
    keeping each fact once), oldest first."""
    entries: list[Entry] = []
    query = select(AuditEvent)
    if action is not None:
        query = query.where(AuditEvent.action == action)
    if subject is not None:
        query = query.where(AuditEvent.subject == subject)
    for e in session.execute(query).scalars():
        entries.append(Entry(e.at, e.staff_id, e.action, e.subject, json.loads(e.detail or "{}")))
    cases = (
        select(CaseEvent, ServiceCase.order_no)
        .join(ServiceCase, ServiceCase.id == CaseEvent.case_id)
        .where(CaseEvent.chain_seq.is_not(None))
    )
    if action is not None:
        cases = cases.where(CaseEvent.kind == action)
    if subject is not None:
        cases = cases.where(ServiceCase.order_no == subject)
    rows = [(c, order_no, json.loads(c.detail or "{}")) for c, order_no in session.execute(cases)]
    # Facts a row records (a line added or decided, a part fitted, media attached; a
    # packaging step since 0023) are not case events since 0019 (issue 12): their entries
    # come from those rows, in place of the events written before (`timeline.reconcile`).
    kinds = timeline.KINDS if action is None else (action,)
    found: list[timeline.Fact] = []
    if set(kinds) & set(timeline.KINDS):
        case_ids: list[str] | None = None
        if subject is not None:
            case_ids = list(
                session.execute(
                    select(ServiceCase.id).where(ServiceCase.order_no == subject)
                ).scalars()
            )
        found = timeline.facts(session, case_ids, kinds)
    hidden, shown = timeline.reconcile(((c.case_id, c.kind, d) for c, _o, d in rows), found)
    for i, (c, order_no, detail) in enumerate(rows):
        if i not in hidden:
            full = {"from": c.from_state, "to": c.to_state, **detail}
            entries.append(Entry(c.at, c.staff_id, c.kind, order_no, full))
    if shown:
        order_nos = dict(
            session.execute(select(ServiceCase.id, ServiceCase.order_no)).tuples().all()
        )
        for f in shown:
            detail = {"from": "", "to": "", **f.detail}
            entries.append(Entry(f.at, f.staff_id, f.kind, order_nos.get(f.case_id, ""), detail))
    entries.sort(key=lambda e: e.at)
    return entries
