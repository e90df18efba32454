"""One log of each fact (issue 12): a line added, a customer's decision, a part fitted and a
photo attached are recorded by their rows only, and the timeline, the CLI's `show` and the
audit trail read them from there, each once, with who and when — on a new database and on
one migrated from 0018 whose old events of these kinds stay (links of the audit chain)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text

from app.domain.errors import ValidationError
from app.services import audit, fitting, media_files, queries, timeline
from app.services._support import add_event
from app.services.context import Actor
from app.services.reception import LineInput
from app.store import id_storage
from app.store.engine import applying_remote
from app.store.migrate import current_revision, downgrade, upgrade
from app.store.models import EstimateLine, PartUse, ServiceCase
from app.store.schema import HEAD_REVISION

from .conftest import BRAKE_PADS

KINDS = ("line_added", "decision", "part_fitted", "media_attached")


def _case_with_every_fact(ws: Any) -> str:
    """Three lines added and decided by the advisor, a part fitted and its packaging photo by
    the technician, an intake photo by the advisor, a QC evidence photo by the inspector."""
    case_id = str(ws.walk_in())
    media_files.attach_photo(ws.ctx, ws.advisor, case_id, ws.evidence_photo(1), "intake")
    ws.drive(case_id, "qc")
    with ws.ctx.db.read() as session:
        use_id = session.execute(select(PartUse.id).where(PartUse.case_id == case_id)).scalar_one()
    fitting.attach_packaging_photo(ws.ctx, ws.tech, use_id, ws.evidence_photo(2))
    ws.drive(case_id, "ready")  # the QC pass attaches an evidence photo
    return case_id


def _timeline(ws: Any, case_id: str) -> list[tuple[datetime, str, str, dict[str, object]]]:
    detail = queries.case_detail(ws.ctx, case_id)
    return [(e.at, e.kind, e.staff_name, e.detail) for e in detail.events]


def _stored_kinds(ws: Any, case_id: str) -> int:
    marks = ", ".join(f"'{k}'" for k in KINDS)
    return int(
        ws.scalar(
            f"SELECT count(*) FROM case_event WHERE case_id IN (:c, uuid_text(:c)) "
            f"AND kind IN ({marks})",
            c=case_id,
        )
    )


def _check_facts(ws: Any, case_id: str) -> None:
    entries = _timeline(ws, case_id)
    kinds = [kind for _at, kind, _who, _detail in entries]
    assert [at for at, *_ in entries] == sorted(at for at, *_ in entries)
    by_kind: dict[str, list[tuple[datetime, str, dict[str, object]]]] = {}
    for at, kind, who, detail in entries:
        by_kind.setdefault(kind, []).append((at, who, detail))
    with ws.ctx.db.read() as session:
        lines = list(
            session.execute(
                select(EstimateLine)
                .where(EstimateLine.case_id == case_id)
                .order_by(EstimateLine.sort)
            ).scalars()
        )
        use = session.execute(select(PartUse).where(PartUse.case_id == case_id)).scalar_one()
    assert len(lines) == 3
    # Each line once: added by the advisor when it was added, decided by the advisor.
    assert sorted((at, who, d["description"]) for at, who, d in by_kind["line_added"]) == sorted(
        (ln.created_at, "王芳", ln.description) for ln in lines
    )
    assert sorted((at, who, d["line"], d["decision"]) for at, who, d in by_kind["decision"]) == (
        sorted((ln.decided_at, "王芳", ln.description, ln.decision) for ln in lines)
    )
    assert {ln.added_by for ln in lines} == {ws.advisor.staff_id}
    assert {ln.decided_by for ln in lines} == {ws.advisor.staff_id}
    assert by_kind["part_fitted"] == [
        (use.fitted_at, "刘洋", {"batch": "B2026", "entry": "chosen", "part_no": BRAKE_PADS})
    ]
    media = sorted((who, str(d["purpose"])) for _at, who, d in by_kind["media_attached"])
    assert media == [("刘洋", "packaging"), ("王芳", "intake"), ("黄伟", "qc_evidence")]
    packaging = next(d for _a, _w, d in by_kind["media_attached"] if d["purpose"] == "packaging")
    assert packaging["part_no"] == BRAKE_PADS
    # In the order they happened, also against events of the same minute.
    assert kinds.index("line_added") < kinds.index("estimate")
    assert kinds.index("estimate") < kinds.index("decision") < kinds.index("request_signature")
    assert kinds.index("start_work") < kinds.index("part_fitted") < kinds.index("finish_work")
    # The audit trail shows each fact once, under the case's order number.
    with ws.ctx.db.read() as session:
        order_no = session.get(ServiceCase, case_id).order_no  # type: ignore[union-attr]
        trail = audit.trail(session, subject=order_no)
        fitted = audit.trail(session, action="part_fitted")
        verdict = audit.verify_chain(session)
    counts = {k: sum(1 for e in trail if e.action == k) for k in KINDS}
    assert counts == {"line_added": 3, "decision": 3, "part_fitted": 1, "media_attached": 3}
    assert [(e.subject, e.staff_id, e.at) for e in fitted] == [
        (order_no, ws.tech.staff_id, use.fitted_at)
    ]
    assert verdict.ok, verdict.problems


def test_facts_a_row_records_are_not_logged_again_and_show_once(workshop: Any) -> None:
    ws = workshop
    case_id = _case_with_every_fact(ws)
    assert _stored_kinds(ws, case_id) == 0
    _check_facts(ws, case_id)


def test_a_database_of_0018_shows_each_fact_once_and_gets_who_from_its_events(
    workshop: Any,
) -> None:
    ws = workshop
    case_id = _case_with_every_fact(ws)
    expected = _timeline(ws, case_id)
    with ws.ctx.db.read() as session:
        facts = timeline.facts(session, [case_id])
        opened_at = session.get(ServiceCase, case_id).opened_at  # type: ignore[union-attr]
    assert len(facts) == 10
    downgrade(ws.ctx.db.engine, "0018")
    # What 0018 wrote: an event of each fact (a link of the chain) and, for a line added at
    # reception, the case's opening time as the line's created_at. Written by today's
    # services, which store ids as 16 bytes (0021): stored so while they write, then as
    # 0018 stored them again.
    with ws.ctx.db.write() as session:
        id_storage.convert(session.connection(), binary=True)
    with ws.ctx.db.write() as session:
        case = session.get(ServiceCase, case_id)
        assert case is not None
        for fact in facts:
            actor = Actor(staff_id=fact.staff_id or "", name="", roles=())
            at_ctx = ws.ctx.at(lambda fact=fact: fact.at)
            add_event(at_ctx, session, actor, case, fact.kind, detail=fact.detail)
        with applying_remote(session):
            session.execute(
                text("UPDATE estimate_line SET created_at = :t WHERE case_id = :c"),
                {"t": opened_at, "c": case_id},
            )
    with ws.ctx.db.write() as session:
        id_storage.convert(session.connection(), binary=False)
    assert _stored_kinds(ws, case_id) == 10
    upgrade(ws.ctx.db.engine)
    assert current_revision(ws.ctx.db.engine) == HEAD_REVISION
    assert _stored_kinds(ws, case_id) == 10  # the old events stay, chained
    assert _timeline(ws, case_id) == expected
    _check_facts(ws, case_id)
    # History pulled from head office by a bay enrolled since: the lines without who added
    # or decided them (the backfill is each bay's own). Their old events tell it instead.
    with ws.ctx.db.write() as session, applying_remote(session):
        session.execute(
            text("UPDATE estimate_line SET added_by = NULL, decided_by = NULL WHERE case_id = :c"),
            {"c": case_id},
        )
    assert sorted(_timeline(ws, case_id), key=repr) == sorted(expected, key=repr)


def test_the_general_media_path_refuses_document_media(workshop: Any) -> None:
    """A scan or a signature image comes with its document, never as a loose attachment the
    timeline could not tell from the document's own."""
    ws = workshop
    case_id = str(ws.walk_in())
    for purpose in sorted(timeline.DOCUMENT_MEDIA):
        with pytest.raises(ValidationError):
            media_files.attach_photo(ws.ctx, ws.advisor, case_id, ws.evidence_photo(), purpose)


