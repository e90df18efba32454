"""Rows of one instant read in the order written, whatever order SQLite's plan reads them in
(the floor round's sweep, after the job clock's fix in 6a6d158). SQLite's
`reverse_unordered_selects` reads every table backwards: ties ordered only by a time then come
out reversed, ties with the write-order tiebreak stay as written."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from app.services import aftercare, appointments, dispatch, queries


@pytest.fixture
def backwards(workshop: Any) -> Iterator[Any]:
    """Every new connection of the workshop reads tables backwards."""
    engine = workshop.ctx.db.engine

    def reverse(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA reverse_unordered_selects = ON")

    event.listen(engine, "connect", reverse)
    engine.dispose()
    yield workshop
    event.remove(engine, "connect", reverse)
    engine.dispose()


def test_progress_updates_inquiries_and_messages_of_one_instant_read_in_the_order_written(
    backwards: Any,
) -> None:
    ws = backwards
    questions = ["几点能取车？", "要带行驶证吗？", "可以刷卡吗？"]
    for question in questions:
        appointments.log_inquiry(
            ws.ctx, ws.advisor, customer=None, channel="hotline", question=question, urgent=False
        )
    assert [i.question for i in appointments.open_inquiries(ws.ctx)] == questions
    case_id = ws.walk_in()
    ws.drive(case_id, "in_work")
    ws.clock.advance(minutes=5)  # the clock stands still: three updates at one instant
    bodies = ["拆检完成", "更换刹车片", "试车中"]
    for body in bodies:
        dispatch.progress_update(ws.ctx, ws.advisor, case_id, body)
    progress = dispatch.case_progress(ws.ctx, case_id)
    assert [next(b for b in bodies if b in u.body) for u in progress.updates] == bodies
    detail = queries.case_detail(ws.ctx, case_id)
    progress_messages = [m.body for m in detail.messages if m.kind == "progress"]
    assert [next(b for b in bodies if b in m) for m in progress_messages] == bodies


def test_complaints_of_one_instant_list_the_last_written_first(backwards: Any) -> None:
    ws = backwards
    case_id = ws.walk_in()
    ws.drive(case_id, "closed")
    ws.clock.advance(minutes=5)
    texts = ["等待太久", "结算不清", "旧件未交还"]
    for text in texts:
        aftercare.open_complaint(ws.ctx, ws.advisor, case_id, category="wait", description=text)
    listed = [c.description for c in aftercare.list_complaints(ws.ctx)]
    assert listed[:3] == texts[::-1]
