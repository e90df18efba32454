"""One log of each fact, packaging (issue 12): a fitted part's packaging shown to the customer,
then handed over or disposed of, is recorded on its part_use row only (who and when of each
step), and the timeline, the CLI's `show` and the audit trail read it from there, each step
once and in its place in time — on a new database and on one migrated from before 0023 whose
packaging events stay (links of the audit chain)."""

from __future__ import annotations

import importlib
from datetime import datetime
from typing import Any

from sqlalchemy import select, text

from app.services import audit, bay, fitting, queries
from app.services._support import add_event
from app.store.engine import applying_remote
from app.store.migrate import current_revision, downgrade, upgrade
from app.store.models import PartUse, ServiceCase
from app.store.schema import HEAD_REVISION

from .conftest import BRAKE_PADS

MIGRATION = importlib.import_module("app.store.migrations.versions.0023_packaging_rows")

Entry = tuple[datetime, str, str, dict[str, object]]


def _timeline(ws: Any, case_id: str) -> list[Entry]:
    detail = queries.case_detail(ws.ctx, case_id)
    return [(e.at, e.kind, e.staff_name, e.detail) for e in detail.events]


def _packaging(ws: Any, case_id: str) -> list[Entry]:
    return [e for e in _timeline(ws, case_id) if e[1] == "packaging"]


def _events(ws: Any, case_id: str) -> int:
    return int(
        ws.scalar(
            "SELECT count(*) FROM case_event WHERE case_id IN (:c, uuid_text(:c)) "
            "AND kind = 'packaging'",
            c=case_id,
        )
    )


def _use(ws: Any, case_id: str) -> PartUse:
    with ws.ctx.db.read() as session:
        use = session.execute(select(PartUse).where(PartUse.case_id == case_id)).scalar_one()
        session.expunge(use)
        return use


def _shown_and_handed(ws: Any) -> tuple[str, datetime, datetime]:
    """A case whose fitted part's packaging the technician showed and the advisor handed
    over, a few minutes apart: (case id, when shown, when handed over)."""
    case_id = str(ws.walk_in())
    ws.drive(case_id, "qc")  # the brake pads fitted
    use_id = _use(ws, case_id).id
    shown = ws.clock.advance(minutes=2)
    fitting.set_packaging_state(ws.ctx, ws.tech, use_id, "shown_to_customer")
    handed = ws.clock.advance(minutes=3)
    fitting.set_packaging_state(ws.ctx, ws.advisor, use_id, "handed_to_customer")
    return case_id, shown, handed


def _check_steps(ws: Any, case_id: str, shown: datetime, handed: datetime) -> None:
    assert _packaging(ws, case_id) == [
        (shown, "packaging", "刘洋", {"from": "kept", "part_no": BRAKE_PADS, "to": "shown_to_customer"}),
        (handed, "packaging", "王芳", {"from": "shown_to_customer", "part_no": BRAKE_PADS, "to": "handed_to_customer"}),
    ]  # fmt: skip
    entries = _timeline(ws, case_id)
    assert [at for at, *_ in entries] == sorted(at for at, *_ in entries)
    with ws.ctx.db.read() as session:
        order_no = session.get(ServiceCase, case_id).order_no  # type: ignore[union-attr]
        steps = audit.trail(session, action="packaging")
        whole = audit.trail(session, subject=order_no)
        verdict = audit.verify_chain(session)
    assert [(e.subject, e.staff_id, e.at, e.detail["to"]) for e in steps] == [
        (order_no, ws.tech.staff_id, shown, "shown_to_customer"),
        (order_no, ws.advisor.staff_id, handed, "handed_to_customer"),
    ]
    assert [e.action for e in whole].count("packaging") == 2
    assert verdict.ok, verdict.problems


