"""D1: the QC re-inspection. A structured checklist per job kind (vehicle or appliance),
torque readings against the operation's spec per fastener, an evidence photo that the fault
is resolved; pass or fail with reasons. A fail sends the job back to the technician as rework
(counted: every failed round stays a row); nobody inspects a job they worked on, even holding
the QC role; a pass seals the work record (no clock rows, parts or key steps after it)."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, ValidationError
from app.domain.lifecycle import CaseAction
from app.domain.qc import (
    FAILED,
    TorqueSpec,
    check_fail,
    check_inspector,
    check_pass,
    check_results,
    checks_for,
    parse_reading,
    parse_torque_spec,
)
from app.domain.roles import Action
from app.media.store import MediaRef, MediaStore
from app.services import messages_floor_qc as _messages  # noqa: F401  (registers codes)
from app.services import messaging
from app.services._support import case_ref, load_case, transition, write_order
from app.services.context import Actor, ServiceContext
from app.services.dto import CaseRef, MediaInfo, QcRoundInfo, QcView, TorqueItem
from app.services.reception import canonical
from app.store.models import (
    Asset,
    EstimateLine,
    JobClock,
    KeyStep,
    LaborOp,
    MediaFile,
    PartUse,
    QcInspection,
    ServiceCase,
    Staff,
)

EVIDENCE = "qc_evidence"
"""Media purpose of a QC evidence photo (linked to its inspection when it is recorded)."""


def is_sealed(session: Session, case_id: str) -> bool:
    """D1: a passed QC seals the work record."""
    return (
        session.execute(
            select(QcInspection.id)
            .where(QcInspection.case_id == case_id, QcInspection.result == "pass")
            .limit(1)
        ).first()
        is not None
    )


def ensure_unsealed(session: Session, case_id: str) -> None:
    """Refuse more clock rows, parts or key steps once QC has passed."""
    if is_sealed(session, case_id):
        raise ValidationError("qc.sealed")


def worked_on_by(session: Session, case: ServiceCase) -> set[str]:
    """Everyone who worked on the job: its technician, whoever clocked, fitted a part or
    recorded a key step on it."""
    people = {case.technician_id} if case.technician_id else set()
    for column, model in (
        (JobClock.technician_id, JobClock),
        (PartUse.fitted_by, PartUse),
        (KeyStep.recorded_by, KeyStep),
    ):
        people.update(
            session.execute(select(column).where(model.case_id == case.id).distinct()).scalars()
        )
    return {p for p in people if p}


def job_kind_of(session: Session, case: ServiceCase) -> str:
    asset = session.get(Asset, case.asset_id)
    return "appliance" if asset is not None and asset.kind == "appliance" else "vehicle"


def torque_specs(session: Session, case: ServiceCase) -> list[TorqueSpec]:
    """The fasteners of the approved labor lines whose catalogue operation has a torque spec."""
    codes = [
        code
        for code in session.execute(
            select(EstimateLine.code).where(
                EstimateLine.case_id == case.id,
                EstimateLine.kind == "labor",
                EstimateLine.decision == "approved",
                EstimateLine.deleted_at.is_(None),
            )
        ).scalars()
        if code
    ]
    specs: list[TorqueSpec] = []
    seen: set[str] = set()
    for op in session.execute(
        select(LaborOp).where(LaborOp.code.in_(codes)).order_by(LaborOp.code)
    ).scalars():
        for spec in parse_torque_spec(op.code, op.torque_spec):
            if spec.key not in seen:
                seen.add(spec.key)
                specs.append(spec)
    return specs


def _open_evidence(session: Session, case_id: str) -> list[MediaFile]:
    return list(
        session.execute(
            select(MediaFile)
            .where(
                MediaFile.case_id == case_id,
                MediaFile.purpose == EVIDENCE,
                MediaFile.subject_id.is_(None),
                MediaFile.deleted_at.is_(None),
            )
            .order_by(MediaFile.captured_at, write_order(MediaFile))
        ).scalars()
    )


def _media_info(row: MediaFile) -> MediaInfo:
    return MediaInfo(
        id=row.id,
        sha256=row.sha256,
        mime=row.mime,
        purpose=row.purpose,
        subject_id=row.subject_id,
        zone=row.zone,
        captured_at=row.captured_at,
        duration_s=row.duration_s,
    )


def qc_view(ctx: ServiceContext, case_id: str) -> QcView:
    """The QC page's data for one case."""
    with ctx.reading() as session:
        case = load_case(session, case_id)
        kind = job_kind_of(session, case)
        people = worked_on_by(session, case)
        names = {
            s.id: s.name
            for s in session.execute(select(Staff).where(Staff.id.in_(people))).scalars()
        }
        inspectors = {r[0]: r[1] for r in session.execute(select(Staff.id, Staff.name))}
        rounds = tuple(
            QcRoundInfo(
                round=r.round,
                result=r.result,
                reasons=tuple(json.loads(r.reasons or "[]")),
                notes=r.notes,
                failures=failures(r.checklist, r.reasons),
                inspector=inspectors.get(r.inspector_id, ""),
                at=r.at,
            )
            for r in session.execute(
                select(QcInspection)
                .where(QcInspection.case_id == case.id)
                .order_by(QcInspection.round)
            ).scalars()
        )
        key_steps = int(
            session.execute(
                select(func.count()).select_from(KeyStep).where(KeyStep.case_id == case.id)
            ).scalar_one()
        )
        return QcView(
            case_id=case.id,
            order_no=case.order_no,
            state=case.state,
            job_kind=kind,
            asset_label=case.asset_label,
            fault=case.fault_description,
            checks=checks_for(kind),
            torque=tuple(
                TorqueItem(s.key, s.op_code, s.fastener, s.fastener_en, s.min_nm, s.max_nm)
                for s in torque_specs(session, case)
            ),
            worked_on_by=tuple(sorted(people)),
            worked_on_names=tuple(sorted(names.values())),
            rounds=rounds,
            evidence=tuple(_media_info(m) for m in _open_evidence(session, case.id)),
            key_steps=key_steps,
        )


