"""The front desk's services on a real workstation database with a hand-moved clock: the duty
roster (P3, also across midnight), the inquiry board ordered by its P3 clocks, and the message
templates (A4) the dealer edits, previews and saves."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.sla import SlaStatus
from app.services import appointments, audit, desk
from app.services.customers import AssetInput, CustomerInput
from app.store.models import CustomerMessage
from tests.integration.conftest import WORKSHOP_START, Workshop

FRIDAY = WORKSHOP_START.date()
SATURDAY = FRIDAY + timedelta(days=1)


def at(day_offset: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(FRIDAY, datetime.min.time()) + timedelta(
        days=day_offset, hours=hour, minutes=minute
    )


def audited(ws: Workshop, action: str) -> list[str]:
    """Subjects of the action in the audit trail (audit events and chained case events)."""
    with ws.ctx.db.read() as session:
        return [e.subject for e in audit.trail(session, action=action)]


# -- duty roster -----------------------------------------------------------------------------


def test_night_duty_answers_across_midnight(workshop: Workshop) -> None:
    ws = workshop
    night = desk.add_duty(ws.ctx, ws.manager, ws.advisor2.staff_id, at(0, 18), at(1, 8, 30))
    assert night.staff.name == "李娜"
    assert audited(ws, "add_duty") == [night.id]

    # The night duty shows on the evening it starts and the morning it ends, not after.
    assert [d.id for d in desk.roster(ws.ctx, FRIDAY)] == [night.id]
    assert [d.id for d in desk.roster(ws.ctx, SATURDAY)] == [night.id]
    assert desk.roster(ws.ctx, SATURDAY + timedelta(days=1)) == []

    ws.clock.set(at(1, 2))  # Saturday 02:00: only the rostered advisor answers
    now = desk.who_answers(ws.ctx)
    assert now.rostered
    assert [s.name for s in desk.duty_now(ws.ctx)] == ["李娜"]

    # 08:30 the duty is over and the day shift (08:30-18:00 by default) takes over again;
    # only roles that answer inquiries count (not technicians or QC; the set-up administrator
    # is also the manager).
    ws.clock.set(at(1, 8, 30))
    now = desk.who_answers(ws.ctx)
    assert not now.rostered
    assert sorted(s.name for s in now.staff) == sorted(["王芳", "李娜", "周静", "系统管理员"])

    # Removed from the roster: at 02:00 nobody is on shift and nobody on duty.
    desk.remove_duty(ws.ctx, ws.manager, night.id)
    ws.clock.set(at(1, 2))
    assert desk.duty_now(ws.ctx) == []
    assert desk.roster(ws.ctx, FRIDAY) == []
    with pytest.raises(NotFound):
        desk.remove_duty(ws.ctx, ws.manager, night.id)


def test_duty_refusals_and_permissions(workshop: Workshop) -> None:
    ws = workshop
    desk.add_duty(ws.ctx, ws.admin, ws.advisor.staff_id, at(0, 18), at(0, 23), "wechat")
    cases = [
        (ws.advisor.staff_id, at(0, 20), at(1, 2), "phone", "desk.duty_overlap"),
        (ws.advisor.staff_id, at(0, 20), at(0, 19), "phone", "desk.duty_order"),
        (ws.advisor.staff_id, at(1, 0), at(4, 1), "phone", "desk.duty_too_long"),
        (ws.advisor.staff_id, at(1, 18), at(1, 20), "pager", "desk.duty_channel"),
        (ws.tech.staff_id, at(1, 18), at(1, 20), "phone", "desk.duty_cannot_answer"),
    ]
    for staff_id, start, end, channel, code in cases:
        with pytest.raises(ValidationError) as err:
            desk.add_duty(ws.ctx, ws.manager, staff_id, start, end, channel)
        assert err.value.code == code
        assert "{" not in err.value.message("zh_CN")
    with pytest.raises(NotFound):
        desk.add_duty(ws.ctx, ws.manager, "no-such-staff", at(1, 18), at(1, 20))
    # Another advisor may overlap: two people can share a busy evening.
    desk.add_duty(ws.ctx, ws.manager, ws.advisor2.staff_id, at(0, 20), at(1, 2))
    # Advisors answer inquiries but do not make the roster.
    with pytest.raises(PermissionDenied):
        desk.add_duty(ws.ctx, ws.advisor, ws.advisor.staff_id, at(2, 18), at(2, 20))
    duty = desk.roster(ws.ctx, FRIDAY)[0]
    with pytest.raises(PermissionDenied):
        desk.remove_duty(ws.ctx, ws.advisor, duty.id)
    week = desk.roster_between(ws.ctx, FRIDAY, 7)
    assert [d.staff.name for d in week] == ["王芳", "李娜"]


# -- inquiries -------------------------------------------------------------------------------


def test_inquiry_board_orders_by_p3_clock(workshop: Workshop) -> None:
    ws = workshop
    logged: dict[str, str] = {}

    def log(label: str, minute: int, urgent: bool) -> None:
        ws.clock.set(at(0, 9, minute))
        info = desk.log_inquiry(
            ws.ctx, ws.advisor, channel="hotline", question=f"问题{label}", urgent=urgent
        )
        logged[info.id] = label

    log("A", 0, False)  # due 11:00
    log("B", 10, True)  # due 09:40
    log("C", 20, False)  # due 11:20
    log("D", 45, True)  # due 10:15
    log("E", 105, True)  # 10:45, due 11:15
    ws.clock.set(at(0, 10, 50))
    board = desk.inquiry_board(ws.ctx)
    # Overdue first (most overdue on top), then due soon, then running: E's deadline is
    # earlier than C's, but C (2-hour clock, 30 minutes left) is already due soon.
    assert [logged[i.id] for i in board] == ["B", "D", "A", "C", "E"]
    assert [i.sla[0].status for i in board] == [
        SlaStatus.OVERDUE,
        SlaStatus.OVERDUE,
        SlaStatus.DUE_SOON,
        SlaStatus.DUE_SOON,
        SlaStatus.RUNNING,
    ]
    assert [logged[i.id] for i in desk.inquiry_alerts(ws.ctx)] == ["B", "D"]

    first = board[0]
    replied = desk.reply_inquiry(ws.ctx, ws.advisor, first.id, "已安排技师回电")
    assert replied.sla[0].status is SlaStatus.MISSED
    assert [logged[i.id] for i in desk.inquiry_board(ws.ctx)] == ["D", "A", "C", "E"]
    assert [logged[i.id] for i in desk.inquiry_alerts(ws.ctx)] == ["D"]


def test_log_inquiry_customer_is_optional(workshop: Workshop) -> None:
    ws = workshop
    ws.walk_in(name="王伟", phone="13800138000")
    known = desk.log_inquiry(
        ws.ctx,
        ws.advisor,
        channel="phone",
        question="保养要多久？",
        urgent=False,
        phone="138 0013 8000",
    )
    assert known.customer_name == "王伟"
    stranger = desk.log_inquiry(
        ws.ctx,
        ws.advisor,
        channel="app",
        question="周末营业吗？",
        urgent=False,
        phone="13700137000",
    )
    assert stranger.customer_name == "尾号7000的客户"
    named_only = desk.log_inquiry(
        ws.ctx, ws.advisor, channel="store", question="车钥匙丢了", urgent=True, name="李先生"
    )
    assert named_only.customer_name == ""
    assert named_only.question == "[李先生] 车钥匙丢了"
    assert named_only.sla[0].rule == "P3-urgent"
    anonymous = desk.log_inquiry(
        ws.ctx, ws.advisor, channel="hotline", question="价格咨询", urgent=False
    )
    assert anonymous.sla[0].rule == "P3"
    with pytest.raises(ValidationError) as err:
        desk.log_inquiry(ws.ctx, ws.advisor, channel="fax", question="?", urgent=False)
    assert err.value.code == "desk.inquiry_channel"
    with pytest.raises(ValidationError):
        desk.log_inquiry(ws.ctx, ws.advisor, channel="app", question="?", urgent=False, phone="12")
    with pytest.raises(PermissionDenied):
        desk.log_inquiry(ws.ctx, ws.tech, channel="store", question="?", urgent=False)
    with pytest.raises(PermissionDenied):
        desk.reply_inquiry(ws.ctx, ws.qc, known.id, "好的")


# -- message templates -----------------------------------------------------------------------


def test_templates_list_preview_save_reset(workshop: Workshop) -> None:
    ws = workshop
    listed = desk.list_templates(ws.ctx)
    assert {(t.kind, t.lang) for t in listed} == {
        (k, lang) for k in desk.TEMPLATE_KINDS for lang in desk.TEMPLATE_LANGS
    }
    assert all(t.is_default for t in listed)

    body = "【{dealer}】{customer}您好：{time}到店，顾问{advisor}（{advisor_phone}），请带{documents}。"
    preview = desk.preview_template(ws.ctx, "reminder", "zh_CN", body)
    assert preview.startswith("【测试汽车售后服务中心】王伟您好：2026-11-28 09:30到店")
    assert "{" not in preview
    assert "Wang Fang" in desk.preview_template(ws.ctx, "ready", "en", "{advisor} {order_no}")

    saved = desk.save_template(ws.ctx, ws.admin, "reminder", "zh_CN", body)
    assert not saved.is_default
    assert audited(ws, "set_template") == ["reminder/zh_CN"]
    by_key = {(t.kind, t.lang): t for t in desk.list_templates(ws.ctx)}
    assert by_key[("reminder", "zh_CN")].body == body
    assert not by_key[("reminder", "zh_CN")].is_default
    assert by_key[("reminder", "en")].is_default

    # A4: the next confirmation queues the reminder in the dealer's own words.
    appt = appointments.book(
        ws.ctx,
        ws.advisor,
        customer=CustomerInput(name="欧阳娜娜", phone="13912345678"),
        asset=AssetInput(kind="vehicle", brand="广汽本田", model="雅阁", plate="粤B12345"),
        channel="app",
        desired_at=ws.clock.t + timedelta(hours=3),
        fault_description="保养",
    )
    appointments.confirm(ws.ctx, ws.advisor, appt.id)
    with ws.ctx.db.read() as session:
        sent = session.execute(
            select(CustomerMessage.body).where(CustomerMessage.appointment_id == appt.id)
        ).scalar_one()
    assert sent.startswith("【测试汽车售后服务中心】欧阳娜娜您好：")
    assert "请带行驶证" in sent

    reset = desk.reset_template(ws.ctx, ws.manager, "reminder", "zh_CN")
    assert reset.is_default
    assert all(t.is_default for t in desk.list_templates(ws.ctx))


@pytest.mark.parametrize(
    ("kind", "body", "code", "shown"),
    [
        ("reminder", "{customer}您好，车牌{plate}", "desk.template_unknown", "{plate}"),
        ("reminder", "工单{order_no}", "desk.template_unknown", "{order_no}"),
        ("progress", "{customer} {0}", "desk.template_unknown", "{0}"),
        ("progress", "进展：{}", "desk.template_unknown", "{}"),
        ("delay", "{customer.name}", "desk.template_unknown", "{customer.name}"),
        ("delay", "{customer", "desk.template_syntax", "{customer}"),
        ("ready", "已完工}", "desk.template_syntax", "{customer}"),
        ("ready", "   ", "desk.template_empty", "空"),
        ("invoice", "{customer}", "desk.template_kind", "invoice"),
    ],
)
def test_template_refusals(workshop: Workshop, kind: str, body: str, code: str, shown: str) -> None:
    ws = workshop
    with pytest.raises(ValidationError) as err:
        desk.preview_template(ws.ctx, kind, "zh_CN", body)
    assert err.value.code == code
    assert shown in err.value.message("zh_CN")
    with pytest.raises(ValidationError):
        desk.save_template(ws.ctx, ws.manager, kind, "zh_CN", body)
    assert all(t.is_default for t in desk.list_templates(ws.ctx))


def test_template_permissions(workshop: Workshop) -> None:
    ws = workshop
    for actor in (ws.advisor, ws.tech, ws.lead, ws.qc):
        with pytest.raises(PermissionDenied):
            desk.save_template(ws.ctx, actor, "ready", "en", "{customer}: ready")
    assert desk.preview_template(ws.ctx, "ready", "en", "{customer}: ready") == "Wang Wei: ready"


def test_set_template_refuses_malformed_and_unknown_placeholders_with_clear_messages(
    workshop: Workshop,
) -> None:
    from app.services import messaging

    with pytest.raises(ValidationError) as bad:
        messaging.set_template(workshop.ctx, workshop.admin, "reminder", "zh_CN", "您好 {customer")
    assert bad.value.code == "messaging.bad_template"
    assert "花括号" in bad.value.message("zh_CN")
    with pytest.raises(ValidationError) as unknown:
        messaging.set_template(workshop.ctx, workshop.admin, "reminder", "zh_CN", "您好 {custmer}")
    assert unknown.value.message("en").endswith("custmer")
