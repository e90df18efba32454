"""The technician bay's services (issue 8 items 2, 4, 5): the job clock per labor line and
the case lifecycle that follows it, parts fitted by packaging code (W2: only an approved
line's part number, never beyond its quantity), the packaging moving forward only, free-text
parts stating their source, and extra work mid-job fitted only after the customer's approval.
Every guard is tried and refused with its message code; the database says what happened."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from sqlalchemy import literal_column, select

from app.domain.errors import PermissionDenied, TransitionError, ValidationError
from app.domain.lifecycle import Decision
from app.media.store import MediaStore
from app.services import bay, fitting, job, reception
from app.services.reception import LineInput
from app.services.work_time import worked_hours
from app.store.models import ExtraApproval, JobClock, MediaFile, PartUse
from tests.integration.conftest import BRAKE_LABOR, BRAKE_PADS, CABIN_FILTER


def _dispatched(ws: Any, **kw: Any) -> tuple[str, dict[str, str]]:
    case_id = ws.walk_in(**kw)
    ws.drive(case_id, "dispatched")
    return case_id, ws.lines(case_id)


def _clock_rows(ws: Any, case_id: str) -> list[tuple[str | None, str, str]]:
    with ws.ctx.db.read() as session:
        return [
            (r.line_id, r.kind, r.reason)
            for r in session.execute(
                select(JobClock)
                .where(JobClock.case_id == case_id)
                .order_by(JobClock.at, literal_column("job_clock.rowid"))
            ).scalars()
        ]


def test_the_case_follows_the_clock_of_its_labor_lines(workshop: Any) -> None:
    ws = workshop
    case_id, lines = _dispatched(ws)
    labor = lines[BRAKE_LABOR]
    # Only the job's technician; only labor lines; a pause names a reason from the list.
    with pytest.raises(PermissionDenied):
        job.line_clock(ws.ctx, ws.tech2, labor, "start")
    with pytest.raises(ValidationError) as err:
        job.line_clock(ws.ctx, ws.tech, lines[BRAKE_PADS], "start")
    assert err.value.code == "fitting.not_labor"
    with pytest.raises(TransitionError) as err:
        job.line_clock(ws.ctx, ws.tech, labor, "finish")
    assert err.value.code == "fitting.line_not_started"
    job.line_clock(ws.ctx, ws.tech, labor, "start")
    assert ws.state(case_id) == "in_work"  # the first line started starts the case
    with pytest.raises(TransitionError) as err:
        job.line_clock(ws.ctx, ws.tech, labor, "start")
    assert err.value.code == "fitting.line_running"
    ws.clock.advance(minutes=30)
    with pytest.raises(ValidationError) as err:
        job.line_clock(ws.ctx, ws.tech, labor, "pause", "")
    assert err.value.code == "fitting.pause_reason"
    job.line_clock(ws.ctx, ws.tech, labor, "pause", "waiting_parts")
    assert ws.state(case_id) == "paused"  # no line runs: the case is paused
    with pytest.raises(TransitionError) as err:
        job.line_clock(ws.ctx, ws.tech, labor, "pause", "break")
    assert err.value.code == "fitting.line_not_running"
    ws.clock.advance(minutes=20)
    job.line_clock(ws.ctx, ws.tech, labor, "resume")
    assert ws.state(case_id) == "in_work"
    ws.clock.advance(minutes=15)
    job.line_clock(ws.ctx, ws.tech, labor, "finish")
    assert ws.state(case_id) == "qc"  # the last open labor line finished: to QC (D1)
    assert _clock_rows(ws, case_id) == [
        (labor, "start", ""),
        (labor, "pause", "waiting_parts"),
        (labor, "resume", ""),
        (labor, "finish", ""),
    ]
    with ws.ctx.db.read() as session:
        assert worked_hours(session, case_id) == {labor: Decimal("0.75")}
    with pytest.raises(TransitionError) as err:
        job.line_clock(ws.ctx, ws.tech, labor, "start")
    assert err.value.code == "fitting.job_not_active"


def test_job_done_finishes_open_lines_and_the_home_pause_stops_them(workshop: Any) -> None:
    ws = workshop
    case_id, lines = _dispatched(ws)
    labor = lines[BRAKE_LABOR]
    job.line_clock(ws.ctx, ws.tech, labor, "start")
    ws.clock.advance(minutes=10)
    bay.pause_work(ws.ctx, ws.tech, case_id, "break")  # the home's case-level pause
    assert job.job_view(ws.ctx, case_id).labor[0].clock.value == "paused"
    bay.resume_work(ws.ctx, ws.tech, case_id)  # resumes the paused line
    assert job.job_view(ws.ctx, case_id).labor[0].clock.value == "running"
    with pytest.raises(PermissionDenied):
        job.job_done(ws.ctx, ws.tech2, case_id)
    job.job_done(ws.ctx, ws.tech, case_id)
    assert ws.state(case_id) == "qc"
    assert [k for line, k, _ in _clock_rows(ws, case_id) if line == labor][-1] == "finish"
    with pytest.raises(TransitionError):
        job.job_done(ws.ctx, ws.tech, case_id)


def test_fitting_by_scan_matches_an_approved_line_and_its_quantity(workshop: Any) -> None:
    ws = workshop
    case_id, lines = _dispatched(ws)
    job.line_clock(ws.ctx, ws.tech, lines[BRAKE_LABOR], "start")
    with pytest.raises(ValidationError) as err:
        fitting.fit_scanned(ws.ctx, ws.tech, case_id, "17220-5PA-A00")  # no part of this case
    assert err.value.code == "fitting.not_this_case"
    assert "17220-5PA-A00" in err.value.message("en")
    with pytest.raises(ValidationError) as err:
        fitting.fit_scanned(ws.ctx, ws.tech, case_id, "   ")
    assert err.value.code == "fitting.empty_code"
    with pytest.raises(TransitionError) as err:  # declined by the customer
        fitting.fit_scanned(ws.ctx, ws.tech, case_id, CABIN_FILTER)
    assert err.value.code == "lifecycle.w2_not_confirmed"
    with pytest.raises(PermissionDenied):
        fitting.fit_scanned(ws.ctx, ws.tech2, case_id, BRAKE_PADS)
    use_id = fitting.fit_scanned(
        ws.ctx, ws.tech, case_id, f"P:{BRAKE_PADS.lower()};B:B2026-11", entry="camera"
    )
    # The same line cannot be fitted twice (qty 1 approved).
    with pytest.raises(TransitionError) as err:
        fitting.fit_scanned(ws.ctx, ws.tech, case_id, BRAKE_PADS)
    assert err.value.code == "fitting.over_quantity"
    with pytest.raises(TransitionError):
        fitting.fit_part(ws.ctx, ws.tech, lines[BRAKE_PADS], part_no=BRAKE_PADS)
    with ws.ctx.db.read() as session:
        uses = session.execute(select(PartUse).where(PartUse.case_id == case_id)).scalars().all()
        assert [(u.id, u.part_no, u.batch, u.qty, u.entry) for u in uses] == [
            (use_id, BRAKE_PADS, "B2026-11", "1", "camera")
        ]


def test_quantity_over_several_packages(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "inspecting")
    reception.add_line(ws.ctx, ws.advisor, case_id, LineInput(kind="labor", code="L-MAINT-A"))
    reception.add_line(
        ws.ctx, ws.advisor, case_id, LineInput(kind="part", code="12290-R1A-A01", qty="4")
    )
    ws.drive(case_id, "in_work")
    for _ in range(4):
        fitting.fit_scanned(ws.ctx, ws.tech, case_id, "12290-R1A-A01")
    with pytest.raises(TransitionError) as err:
        fitting.fit_scanned(ws.ctx, ws.tech, case_id, "12290-R1A-A01")
    assert err.value.params["fitted"] == "4"
    assert job.job_view(ws.ctx, case_id).parts[0].fitted_qty == Decimal(4)


def test_packaging_moves_forward_only_and_keeps_a_photo(workshop: Any, tmp_path: Path) -> None:
    ws = workshop
    case_id, _lines = _dispatched(ws)
    bay.start_work(ws.ctx, ws.tech, case_id)
    use_id = fitting.fit_scanned(ws.ctx, ws.tech, case_id, BRAKE_PADS)
    with pytest.raises(TransitionError) as err:
        fitting.set_packaging_state(ws.ctx, ws.tech, use_id, "disposed")  # not shown yet
    assert err.value.code == "fitting.packaging_backwards"
    with pytest.raises(ValidationError):
        fitting.set_packaging_state(ws.ctx, ws.tech, use_id, "eaten")
    fitting.set_packaging_state(ws.ctx, ws.tech, use_id, "shown_to_customer")
    with pytest.raises(TransitionError):
        fitting.set_packaging_state(ws.ctx, ws.tech, use_id, "kept")
    fitting.set_packaging_state(ws.ctx, ws.advisor, use_id, "handed_to_customer")
    with pytest.raises(TransitionError):
        fitting.set_packaging_state(ws.ctx, ws.advisor, use_id, "disposed")
    photo = tmp_path / "box.png"
    cv2.imwrite(str(photo), np.full((120, 160, 3), (60, 120, 200), np.uint8))
    ref = MediaStore(ws.ctx.media_dir).import_image(photo)
    with pytest.raises(PermissionDenied):
        fitting.attach_packaging_photo(ws.ctx, ws.tech2, use_id, ref)
    media_id = fitting.attach_packaging_photo(ws.ctx, ws.tech, use_id, ref)
    with ws.ctx.db.read() as session:
        row = session.get(MediaFile, media_id)
        assert row is not None
        assert (row.purpose, row.subject_id, row.sha256) == ("packaging", use_id, ref.sha256)
    fitted = job.job_view(ws.ctx, case_id).fitted[0]
    assert (fitted.packaging_state, fitted.photo_sha256) == ("handed_to_customer", ref.sha256)


def test_a_free_text_part_states_its_source(workshop: Any) -> None:
    ws = workshop
    case_id = ws.walk_in()
    ws.drive(case_id, "inspecting")
    free = LineInput(kind="part", description="原厂刹车分泵", unit_price="300")
    with pytest.raises(ValidationError) as err:
        reception.add_line(ws.ctx, ws.advisor, case_id, free)
    assert err.value.code == "fitting.source_required"
    for source in ("oem", "certified"):
        with pytest.raises(ValidationError) as err:
            reception.add_line(
                ws.ctx, ws.advisor, case_id, LineInput(**{**free.__dict__, "source": source})
            )
        assert err.value.code == "fitting.part_no_required"
    oem = reception.add_line(
        ws.ctx,
        ws.advisor,
        case_id,
        LineInput(**{**free.__dict__, "source": "oem", "part_no": "43019-tba-a01"}),
    )
    with pytest.raises(ValidationError) as err:  # W2: OEM or certified parts only
        reception.add_line(
            ws.ctx, ws.advisor, case_id, LineInput(**{**free.__dict__, "source": "aftermarket"})
        )
    assert err.value.code == "fitting.aftermarket"
    detail = {ln.id: ln for ln in reception_lines(ws, case_id)}
    assert (detail[oem].code, detail[oem].part_grade) == ("43019-TBA-A01", "oem")


def test_extra_work_mid_job_is_fitted_only_after_approval(workshop: Any) -> None:
    ws = workshop
    case_id, lines = _dispatched(ws)
    job.line_clock(ws.ctx, ws.tech, lines[BRAKE_LABOR], "start")
    disc = LineInput(kind="part", code="45251-TBA-A00", reason="刹车盘磨损超限")
    with pytest.raises(ValidationError) as err:
        fitting.add_extra_lines(ws.ctx, ws.tech, case_id, [disc], " ")
    assert err.value.code == "fitting.reason_required"
    with pytest.raises(PermissionDenied):
        fitting.add_extra_lines(ws.ctx, ws.tech2, case_id, [disc], "拆检发现")
    with pytest.raises(PermissionDenied):
        fitting.add_extra_lines(ws.ctx, ws.qc, case_id, [disc], "拆检发现")
    (disc_id, labor_id) = fitting.add_extra_lines(
        ws.ctx,
        ws.tech,
        case_id,
        [disc, LineInput(kind="labor", code="L-BRAKE-DISC")],
        "拆检发现刹车盘磨损",
    )
    assert ws.state(case_id) == "in_work"  # the job carries on for the approved lines
    with pytest.raises(TransitionError) as err:
        fitting.fit_scanned(ws.ctx, ws.tech, case_id, "45251-TBA-A00")
    assert err.value.code == "lifecycle.w2_not_confirmed"
    fitting.fit_scanned(ws.ctx, ws.tech, case_id, BRAKE_PADS)  # approved lines go on
    job.line_clock(ws.ctx, ws.tech, lines[BRAKE_LABOR], "pause", "waiting_customer")
    bad = {"approved_ids": [disc_id, labor_id], "approver_name": "王伟"}
    with pytest.raises(ValidationError) as err:
        fitting.approve_extra(ws.ctx, ws.tech, case_id, method="remote", **bad)
    assert err.value.code == "fitting.approval_channel"
    with pytest.raises(ValidationError) as err:
        fitting.approve_extra(ws.ctx, ws.tech, case_id, method="pad", strokes=[], **bad)
    assert err.value.code == "fitting.approval_signature"
    with pytest.raises(ValidationError) as err:
        fitting.approve_extra(ws.ctx, ws.tech, case_id, method="paper", **bad)
    assert err.value.code == "fitting.approval_scan"
    with pytest.raises(ValidationError) as err:
        fitting.approve_extra(
            ws.ctx, ws.tech, case_id, method="remote", channel="sms",
            approved_ids=[disc_id], approver_name=" ",
        )  # fmt: skip
    assert err.value.code == "fitting.approval_name"
    with pytest.raises(ValidationError) as err:
        fitting.approve_extra(
            ws.ctx, ws.tech, case_id, method="remote", channel="sms",
            approved_ids=[lines[BRAKE_PADS]], approver_name="王伟",
        )  # fmt: skip
    assert err.value.code == "fitting.extra_not_pending"
    approval = fitting.approve_extra(
        ws.ctx, ws.advisor, case_id, method="remote", channel="wechat",
        approved_ids=[disc_id], approver_name="王伟", note="微信语音确认",
    )  # fmt: skip
    with pytest.raises(ValidationError) as err:
        fitting.approve_extra(
            ws.ctx, ws.advisor, case_id, method="remote", channel="phone",
            approved_ids=[], approver_name="王伟",
        )  # fmt: skip
    assert err.value.code == "fitting.extra_none"
    with ws.ctx.db.read() as session:
        record = session.get(ExtraApproval, approval)
        assert record is not None
        assert (record.method, record.channel, record.approver_name, record.version) == (
            "remote",
            "wechat",
            "王伟",
            2,
        )
        assert labor_id in record.declined_ids
        assert disc_id in record.line_ids
    view = job.job_view(ws.ctx, case_id)
    assert (view.state, view.signed_version, view.pending_extra) == ("paused", 2, 0)
    # Resuming works on the approved version (P4 stays whole); the added part is fitted now.
    job.line_clock(ws.ctx, ws.tech, lines[BRAKE_LABOR], "resume")
    fitting.fit_scanned(ws.ctx, ws.tech, case_id, "45251-TBA-A00")
    assert {p.code: p.fitted_qty for p in job.job_view(ws.ctx, case_id).parts} == {
        BRAKE_PADS: Decimal(1),
        "45251-TBA-A00": Decimal(1),
    }
    decisions = {ln.id: ln.decision for ln in reception_lines(ws, case_id)}
    assert decisions[labor_id] == Decision.DECLINED.value


def reception_lines(ws: Any, case_id: str) -> Any:
    from app.services import queries

    return queries.case_detail(ws.ctx, case_id).lines


def test_extra_approval_on_the_pad_and_on_paper(workshop: Any, tmp_path: Path) -> None:
    ws = workshop
    case_id, _lines = _dispatched(ws)
    bay.start_work(ws.ctx, ws.tech, case_id)
    (first,) = fitting.add_extra_lines(
        ws.ctx, ws.advisor, case_id, [LineInput(kind="part", code="08203-99938")], "刹车油含水"
    )
    fitting.approve_extra(
        ws.ctx, ws.tech, case_id, method="pad", approver_name="王伟",
        approved_ids=[first], strokes=[[(0.1, 0.5), (0.6, 0.4)]],
    )  # fmt: skip
    (second,) = fitting.add_extra_lines(
        ws.ctx, ws.advisor, case_id, [LineInput(kind="part", code="08CLA-G01-8M0")], "防冻液"
    )
    sheet = tmp_path / "sheet.png"
    cv2.imwrite(str(sheet), np.full((300, 200, 3), 255, np.uint8))
    ref = MediaStore(ws.ctx.media_dir).import_image(sheet)
    approval = fitting.approve_extra(
        ws.ctx, ws.tech, case_id, method="paper", approver_name="王伟",
        approved_ids=[second], scan=ref,
    )  # fmt: skip
    with ws.ctx.db.read() as session:
        versions = session.execute(
            select(ExtraApproval.version, ExtraApproval.method)
            .where(ExtraApproval.case_id == case_id)
            .order_by(ExtraApproval.version)
        ).all()
        assert [tuple(v) for v in versions] == [(2, "pad"), (3, "paper")]
        scan = session.execute(
            select(MediaFile).where(MediaFile.subject_id == approval)
        ).scalar_one()
        assert (scan.purpose, scan.sha256) == ("scan", ref.sha256)


def test_the_homes_case_level_buttons_clock_the_labor_lines(workshop: Any) -> None:
    ws = workshop
    case_id, lines = _dispatched(ws)
    labor = lines[BRAKE_LABOR]
    bay.start_work(ws.ctx, ws.tech, case_id)
    ws.clock.advance(minutes=12)
    bay.pause_work(ws.ctx, ws.tech, case_id, "break")
    ws.clock.advance(minutes=5)
    bay.resume_work(ws.ctx, ws.tech, case_id)
    ws.clock.advance(minutes=6)
    bay.finish_work(ws.ctx, ws.tech, case_id)
    assert _clock_rows(ws, case_id) == [
        (labor, "start", ""),
        (labor, "pause", "break"),
        (labor, "resume", ""),
        (labor, "finish", ""),
    ]
    with ws.ctx.db.read() as session:
        assert worked_hours(session, case_id) == {labor: Decimal("0.30")}
