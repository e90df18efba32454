"""The whole service lifecycle through the services, on a real database, with a clock the test
moves: appointment to closed case, and every refusal a guard owes on the way."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from app.domain.errors import (
    NotFound,
    PermissionDenied,
    TransitionError,
    UserError,
    ValidationError,
)
from app.domain.lifecycle import Decision
from app.domain.sla import SlaStatus
from app.services import (
    aftercare,
    appointments,
    audit,
    bay,
    dispatch,
    fitting,
    handover,
    key_steps,
    qc,
    queries,
    reception,
)
from app.services import settlement as settle_svc
from app.services.customers import AssetInput, CustomerInput
from app.services.reception import LineInput
from app.store.models import (
    CaseEvent,
    CustomerMessage,
    Delivery,
    PartUse,
    QcInspection,
    ServiceCase,
    Settlement,
    Signature,
)

BRAKE_LABOR = "L-BRAKE-F"
BRAKE_PADS = "45022-TBA-A01"
CABIN_FILTER = "80292-TBA-A11"
VIN = "1M8GDM9AXKP042788"
QC_OK = dict.fromkeys(qc.checks_for("vehicle"), True)
HANDED_OVER = dict.fromkeys(handover.CHECKS, True)


def _count(ws: Any, model: Any, **where: object) -> int:
    with ws.ctx.db.read() as session:
        query = select(func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return int(session.execute(query).scalar_one())


def _sla(infos: Any, rule: str) -> Any:
    return next(s for s in infos if s.rule == rule)


def test_appointment_to_closed_case(workshop: Any) -> None:
    ws = workshop
    ctx, clock = ws.ctx, ws.clock
    t0 = clock.t
    err: pytest.ExceptionInfo[UserError]

    # A1/A2: booked by the advisor, the 15-minute confirmation clock starts.
    appt = appointments.book(
        ctx,
        ws.advisor,
        customer=CustomerInput(name="欧阳娜娜", phone="+86 139 1234 5678"),
        asset=AssetInput(
            kind="vehicle", brand="广汽本田", model="雅阁", plate="粤bd12345", vin=VIN
        ),
        channel="app",
        desired_at=t0 + timedelta(hours=2),
        fault_description="刹车时有尖锐摩擦声",
    )
    assert appt.state == "requested"
    assert appt.customer.phone == "13912345678"
    assert appt.asset is not None
    assert appt.asset.plate == "粤B·D12345"
    assert _sla(appt.sla, "A2").status is SlaStatus.RUNNING
    assert _sla(appt.sla, "A2").due == t0 + timedelta(minutes=15)
    assert [s.rule for s in appt.sla] == ["A2"]  # A3 is for urgent jobs only

    # A2 met at minute 10; A4: the reminder names the advisor, their phone, the documents.
    clock.advance(minutes=10)
    confirmed = appointments.confirm(ctx, ws.advisor, appt.id)
    assert confirmed.state == "confirmed"
    assert _sla(confirmed.sla, "A2").status is SlaStatus.MET
    with ctx.db.read() as session:
        reminder = session.execute(
            select(CustomerMessage).where(CustomerMessage.appointment_id == appt.id)
        ).scalar_one()
    assert reminder.kind == "reminder"
    assert reminder.status == "queued"
    assert reminder.to == "13912345678"
    for needle in ("欧阳娜娜", "王芳", "13900139001", "行驶证", "测试汽车售后服务中心"):
        assert needle in reminder.body
    with pytest.raises(TransitionError):
        appointments.confirm(ctx, ws.advisor, appt.id)

    # I1/P2: arrival needs the double confirmation; the booking advisor owns the case even
    # when a colleague receives the customer.
    clock.advance(minutes=100)
    with pytest.raises(ValidationError):
        appointments.arrive(
            ctx, ws.advisor2, appt.id, identity_checked=True, appointment_checked=False
        )
    with pytest.raises(ValidationError):
        appointments.arrive(
            ctx, ws.advisor2, appt.id, identity_checked=False, appointment_checked=True
        )
    with pytest.raises(PermissionDenied):
        appointments.arrive(ctx, ws.tech, appt.id, identity_checked=True, appointment_checked=True)
    opened = appointments.arrive(
        ctx, ws.advisor2, appt.id, identity_checked=True, appointment_checked=True
    )
    case_id = opened.case_id
    assert opened.order_no == f"WO-TS01A-{clock.t:%Y%m%d}-0001"
    detail = queries.case_detail(ctx, opened.order_no)
    assert detail.owner.id == ws.advisor.staff_id
    assert detail.state == "reception"
    assert detail.customer.name == "欧阳娜娜"
    assert detail.asset.vin == VIN
    with pytest.raises(TransitionError):
        appointments.arrive(
            ctx, ws.advisor, appt.id, identity_checked=True, appointment_checked=True
        )

    # I1/I2: intake check, damage, readings.
    clock.advance(minutes=3)
    with pytest.raises(TransitionError):
        reception.record_inspection(
            ctx, ws.advisor, case_id, identity_checked=True, appointment_checked=True
        )
    reception.start_inspection(ctx, ws.advisor, case_id)
    reception.record_inspection(
        ctx,
        ws.advisor,
        case_id,
        identity_checked=True,
        appointment_checked=True,
        mileage_km=42000,
        fuel_level="1/2",
        fault_reproduced=True,
        reproduction_note="低速制动时复现",
    )
    with pytest.raises(ValidationError):
        reception.mark_damage(ctx, ws.advisor, case_id, zone="moon", kind="dent")
    with pytest.raises(PermissionDenied):
        reception.mark_damage(ctx, ws.qc, case_id, zone="hood", kind="dent")
    mark_id = reception.mark_damage(ctx, ws.advisor, case_id, zone="hood", kind="scratch")
    reception.add_reading(ctx, ws.tech, case_id, tool="obd", code="c1234", value="12.5")
    reception.set_diagnosis(ctx, ws.advisor, case_id, "前刹车片磨损到极限")

    # I4: lines from the catalogue; an unknown part number is refused.
    with pytest.raises(NotFound) as err:
        reception.add_line(ctx, ws.advisor, case_id, LineInput(kind="part", code="NOPE-0000"))
    assert err.value.code == "notfound.part"
    with pytest.raises(PermissionDenied):
        reception.add_line(ctx, ws.tech, case_id, LineInput(kind="labor", code=BRAKE_LABOR))
    with pytest.raises(ValidationError) as err:
        reception.add_line(
            ctx,
            ws.advisor,
            case_id,
            LineInput(
                kind="part", description="x", unit_price="-1", source="certified", part_no="X1"
            ),
        )
    assert err.value.code == "money.negative"
    labor = reception.add_line(
        ctx, ws.advisor, case_id, LineInput(kind="labor", code=BRAKE_LABOR, reason="磨损到极限")
    )
    pads = reception.add_line(
        ctx, ws.advisor, case_id, LineInput(kind="part", code=BRAKE_PADS, reason="剩余2mm")
    )
    cabin = reception.add_line(
        ctx,
        ws.advisor,
        case_id,
        LineInput(kind="part", code=CABIN_FILTER, mandatory=False, reason="滤芯发黑"),
    )
    clock.advance(minutes=5)
    reception.finish_estimate(ctx, ws.advisor, case_id)
    reception.request_signature(ctx, ws.advisor, case_id)
    assert ws.state(case_id) == "awaiting_signature"

    # I5: every line decided; a safety-relevant mandatory line is declined only with the
    # customer's acknowledgement; a declined optional line stays on record.
    with pytest.raises(TransitionError) as err:
        reception.sign_confirmation(ctx, ws.advisor, case_id, signer_name="欧阳娜娜", method="pad")
    assert err.value.code == "lifecycle.i5_undecided"
    with pytest.raises(TransitionError) as err:
        reception.decide(ctx, ws.advisor, pads, Decision.DECLINED)
    assert err.value.code == "lifecycle.i5_safety_unacknowledged"
    reception.decide(ctx, ws.advisor, labor, Decision.APPROVED)
    reception.decide(ctx, ws.advisor, pads, Decision.APPROVED)
    reception.decide(ctx, ws.advisor, cabin, Decision.DECLINED)
    detail = queries.case_detail(ctx, case_id)
    decisions = {line.code: line.decision for line in detail.lines}
    assert decisions == {BRAKE_LABOR: "approved", BRAKE_PADS: "approved", CABIN_FILTER: "declined"}
    assert next(ln for ln in detail.lines if ln.code == BRAKE_PADS).safety_relevant
    assert detail.totals.declined_total == Decimal("158.00")
    assert detail.totals.labor == Decimal("200.00")
    assert detail.totals.parts == Decimal("580.00")

    # P4: the customer signs the current version; a technician cannot witness it.
    clock.advance(minutes=4)
    with pytest.raises(PermissionDenied):
        reception.sign_confirmation(ctx, ws.tech, case_id, signer_name="欧阳娜娜", method="pad")
    with pytest.raises(ValidationError) as err:
        reception.sign_confirmation(
            ctx, ws.advisor, case_id, signer_name="欧阳娜娜", method="pad", version=7
        )
    assert err.value.code == "case.snapshot_mismatch"
    signed_at = clock.t
    reception.sign_confirmation(ctx, ws.advisor, case_id, signer_name="欧阳娜娜", method="pad")
    with ctx.db.read() as session:
        signature = session.execute(
            select(Signature).where(Signature.case_id == case_id)
        ).scalar_one()
    snapshot = json.loads(signature.snapshot)
    assert snapshot["version"] == 1
    assert {item["code"]: item["decision"] for item in snapshot["lines"]} == decisions
    assert signature.kind == "confirmation_sheet"
    assert len(signature.snapshot_sha256) == 64

    # W1: dispatch by the team lead within 5 minutes; work needs an assigned technician.
    with pytest.raises(TransitionError) as err:
        bay.start_work(ctx, ws.lead, case_id)
    assert err.value.code == "lifecycle.not_allowed"
    with pytest.raises(PermissionDenied):
        dispatch.dispatch(ctx, ws.advisor, case_id)
    clock.advance(minutes=5)
    dispatch.dispatch(ctx, ws.lead, case_id)
    w1 = _sla(queries.case_detail(ctx, case_id).sla, "W1")
    assert (w1.status, w1.due) == (SlaStatus.MET, signed_at + timedelta(minutes=5))
    with pytest.raises(TransitionError) as err:
        bay.start_work(ctx, ws.lead, case_id)
    assert err.value.code == "lifecycle.w1_unassigned"
    with pytest.raises(ValidationError) as err:
        dispatch.assign(ctx, ws.lead, case_id, ws.advisor.staff_id)
    assert err.value.code == "case.not_technician"
    with pytest.raises(PermissionDenied):
        dispatch.assign(ctx, ws.tech, case_id, ws.tech.staff_id)
    dispatch.assign(ctx, ws.lead, case_id, ws.tech.staff_id, difficulty=2)
    assert dispatch.active_assignment(ctx, case_id) == ws.tech.staff_id
    with pytest.raises(PermissionDenied) as err:
        bay.start_work(ctx, ws.tech2, case_id)
    assert err.value.code == "case.not_assigned_to_you"
    clock.advance(minutes=2)
    bay.start_work(ctx, ws.tech, case_id)

    # W2: only the confirmed part, by the bay; W3: no key-step media without consent.
    with pytest.raises(TransitionError) as err:
        fitting.fit_part(ctx, ws.tech, cabin, part_no=CABIN_FILTER)
    assert err.value.code == "lifecycle.w2_not_confirmed"
    with pytest.raises(TransitionError) as err:
        fitting.fit_part(ctx, ws.tech, labor, part_no=BRAKE_LABOR)
    assert err.value.code == "lifecycle.w2_not_a_part_line"
    with pytest.raises(ValidationError):
        fitting.fit_part(ctx, ws.tech, pads, part_no="43022-TBA-A01")  # a substitute
    with pytest.raises(PermissionDenied):
        fitting.fit_part(ctx, ws.qc, pads, part_no=BRAKE_PADS)
    with pytest.raises(ValidationError) as err:
        key_steps.record_key_step(ctx, ws.tech, case_id, title="拆卸卡钳")
    assert err.value.code == "keystep.no_consent"
    key_steps.record_key_step(ctx, ws.tech, case_id, title="拆卸卡钳", with_media=False)
    key_steps.record_consent(ctx, ws.tech, case_id, given=True, method="in_person")
    key_steps.record_key_step(ctx, ws.tech, case_id, title="扭矩紧固")
    use_id = fitting.fit_part(ctx, ws.tech, pads, part_no=BRAKE_PADS.lower(), batch="B2026-11")
    clock.advance(minutes=50)
    bay.finish_work(ctx, ws.tech, case_id)
    assert ws.state(case_id) == "qc"

    # D1: QC by the inspector only; a fail goes back to the bay as rework.
    with pytest.raises(PermissionDenied):
        qc.record_qc(ctx, ws.advisor, case_id, passed=True, checklist=QC_OK)
    with pytest.raises(ValidationError):
        qc.record_qc(ctx, ws.qc, case_id, passed=True, checklist={**QC_OK, "clean": False})
    with pytest.raises(ValidationError):
        qc.record_qc(ctx, ws.qc, case_id, passed=False, checklist=QC_OK, notes=" ")
    with pytest.raises(TransitionError) as err:
        handover.deliver(ctx, ws.advisor, case_id, checklist=HANDED_OVER)
    assert err.value.code == "lifecycle.not_allowed"
    qc.record_qc(
        ctx, ws.qc, case_id, passed=False, checklist={**QC_OK, "clean": False},
        failed={"clean": "有油污"},
    )  # fmt: skip
    assert ws.state(case_id) == "in_work"
    with pytest.raises(ValidationError):
        settle_svc.settle(ctx, ws.advisor, case_id)
    clock.advance(minutes=15)
    bay.finish_work(ctx, ws.tech, case_id)
    ws.pass_qc(case_id)
    assert ws.state(case_id) == "ready"
    assert queries.case_detail(ctx, case_id).qc_results == ("fail", "pass")
    assert _count(ws, QcInspection, case_id=case_id) == 2
    assert _count(ws, CustomerMessage, case_id=case_id, kind="ready") == 1

    # D4: the settlement is signed before delivery.
    with pytest.raises(TransitionError) as err:
        handover.deliver(ctx, ws.advisor, case_id, checklist=HANDED_OVER)
    assert err.value.code == "lifecycle.d4_unsigned_settlement"
    with pytest.raises(ValidationError) as err:
        settle_svc.settle(ctx, ws.advisor, case_id, discount="200.01", discount_reason="老客户")
    assert err.value.code == "settlement.discount_over_limit"  # beyond the advisor's limit
    with pytest.raises(ValidationError) as err:
        settle_svc.settle(ctx, ws.advisor, case_id, discount="80.00")
    assert err.value.code == "settlement.discount_reason"
    settle_svc.settle(ctx, ws.advisor, case_id)
    assert settle_svc.settlement_total(ctx, case_id) == Decimal("881.40")  # 780 + 13 % VAT
    with pytest.raises(TransitionError) as err:
        handover.deliver(ctx, ws.advisor, case_id, checklist=HANDED_OVER)
    assert err.value.code == "lifecycle.d4_unsigned_settlement"
    settle_svc.settle(ctx, ws.advisor, case_id, discount="80.00", discount_reason="老客户")
    assert settle_svc.settlement_total(ctx, case_id) == Decimal("791.00")  # (780-80)*1.13
    settle_svc.sign_settlement(ctx, ws.advisor, case_id, signer_name="欧阳娜娜", method="pad")
    with pytest.raises(ValidationError):
        handover.deliver(ctx, ws.advisor, case_id, checklist={**HANDED_OVER, "demonstrated": False})
    clock.advance(minutes=30)
    handover.deliver(ctx, ws.advisor, case_id, checklist=HANDED_OVER)
    assert ws.state(case_id) == "delivered"
    with ctx.db.read() as session:
        assert session.get(PartUse, use_id).packaging_state == "shown_to_customer"
        settlement = session.execute(
            select(Settlement).where(Settlement.case_id == case_id, Settlement.version == 2)
        ).scalar_one()
        sig = session.execute(
            select(Signature).where(Signature.case_id == case_id, Signature.kind == "settlement")
        ).scalar_one()
        signed = settle_svc.signed_text(session, sig)
    assert sig.subject_version == 2
    # Signed exactly as recorded, and stored once (issue 12): the settlement holds the text.
    assert signed == settlement.snapshot
    assert sig.snapshot_sha256 == hashlib.sha256(signed.encode()).hexdigest()
    assert sig.snapshot == ""
    diffs = json.loads(settlement.snapshot)["differences"]
    assert [(d["key"], d["amount"], d["reason"]) for d in diffs] == [
        ("discount", "-80.00", "老客户"),
        ("tax", "-10.40", ""),
    ]
    assert _count(ws, Delivery, case_id=case_id) == 1

    # P5: feedback before closing.
    with pytest.raises(TransitionError) as err:
        aftercare.close(ctx, ws.advisor, case_id)
    assert err.value.code == "lifecycle.p5_no_feedback"
    with pytest.raises(ValidationError):
        aftercare.record_feedback(ctx, ws.advisor, case_id, score=6)
    aftercare.record_feedback(ctx, ws.advisor, case_id, score=5, comment="讲解清楚")
    aftercare.close(ctx, ws.advisor, case_id)
    assert ws.state(case_id) == "closed"
    with pytest.raises(TransitionError):
        aftercare.cancel(ctx, ws.advisor, case_id, "客户改主意")

    # The timeline tells the whole story in order, each step by its actor.
    detail = queries.case_detail(ctx, case_id)
    kinds = [e.kind for e in detail.events]
    for earlier, later in zip(
        [
            "opened",
            "start_inspection",
            "inspection",
            "damage_marked",
            "line_added",
            "estimate",
            "request_signature",
            "decision",
            "sign_confirmation",
            "dispatch",
            "assign",
            "start_work",
            "part_fitted",
            "finish_work",
            "qc_fail",
            "qc_pass",
            "settle",
            "sign_settlement",
            "deliver",
            "feedback",
            "close",
        ][:-1],
        [
            "start_inspection",
            "inspection",
            "damage_marked",
            "line_added",
            "estimate",
            "request_signature",
            "decision",
            "sign_confirmation",
            "dispatch",
            "assign",
            "start_work",
            "part_fitted",
            "finish_work",
            "qc_fail",
            "qc_pass",
            "settle",
            "sign_settlement",
            "deliver",
            "feedback",
            "close",
        ],
        strict=True,
    ):
        assert kinds.index(earlier) < kinds.index(later), (earlier, later)
    by_kind = {e.kind: e for e in detail.events}
    assert by_kind["dispatch"].staff_name == "张强"
    assert by_kind["qc_pass"].staff_name == "黄伟"
    assert by_kind["opened"].staff_name == "李娜"
    assert (by_kind["qc_fail"].from_state, by_kind["qc_fail"].to_state) == ("qc", "in_work")
    assert detail.damages[0].id == mark_id
    assert detail.allowed_actions == ()
    with ctx.db.read() as session:
        verdict = audit.verify_chain(session)
    assert verdict.ok, verdict.problems
    assert verdict.checked > 30  # facts rows record are no chain links (issue 12)


def test_revising_after_signing_needs_a_new_signature(workshop: Any) -> None:
    ws = workshop
    ctx = ws.ctx
    case_id = ws.walk_in()
    ws.drive(case_id, "dispatched")
    with pytest.raises(ValidationError):
        reception.revise_estimate(ctx, ws.advisor, case_id, "  ")
    with pytest.raises(PermissionDenied):
        reception.revise_estimate(ctx, ws.tech, case_id, "加项目")
    reception.revise_estimate(ctx, ws.advisor, case_id, "拆检发现刹车盘磨损")
    detail = queries.case_detail(ctx, case_id)
    assert (detail.state, detail.estimate_version, detail.signed_version) == ("estimated", 2, 1)
    # No work on an unsigned version (P4): the case has left the bay's states.
    with pytest.raises(TransitionError):
        bay.start_work(ctx, ws.tech, case_id)
    with pytest.raises(TransitionError):
        dispatch.dispatch(ctx, ws.lead, case_id)
    disc = reception.add_line(
        ctx, ws.advisor, case_id, LineInput(kind="part", code="45251-TBA-A00", reason="磨损")
    )
    reception.decide(ctx, ws.advisor, disc, Decision.APPROVED)
    reception.request_signature(ctx, ws.advisor, case_id)
    with pytest.raises(ValidationError) as err:
        reception.sign_confirmation(
            ctx, ws.advisor, case_id, signer_name="王伟", method="paper", version=1
        )
    assert err.value.params == {"signed": 1, "current": 2}
    reception.sign_confirmation(
        ctx, ws.advisor, case_id, signer_name="王伟", method="paper", version=2
    )
    with ctx.db.read() as session:
        signatures = session.execute(
            select(Signature.subject_version, Signature.snapshot)
            .where(Signature.case_id == case_id)
            .order_by(Signature.subject_version)
        ).all()
    # The first signature stays on record untouched next to the new one.
    assert [v for v, _ in signatures] == [1, 2]
    assert "45251-TBA-A00" not in signatures[0][1]
    assert "45251-TBA-A00" in signatures[1][1]
    detail = queries.case_detail(ctx, case_id)
    assert next(ln for ln in detail.lines if ln.code == "45251-TBA-A00").added_in_version == 2
    dispatch.dispatch(ctx, ws.lead, case_id)
    bay.start_work(ctx, ws.tech, case_id)  # technician kept from the first round
    assert ws.state(case_id) == "in_work"


def test_revise_from_awaiting_signature_and_confirmed(workshop: Any) -> None:
    ws = workshop
    for target in ("awaiting_signature", "confirmed"):
        case_id = ws.walk_in(phone="13800138001" if target == "confirmed" else "13800138000")
        ws.drive(case_id, target)
        reception.revise_estimate(ws.ctx, ws.advisor, case_id, "客户要求加项")
        assert ws.state(case_id) == "estimated"
    case_id = ws.walk_in(phone="13800138002")
    ws.drive(case_id, "in_work")
    # Issue 8 item 5: mid-job the case stays in work for the approved lines (no new version
    # until the customer approves the added lines).
    reception.revise_estimate(ws.ctx, ws.advisor, case_id, "拆检发现新问题")
    assert ws.state(case_id) == "in_work"
    assert queries.case_detail(ws.ctx, case_id).signed_version == 1


def test_signed_lines_are_locked(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "confirmed")
    line_id = ws.lines(case_id)[BRAKE_PADS]
    with pytest.raises(TransitionError) as err:
        reception.add_line(ws.ctx, ws.advisor, case_id, LineInput(kind="labor", code="L-ALIGN"))
    assert err.value.code == "case.signed_line_locked"
    with pytest.raises(TransitionError):
        reception.decide(ws.ctx, ws.advisor, line_id, Decision.DECLINED, acknowledged=True)
    with pytest.raises(TransitionError):
        reception.remove_line(ws.ctx, ws.advisor, line_id)


def test_pending_observation_needs_a_note(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    reception.start_inspection(ws.ctx, ws.advisor, case_id)
    with pytest.raises(TransitionError) as err:
        reception.pend_observation(ws.ctx, ws.advisor, case_id, "   ")
    assert err.value.code == "lifecycle.i3_no_note"
    assert ws.state(case_id) == "inspecting"
    reception.pend_observation(ws.ctx, ws.tech, case_id, "异响未复现：冷车再试，查张紧轮")
    assert ws.state(case_id) == "pending_observation"
    assert queries.case_detail(ws.ctx, case_id).pending_observation.startswith("异响未复现")
    # I4: an estimate needs lines, from a pending observation too.
    with pytest.raises(TransitionError) as err:
        reception.finish_estimate(ws.ctx, ws.advisor, case_id)
    assert err.value.code == "lifecycle.i4_no_lines"
    reception.resume_inspection(ws.ctx, ws.advisor, case_id)
    assert ws.state(case_id) == "inspecting"


def test_removed_lines_do_not_count(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    reception.start_inspection(ws.ctx, ws.advisor, case_id)
    lines = ws.add_standard_lines(case_id)
    reception.remove_line(ws.ctx, ws.advisor, lines[CABIN_FILTER])
    assert set(ws.lines(case_id)) == {BRAKE_LABOR, BRAKE_PADS}
    with pytest.raises(NotFound):
        reception.decide(ws.ctx, ws.advisor, lines[CABIN_FILTER], Decision.APPROVED)


def test_declining_everything_leaves_nothing_to_sign(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "estimated")
    for line_id in ws.lines(case_id).values():
        reception.decide(ws.ctx, ws.advisor, line_id, Decision.DECLINED, acknowledged=True)
    reception.request_signature(ws.ctx, ws.advisor, case_id)
    with pytest.raises(TransitionError) as err:
        reception.sign_confirmation(ws.ctx, ws.advisor, case_id, signer_name="王伟", method="pad")
    assert err.value.code == "lifecycle.p4_nothing_approved"
    aftercare.cancel(ws.ctx, ws.advisor, case_id, "客户决定暂不维修")
    assert ws.state(case_id) == "cancelled"


def test_acknowledged_safety_decline_is_recorded(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "estimated")
    lines = ws.lines(case_id)
    reception.decide(ws.ctx, ws.advisor, lines[BRAKE_LABOR], Decision.APPROVED)
    reception.decide(ws.ctx, ws.advisor, lines[BRAKE_PADS], Decision.DECLINED, acknowledged=True)
    reception.decide(ws.ctx, ws.advisor, lines[CABIN_FILTER], Decision.APPROVED)
    reception.request_signature(ws.ctx, ws.advisor, case_id)
    reception.sign_confirmation(ws.ctx, ws.advisor, case_id, signer_name="王伟", method="pad")
    pads = next(ln for ln in queries.case_detail(ws.ctx, case_id).lines if ln.code == BRAKE_PADS)
    assert (pads.decision, pads.acknowledged) == ("declined", True)


@pytest.mark.parametrize(
    "state",
    [
        "reception",
        "inspecting",
        "estimated",
        "awaiting_signature",
        "confirmed",
        "dispatched",
        "paused",
    ],
)
def test_cancel_from_allowed_states(workshop: Any, state: str) -> None:
    ws = workshop
    case_id = ws.walk_in()
    if state == "paused":
        ws.drive(case_id, "in_work")
        bay.pause_work(ws.ctx, ws.tech, case_id, "等待配件")
    else:
        ws.drive(case_id, state)
    with pytest.raises(ValidationError):
        aftercare.cancel(ws.ctx, ws.advisor, case_id, "")
    with pytest.raises(PermissionDenied):
        aftercare.cancel(ws.ctx, ws.tech, case_id, "不修了")
    aftercare.cancel(ws.ctx, ws.advisor, case_id, "客户决定暂不维修")
    assert ws.state(case_id) == "cancelled"
    with pytest.raises(TransitionError):
        aftercare.cancel(ws.ctx, ws.advisor, case_id, "再取消一次")


@pytest.mark.parametrize("state", ["in_work", "qc", "ready", "delivered"])
def test_cancel_refused_once_work_runs(workshop: Any, state: str) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, state)
    with pytest.raises(TransitionError) as err:
        aftercare.cancel(ws.ctx, ws.manager, case_id, "取消")
    assert err.value.code == "aftercare.cancel_state"  # issue 9 item 8: a clear message
    assert ws.state(case_id) == state


def test_pause_and_resume(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "in_work")
    bay.pause_work(ws.ctx, ws.tech, case_id, "等待配件")
    assert ws.state(case_id) == "paused"
    with pytest.raises(TransitionError):
        bay.finish_work(ws.ctx, ws.tech, case_id)
    bay.resume_work(ws.ctx, ws.tech, case_id)
    bay.finish_work(ws.ctx, ws.tech, case_id)
    assert ws.state(case_id) == "qc"
    assert ws.scalar("SELECT group_concat(kind, ',') FROM job_clock WHERE case_id = :c", c=case_id)


def test_hand_over_is_explicit_and_logged(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    with pytest.raises(ValidationError):
        reception.hand_over(ws.ctx, ws.advisor, case_id, ws.advisor2.staff_id, "")
    with pytest.raises(ValidationError) as err:
        reception.hand_over(ws.ctx, ws.advisor, case_id, ws.advisor.staff_id, "交班")
    assert err.value.code == "case.same_owner"
    with pytest.raises(NotFound):
        reception.hand_over(ws.ctx, ws.advisor, case_id, "no-such-staff", "交班")
    with pytest.raises(PermissionDenied):
        reception.hand_over(ws.ctx, ws.tech, case_id, ws.advisor2.staff_id, "交班")
    reception.hand_over(ws.ctx, ws.advisor, case_id, ws.advisor2.staff_id, "王芳休假，交李娜")
    detail = queries.case_detail(ws.ctx, case_id)
    assert detail.owner.id == ws.advisor2.staff_id
    event = next(e for e in detail.events if e.kind == "hand_over")
    assert event.detail == {
        "from": ws.advisor.staff_id,
        "to": ws.advisor2.staff_id,
        "owner": "李娜",
        "reason": "王芳休假，交李娜",
    }
    assert event.staff_name == "王芳"
    # Working on the case does not move ownership (P2).
    ws.drive(case_id, "confirmed")
    assert queries.case_detail(ws.ctx, case_id).owner.id == ws.advisor2.staff_id


def test_walk_in_owner_is_who_received_the_customer(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in(by=ws.advisor2)
    detail = queries.case_detail(ws.ctx, case_id)
    assert detail.owner.id == ws.advisor2.staff_id
    assert detail.asset.plate == "粤B·D12345"
    with pytest.raises(PermissionDenied):
        ws.walk_in(by=ws.qc, phone="13800138009")
    # The same phone is the same customer; the same plate the same vehicle.
    again = ws.walk_in(by=ws.advisor, name="王伟", phone="138 0013 8000", plate="粤BD12345")
    second = queries.case_detail(ws.ctx, again)
    assert second.customer.id == detail.customer.id
    assert second.asset.id == detail.asset.id
    assert second.owner.id == ws.advisor.staff_id
    assert second.order_no.endswith("-0002")


def test_bad_counter_input_is_refused(workshop: Any) -> None:
    ws = workshop
    with pytest.raises(ValidationError) as err:
        ws.walk_in(phone="12345")
    assert err.value.code == "validate.phone"
    with pytest.raises(ValidationError) as err:
        ws.walk_in(plate="XX-123")
    assert err.value.code == "validate.plate"
    with pytest.raises(ValidationError) as err:
        ws.walk_in(plate="", vin="1M8GDM9A1KP042788")
    assert err.value.code == "validate.vin_check"
    with pytest.raises(ValidationError) as err:
        appointments.book(
            ws.ctx,
            ws.advisor,
            customer=CustomerInput(name="王伟", phone="13800138000"),
            asset=AssetInput(kind="vehicle", plate="粤B·D12345"),
            channel="pigeon",
            desired_at=ws.clock.t + timedelta(hours=1),
            fault_description="异响",
        )
    assert err.value.code == "appointment.channel"
    with pytest.raises(ValidationError) as err:
        appointments.book(
            ws.ctx,
            ws.advisor,
            customer=CustomerInput(name="王伟", phone="13800138000"),
            asset=AssetInput(kind="vehicle", plate="粤B·D12345"),
            channel="store",
            desired_at=ws.clock.t - timedelta(hours=1),
            fault_description="异响",
        )
    assert err.value.code == "appointment.past"
    with ws.ctx.db.read() as session:
        assert session.execute(select(func.count()).select_from(ServiceCase)).scalar_one() == 0


def test_appliance_walk_in(workshop: Any) -> None:
    ws = workshop
    opened = appointments.walk_in(
        ws.ctx,
        ws.advisor,
        customer=CustomerInput(name="李", phone="020-38881234"),
        asset=AssetInput(kind="appliance", brand="格力", model="KFR-35GW", serial="gr123456"),
        fault_description="空调不制冷",
    )
    detail = queries.case_detail(ws.ctx, opened.case_id)
    assert detail.asset.serial == "GR123456"
    assert detail.asset.kind == "appliance"
    with pytest.raises(ValidationError):
        appointments.walk_in(
            ws.ctx,
            ws.advisor,
            customer=CustomerInput(name="李", phone="020-38881234"),
            asset=AssetInput(kind="appliance", brand="格力", model="", serial="X1"),
            fault_description="空调不制冷",
        )


def test_complaint_and_rework_linked_to_the_original(workshop: Any) -> None:
    ws = workshop
    original = ws.walk_in()
    ws.drive(original, "in_work")
    with pytest.raises(ValidationError) as err:
        aftercare.open_rework(ws.ctx, ws.advisor, original, reason="异响又出现")
    assert err.value.code == "case.rework_source"
    ws.drive(original, "closed")
    with pytest.raises(ValidationError):
        aftercare.open_complaint(ws.ctx, ws.advisor, original, category="weather", description="x")
    complaint = aftercare.open_complaint(
        ws.ctx, ws.advisor2, original, category="quality", description="刹车异响又出现"
    )
    ws.clock.advance(days=3)
    rework_id = aftercare.open_rework(
        ws.ctx, ws.advisor2, original, reason="返修：刹车异响", complaint_id=complaint
    )
    rework = queries.case_detail(ws.ctx, rework_id)
    first = queries.case_detail(ws.ctx, original)
    assert rework.rework_of_id == first.id
    assert rework.owner.id == ws.advisor.staff_id  # P2: the original owner
    assert rework.urgent
    assert rework.state == "reception"
    assert rework.customer.id == first.customer.id
    assert rework.asset.id == first.asset.id
    assert any(
        e.kind == "rework_opened" and e.detail["rework"] == rework.order_no for e in first.events
    )
    assert any(e.kind == "complaint" for e in first.events)
    assert ws.scalar("SELECT rework_case_id FROM complaint WHERE id = :c", c=complaint) == rework_id
    ws.drive(rework_id, "closed")


def test_progress_and_delay_messages(workshop: Any) -> None:
    ws = workshop
    ctx, clock = ws.ctx, ws.clock
    case_id = ws.walk_in()
    ws.drive(case_id, "in_work")
    promise = clock.t + timedelta(hours=3)
    dispatch.set_promise(ctx, ws.advisor, case_id, promise)
    w5 = _sla(queries.case_detail(ctx, case_id).sla, "W5")
    assert (w5.status, w5.due) == (SlaStatus.RUNNING, promise - timedelta(minutes=30))
    clock.advance(minutes=60)
    dispatch.progress_update(ctx, ws.advisor, case_id, "拆检完成，正在更换刹车片")
    with pytest.raises(ValidationError):
        dispatch.announce_delay(
            ctx, ws.advisor, case_id, reason_code="parts_out_of_stock", reason="缺货",
            new_eta=clock.t, compensation="car_wash",
        )  # fmt: skip
    clock.set(promise - timedelta(minutes=31))
    dispatch.announce_delay(
        ctx,
        ws.tech,
        case_id,
        reason_code="parts_out_of_stock",
        reason="配件缺货",
        new_eta=promise + timedelta(hours=2),
        compensation="car_wash",
    )
    detail = queries.case_detail(ctx, case_id)
    assert detail.promised_at == promise + timedelta(hours=2)
    kinds = [m.kind for m in detail.messages]
    assert kinds == ["progress", "delay"]
    delay = detail.messages[1]
    assert "配件缺货" in delay.body
    assert "免费洗车一次" in delay.body
    assert delay.to_masked == "138****8000"
    # The notice came 31 minutes before the old promise (met); the new promise runs.
    w5 = _sla(detail.sla, "W5")
    assert (w5.status, w5.due) == (SlaStatus.RUNNING, promise + timedelta(minutes=90))


def test_sla_clocks_of_a_case_move_with_the_clock(workshop: Any) -> None:
    ws = workshop
    ctx, clock = ws.ctx, ws.clock
    case_id = ws.walk_in(urgent=True)
    ws.drive(case_id, "confirmed")
    signed = clock.t
    w1 = _sla(queries.case_detail(ctx, case_id).sla, "W1")
    assert (w1.status, w1.due) == (SlaStatus.RUNNING, signed + timedelta(minutes=5))
    clock.set(signed + timedelta(minutes=3))
    assert _sla(queries.case_detail(ctx, case_id).sla, "W1").status is SlaStatus.DUE_SOON
    clock.set(signed + timedelta(minutes=5))
    assert _sla(queries.case_detail(ctx, case_id).sla, "W1").status is SlaStatus.DUE_SOON
    clock.set(signed + timedelta(minutes=5, seconds=1))
    detail = queries.case_detail(ctx, case_id)
    assert _sla(detail.sla, "W1").status is SlaStatus.OVERDUE
    assert _sla(detail.sla, "W1-urgent").status is SlaStatus.RUNNING
    dispatch.dispatch(ctx, ws.lead, case_id)
    assert _sla(queries.case_detail(ctx, case_id).sla, "W1").status is SlaStatus.MISSED


def test_inquiries_have_p3_clocks(workshop: Any) -> None:
    ws = workshop
    ctx, clock = ws.ctx, ws.clock
    t0 = clock.t
    urgent = appointments.log_inquiry(
        ctx,
        ws.advisor,
        customer=CustomerInput(name="赵敏", phone="13700137000"),
        channel="hotline",
        question="车在高速上抛锚了怎么办？",
        urgent=True,
    )
    normal = appointments.log_inquiry(
        ctx, ws.advisor, customer=None, channel="app", question="保养多少钱？", urgent=False
    )
    assert [(s.rule, s.status, s.due) for s in urgent.sla] == [
        ("P3-urgent", SlaStatus.RUNNING, t0 + timedelta(minutes=30))
    ]
    assert [(s.rule, s.status, s.due) for s in normal.sla] == [
        ("P3", SlaStatus.RUNNING, t0 + timedelta(hours=2))
    ]
    assert urgent.customer_name == "赵敏"
    clock.advance(minutes=30, seconds=1)
    waiting = {i.id: i for i in appointments.open_inquiries(ctx)}
    assert waiting[urgent.id].sla[0].status is SlaStatus.OVERDUE
    assert waiting[normal.id].sla[0].status is SlaStatus.RUNNING
    replied = appointments.reply_inquiry(ctx, ws.advisor, urgent.id, "已安排救援车辆")
    assert replied.sla[0].status is SlaStatus.MISSED
    clock.set(t0 + timedelta(hours=2))
    replied = appointments.reply_inquiry(ctx, ws.advisor2, normal.id, "基础保养约600元")
    assert replied.sla[0].status is SlaStatus.MET
    assert appointments.open_inquiries(ctx) == []
    with pytest.raises(PermissionDenied):
        appointments.log_inquiry(
            ctx, ws.tech, customer=None, channel="app", question="?", urgent=False
        )
    with pytest.raises(NotFound):
        appointments.reply_inquiry(ctx, ws.advisor, "nope", "x")


def test_urgent_booking_fast_track_a3(workshop: Any) -> None:
    ws = workshop
    ctx, clock = ws.ctx, ws.clock
    t0 = clock.t
    appt = appointments.book(
        ctx,
        ws.advisor,
        customer=CustomerInput(name="孙", phone="13600136000"),
        asset=AssetInput(kind="vehicle", plate="粤A·12345"),
        channel="hotline",
        desired_at=t0 + timedelta(minutes=30),
        fault_description="无法启动",
        urgent=True,
    )
    assert {s.rule: s.due for s in appt.sla} == {
        "A2": t0 + timedelta(minutes=15),
        "A3": t0 + timedelta(minutes=60),
    }
    clock.advance(minutes=16)
    with pytest.raises(ValidationError):
        appointments.arrange_fast_track(ctx, ws.advisor, appt.id)
    clock.set(t0 + timedelta(minutes=60))
    arranged = appointments.arrange_fast_track(ctx, ws.advisor, appt.id, bay="快修2号")
    statuses = {s.rule: s.status for s in arranged.sla}
    assert statuses == {"A2": SlaStatus.OVERDUE, "A3": SlaStatus.MET}
    # Arriving before confirmation ends the A2 clock's relevance but is allowed (I1).
    opened = appointments.arrive(
        ctx, ws.advisor, appt.id, identity_checked=True, appointment_checked=True
    )
    assert queries.case_detail(ctx, opened.case_id).urgent


def test_no_show_and_cancel_appointment(workshop: Any) -> None:
    ws = workshop
    ctx = ws.ctx

    def booked(phone: str) -> Any:
        return appointments.book(
            ctx,
            ws.advisor,
            customer=CustomerInput(name="钱", phone=phone),
            asset=AssetInput(kind="vehicle", plate="粤A·1234" + phone[-1]),
            channel="store",
            desired_at=ws.clock.t + timedelta(hours=1),
            fault_description="保养",
        )

    first = booked("13500135001")
    with pytest.raises(TransitionError):
        appointments.no_show(ctx, ws.advisor, first.id)  # not confirmed yet
    appointments.confirm(ctx, ws.advisor, first.id)
    assert appointments.no_show(ctx, ws.advisor, first.id).state == "no_show"
    with pytest.raises(TransitionError):
        appointments.arrive(
            ctx, ws.advisor, first.id, identity_checked=True, appointment_checked=True
        )
    second = booked("13500135002")
    with pytest.raises(PermissionDenied):
        appointments.cancel(ctx, ws.tech, second.id, "客户取消")
    assert appointments.cancel(ctx, ws.advisor, second.id, "客户取消").state == "cancelled"
    with pytest.raises(TransitionError):
        appointments.confirm(ctx, ws.advisor, second.id)
    with pytest.raises(NotFound):
        appointments.confirm(ctx, ws.advisor, "no-such-appointment")


def test_case_events_and_rows_carry_the_workshop_clock(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "confirmed")
    with ws.ctx.db.read() as session:
        stamps = session.execute(
            select(CaseEvent.at).where(CaseEvent.case_id == case_id).order_by(CaseEvent.at)
        ).scalars()
        times = list(stamps)
    assert times[0] == ws.clock.t - timedelta(minutes=4)
    assert times[-1] == ws.clock.t


def test_estimate_tax_rounds_half_up_like_the_settlement(workshop: Any) -> None:
    """12.50 yuan of labor: 13 % VAT is exactly 1.625, which rounds half up to 1.63 on the
    estimate as on the settlement (money is never banker's-rounded)."""
    ws = workshop
    case_id = ws.walk_in()
    reception.start_inspection(ws.ctx, ws.advisor, case_id)
    line = reception.add_line(
        ws.ctx,
        ws.advisor,
        case_id,
        LineInput(kind="labor", description="紧固螺丝", hours="0.05", rate="250"),
    )
    totals = queries.case_detail(ws.ctx, case_id).totals
    assert totals.labor == Decimal("12.50")
    assert totals.tax == Decimal("1.63")
    assert totals.total == Decimal("14.13")
    reception.finish_estimate(ws.ctx, ws.advisor, case_id)
    reception.decide(ws.ctx, ws.advisor, line, Decision.APPROVED)
    ws.drive(case_id, "ready")
    settle_svc.settle(ws.ctx, ws.advisor, case_id)
    assert settle_svc.settlement_total(ws.ctx, case_id) == totals.total


def test_w1_restarts_when_a_revision_is_signed(workshop: Any) -> None:
    ws = workshop
    ctx, clock = ws.ctx, ws.clock
    case_id = ws.walk_in()
    ws.drive(case_id, "dispatched")
    reception.revise_estimate(ctx, ws.advisor, case_id, "加项目")
    reception.request_signature(ctx, ws.advisor, case_id)
    clock.advance(minutes=30)
    reception.sign_confirmation(ctx, ws.advisor, case_id, signer_name="王伟", method="pad")
    resigned = clock.t
    w1 = _sla(queries.case_detail(ctx, case_id).sla, "W1")
    assert (w1.status, w1.due) == (SlaStatus.RUNNING, resigned + timedelta(minutes=5))
    clock.advance(minutes=6)
    dispatch.dispatch(ctx, ws.lead, case_id)
    w1 = _sla(queries.case_detail(ctx, case_id).sla, "W1")
    assert (w1.status, w1.due) == (SlaStatus.MISSED, resigned + timedelta(minutes=5))


def test_w5_late_delay_notice_is_missed(workshop: Any) -> None:
    """The notice is measured against the promise it breaks, not the new one it sets."""
    ws = workshop
    ctx, clock = ws.ctx, ws.clock
    case_id = ws.walk_in()
    ws.drive(case_id, "in_work")
    promise = clock.t + timedelta(hours=2)
    dispatch.set_promise(ctx, ws.advisor, case_id, promise)
    clock.set(promise - timedelta(minutes=10))  # only ten minutes before: too late
    new_eta = promise + timedelta(hours=3)
    dispatch.announce_delay(
        ctx, ws.advisor, case_id, reason_code="parts_out_of_stock", reason="配件缺货",
        new_eta=new_eta, compensation="courtesy_car", late_ok=True,
    )  # fmt: skip
    w5 = _sla(queries.case_detail(ctx, case_id).sla, "W5")
    assert (w5.status, w5.due) == (SlaStatus.MISSED, promise - timedelta(minutes=30))


def test_w5_timely_notice_then_the_new_promise_runs(workshop: Any) -> None:
    ws = workshop
    ctx, clock = ws.ctx, ws.clock
    case_id = ws.walk_in()
    ws.drive(case_id, "in_work")
    promise = clock.t + timedelta(hours=2)
    dispatch.set_promise(ctx, ws.advisor, case_id, promise)
    clock.set(promise - timedelta(minutes=30))
    new_eta = promise + timedelta(hours=3)
    dispatch.announce_delay(
        ctx, ws.advisor, case_id, reason_code="parts_out_of_stock", reason="配件缺货",
        new_eta=new_eta, compensation="courtesy_car",
    )  # fmt: skip
    w5 = _sla(queries.case_detail(ctx, case_id).sla, "W5")
    assert (w5.status, w5.due) == (SlaStatus.RUNNING, new_eta - timedelta(minutes=30))
    clock.set(new_eta - timedelta(minutes=29))
    assert _sla(queries.case_detail(ctx, case_id).sla, "W5").status is SlaStatus.OVERDUE
    clock.set(new_eta - timedelta(hours=1))
    bay.finish_work(ctx, ws.tech, case_id)
    clock.set(new_eta + timedelta(hours=1))
    assert _sla(queries.case_detail(ctx, case_id).sla, "W5").status is SlaStatus.MET
