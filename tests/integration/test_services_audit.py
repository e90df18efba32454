"""The hash-chained audit log: intact after a real workflow, and any edited, removed or
appended event is found. To tamper at all, the insert-only trigger must first be dropped with
raw SQL, which is exactly what a forger with the database file would do.

One sequence per workstation runs over audit events and case events (issue 12: a case
event is the audit entry of its action, not copied); tampering is found in either."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.services import audit
from app.services.dto import AuditVerdict
from app.services.setup import open_workstation
from app.store.models import AuditEvent, CaseEvent


def _verify(ws: Any) -> AuditVerdict:
    with ws.ctx.db.read() as session:
        return audit.verify_chain(session)


def _raw(ws: Any, *statements: str, **params: object) -> None:
    with ws.ctx.db.write() as session:
        for sql in statements:
            session.execute(text(sql), params)


def _drop_guards(ws: Any) -> None:
    _raw(
        ws,
        "DROP TRIGGER trg_audit_event_bu",
        "DROP TRIGGER trg_audit_event_bd",
        "DROP TRIGGER trg_case_event_bu",
        "DROP TRIGGER trg_case_event_bd",
    )


def _seqs(ws: Any, table: str) -> list[int]:
    column = "seq" if table == "audit_event" else "chain_seq"
    with ws.ctx.db.read() as session:
        return sorted(
            int(s)
            for s in session.execute(
                text(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")
            ).scalars()
        )


def _link(ws: Any, table: str, after: int = 1) -> int:
    """A link held in `table` past the first `after` links."""
    return next(s for s in _seqs(ws, table) if s > after)


@pytest.fixture
def audited(workshop: Any) -> Any:
    case_id = workshop.walk_in()
    workshop.drive(case_id, "closed")
    head = str(workshop.scalar("SELECT v FROM sync_state WHERE k LIKE 'audit_head:%'"))
    workshop.newest = int(head.split(":")[0])
    assert workshop.newest > 20
    assert len(_seqs(workshop, "audit_event")) > 3
    assert len(_seqs(workshop, "case_event")) > 10
    return workshop


def test_chain_is_intact_after_a_workflow(audited: Any) -> None:
    verdict = _verify(audited)
    assert verdict.ok
    assert verdict.problems == ()
    links = _seqs(audited, "audit_event") + _seqs(audited, "case_event")
    assert verdict.checked == len(links)
    assert sorted(links) == list(range(1, audited.newest + 1))  # one sequence, both logs
    assert audited.scalar("SELECT prev_sha256 FROM audit_event WHERE seq = 1") == audit.GENESIS
    head = audited.scalar("SELECT v FROM sync_state WHERE k LIKE 'audit_head:%'")
    last = audited.scalar(
        "SELECT sha256 FROM audit_event WHERE seq = :s UNION ALL "
        "SELECT chain_sha256 FROM case_event WHERE chain_seq = :s",
        s=audited.newest,
    )
    assert head == f"{audited.newest}:{last}"


def test_case_actions_are_one_fact_shown_in_the_trail(audited: Any) -> None:
    """Issue 12: no audit_event copy of a case event; the trail still shows the action with
    its case's order number and states."""
    assert audited.scalar("SELECT count(*) FROM audit_event WHERE action = 'close'") == 0
    with audited.ctx.db.read() as session:
        closes = audit.trail(session, action="close")
        order_no = session.execute(text("SELECT order_no FROM service_case")).scalar_one()
    assert [(e.subject, e.detail["to"]) for e in closes] == [(order_no, "closed")]


def test_the_database_refuses_tampering_while_guarded(audited: Any) -> None:
    with pytest.raises(DBAPIError, match="insert-only"):
        _raw(audited, "UPDATE audit_event SET detail = '{}' WHERE seq > 1")
    with pytest.raises(DBAPIError, match="insert-only"):
        _raw(audited, "UPDATE case_event SET detail = '{}' WHERE chain_seq IS NOT NULL")
    with pytest.raises(DBAPIError, match="insert-only"):
        _raw(audited, "DELETE FROM audit_event WHERE seq = :s", s=_seqs(audited, "audit_event")[-1])
    with pytest.raises(DBAPIError, match="insert-only"):
        _raw(audited, "DELETE FROM case_event WHERE chain_seq = :s", s=audited.newest)
    assert _verify(audited).ok


def test_an_edited_event_is_found(audited: Any) -> None:
    _drop_guards(audited)
    logged = _link(audited, "audit_event")
    timeline = _link(audited, "case_event", after=logged)
    _raw(audited, "UPDATE audit_event SET detail = '{\"forged\": true}' WHERE seq = :s", s=logged)
    _raw(audited, "UPDATE case_event SET to_state = 'closed' WHERE chain_seq = :s", s=timeline)
    verdict = _verify(audited)
    assert not verdict.ok
    assert any(f"event {logged} was altered" in p for p in verdict.problems)
    assert any(f"event {timeline} was altered" in p for p in verdict.problems)


