"""The hash-chained audit log: intact after a real workflow, and any edited, removed or
appended event is found. To tamper at all, the insert-only trigger must first be dropped with
raw SQL, which is exactly what a forger with the database file would do."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.services import audit
from app.services.dto import AuditVerdict
from app.services.setup import open_workstation
from app.store.models import AuditEvent


def _verify(ws: Any) -> AuditVerdict:
    with ws.ctx.db.read() as session:
        return audit.verify_chain(session)


def _raw(ws: Any, *statements: str, **params: object) -> None:
    with ws.ctx.db.write() as session:
        for sql in statements:
            session.execute(text(sql), params)


def _drop_guards(ws: Any) -> None:
    _raw(ws, "DROP TRIGGER trg_audit_event_bu", "DROP TRIGGER trg_audit_event_bd")


@pytest.fixture
def audited(workshop: Any) -> Any:
    case_id = workshop.walk_in()
    workshop.drive(case_id, "closed")
    workshop.newest = int(workshop.scalar("SELECT max(seq) FROM audit_event"))
    assert workshop.newest > 30
    return workshop


def test_chain_is_intact_after_a_workflow(audited: Any) -> None:
    verdict = _verify(audited)
    assert verdict.ok
    assert verdict.problems == ()
    assert verdict.checked == audited.scalar("SELECT count(*) FROM audit_event")
    assert audited.scalar("SELECT min(seq) FROM audit_event") == 1
    assert audited.scalar("SELECT prev_sha256 FROM audit_event WHERE seq = 1") == audit.GENESIS
    head = audited.scalar("SELECT v FROM sync_state WHERE k LIKE 'audit_head:%'")
    last = audited.scalar("SELECT sha256 FROM audit_event WHERE seq = :s", s=audited.newest)
    assert head == f"{audited.newest}:{last}"


def test_the_database_refuses_tampering_while_guarded(audited: Any) -> None:
    with pytest.raises(DBAPIError, match="insert-only"):
        _raw(audited, "UPDATE audit_event SET detail = '{}' WHERE seq = 3")
    with pytest.raises(DBAPIError, match="insert-only"):
        _raw(audited, "DELETE FROM audit_event WHERE seq = :s", s=audited.newest)
    assert _verify(audited).ok


def test_an_edited_event_is_found(audited: Any) -> None:
    _drop_guards(audited)
    _raw(audited, "UPDATE audit_event SET detail = '{\"forged\": true}' WHERE seq = 5")
    verdict = _verify(audited)
    assert not verdict.ok
    assert any("event 5 was altered" in p for p in verdict.problems)


def test_an_edited_event_with_a_recomputed_hash_breaks_the_next_link(audited: Any) -> None:
    _drop_guards(audited)
    with audited.ctx.db.write() as session:
        event = session.execute(select(AuditEvent).where(AuditEvent.seq == 5)).scalar_one()
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
            text("UPDATE audit_event SET detail = :d, sha256 = :h WHERE seq = 5"),
            {"d": detail, "h": digest},
        )
    verdict = _verify(audited)
    assert not verdict.ok
    assert not any("event 5 was altered" in p for p in verdict.problems)
    assert any("event 6 does not follow its predecessor" in p for p in verdict.problems)


def test_a_removed_middle_event_is_found(audited: Any) -> None:
    _drop_guards(audited)
    _raw(audited, "DELETE FROM audit_event WHERE seq = 7")
    verdict = _verify(audited)
    assert not verdict.ok
    assert any("event 7 missing before 8" in p for p in verdict.problems)
    assert any("event 8 does not follow its predecessor" in p for p in verdict.problems)


def test_removed_newest_events_are_found(audited: Any) -> None:
    _drop_guards(audited)
    _raw(audited, "DELETE FROM audit_event WHERE seq > :s", s=audited.newest - 3)
    verdict = _verify(audited)
    assert not verdict.ok
    assert verdict.checked == audited.newest - 3
    assert any("newest events were removed" in p for p in verdict.problems)


def test_an_appended_forgery_is_found(audited: Any) -> None:
    """A forged event chained correctly onto the newest one still does not match the head
    kept apart from the chain."""
    with audited.ctx.db.write() as session:
        last = session.execute(
            select(AuditEvent).where(AuditEvent.seq == audited.newest)
        ).scalar_one()
        seq = last.seq + 1
        digest = audit._digest(
            last.sha256, last.workstation_id, seq, last.at, None, "forged", "x", "{}"
        )
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
                prev_sha256=last.sha256,
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