def attach_evidence(ctx: ServiceContext, actor: Actor, case_id: str, ref: MediaRef) -> MediaInfo:
    """D1: an evidence photo that the fault is resolved, for the round being inspected."""
    from app.services.media_files import media_row

    actor.require(Action.QC)
    if not ref.is_photo:
        raise ValidationError("reception.media_kind", wanted="photo", mime=ref.mime)
    if not MediaStore(ctx.media_dir).has(ref.sha256):
        raise NotFound("reception.media_missing", sha=ref.sha256[:12])
    with ctx.unit() as session:
        case = load_case(session, case_id)
        check_inspector(actor.staff_id, worked_on_by(session, case))
        if case.state != "qc":
            raise ValidationError("lifecycle.not_allowed", action="qc_pass", state=case.state)
        row = media_row(ctx, case, actor, ref, EVIDENCE, None)
        session.add(row)
        session.flush()  # the row is the timeline's entry (app.services.timeline, issue 12)
        return _media_info(row)


def record_qc(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    passed: bool,
    checklist: dict[str, bool],
    failed: dict[str, str] | None = None,
    notes: str = "",
    readings: dict[str, str] | None = None,
) -> CaseRef:
    """D1: the technical supervisor's re-inspection. `checklist`: the checks found passed
    (True); one neither passed nor in `failed` is "not checked". `failed`: {check: reason}
    for the checks found FAILED. A pass needs every check of the job kind passed, every
    torque reading within spec and an evidence photo; a fail needs at least one failed check,
    each with its reason (or a torque reading out of spec), and sends the job back to the bay
    as rework. `readings`: {TorqueItem.key: "N·m as typed"}; `notes`: the inspector's own."""
    actor.require(Action.QC)
    readings = dict(readings or {})
    failed = {code: (reason or "").strip() for code, reason in (failed or {}).items()}
    notes = notes.strip()
    with ctx.unit() as session:
        case = load_case(session, case_id)
        check_inspector(actor.staff_id, worked_on_by(session, case))
        kind = job_kind_of(session, case)
        specs = torque_specs(session, case)
        evidence = _open_evidence(session, case.id)
        if passed:
            check_pass(kind, checklist, specs, readings, len(evidence), failed)
        recorded = []
        for spec in specs:
            text = (readings.get(spec.key) or "").strip()
            if text:
                value = parse_reading(spec, text)  # a fail keeps out-of-spec readings as found
                recorded.append(
                    {
                        "fastener": spec.fastener,
                        "fastener_en": spec.fastener_en,
                        "op": spec.op_code,
                        "nm": str(value),
                        "min_nm": str(spec.min_nm),
                        "max_nm": str(spec.max_nm),
                        "in_spec": spec.min_nm <= value <= spec.max_nm,
                    }
                )
        out_of_spec = any(not r["in_spec"] for r in recorded)
        reasons: list[str] = []
        if not passed:
            check_fail(kind, checklist, failed, out_of_spec)
            # The checks that FAILED (never those merely left unticked).
            reasons = sorted(set(failed) | ({"torque_to_spec"} if out_of_spec else set()))
        results = check_results(kind, checklist, failed)
        round_no = 1 + int(
            session.execute(
                select(func.count())
                .select_from(QcInspection)
                .where(QcInspection.case_id == case.id)
            ).scalar_one()
        )
        body = canonical(
            {
                "case": case.id,
                "round": round_no,
                "passed": passed,
                "job_kind": kind,
                "checklist": results,
                "torque": recorded,
                "reasons": reasons,
                "notes": notes,
                "evidence": [m.sha256 for m in evidence],
            }
        )
        now = ctx.now()
        transition(
            ctx, session, actor, case, CaseAction.QC_PASS if passed else CaseAction.QC_FAIL,
            {"round": round_no, "notes": notes},
        )  # fmt: skip
        inspection = QcInspection(
            dealer_id=case.dealer_id,
            case_id=case.id,
            round=round_no,
            result="pass" if passed else "fail",
            # {check: {"result": pass|fail|not_checked, "reason": … (a failed one)}}
            checklist=json.dumps(results, sort_keys=True, ensure_ascii=False),
            torque=json.dumps(recorded, ensure_ascii=False),
            notes=notes,
            inspector_id=actor.staff_id,
            at=now,
            snapshot_sha256=hashlib.sha256(body.encode()).hexdigest(),
            job_kind=kind,
            reasons=json.dumps(reasons),
            created_at=now,
        )
        session.add(inspection)
        session.flush()
        for media in evidence:
            media.subject_id = inspection.id
        if passed:
            # D1: only after QC passes is the customer called.
            messaging.queue_case_message(ctx, session, actor, case, "ready")
        return case_ref(case)


