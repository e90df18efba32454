"""Issue 9 items 5–8: feedback and closing (P5), complaints with the P3 reply clock,
comebacks under warranty, the hand-over only to advisors (P2), cancelling with a reason."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.domain.errors import PermissionDenied, TransitionError, ValidationError
from app.domain.sla import SlaStatus
from app.services import aftercare
from app.store.models import Complaint, CustomerMessage, Feedback, ServiceCase


def _row(ws: Any, model: Any, **where: Any) -> Any:
    with ws.ctx.db.read() as session:
        query = session.query(model).filter_by(**where)
        return query.order_by(model.created_at.desc()).first()


def test_feedback_guards_and_close(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "ready")
    # P5: feedback only at or after delivery.
    with pytest.raises(ValidationError) as err:
        aftercare.record_feedback(ws.ctx, ws.advisor, case_id, score=5)
    assert err.value.code == "aftercare.feedback_state"
    ws.drive(case_id, "delivered")
    with pytest.raises(TransitionError) as terr:
        aftercare.close(ws.ctx, ws.advisor, case_id)
    assert terr.value.code == "lifecycle.p5_no_feedback"
    for kwargs, code in (
        ({"score": None}, "case.score"),
        ({"score": 0}, "case.score"),
        ({"score": 4, "category_scores": {"weather": 3}}, "aftercare.feedback_category"),
        ({"score": 4, "category_scores": {"wait": 6}}, "aftercare.category_score"),
        ({"score": 4, "declined": True}, "aftercare.declined_with_score"),
        ({"score": 4, "channel": "fax"}, "validate.required"),
    ):
        with pytest.raises(ValidationError) as err:
            aftercare.record_feedback(ws.ctx, ws.advisor, case_id, **kwargs)
        assert err.value.code == code
    with pytest.raises(PermissionDenied):
        aftercare.record_feedback(ws.ctx, ws.tech, case_id, score=5)
    scores = {"wait": 2, "communication": 5, "price": 4, "quality": 5, "cleanliness": 3}
    aftercare.record_feedback(
        ws.ctx, ws.advisor, case_id, score=4, category_scores=scores, comment="等得久"
    )
    row = _row(ws, Feedback, case_id=case_id)
    assert json.loads(row.category_scores) == scores
    assert json.loads(row.categories) == ["cleanliness", "wait"]  # weak spots for KPIs
    assert row.channel == "delivery"
    aftercare.close(ws.ctx, ws.advisor, case_id)
    assert ws.state(case_id) == "closed"


def test_declined_feedback_closes_and_follow_up_list(workshop: Any) -> None:
    ws = workshop
    declined = ws.walk_in(phone="13800000001", plate="粤B·A0001")
    called = ws.walk_in(phone="13800000002", plate="粤B·A0002")
    closed = ws.walk_in(phone="13800000003", plate="粤B·A0003")
    for case_id in (declined, called, closed):
        ws.drive(case_id, "delivered")
    aftercare.record_feedback(ws.ctx, ws.advisor, declined, score=None, declined=True)
    aftercare.close(ws.ctx, ws.advisor, declined)
    # Feedback given at delivery, case closed: done, no follow-up call is due (the polish
    # walk found closed cases on the advisor's follow-up list).
    aftercare.record_feedback(ws.ctx, ws.advisor, closed, score=5)
    aftercare.close(ws.ctx, ws.advisor, closed)
    assert ws.state(declined) == "closed"
    assert aftercare.follow_up_due(ws.ctx) == ()  # not yet a few days
    ws.clock.advance(days=aftercare.FOLLOW_UP_DAYS)
    due = aftercare.follow_up_due(ws.ctx)
    assert [d.case_id for d in due] == [called]  # the refusal is not called again
    assert "****" in due[0].phone
    aftercare.record_feedback(ws.ctx, ws.advisor, called, score=5, channel="follow_up")
    assert aftercare.follow_up_due(ws.ctx) == ()


def test_complaint_runs_to_its_end(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "delivered")
    with pytest.raises(ValidationError):
        aftercare.open_complaint(ws.ctx, ws.advisor, case_id, category="weather", description="x")
    with pytest.raises(ValidationError) as err:
        aftercare.open_complaint(
            ws.ctx, ws.advisor, case_id, category="wait", description="x",
            owner_id=ws.tech.staff_id,
        )  # fmt: skip
    assert err.value.code == "aftercare.complaint_owner"
    with pytest.raises(ValidationError) as err:
        aftercare.open_complaint(ws.ctx, ws.advisor, None, category="wait", description="x")
    assert err.value.code == "aftercare.complaint_customer"
    cid = aftercare.open_complaint(
        ws.ctx, ws.advisor, case_id, category="wait", description="取车等了一小时", urgent=True
    )
    [info] = aftercare.list_complaints(ws.ctx, case_id=case_id)
    assert info.owner_id == ws.advisor.staff_id  # the case's owner (P2)
    assert info.reply_status is SlaStatus.RUNNING
    assert info.reply_due is not None
    assert (info.reply_due - info.opened_at).total_seconds() == 30 * 60  # P3 urgent
    # Nothing resolves or closes before an action and a resolution.
    with pytest.raises(ValidationError) as err:
        aftercare.resolve_complaint(ws.ctx, ws.advisor, cid, "已致歉")
    assert err.value.code == "aftercare.complaint_no_action"
    with pytest.raises(ValidationError) as err:
        aftercare.close_complaint(ws.ctx, ws.advisor, cid, answer="好", satisfied=True)
    assert err.value.code == "aftercare.complaint_unresolved"
    with pytest.raises(ValidationError):
        aftercare.act_on_complaint(ws.ctx, ws.advisor, cid, "  ")
    ws.clock.advance(minutes=10)
    aftercare.act_on_complaint(ws.ctx, ws.advisor, cid, "电话致歉，约定回访")
    [info] = aftercare.list_complaints(ws.ctx, status="in_progress")
    assert info.reply_status is SlaStatus.MET
    assert [a.text for a in info.actions] == ["电话致歉，约定回访"]
    aftercare.resolve_complaint(ws.ctx, ws.advisor, cid, "赠送一次免费洗车")
    with pytest.raises(ValidationError) as err:
        aftercare.act_on_complaint(ws.ctx, ws.advisor, cid, "再打一次")
    assert err.value.code == "aftercare.complaint_finished"
    with pytest.raises(ValidationError):
        aftercare.close_complaint(ws.ctx, ws.advisor, cid, answer="", satisfied=True)
    aftercare.close_complaint(ws.ctx, ws.advisor, cid, answer="客户表示满意", satisfied=True)
    row = _row(ws, Complaint, id=cid)
    assert (row.status, row.answer, row.satisfied) == ("closed", "客户表示满意", True)
    assert aftercare.list_complaints(ws.ctx, status="closed", category="wait")[0].id == cid
    assert aftercare.list_complaints(ws.ctx, category="price") == ()


def test_front_desk_complaint_without_a_case_and_missed_clock(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    customer_id = ws.scalar("SELECT customer_id FROM service_case WHERE id = :i", i=case_id)
    cid = aftercare.open_complaint(
        ws.ctx, ws.advisor, None, category="communication", description="电话没人接",
        customer_id=customer_id, owner_id=ws.manager.staff_id,
    )  # fmt: skip
    ws.clock.advance(hours=3)
    [info] = aftercare.list_complaints(ws.ctx, owner_id=ws.manager.staff_id)
    assert info.id == cid
    assert info.case_id is None
    assert info.reply_status is SlaStatus.OVERDUE  # P3: 2 h for a general complaint


def test_comeback_under_warranty(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "ready")
    with pytest.raises(ValidationError) as err:
        aftercare.open_rework(ws.ctx, ws.advisor, case_id, reason="异响")
    assert err.value.code == "case.rework_source"
    ws.drive(case_id, "delivered")
    aftercare.hand_over(ws.ctx, ws.advisor, case_id, ws.advisor2.staff_id, "交班")
    rework = aftercare.open_rework(ws.ctx, ws.advisor, case_id, reason="异响又出现", warranty=True)
    plain = aftercare.open_rework(ws.ctx, ws.advisor, case_id, reason="另一个问题")
    with ws.ctx.db.read() as session:
        case = session.get(ServiceCase, rework)
        assert case is not None
        assert (case.rework_of_id, case.urgent, case.owner_id) == (
            case_id, True, ws.advisor2.staff_id,
        )  # fmt: skip
        assert aftercare.is_warranty_rework(session, rework)
        assert not aftercare.is_warranty_rework(session, plain)
        assert not aftercare.is_warranty_rework(session, case_id)
    links = aftercare.case_links(ws.ctx, case_id)
    assert [r.id for r in links.reworks] == [rework, plain]
    assert aftercare.case_links(ws.ctx, rework).rework_of is not None
    assert aftercare.case_links(ws.ctx, rework).warranty


def test_hand_over_only_to_advisors_and_the_customer_told(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    with pytest.raises(ValidationError) as err:
        aftercare.hand_over(ws.ctx, ws.advisor, case_id, ws.tech.staff_id, "交给技师")
    assert err.value.code == "aftercare.owner_not_advisor"
    assert ws.scalar("SELECT owner_id FROM service_case WHERE id = :i", i=case_id) == (
        ws.advisor.staff_id
    )
    aftercare.hand_over(ws.ctx, ws.advisor, case_id, ws.advisor2.staff_id, "休假")
    message = _row(ws, CustomerMessage, case_id=case_id, kind="hand_over")
    assert message is not None
    assert "李娜" in message.body
    assert [a.name for a in aftercare.advisors(ws.ctx)] == sorted(
        a.name for a in aftercare.advisors(ws.ctx)
    )
    ws.drive(case_id, "closed")
    with pytest.raises(ValidationError) as err:
        aftercare.hand_over(ws.ctx, ws.advisor2, case_id, ws.advisor.staff_id, "回来了")
    assert err.value.code == "aftercare.hand_over_finished"


def test_cancel_guards(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    with pytest.raises(ValidationError):
        aftercare.cancel(ws.ctx, ws.advisor, case_id, "  ")
    assert aftercare.can_cancel("reception")
    assert not aftercare.can_cancel("in_work")
    aftercare.cancel(ws.ctx, ws.advisor, case_id, "客户不修了")
    assert ws.state(case_id) == "cancelled"


def test_desk_complaint_finds_the_customer_by_phone(workshop: Any) -> None:
    ws = workshop
    ws.walk_in(phone="13800138000")
    with pytest.raises(ValidationError) as err:
        aftercare.open_desk_complaint(
            ws.ctx, ws.advisor, phone="13900000000", category="wait", description="x"
        )
    assert err.value.code == "aftercare.customer_unknown"
    with pytest.raises(ValidationError) as err:
        aftercare.open_desk_complaint(
            ws.ctx, ws.advisor, phone="12", category="wait", description="x"
        )
    assert err.value.code == "validate.phone"
    cid = aftercare.open_desk_complaint(
        ws.ctx, ws.advisor, phone="138 0013 8000", category="communication", description="没回电"
    )
    [info] = aftercare.list_complaints(ws.ctx)
    assert info.id == cid
    assert info.case_id is None
    assert info.owner_id == ws.advisor.staff_id
    assert aftercare.complaint_summary(ws.ctx).open == 1


def test_feedback_analysis_finds_weak_spots(workshop: Any) -> None:
    ws = workshop
    start = ws.clock.t
    first = ws.walk_in(phone="13800000011", plate="粤B·A0011")
    second = ws.walk_in(phone="13800000012", plate="粤B·A0012")
    refused = ws.walk_in(phone="13800000013", plate="粤B·A0013")
    for case_id in (first, second, refused):
        ws.drive(case_id, "delivered")
    aftercare.record_feedback(
        ws.ctx, ws.advisor, first, score=5, category_scores={"wait": 2, "quality": 5}
    )
    aftercare.record_feedback(
        ws.ctx, ws.advisor, second, score=4, category_scores={"wait": 3, "quality": 4}
    )
    aftercare.record_feedback(ws.ctx, ws.advisor, refused, score=None, declined=True)
    aftercare.open_complaint(ws.ctx, ws.advisor, first, category="wait", description="等太久")
    result = aftercare.feedback_analysis(ws.ctx, start, ws.clock.advance(minutes=1))
    assert (result.responses, result.refusals) == (2, 1)
    assert str(result.average) == "4.50"
    figures = {f.category: f for f in result.categories}
    assert (figures["wait"].scored, str(figures["wait"].average), figures["wait"].weak) == (
        2, "2.50", 2,
    )  # fmt: skip
    assert figures["price"].average is None
    assert result.complaints_by_category == {"wait": 1}
