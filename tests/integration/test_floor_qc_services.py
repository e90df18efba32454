"""W3 key steps and D1 QC on the floor (issue 8 items 3 and 8): every guard refuses with its
own message, on a real SQLite file."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, select

from app.domain.errors import PermissionDenied, TransitionError, UserError, ValidationError
from app.domain.roles import Role
from app.services import bay, fitting, key_steps, media_files, qc
from app.services.context import Actor
from app.store.models import JobClock, KeyStep, KeyStepConsent, MediaFile, QcInspection

from .conftest import BRAKE_LABOR, BRAKE_PADS


def _count(ws: Any, model: Any, **where: object) -> int:
    with ws.ctx.db.read() as session:
        stmt = select(func.count()).select_from(model)
        for key, value in where.items():
            stmt = stmt.where(getattr(model, key) == value)
        return int(session.execute(stmt).scalar_one())


def _in_work(ws: Any) -> str:
    case_id = str(ws.walk_in())
    ws.drive(case_id, "in_work")
    return case_id


def test_the_general_media_path_refuses_key_step_and_qc_media(workshop: Any) -> None:
    ws = workshop
    case_id = _in_work(ws)
    key_steps.record_consent(ws.ctx, ws.tech, case_id, given=True, method="in_person")
    photo = ws.evidence_photo()
    for actor in (ws.advisor, ws.tech, ws.lead):
        for purpose in ("key_step", "qc_evidence"):
            with pytest.raises(PermissionDenied) as err:
                media_files.attach_photo(ws.ctx, actor, case_id, photo, purpose)
            assert err.value.code == "keystep.general_path"
    assert _count(ws, MediaFile, case_id=case_id) == 0


def test_key_step_media_only_by_the_job_technician_or_lead_with_consent(workshop: Any) -> None:
    ws = workshop
    case_id = _in_work(ws)
    labor = ws.lines(case_id)[BRAKE_LABOR]
    view = key_steps.key_steps_view(ws.ctx, case_id)
    assert [k.code for k in view.key_lines] == [BRAKE_LABOR]  # flagged key in the catalogue
    assert view.consent is None
    # No consent on record: a step with media is refused; a step without media is fine.
    with pytest.raises(ValidationError) as err:
        key_steps.record_key_step(ws.ctx, ws.tech, case_id, title="拆卸卡钳", line_id=labor)
    assert err.value.code == "keystep.no_consent"
    step = key_steps.record_key_step(
        ws.ctx, ws.tech, case_id, title="拆卸卡钳", line_id=labor, with_media=False
    )
    photo = ws.evidence_photo(1)
    with pytest.raises(ValidationError) as err:
        key_steps.attach_media(ws.ctx, ws.tech, step, photo)
    assert err.value.code == "keystep.no_consent"
    # The customer refuses: still no media.
    key_steps.record_consent(ws.ctx, ws.advisor, case_id, given=False, method="at_signing")
    with pytest.raises(ValidationError):
        key_steps.attach_media(ws.ctx, ws.tech, step, photo)
    # Consent given by phone, recorded at the bay.
    key_steps.record_consent(ws.ctx, ws.tech, case_id, given=True, method="phone")
    with pytest.raises(ValidationError) as err:
        key_steps.record_consent(ws.ctx, ws.tech, case_id, given=True, method="telepathy")
    assert err.value.code == "keystep.consent_method"
    # Not the job's technician, nor the inspector, nor the advisor.
    for other in (ws.tech2, ws.qc):
        with pytest.raises(PermissionDenied) as err:
            key_steps.attach_media(ws.ctx, other, step, photo)
        assert err.value.code == "keystep.not_your_job"
    with pytest.raises(PermissionDenied):
        key_steps.attach_media(ws.ctx, ws.advisor, step, photo)
    # Only to a step of this case, only a labor line of this case.
    with pytest.raises(UserError) as err:
        key_steps.attach_media(ws.ctx, ws.tech, "no-such-step", photo)
    assert err.value.code == "notfound.key_step"
    with pytest.raises(ValidationError) as err:
        key_steps.record_key_step(
            ws.ctx, ws.tech, case_id, title="x", line_id=ws.lines(case_id)[BRAKE_PADS]
        )
    assert err.value.code == "keystep.line"
    key_steps.attach_media(ws.ctx, ws.tech, step, photo)
    key_steps.attach_media(ws.ctx, ws.lead, step, ws.evidence_photo(2))
    (info,) = key_steps.key_steps_of(ws.ctx, case_id)
    assert info.title == "拆卸卡钳"
    assert info.line_id == labor
    assert info.line
    assert info.consent
    assert info.consent_method == "phone"
    assert len(info.media_ids) == 2
    assert _count(ws, MediaFile, case_id=case_id, purpose="key_step", subject_id=step) == 2
    assert _count(ws, KeyStepConsent, case_id=case_id) == 2


def test_qc_refuses_own_job_out_of_range_readings_and_missing_evidence(workshop: Any) -> None:
    ws = workshop
    case_id = _in_work(ws)
    bay.finish_work(ws.ctx, ws.tech, case_id) if ws.state(case_id) == "in_work" else None
    ws.drive(case_id, "qc")
    view = qc.qc_view(ws.ctx, case_id)
    assert view.job_kind == "vehicle"
    assert "road_test" in view.checks
    assert "function_test" not in view.checks
    assert {t.fastener for t in view.torque} == {"卡钳导向销螺栓", "轮毂螺母"}
    checklist, readings = qc.ideal_inputs(view)
    # D1: a technician who also holds the QC role may not inspect his own job.
    own = Actor(
        staff_id=ws.tech.staff_id, name=ws.tech.name, roles=(Role.TECHNICIAN, Role.QC_INSPECTOR)
    )
    for passed in (True, False):
        with pytest.raises(PermissionDenied) as err:
            qc.record_qc(
                ws.ctx, own, case_id, passed=passed, checklist=checklist, readings=readings,
                notes="x",
            )  # fmt: skip
        assert err.value.code == "qc.own_job"
    with pytest.raises(PermissionDenied):
        qc.attach_evidence(ws.ctx, own, case_id, ws.evidence_photo())
    # No evidence photo yet.
    with pytest.raises(ValidationError) as err:
        qc.record_qc(ws.ctx, ws.qc, case_id, passed=True, checklist=checklist, readings=readings)
    assert err.value.code == "qc.evidence_missing"
    qc.attach_evidence(ws.ctx, ws.qc, case_id, ws.evidence_photo())
    wheel = next(t for t in view.torque if t.fastener == "轮毂螺母")
    for bad, code in (
        ("95", "qc.reading_out_of_range"),
        ("abc", "qc.reading_not_number"),
        ("", "qc.reading_missing"),
    ):
        with pytest.raises(ValidationError) as err:
            qc.record_qc(
                ws.ctx, ws.qc, case_id, passed=True, checklist=checklist,
                readings={**readings, wheel.key: bad},
            )  # fmt: skip
        assert err.value.code == code
    with pytest.raises(ValidationError) as err:
        qc.record_qc(
            ws.ctx, ws.qc, case_id, passed=True, checklist={**checklist, "road_test": False},
            readings=readings,
        )  # fmt: skip
    assert err.value.code == "qc.checks_missing"
    assert "路试正常" in err.value.message("zh_CN")  # checks named, never their keys
    assert ws.state(case_id) == "qc"
    assert _count(ws, QcInspection, case_id=case_id) == 0


def test_fail_is_rework_counted_and_pass_seals_the_work_record(workshop: Any) -> None:
    ws = workshop
    case_id = _in_work(ws)
    key_steps.record_consent(ws.ctx, ws.advisor, case_id, given=True, method="at_signing")
    ws.drive(case_id, "qc")
    view = qc.qc_view(ws.ctx, case_id)
    checklist, readings = qc.ideal_inputs(view)
    wheel = next(t for t in view.torque if t.fastener == "轮毂螺母")
    with pytest.raises(ValidationError):
        qc.record_qc(ws.ctx, ws.qc, case_id, passed=False, checklist=checklist, notes=" ")
    qc.record_qc(
        ws.ctx, ws.qc, case_id, passed=False, checklist={**checklist, "parts_secure": False},
        failed={"parts_secure": "轮毂螺母松动"}, readings={**readings, wheel.key: "95"},
        notes="轮毂螺母扭矩不足",
    )  # fmt: skip
    assert ws.state(case_id) == "in_work"  # back to the technician as rework
    view = qc.qc_view(ws.ctx, case_id)
    assert view.rework_count == 1
    assert set(view.rounds[0].reasons) == {"parts_secure", "torque_to_spec"}
    with ws.ctx.db.read() as session:
        row = session.execute(
            select(QcInspection).where(QcInspection.case_id == case_id)
        ).scalar_one()
        torque = json.loads(row.torque)
    assert {"nm": "95", "in_spec": False}.items() <= next(
        t for t in torque if t["fastener"] == "轮毂螺母"
    ).items()
    bay.finish_work(ws.ctx, ws.tech, case_id)
    ws.pass_qc(case_id)
    assert ws.state(case_id) == "ready"
    assert [r.result for r in qc.qc_view(ws.ctx, case_id).rounds] == ["fail", "pass"]
    # Sealed: no key steps, key-step media, clock rows or parts after the pass.
    clocks = _count(ws, JobClock, case_id=case_id)
    with pytest.raises(ValidationError) as err:
        key_steps.record_key_step(ws.ctx, ws.tech, case_id, title="补拍", with_media=False)
    assert err.value.code == "qc.sealed"
    with pytest.raises(UserError):
        bay.start_work(ws.ctx, ws.tech, case_id)
    with pytest.raises(UserError):
        fitting.fit_part(ws.ctx, ws.tech, ws.lines(case_id)[BRAKE_PADS], part_no=BRAKE_PADS)
    with pytest.raises((ValidationError, TransitionError)):
        bay.pause_work(ws.ctx, ws.tech, case_id, "x")
    assert _count(ws, JobClock, case_id=case_id) == clocks
    assert _count(ws, KeyStep, case_id=case_id) == 0


def test_a_fail_records_the_checks_that_failed_never_those_left_unticked(workshop: Any) -> None:
    """D1 (issue 8 item 8): each check is passed, failed with a reason, or not checked. A fail
    names what failed, each with its reason; an unticked check is "not checked"."""
    ws = workshop
    case_id = _in_work(ws)
    ws.drive(case_id, "qc")
    view = qc.qc_view(ws.ctx, case_id)
    checklist, readings = qc.ideal_inputs(view)
    some = {"fault_resolved": True, "parts_secure": True}  # the rest left unticked
    refusals = (
        ({}, "qc.fail_no_reason"),  # nothing marked failed: unticked is not a failure
        ({"clean": "  "}, "qc.fail_reason_missing"),
        ({"clean": "有油污", "road_test": ""}, "qc.fail_reason_missing"),
        ({"parts_secure": "松动"}, "qc.check_passed_and_failed"),
        ({"no_such_check": "x"}, "qc.unknown_check"),
    )
    for failed, code in refusals:
        with pytest.raises(ValidationError) as err:
            qc.record_qc(
                ws.ctx, ws.qc, case_id, passed=False, checklist=some, failed=failed,
                readings=readings, notes="备注",
            )  # fmt: skip
        assert err.value.code == code
    # The message names the check in words, never its key.
    with pytest.raises(ValidationError) as err:
        qc.record_qc(
            ws.ctx, ws.qc, case_id, passed=False, checklist=some,
            failed={"clean": "有油污", "road_test": " "}, readings=readings,
        )  # fmt: skip
    assert "路试正常" in err.value.message("zh_CN")
    # A pass needs every check passed: none failed.
    qc.attach_evidence(ws.ctx, ws.qc, case_id, ws.evidence_photo())
    with pytest.raises(ValidationError) as err:
        qc.record_qc(
            ws.ctx, ws.qc, case_id, passed=True, checklist=checklist,
            failed={"clean": "有油污"}, readings=readings,
        )  # fmt: skip
    assert err.value.code == "qc.pass_with_failures"
    assert _count(ws, QcInspection, case_id=case_id) == 0

    qc.record_qc(
        ws.ctx, ws.qc, case_id, passed=False, checklist=some,
        failed={"clean": "作业区有油污", "road_test": "路试右前异响"}, readings=readings,
    )  # fmt: skip
    with ws.ctx.db.read() as session:
        row = session.execute(
            select(QcInspection).where(QcInspection.case_id == case_id)
        ).scalar_one()
    assert json.loads(row.reasons) == ["clean", "road_test"]  # not fluids_ok (unticked)
    results = json.loads(row.checklist)
    assert results["clean"] == {"result": "fail", "reason": "作业区有油污"}
    assert results["fault_resolved"] == {"result": "pass"}
    assert results["fluids_ok"] == {"result": "not_checked"}
    (round_,) = qc.qc_view(ws.ctx, case_id).rounds
    assert round_.failures == (("clean", "作业区有油污"), ("road_test", "路试右前异响"))
    # The technician reads the reasons (his home's rework note, the case page).
    from app.services import queries

    assert queries.case_detail(ws.ctx, case_id).qc_note == "作业区有油污；路试右前异响"
    assert ws.state(case_id) == "in_work"


def test_a_reading_out_of_spec_fails_by_itself(workshop: Any) -> None:
    ws = workshop
    case_id = _in_work(ws)
    ws.drive(case_id, "qc")
    view = qc.qc_view(ws.ctx, case_id)
    checklist, readings = qc.ideal_inputs(view)
    wheel = next(t for t in view.torque if t.fastener == "轮毂螺母")
    qc.record_qc(
        ws.ctx, ws.qc, case_id, passed=False, checklist=checklist,
        readings={**readings, wheel.key: "95"},
    )  # fmt: skip
    (round_,) = qc.qc_view(ws.ctx, case_id).rounds
    assert round_.reasons == ("torque_to_spec",)