def failures(checklist_json: str, reasons_json: str = "[]") -> tuple[tuple[str, str], ...]:
    """The failed checks of a recorded round with their reasons ((check, reason), …). Rounds
    recorded before per-check reasons name the failed checks alone."""
    try:
        checklist = json.loads(checklist_json or "{}")
        reasons = json.loads(reasons_json or "[]")
    except ValueError:
        return ()
    found: dict[str, str] = {}
    if isinstance(checklist, dict):
        for code, entry in checklist.items():
            if isinstance(entry, dict) and entry.get("result") == FAILED:
                found[code] = str(entry.get("reason", ""))
    for code in reasons if isinstance(reasons, list) else []:
        found.setdefault(str(code), "")
    return tuple(found.items())


def fail_note(checklist_json: str, reasons_json: str, notes: str) -> str:
    """What the technician reads of a failed round: the inspector's reasons, then notes."""
    parts = [reason for _code, reason in failures(checklist_json, reasons_json) if reason]
    if notes.strip():
        parts.append(notes.strip())
    return "；".join(dict.fromkeys(parts))


def ideal_inputs(view: QcView) -> tuple[dict[str, bool], dict[str, str]]:
    """Every check of the job kind ticked and every reading in the middle of its window: what
    a clean pass records (the demo uses it; a person types the readings)."""
    checklist = dict.fromkeys(view.checks, True)
    readings = {t.key: str((t.min_nm + t.max_nm) / 2) for t in view.torque}
    return checklist, readings