def test_extra_lines_show_who_added_them_and_their_approval_once(workshop: Any) -> None:
    """Mid-job extra lines: added by the technician (the line names them); the customer's
    answer is the approval record's entry, not a decision per line."""
    ws = workshop
    case_id = str(ws.walk_in())
    ws.drive(case_id, "in_work")
    ws.clock.advance(minutes=5)
    (disc_id,) = fitting.add_extra_lines(
        ws.ctx, ws.tech, case_id, [LineInput(kind="labor", code="L-BRAKE-DISC")], "拆检发现"
    )
    ws.clock.advance(minutes=5)
    fitting.approve_extra(
        ws.ctx, ws.advisor, case_id, method="remote", channel="wechat",
        approved_ids=[disc_id], approver_name="王伟",
    )  # fmt: skip
    entries = _timeline(ws, case_id)
    added = [
        (at, who)
        for at, kind, who, d in entries
        if kind == "line_added" and d["code"] == "L-BRAKE-DISC"
    ]
    assert added == [(ws.clock.t - timedelta(minutes=5), "刘洋")]
    assert [kind for _a, kind, _w, _d in entries].count("decision") == 3  # the estimate's only
    assert [kind for _a, kind, _w, _d in entries].count("extra_approved") == 1
    with ws.ctx.db.read() as session:
        line = session.get(EstimateLine, disc_id)
        assert line is not None
        assert (line.added_by, line.decided_by, line.decision) == (
            ws.tech.staff_id,
            None,
            "approved",
        )
