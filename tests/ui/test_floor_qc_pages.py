"""Issue 8 items 3 and 8 on screen: the technician records a key step (consent refused at
first, then recorded, then a video and a photo from the bay camera playing the demo clip); the
QC inspector fails a job with a reason (rework), a reading out of spec is refused at the field,
the job passes after rework; an inspector who worked on the job is refused. Asserted on the
database."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain.lifecycle import Decision
from app.domain.roles import Role
from app.services import bay, dispatch, key_steps, qc, reception, staff
from app.services.context import Actor, ServiceContext
from app.services.reception import LineInput
from app.store.models import (
    EstimateLine,
    KeyStep,
    KeyStepConsent,
    MediaFile,
    QcInspection,
    ServiceCase,
)

LEFT = Qt.MouseButton.LeftButton


def actors(ctx: ServiceContext) -> dict[str, Actor]:
    return {s.name: Actor(staff_id=s.id, name=s.name, roles=s.roles) for s in staff.list_staff(ctx)}


def case_in_work(ctx: ServiceContext, tech: str, *, to_qc: bool = False) -> str:
    """A demo case still being inspected, taken through the services to a job of `tech` with
    a brake job (a key operation with torque specs): the screens under test start there."""
    people = actors(ctx)
    advisor, lead = people["王芳"], people["张强"]
    with ctx.db.read() as session:
        cases = session.execute(
            select(ServiceCase.id, ServiceCase.asset_label).where(ServiceCase.state == "inspecting")
        ).all()
    kinds = {str(c[0]): reception_asset_kind(ctx, str(c[0])) for c in cases}
    case_id = next((c for c, k in kinds.items() if k == "vehicle"), str(cases[0][0]))
    # A key operation with torque specs: the front brake job, or an AC compressor.
    codes = (
        (("L-BRAKE-F", "labor"), ("45022-TBA-A01", "part"))
        if kinds[case_id] == "vehicle"
        else (("L-AC-COMP", "labor"),)
    )
    for code, kind in codes:
        reception.add_line(
            ctx, advisor, case_id, LineInput(kind=kind, code=code, mandatory=True, reason="检查")
        )
    reception.finish_estimate(ctx, advisor, case_id)
    with ctx.db.read() as session:
        line_ids = list(
            session.execute(
                select(EstimateLine.id).where(
                    EstimateLine.case_id == case_id, EstimateLine.deleted_at.is_(None)
                )
            ).scalars()
        )
    for line_id in line_ids:
        reception.decide(ctx, advisor, line_id, Decision.APPROVED, acknowledged=True)
    reception.request_signature(ctx, advisor, case_id)
    reception.sign_confirmation(ctx, advisor, case_id, signer_name="王伟", method="pad")
    dispatch.dispatch(ctx, lead, case_id)
    dispatch.assign(ctx, lead, case_id, people[tech].staff_id, reason="班组长安排：测试用例")
    bay.start_work(ctx, people[tech], case_id)
    if to_qc:
        bay.finish_work(ctx, people[tech], case_id)
    return case_id


def reception_asset_kind(ctx: ServiceContext, case_id: str) -> str:
    from app.services import queries

    return queries.case_detail(ctx, case_id).asset.kind


def rows(ctx: ServiceContext, model: Any, **where: object) -> list[Any]:
    with ctx.db.read() as session:
        stmt = select(model)
        for key, value in where.items():
            stmt = stmt.where(getattr(model, key) == value)
        return list(session.execute(stmt).scalars())


def assert_fits(shell: Any, page: Any) -> None:
    """The page fits the 1366x768 window beside the tool bar and status bar."""
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366, hint
    assert hint.height() <= 768 - shell.window.height() + page.height(), hint


def open_page(qtbot: QtBot, shell: Any, name: str, case_id: str) -> Any:
    shell.state.open_page_requested.emit(name, case_id)
    page = shell.window.page(name)
    qtbot.waitUntil(lambda: page.view is not None and page.view.case_id == case_id, timeout=10_000)
    return page


def test_technician_records_a_key_step_with_consent_and_camera(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    type_text: Callable[..., None],
) -> None:
    shell = make_shell(demo_dir)
    ctx = shell.state.ctx
    case_id = case_in_work(ctx, "刘洋")
    log_in(shell, "technician")
    page = open_page(qtbot, shell, "key_steps", case_id)
    assert shell.window.ui.pages.currentWidget() is page
    assert page.ui.lineCombo.count() == 2  # the key operation, and "other"
    assert_fits(shell, page)
    assert page.ui.titleEdit.text()  # the key operation's name is the default title
    # W3: no consent on record, so the step (which will carry video) is refused.
    qtbot.mouseClick(page.ui.addStepButton, LEFT)
    qtbot.waitUntil(lambda: "同意" in page.ui.actionErrorLabel.text(), timeout=10_000)
    assert rows(ctx, KeyStep, case_id=case_id) == []
    # The customer agrees by phone; the technician records it here.
    page.ui.consentMethodCombo.setCurrentIndex(page.ui.consentMethodCombo.findData("phone"))
    qtbot.mouseClick(page.ui.consentYesButton, LEFT)
    qtbot.waitUntil(lambda: bool(rows(ctx, KeyStepConsent, case_id=case_id)), timeout=10_000)
    (consent,) = rows(ctx, KeyStepConsent, case_id=case_id)
    assert (consent.given, consent.method) == (True, "phone")
    qtbot.waitUntil(lambda: "电话" in page.ui.consentLabel.text(), timeout=10_000)
    qtbot.mouseClick(page.ui.addStepButton, LEFT)
    qtbot.waitUntil(lambda: page.ui.stepsList.count() == 1, timeout=10_000)
    (step,) = rows(ctx, KeyStep, case_id=case_id)
    assert step.consent
    assert step.line_id is not None
    # The bay camera (the demo clip as a camera): a video, then a photo, of the step.
    camera = page.camera
    qtbot.waitUntil(camera.record_button.isEnabled, timeout=30_000)
    qtbot.mouseClick(camera.record_button, LEFT)
    qtbot.waitUntil(lambda: camera.session.recording_seconds > 1.0, timeout=20_000)
    qtbot.mouseClick(camera.record_button, LEFT)
    qtbot.waitUntil(
        lambda: len(rows(ctx, MediaFile, case_id=case_id, purpose="key_step")) == 1,
        timeout=30_000,
    )
    # The clip shows its thumbnail and its real length (not frames over a nominal rate).
    qtbot.waitUntil(
        lambda: (
            page.ui.stepsList.count() == 1
            and not page.ui.stepsList.item(0).icon().isNull()
            and "视频" in page.ui.stepsList.item(0).text()
        ),
        timeout=10_000,
    )
    (clip,) = rows(ctx, MediaFile, case_id=case_id, purpose="key_step")
    assert f"视频 {clip.duration_s:.1f} 秒" in page.ui.stepsList.item(0).text()
    qtbot.waitUntil(camera.photo_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(camera.photo_button, LEFT)
    qtbot.waitUntil(
        lambda: len(rows(ctx, MediaFile, case_id=case_id, purpose="key_step")) == 2,
        timeout=30_000,
    )
    media = rows(ctx, MediaFile, case_id=case_id, purpose="key_step")
    assert {m.subject_id for m in media} == {step.id}
    video = next(m for m in media if m.mime == "video/mp4")
    assert (video.duration_s or 0) > 0
    qtbot.waitUntil(
        lambda: (
            page.ui.stepsList.count() == 1
            and not page.ui.stepsList.item(0).icon().isNull()
            and "视频" in page.ui.stepsList.item(0).text()
        ),
        timeout=10_000,
    )
    (info,) = key_steps.key_steps_of(ctx, case_id)  # what the repair record prints
    assert len(info.media_ids) == 2
    page.camera.stop(wait=True)


def _tick(box: Any) -> QPoint:
    return QPoint(14, box.height() // 2)


def test_qc_inspector_fails_then_passes_and_out_of_spec_is_refused(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
    type_text: Callable[..., None],
) -> None:
    shell = make_shell(demo_dir)
    ctx = shell.state.ctx
    case_id = case_in_work(ctx, "刘洋", to_qc=True)
    log_in(shell, "qc_inspector")
    home = shell.window.homes[Role.QC_INSPECTOR]
    qtbot.waitUntil(lambda: home.cases.row_of(case_id) >= 0, timeout=10_000)
    home.ui.qcView.selectRow(home.cases.row_of(case_id))
    qtbot.waitUntil(home.ui.passButton.isEnabled, timeout=5_000)
    qtbot.mouseClick(home.ui.passButton, LEFT)  # opens the structured inspection
    page = shell.window.page("qc_inspection")
    qtbot.waitUntil(lambda: page.view is not None and page.view.case_id == case_id, timeout=10_000)
    assert shell.window.ui.pages.currentWidget() is page
    assert set(page.checks) == set(page.view.checks)
    assert_fits(shell, page)
    assert page.readings  # the brake job / drum bearing has torque specs
    # Fail: the check that FAILED with its reason; the others are left not checked.
    assert not page.ui.failButton.isEnabled()
    type_text(page.ui.notesEdit, "请重点复查右前轮")
    assert not page.ui.failButton.isEnabled()  # notes alone name no failed check
    road = page.checks["road_test"]
    qtbot.mouseClick(road, LEFT, pos=_tick(road))
    qtbot.mouseClick(page.fails["road_test"], LEFT)  # failed after all: no longer passed
    assert not road.isChecked()
    assert page.fail_reasons["road_test"].isVisible()
    assert not page.ui.failButton.isEnabled()  # a failed check says why
    assert not page.ui.passButton.isEnabled()
    type_text(page.fail_reasons["road_test"], "路试时仍有异响")
    assert page.ui.failButton.isEnabled()
    qtbot.mouseClick(page.ui.failButton, LEFT)
    qtbot.waitUntil(lambda: bool(rows(ctx, QcInspection, case_id=case_id)), timeout=10_000)
    (failed,) = rows(ctx, QcInspection, case_id=case_id)
    assert failed.result == "fail"
    assert failed.notes == "请重点复查右前轮"
    assert json.loads(failed.reasons) == ["road_test"]
    results = json.loads(failed.checklist)
    assert results["road_test"] == {"result": "fail", "reason": "路试时仍有异响"}
    assert {r["result"] for c, r in results.items() if c != "road_test"} == {"not_checked"}
    assert rows(ctx, ServiceCase, id=case_id)[0].state == "in_work"
    # The technician reworks and finishes; the inspector inspects again.
    bay.finish_work(ctx, actors(ctx)["刘洋"], case_id)
    page = open_page(qtbot, shell, "qc_inspection", case_id)
    qtbot.waitUntil(lambda: page.view.state == "qc" and page.view.rework_count == 1, timeout=10_000)
    assert "1" in page.ui.infoLabel.text()
    assert "路试正常: 路试时仍有异响" in page.ui.infoLabel.text()  # what failed, and why
    assert not any(b.isChecked() for b in page.fails.values())
    for box in page.checks.values():
        qtbot.mouseClick(box, LEFT, pos=_tick(box))
    assert all(box.isChecked() for box in page.checks.values())
    key, edit = next(iter(page.readings.items()))
    item = next(t for t in page.view.torque if t.key == key)
    # A reading out of spec is refused at the field.
    type_text(edit, str(item.max_nm + 40))
    assert "超出规范" in page.reading_errors[key].text()
    for other_key, other in page.readings.items():
        if other_key != key:
            spec = next(t for t in page.view.torque if t.key == other_key)
            type_text(other, str(spec.min_nm))
    # Evidence photo from the bay camera.
    qtbot.waitUntil(page.camera.photo_button.isEnabled, timeout=30_000)
    qtbot.mouseClick(page.camera.photo_button, LEFT)
    qtbot.waitUntil(lambda: len(page.view.evidence) == 1, timeout=20_000)
    assert not page.ui.passButton.isEnabled()  # the out-of-spec reading blocks the pass
    edit.clear()
    type_text(edit, str(item.min_nm))
    assert page.reading_errors[key].text() == ""
    qtbot.waitUntil(page.ui.passButton.isEnabled, timeout=5_000)
    qtbot.mouseClick(page.ui.passButton, LEFT)
    qtbot.waitUntil(lambda: len(rows(ctx, QcInspection, case_id=case_id)) == 2, timeout=10_000)
    passed = max(rows(ctx, QcInspection, case_id=case_id), key=lambda r: r.round)
    assert passed.result == "pass"
    assert rows(ctx, ServiceCase, id=case_id)[0].state == "ready"
    evidence = rows(ctx, MediaFile, case_id=case_id, purpose="qc_evidence")
    assert [m.subject_id for m in evidence] == [passed.id]
    page.camera.stop(wait=True)


def test_inspector_who_worked_on_the_job_is_refused(
    qtbot: QtBot,
    demo_dir: Path,
    make_shell: Callable[..., Any],
    log_in: Callable[..., None],
) -> None:
    shell = make_shell(demo_dir)
    ctx = shell.state.ctx
    admin = actors(ctx)["系统管理员"]
    staff.add_staff(ctx, admin, name="吴刚", roles=(Role.TECHNICIAN, Role.QC_INSPECTOR), pin="6543")
    case_id = case_in_work(ctx, "吴刚", to_qc=True)
    shell.window.login_page.reload()  # the new colleague's tile
    log_in(shell, "qc_inspector", name="吴刚", pin="6543")
    page = open_page(qtbot, shell, "qc_inspection", case_id)
    assert "吴刚" in page.ui.infoLabel.text()
    assert "另一位质检员" in page.ui.actionErrorLabel.text()
    for box in page.checks.values():
        qtbot.mouseClick(box, LEFT, pos=_tick(box))
    assert not page.ui.passButton.isEnabled()
    assert not page.ui.failButton.isEnabled()
    page.camera.stop(wait=True)
    # The service refuses too, whatever the screen shows.
    from app.domain.errors import PermissionDenied

    me = actors(ctx)["吴刚"]
    with pytest.raises(PermissionDenied) as err:
        qc.record_qc(ctx, me, case_id, passed=False, checklist={}, notes="x")
    assert err.value.code == "qc.own_job"
    assert rows(ctx, QcInspection, case_id=case_id) == []
