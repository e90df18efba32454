"""Every service checks the acting staff member's role first (roles.PERMISSIONS), and logging
in checks the argon2-hashed PIN."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.domain.errors import PermissionDenied, UserError, ValidationError
from app.domain.lifecycle import Decision
from app.domain.roles import PERMISSIONS, Action, Role
from app.services import (
    aftercare,
    appointments,
    bay,
    dispatch,
    fitting,
    handover,
    job,
    key_steps,
    messaging,
    qc,
    reception,
    staff,
)
from app.services import settlement as settle_svc
from app.services.context import Actor
from app.services.customers import AssetInput, CustomerInput
from app.services.reception import LineInput
from app.services.setup import dealer_info, is_set_up, open_workstation, set_up_dealer
from app.store.models import AuditEvent, Staff

NOBODY = "00000000-0000-7000-8000-000000000000"
WHEN = datetime(2026, 11, 27, 12, 0)
BAD_CUSTOMER = CustomerInput(name="x", phone="bad")
BAD_ASSET = AssetInput(kind="vehicle", plate="bad")

Call = Callable[[Any, Actor], object]

# Each service with the permission it needs. Arguments are deliberately wrong or point at
# nothing, so an allowed role gets a validation or not-found error and nothing is written.
CALLS: list[tuple[str, Action, Call]] = [
    ("book", Action.BOOK, lambda c, a: appointments.book(
        c, a, customer=BAD_CUSTOMER, asset=BAD_ASSET, channel="x", desired_at=WHEN,
        fault_description="x")),
    ("confirm", Action.CONFIRM_APPOINTMENT, lambda c, a: appointments.confirm(c, a, NOBODY)),
    ("fast_track", Action.CONFIRM_APPOINTMENT,
     lambda c, a: appointments.arrange_fast_track(c, a, NOBODY)),
    ("remind", Action.REMIND, lambda c, a: appointments.remind(c, a, NOBODY)),
    ("cancel_appt", Action.CANCEL_APPOINTMENT,
     lambda c, a: appointments.cancel(c, a, NOBODY, "x")),
    ("no_show", Action.CANCEL_APPOINTMENT, lambda c, a: appointments.no_show(c, a, NOBODY)),
    ("arrive", Action.ARRIVE, lambda c, a: appointments.arrive(
        c, a, NOBODY, identity_checked=False, appointment_checked=False)),
    ("walk_in", Action.ARRIVE, lambda c, a: appointments.walk_in(
        c, a, customer=BAD_CUSTOMER, asset=BAD_ASSET, fault_description="x")),
    ("log_inquiry", Action.ANSWER_INQUIRY, lambda c, a: appointments.log_inquiry(
        c, a, customer=None, channel="app", question="", urgent=False)),
    ("reply_inquiry", Action.ANSWER_INQUIRY,
     lambda c, a: appointments.reply_inquiry(c, a, NOBODY, "x")),
    ("start_inspection", Action.INSPECT,
     lambda c, a: reception.start_inspection(c, a, NOBODY)),
    ("record_inspection", Action.INSPECT, lambda c, a: reception.record_inspection(
        c, a, NOBODY, identity_checked=True, appointment_checked=True, mileage_km=-1)),
    ("mark_damage", Action.MARK_DAMAGE,
     lambda c, a: reception.mark_damage(c, a, NOBODY, zone="x", kind="dent")),
    ("add_reading", Action.RECORD_DIAGNOSIS,
     lambda c, a: reception.add_reading(c, a, NOBODY, tool="obd", code="P0300")),
    ("pend_observation", Action.RECORD_DIAGNOSIS,
     lambda c, a: reception.pend_observation(c, a, NOBODY, "x")),
    ("set_diagnosis", Action.RECORD_DIAGNOSIS,
     lambda c, a: reception.set_diagnosis(c, a, NOBODY, "x")),
    ("add_line", Action.ESTIMATE,
     lambda c, a: reception.add_line(c, a, NOBODY, LineInput(kind="labor"))),
    ("remove_line", Action.ESTIMATE, lambda c, a: reception.remove_line(c, a, NOBODY)),
    ("decide", Action.RECORD_DECISION,
     lambda c, a: reception.decide(c, a, NOBODY, Decision.APPROVED)),
    ("finish_estimate", Action.ESTIMATE,
     lambda c, a: reception.finish_estimate(c, a, NOBODY)),
    ("request_signature", Action.ESTIMATE,
     lambda c, a: reception.request_signature(c, a, NOBODY)),
    ("revise_estimate", Action.ESTIMATE,
     lambda c, a: reception.revise_estimate(c, a, NOBODY, "")),
    ("sign_confirmation", Action.SIGN_CONFIRMATION, lambda c, a: reception.sign_confirmation(
        c, a, NOBODY, signer_name="x", method="fax")),
    ("hand_over", Action.HAND_OVER, lambda c, a: reception.hand_over(c, a, NOBODY, NOBODY, "")),
    ("dispatch", Action.DISPATCH, lambda c, a: dispatch.dispatch(c, a, NOBODY)),
    ("assign", Action.ASSIGN, lambda c, a: dispatch.assign(c, a, NOBODY, NOBODY)),
    ("start_work", Action.WORK, lambda c, a: bay.start_work(c, a, NOBODY)),
    ("pause_work", Action.WORK, lambda c, a: bay.pause_work(c, a, NOBODY, "x")),
    ("resume_work", Action.WORK, lambda c, a: bay.resume_work(c, a, NOBODY)),
    ("finish_work", Action.WORK, lambda c, a: bay.finish_work(c, a, NOBODY)),
    ("record_key_step", Action.RECORD_KEY_STEP,
     lambda c, a: key_steps.record_key_step(c, a, NOBODY, title="x", with_media=False)),
    ("fit_part", Action.FIT_PART,
     lambda c, a: fitting.fit_part(c, a, NOBODY, part_no="x", entry="lost")),
    ("fit_scanned", Action.FIT_PART, lambda c, a: fitting.fit_scanned(c, a, NOBODY, "x")),
    ("line_clock", Action.WORK, lambda c, a: job.line_clock(c, a, NOBODY, "start")),
    ("job_done", Action.WORK, lambda c, a: job.job_done(c, a, NOBODY)),
    ("progress_update", Action.PROGRESS_UPDATE,
     lambda c, a: dispatch.progress_update(c, a, NOBODY, "x")),
    ("set_promise", Action.PROGRESS_UPDATE, lambda c, a: dispatch.set_promise(c, a, NOBODY, WHEN)),
    ("announce_delay", Action.ANNOUNCE_DELAY, lambda c, a: dispatch.announce_delay(
        c, a, NOBODY, reason_code="other", reason="x", new_eta=WHEN - timedelta(days=1),
        compensation="")),
    ("record_qc", Action.QC,
     lambda c, a: qc.record_qc(c, a, NOBODY, passed=True, checklist={})),
    ("settle", Action.SETTLE, lambda c, a: settle_svc.settle(c, a, NOBODY)),
    ("sign_settlement", Action.SETTLE,
     lambda c, a: settle_svc.sign_settlement(c, a, NOBODY, signer_name="x", method="pad")),
    ("deliver", Action.DELIVER, lambda c, a: handover.deliver(c, a, NOBODY, checklist={})),
    ("record_feedback", Action.RECORD_FEEDBACK,
     lambda c, a: aftercare.record_feedback(c, a, NOBODY, score=9)),
    ("close", Action.CLOSE, lambda c, a: aftercare.close(c, a, NOBODY)),
    ("cancel_case", Action.CANCEL_CASE, lambda c, a: aftercare.cancel(c, a, NOBODY, "")),
    ("open_complaint", Action.OPEN_COMPLAINT, lambda c, a: aftercare.open_complaint(
        c, a, NOBODY, category="x", description="x")),
    ("open_rework", Action.OPEN_REWORK,
     lambda c, a: aftercare.open_rework(c, a, NOBODY, reason="x")),
    ("add_staff", Action.MANAGE_STAFF, lambda c, a: staff.add_staff(
        c, a, name="x", roles=(Role.TECHNICIAN,), pin="x")),
    ("set_template", Action.MANAGE_SETTINGS,
     lambda c, a: messaging.set_template(c, a, "reminder", "zh_CN", "{nonsense}")),
]  # fmt: skip


@pytest.fixture(scope="module")
def perm_shop(workshop_factory: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    ws = workshop_factory(tmp_path_factory.mktemp("perms") / "ws")
    yield ws
    ws.ctx.db.dispose()


def _audit_count(ws: Any) -> int:
    """Entries of the audit trail: audit events and chained case events (issue 12)."""
    events = int(ws.scalar("SELECT count(*) FROM audit_event") or 0)
    return events + int(ws.scalar("SELECT count(chain_seq) FROM case_event") or 0)


@pytest.mark.parametrize("role", list(Role), ids=str)
@pytest.mark.parametrize(("name", "action", "call"), CALLS, ids=[c[0] for c in CALLS])
def test_each_service_checks_the_role(
    perm_shop: Any, role: Role, name: str, action: Action, call: Call
) -> None:
    actor = Actor(staff_id=perm_shop.admin.staff_id, name="测试", roles=(role,))
    before = _audit_count(perm_shop)
    if action in PERMISSIONS[role]:
        with pytest.raises(UserError) as err:
            call(perm_shop.ctx, actor)
        assert not isinstance(err.value, PermissionDenied), name
    else:
        with pytest.raises(PermissionDenied) as denied:
            call(perm_shop.ctx, actor)
        assert denied.value.code == "perm.denied"
        assert denied.value.params["action"] == action.value
    assert _audit_count(perm_shop) == before


def test_every_action_a_service_needs_is_covered() -> None:
    covered = {action for _, action, _ in CALLS}
    assert covered >= set(Action) - {Action.PRINT, Action.VIEW, Action.IMPROVEMENT}


def test_named_refusals_on_a_real_case(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "awaiting_signature")
    with pytest.raises(PermissionDenied):
        reception.sign_confirmation(ws.ctx, ws.tech, case_id, signer_name="王伟", method="pad")
    ws.drive(case_id, "in_work")
    part_line = ws.lines(case_id)["45022-TBA-A01"]
    with pytest.raises(PermissionDenied):
        fitting.fit_part(ws.ctx, ws.qc, part_line, part_no="45022-TBA-A01")
    with pytest.raises(PermissionDenied):
        fitting.fit_part(ws.ctx, ws.manager, part_line, part_no="45022-TBA-A01")
    ws.drive(case_id, "qc")
    checklist = dict.fromkeys(qc.checks_for("vehicle"), True)
    with pytest.raises(PermissionDenied):
        qc.record_qc(ws.ctx, ws.advisor, case_id, passed=True, checklist=checklist)
    with pytest.raises(PermissionDenied):
        qc.record_qc(ws.ctx, ws.manager, case_id, passed=True, checklist=checklist)
    assert ws.state(case_id) == "qc"
    ws.pass_qc(case_id)
    assert ws.state(case_id) == "ready"


def test_login_checks_the_pin(workshop: Any) -> None:
    ws = workshop
    actor = staff.login(ws.ctx, ws.tech.staff_id, "3331")
    assert actor == ws.tech
    assert actor.roles == (Role.TECHNICIAN,)
    with pytest.raises(PermissionDenied) as err:
        staff.login(ws.ctx, ws.tech.staff_id, "9999")
    assert err.value.code == "auth.bad_pin"
    assert err.value.message("zh_CN") == "PIN 码不正确，请重试"
    with ws.ctx.db.read() as session:
        actions = session.execute(
            select(AuditEvent.action)
            .where(AuditEvent.subject == ws.tech.staff_id, AuditEvent.action.like("login%"))
            .order_by(AuditEvent.seq)
        ).scalars()
        assert list(actions) == ["login", "login_failed"]  # the failure is audited too
        pin_hash = session.execute(
            select(Staff.pin_hash).where(Staff.id == ws.tech.staff_id)
        ).scalar_one()
    assert pin_hash.startswith("$argon2")
    assert "3331" not in pin_hash


def test_add_staff_and_pin_format(workshop: Any) -> None:
    ws = workshop
    with pytest.raises(ValidationError) as err:
        staff.add_staff(ws.ctx, ws.admin, name="新人", roles=(Role.TECHNICIAN,), pin="12")
    assert err.value.code == "auth.pin_format"
    info = staff.add_staff(
        ws.ctx,
        ws.admin,
        name="新人",
        roles=(Role.TECHNICIAN,),
        pin="246810",
        phone="13811112222",
        skills=("brakes",),
        skill_level=9,
    )
    assert info.skill_level == 5
    assert info.skills == ("brakes",)
    assert staff.login(ws.ctx, info.id, "246810").name == "新人"
    assert "新人" in {s.name for s in staff.list_staff(ws.ctx)}


def test_set_up_once(tmp_path: Path) -> None:
    ctx = open_workstation(tmp_path / "fresh")
    try:
        assert not is_set_up(ctx)
        with pytest.raises(ValidationError) as err:
            set_up_dealer(
                ctx,
                dealer_code="a",
                dealer_name="x",
                workstation_name="x",
                admin_name="x",
                admin_pin="0000",
            )
        assert err.value.code == "setup.dealer_code"
        info = set_up_dealer(
            ctx,
            dealer_code="gz02",
            dealer_name="广州第二服务中心",
            workstation_name="前台",
            admin_name="管理员",
            admin_pin="0000",
        )
        assert info.code == "GZ02"
        assert is_set_up(ctx)
        assert dealer_info(ctx) == info
        assert ctx.db.hlc.device_id == info.workstation_id
        with pytest.raises(ValidationError) as err:
            set_up_dealer(
                ctx,
                dealer_code="GZ03",
                dealer_name="x",
                workstation_name="x",
                admin_name="x",
                admin_pin="0000",
            )
        assert err.value.code == "setup.already"
    finally:
        ctx.db.dispose()