def test_an_edited_event_with_a_recomputed_hash_breaks_the_next_link(audited: Any) -> None:
    _drop_guards(audited)
    logged = _seqs(audited, "audit_event")
    target = next(s for s in logged if s > 1 and s + 1 in logged)
    with audited.ctx.db.write() as session:
        event = session.execute(select(AuditEvent).where(AuditEvent.seq == target)).scalar_one()
        detail = json.dumps({"forged": True})
        digest = audit._digest(
            event.prev_sha256,
            event.workstation_id,
            event.seq,
            event.at,
            event.staff_id,
            event.action,
            event.subject,
            detail,
        )
        session.execute(
            text("UPDATE audit_event SET detail = :d, sha256 = :h WHERE seq = :s"),
            {"d": detail, "h": digest, "s": target},
        )
    verdict = _verify(audited)
    assert not verdict.ok
    assert not any(f"event {target} was altered" in p for p in verdict.problems)
    assert any(f"event {target + 1} does not follow its predecessor" in p for p in verdict.problems)


def test_a_case_event_with_a_recomputed_hash_breaks_the_next_link(audited: Any) -> None:
    _drop_guards(audited)
    chained = _seqs(audited, "case_event")
    target = next(s for s in chained if s > 1 and s + 1 in chained)
    with audited.ctx.db.write() as session:
        prev = session.execute(
            text(
                # digests are stored as 32 bytes (app.store.types.Sha256)
                "SELECT sha_text(sha256) FROM audit_event WHERE seq = :s UNION ALL "
                "SELECT sha_text(chain_sha256) FROM case_event WHERE chain_seq = :s"
            ),
            {"s": target - 1},
        ).scalar_one()
        event = session.execute(select(CaseEvent).where(CaseEvent.chain_seq == target)).scalar_one()
        digest = audit.case_digest(
            prev, event.workstation_id or "", target, event.at, event.staff_id, event.kind,
            event.case_id, event.from_state, "closed", event.detail,
        )  # fmt: skip
        session.execute(
            text("UPDATE case_event SET to_state = 'closed', chain_sha256 = sha_blob(:h) "
                 "WHERE chain_seq = :s"),
            {"h": digest, "s": target},
        )  # fmt: skip
    verdict = _verify(audited)
    assert not verdict.ok
    assert not any(f"event {target} " in p for p in verdict.problems)
    assert any(f"event {target + 1} " in p for p in verdict.problems)


def test_a_removed_middle_event_is_found(audited: Any) -> None:
    _drop_guards(audited)
    _raw(audited, "DELETE FROM audit_event WHERE seq = 7")
    verdict = _verify(audited)
    assert not verdict.ok
    assert any("event 7 missing before 8" in p for p in verdict.problems)
    assert any("event 8 " in p for p in verdict.problems)  # its link no longer holds


def test_a_removed_case_event_is_found(audited: Any) -> None:
    _drop_guards(audited)
    gone = _link(audited, "case_event", after=10)
    _raw(audited, "DELETE FROM case_event WHERE chain_seq = :s", s=gone)
    verdict = _verify(audited)
    assert not verdict.ok
    assert any(f"event {gone} missing before {gone + 1}" in p for p in verdict.problems)


def test_removed_newest_events_are_found(audited: Any) -> None:
    _drop_guards(audited)
    _raw(audited, "DELETE FROM audit_event WHERE seq > :s", s=audited.newest - 3)
    _raw(audited, "DELETE FROM case_event WHERE chain_seq > :s", s=audited.newest - 3)
    verdict = _verify(audited)
    assert not verdict.ok
    assert verdict.checked == audited.newest - 3
    assert any("newest events were removed" in p for p in verdict.problems)


def test_an_appended_forgery_is_found(audited: Any) -> None:
    """A forged event chained correctly onto the newest one still does not match the head
    kept apart from the chain."""
    head = str(audited.scalar("SELECT v FROM sync_state WHERE k LIKE 'audit_head:%'"))
    with audited.ctx.db.write() as session:
        last = session.execute(select(AuditEvent).order_by(AuditEvent.seq.desc())).scalars().first()
        assert last is not None
        seq = audited.newest + 1
        prev = head.split(":", 1)[1]
        digest = audit._digest(prev, last.workstation_id, seq, last.at, None, "forged", "x", "{}")
        session.add(
            AuditEvent(
                dealer_id=last.dealer_id,
                workstation_id=last.workstation_id,
                seq=seq,
                at=last.at,
                staff_id=None,
                action="forged",
                subject="x",
                detail="{}",
                prev_sha256=prev,
                sha256=digest,
                created_at=last.at,
            )
        )
    verdict = _verify(audited)
    assert not verdict.ok
    assert len(verdict.problems) == 1


def test_the_chain_continues_after_reopening(audited: Any) -> None:
    audited.ctx.db.dispose()
    ctx = open_workstation(audited.data_dir).at(audited.clock)
    try:
        audited.ctx = ctx
        audited.walk_in(phone="13800138111")
        with ctx.db.read() as session:
            verdict = audit.verify_chain(session)
        assert verdict.ok, verdict.problems
        assert verdict.checked > audited.newest
    finally:
        ctx.db.dispose()