def test_packaging_steps_are_recorded_on_the_part_and_show_once(workshop: Any) -> None:
    ws = workshop
    case_id, shown, handed = _shown_and_handed(ws)
    assert _events(ws, case_id) == 0
    use = _use(ws, case_id)
    assert (use.packaging_shown_at, use.packaging_shown_by) == (shown, ws.tech.staff_id)
    assert (use.packaging_done_at, use.packaging_done_by) == (handed, ws.advisor.staff_id)
    _check_steps(ws, case_id, shown, handed)


def test_packaging_shown_at_the_delivery_then_disposed_shows_the_one_step(workshop: Any) -> None:
    """The delivery shows a kept packaging to the customer (its own entry records that); the
    step after it is the part's one packaging entry."""
    ws = workshop
    case_id = str(ws.walk_in())
    ws.drive(case_id, "delivered")
    use = _use(ws, case_id)
    assert (use.packaging_state, use.packaging_shown_at) == ("shown_to_customer", None)
    disposed = ws.clock.advance(minutes=1)
    fitting.set_packaging_state(ws.ctx, ws.advisor, use.id, "disposed")
    assert _events(ws, case_id) == 0
    assert _packaging(ws, case_id) == [
        (disposed, "packaging", "王芳", {"from": "shown_to_customer", "part_no": BRAKE_PADS, "to": "disposed"}),
    ]  # fmt: skip


def test_a_packaging_step_takes_its_place_among_events_of_the_same_instant(workshop: Any) -> None:
    ws = workshop
    case_id = str(ws.walk_in())
    ws.drive(case_id, "in_work")
    part_line = ws.lines(case_id)[BRAKE_PADS]
    ws.clock.advance(minutes=1)
    use_id = fitting.fit_part(ws.ctx, ws.tech, part_line, part_no=BRAKE_PADS)
    ws.clock.advance(minutes=1)  # one instant: paused, packaging shown, resumed
    bay.pause_work(ws.ctx, ws.tech, case_id, "parts")
    fitting.set_packaging_state(ws.ctx, ws.tech, use_id, "shown_to_customer")
    bay.resume_work(ws.ctx, ws.tech, case_id)
    last = [kind for at, kind, _who, _d in _timeline(ws, case_id) if at == ws.clock.t]
    assert len(last) == 3
    assert last[1] == "packaging", last


def test_a_database_before_0023_gets_who_and_when_from_its_packaging_events(
    workshop: Any,
) -> None:
    ws = workshop
    case_id, shown, handed = _shown_and_handed(ws)
    expected = _timeline(ws, case_id)
    before = MIGRATION.down_revision
    downgrade(ws.ctx.db.engine, before)
    # What the revision before wrote: an event of each packaging step (a link of the chain).
    with ws.ctx.db.write() as session:
        case = session.get(ServiceCase, case_id)
        assert case is not None
        for at, _kind, _who, detail in [e for e in expected if e[1] == "packaging"]:
            staff = ws.tech if at == shown else ws.advisor
            add_event(ws.ctx.at(lambda at=at: at), session, staff, case, "packaging", detail=detail)
    assert _events(ws, case_id) == 2
    upgrade(ws.ctx.db.engine)
    assert current_revision(ws.ctx.db.engine) == HEAD_REVISION
    assert _events(ws, case_id) == 2  # the old events stay, chained
    use = _use(ws, case_id)
    assert (use.packaging_shown_at, use.packaging_shown_by) == (shown, ws.tech.staff_id)
    assert (use.packaging_done_at, use.packaging_done_by) == (handed, ws.advisor.staff_id)
    assert _timeline(ws, case_id) == expected
    _check_steps(ws, case_id, shown, handed)
    # History pulled from head office by a bay enrolled since: the part without who took
    # its packaging steps (the backfill is each bay's own). Its old events tell it instead.
    with ws.ctx.db.write() as session, applying_remote(session):
        session.execute(
            text(
                "UPDATE part_use SET packaging_shown_at = NULL, packaging_shown_by = NULL, "
                "packaging_done_at = NULL, packaging_done_by = NULL"
            )
        )
    assert _packaging(ws, case_id) == [e for e in expected if e[1] == "packaging"]
