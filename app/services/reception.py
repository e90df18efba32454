"""Intake inspection (I1–I3), the estimate (I4, I5) and the signed confirmation sheet (P4)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, TransitionError, ValidationError
from app.domain.lifecycle import CaseAction, CaseState, Decision, check_decline
from app.domain.money import non_negative, to_fen
from app.domain.roles import Action
from app.domain.validation import require_text
from app.protocol.wire import row_digest
from app.services import messages_fitting as _fitting_messages  # noqa: F401
from app.services import reference
from app.services._support import add_event, case_ref, identity, line_amount, load_case, transition
from app.services.context import Actor, ServiceContext
from app.services.dto import CaseRef
from app.store.functions import id_bytes
from app.store.models import (
    DamageMark,
    DiagnosticReading,
    EstimateLine,
    Inspection,
    ServiceCase,
    Signature,
)
from app.store.types import text_ids

EDITABLE = {CaseState.INSPECTING, CaseState.PENDING_OBSERVATION, CaseState.ESTIMATED}
ZONES_VEHICLE = (
    "front_bumper", "hood", "roof", "trunk", "rear_bumper", "left_front_door", "left_rear_door",
    "right_front_door", "right_rear_door", "left_front_fender", "right_front_fender",
    "left_rear_fender", "right_rear_fender", "windshield", "left_mirror", "right_mirror",
    "wheels", "interior",
)  # fmt: skip
ZONES_APPLIANCE = (
    "front_panel",
    "top",
    "left_side",
    "right_side",
    "back",
    "door",
    "display",
    "base",
)
DAMAGE_KINDS = ("scratch", "dent", "crack", "deformation", "missing")


def _dec(value: str | Decimal | int, field: str) -> Decimal:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError("money.not_a_number", value=str(value)) from exc
    if not amount.is_finite():
        raise ValidationError("money.not_a_number", value=str(value))
    if amount < 0:
        raise ValidationError("case.hours" if field == "hours" else "case.qty")
    return amount


def start_inspection(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseRef:
    actor.require(Action.INSPECT)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        transition(ctx, session, actor, case, CaseAction.START_INSPECTION)
        return case_ref(case)


def record_inspection(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    identity_checked: bool,
    appointment_checked: bool,
    mileage_km: int | None = None,
    fuel_level: str = "",
    valuables: str = "",
    keys: int = 1,
    functional_checks: dict[str, str] | None = None,
    fault_reproduced: bool | None = None,
    reproduction_note: str = "",
    customer_present: bool = True,
) -> CaseRef:
    """I1(b)/I2: the on-site check, recorded with the customer present."""
    actor.require(Action.INSPECT)
    if mileage_km is not None and mileage_km < 0:
        raise ValidationError("validate.required", field="mileage")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        if CaseState(case.state) not in EDITABLE:
            raise TransitionError("lifecycle.not_allowed", action="inspect", state=case.state)
        inspection = session.execute(
            select(Inspection).where(Inspection.case_id == case.id)
        ).scalar_one_or_none()
        if inspection is None:
            inspection = Inspection(
                dealer_id=case.dealer_id,
                case_id=case.id,
                inspected_by=actor.staff_id,
                created_at=ctx.now(),
            )
            session.add(inspection)
        inspection.identity_checked = identity_checked
        inspection.appointment_checked = appointment_checked
        inspection.mileage_km = mileage_km
        inspection.fuel_level = fuel_level
        inspection.valuables = valuables
        inspection.keys = keys
        inspection.functional_checks = json.dumps(functional_checks or {}, ensure_ascii=False)
        inspection.fault_reproduced = fault_reproduced
        inspection.reproduction_note = reproduction_note
        inspection.customer_present = customer_present
        add_event(
            ctx, session, actor, case, "inspection",
            detail={"fault_reproduced": fault_reproduced, "mileage_km": mileage_km},
        )  # fmt: skip
        return case_ref(case)


@dataclass(frozen=True)
class InspectionInfo:
    """The recorded on-site check (I1/I2), so a reopened intake shows what was recorded."""

    identity_checked: bool
    appointment_checked: bool
    mileage_km: int | None
    fuel_level: str
    valuables: str
    keys: int
    functional_checks: dict[str, str]
    fault_reproduced: bool | None
    reproduction_note: str


def recorded_inspection(ctx: ServiceContext, case_id: str) -> InspectionInfo | None:
    """The case's recorded on-site check, or None before the first save."""
    with ctx.reading() as session:
        case = load_case(session, case_id)
        row = session.execute(
            select(Inspection).where(Inspection.case_id == case.id)
        ).scalar_one_or_none()
        if row is None:
            return None
        checks = json.loads(row.functional_checks or "{}")
        return InspectionInfo(
            identity_checked=row.identity_checked,
            appointment_checked=row.appointment_checked,
            mileage_km=row.mileage_km,
            fuel_level=row.fuel_level,
            valuables=row.valuables,
            keys=row.keys,
            functional_checks={str(k): str(v) for k, v in checks.items()},
            fault_reproduced=row.fault_reproduced,
            reproduction_note=row.reproduction_note,
        )


def mark_damage(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    zone: str,
    kind: str,
    severity: int = 1,
    note: str = "",
) -> str:
    """I1(b): exterior damage on a zone of the diagram. Returns the mark's id for its photos."""
    actor.require(Action.MARK_DAMAGE)
    if zone not in ZONES_VEHICLE + ZONES_APPLIANCE:
        raise ValidationError("validate.required", field="zone")
    if kind not in DAMAGE_KINDS:
        raise ValidationError("validate.required", field="damage kind")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        mark = DamageMark(
            dealer_id=case.dealer_id,
            case_id=case.id,
            zone=zone,
            kind=kind,
            severity=max(1, min(3, severity)),
            note=note,
            marked_by=actor.staff_id,
            created_at=ctx.now(),
        )
        session.add(mark)
        session.flush()
        add_event(ctx, session, actor, case, "damage_marked", detail={"zone": zone, "kind": kind})
        return mark.id


def add_reading(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    tool: str,
    code: str,
    value: str = "",
    note: str = "",
) -> CaseRef:
    """I2: an OBD trouble code or an appliance tester value."""
    actor.require(Action.RECORD_DIAGNOSIS)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        session.add(
            DiagnosticReading(
                dealer_id=case.dealer_id,
                case_id=case.id,
                tool=tool,
                code=require_text(code, "code", 32).upper(),
                value=value,
                note=note,
                recorded_by=actor.staff_id,
                created_at=ctx.now(),
            )
        )
        add_event(
            ctx, session, actor, case, "diagnostic_reading", detail={"tool": tool, "code": code}
        )
        return case_ref(case)


def pend_observation(ctx: ServiceContext, actor: Actor, case_id: str, note: str) -> CaseRef:
    """I3: the fault did not show; write the directions to investigate. No blind repair."""
    actor.require(Action.RECORD_DIAGNOSIS)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        case.pending_observation = note.strip()
        transition(ctx, session, actor, case, CaseAction.PEND_OBSERVATION, {"note": note.strip()})
        return case_ref(case)


def resume_inspection(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseRef:
    actor.require(Action.INSPECT)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        transition(ctx, session, actor, case, CaseAction.RESUME_INSPECTION)
        return case_ref(case)


def set_diagnosis(ctx: ServiceContext, actor: Actor, case_id: str, diagnosis: str) -> CaseRef:
    """I4: the preliminary diagnosis on the work order."""
    actor.require(Action.RECORD_DIAGNOSIS)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        case.preliminary_diagnosis = require_text(diagnosis, "diagnosis", 2000)
        add_event(ctx, session, actor, case, "diagnosis")
        return case_ref(case)


@dataclass(frozen=True)
class LineInput:
    """One estimate line. With `code` from the catalogue, prices and hours come from it."""

    kind: str  # labor | part
    code: str = ""
    description: str = ""
    qty: str = "1"
    unit_price: str | None = None
    hours: str | None = None
    rate: str | None = None
    mandatory: bool = True
    reason: str = ""
    safety_relevant: bool | None = None
    source: str = ""
    """W2, a free-text part line (no catalogue code): where the part comes from, stated
    explicitly: oem | certified (aftermarket is refused: OEM or certified parts only)."""
    part_no: str = ""
    """W2: the part number of a free-text OEM or certified part (required for those)."""


def _editable_case(session: Session, case_id: str) -> ServiceCase:
    case = load_case(session, case_id)
    if CaseState(case.state) not in EDITABLE:
        raise TransitionError("case.signed_line_locked")
    return case


def add_line(ctx: ServiceContext, actor: Actor, case_id: str, data: LineInput) -> str:
    """I4: mandatory parts and optional maintenance items, each with a plain-language reason."""
    actor.require(Action.ESTIMATE)
    with ctx.unit() as session:
        case = _editable_case(session, case_id)
        line = build_line(session, case, data)
        # Who added it and when: the line's timeline entry (issue 12, one log of each fact).
        line.created_at = ctx.now()
        line.added_by = actor.staff_id
        session.add(line)
        session.flush()
        return line.id


def build_line(session: Session, case: ServiceCase, data: LineInput) -> EstimateLine:
    sort = session.execute(
        select(func.count()).select_from(EstimateLine).where(EstimateLine.case_id == case.id)
    ).scalar_one()
    line = EstimateLine(
        dealer_id=case.dealer_id,
        case_id=case.id,
        kind=data.kind,
        mandatory=data.mandatory,
        reason=data.reason.strip(),
        added_in_version=max(case.estimate_version, 1),
        sort=int(sort),
        created_at=case.opened_at,
    )
    if data.kind == "part":
        qty = _dec(data.qty, "qty")
        if qty <= 0:
            raise ValidationError("case.qty")
        if data.code:
            part = reference.find_part(session, data.code)
            line.code = part.part_no
            line.description = data.description.strip() or part.name
            line.part_grade = part.grade
            line.unit_price_fen = part.price_fen
            line.safety_relevant = part.safety_relevant
        else:
            # W2: a free-text part is not silently graded OEM: its source is stated, and an
            # OEM or certified part names its part number (fitting matches it at the bay).
            line.description = require_text(data.description, "description", 200)
            if data.source == "aftermarket":
                raise ValidationError("fitting.aftermarket")  # W2: OEM or certified only
            if data.source not in ("oem", "certified"):
                raise ValidationError("fitting.source_required")
            part_no = data.part_no.strip().upper()
            if data.source in ("oem", "certified") and not part_no:
                raise ValidationError("fitting.part_no_required")
            line.part_grade = data.source
            line.code = part_no[:40]
        if data.unit_price is not None:
            line.unit_price_fen = to_fen(non_negative(data.unit_price, "unit price"))
        line.qty = str(qty)
    elif data.kind == "labor":
        if data.code:
            op = reference.find_labor(session, data.code)
            line.code = op.code
            line.description = data.description.strip() or op.name
            line.hours = op.hours
            line.rate_fen = op.rate_fen
        else:
            line.description = require_text(data.description, "description", 200)
        if data.hours is not None:
            line.hours = str(_dec(data.hours, "hours"))
        if data.rate is not None:
            line.rate_fen = to_fen(non_negative(data.rate, "rate"))
    else:
        raise ValidationError("validate.required", field="kind")
    if data.safety_relevant is not None:
        line.safety_relevant = data.safety_relevant
    return line


def remove_line(ctx: ServiceContext, actor: Actor, line_id: str) -> None:
    actor.require(Action.ESTIMATE)
    with ctx.unit() as session:
        line = session.get(EstimateLine, line_id)
        if line is None:
            raise NotFound("notfound.line", key=line_id)
        case = _editable_case(session, line.case_id)
        line.deleted_at = ctx.now()
        add_event(
            ctx, session, actor, case, "line_removed", detail={"description": line.description}
        )


def decide(
    ctx: ServiceContext,
    actor: Actor,
    line_id: str,
    decision: Decision,
    *,
    acknowledged: bool = False,
) -> None:
    """I5: the customer's choice per line; declining a safety-relevant mandatory line needs
    their explicit acknowledgement."""
    actor.require(Action.RECORD_DECISION)
    with ctx.unit() as session:
        line = session.get(EstimateLine, line_id)
        if line is None or line.deleted_at is not None:
            raise NotFound("notfound.line", key=line_id)
        case = load_case(session, line.case_id)
        if CaseState(case.state) not in EDITABLE | {CaseState.AWAITING_SIGNATURE}:
            raise TransitionError("case.signed_line_locked")
        if decision is Decision.DECLINED:
            check_decline(line.mandatory, line.safety_relevant, acknowledged)
        line.decision = decision.value
        line.acknowledged = acknowledged
        line.decided_at = ctx.now()
        line.decided_by = actor.staff_id  # the decision's timeline entry (issue 12)


def finish_estimate(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseRef:
    """I4: the work order is complete; a new estimate version is ready to print."""
    actor.require(Action.ESTIMATE)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        transition(ctx, session, actor, case, CaseAction.ESTIMATE)
        case.estimate_version = max(case.estimate_version, 1)
        return case_ref(case)


def request_signature(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseRef:
    """The confirmation sheet of the current version is printed or shown for signing."""
    actor.require(Action.ESTIMATE)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        transition(
            ctx,
            session,
            actor,
            case,
            CaseAction.REQUEST_SIGNATURE,
            {"version": case.estimate_version},
        )
        return case_ref(case)


def revise_estimate(ctx: ServiceContext, actor: Actor, case_id: str, reason: str) -> CaseRef:
    """A change after printing or signing makes a new version that must be signed again;
    the earlier signature stays on record untouched."""
    actor.require(Action.ESTIMATE)
    if not reason.strip():
        raise ValidationError("case.reason_required")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        transition(ctx, session, actor, case, CaseAction.REVISE_ESTIMATE, {"reason": reason})
        if CaseState(case.state) not in (CaseState.IN_WORK, CaseState.PAUSED):
            case.estimate_version += 1
        # Mid-job (issue 8 item 5) the case stays in work for the approved lines; the lines
        # added now (app.services.fitting.add_extra_lines) make the next version when the
        # customer approves them.
        return case_ref(case)


def confirmation_snapshot(session: Session, case: ServiceCase) -> dict[str, Any]:
    """What the customer signs: the exact lines, prices, decisions and totals of a version."""
    lines = session.execute(
        select(EstimateLine)
        .where(EstimateLine.case_id == case.id, EstimateLine.deleted_at.is_(None))
        .order_by(EstimateLine.sort)
    ).scalars()
    items = [
        {
            "id": line.id,
            "kind": line.kind,
            "code": line.code,
            "description": line.description,
            "grade": line.part_grade,
            "qty": line.qty,
            "unit_price_fen": line.unit_price_fen,
            "hours": line.hours,
            "rate_fen": line.rate_fen,
            "amount": str(line_amount(line)),
            "mandatory": line.mandatory,
            "safety_relevant": line.safety_relevant,
            "decision": line.decision,
            "acknowledged": line.acknowledged,
            "reason": line.reason,
        }
        for line in lines
    ]
    return {
        "kind": "confirmation_sheet",
        "case_id": case.id,
        "order_no": case.order_no,
        "version": case.estimate_version,
        "customer_id": case.customer_id,
        "asset_id": case.asset_id,
        "fault_description": case.fault_description,
        "preliminary_diagnosis": case.preliminary_diagnosis,
        "pending_observation": case.pending_observation,
        "lines": items,
    }


def canonical(snapshot: dict[str, Any]) -> str:
    return json.dumps(
        snapshot, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
    )


def sign_confirmation(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    signer_name: str,
    method: str,
    version: int | None = None,
    media_sha256: str = "",
    strokes: list[list[tuple[float, float]]] | None = None,
) -> CaseRef:
    """P4: the customer signs the current version (pad or paper). The signature is an
    insert-only record holding a frozen snapshot of exactly what was signed."""
    actor.require(Action.SIGN_CONFIRMATION)
    if method not in ("pad", "paper"):
        raise ValidationError("validate.required", field="method")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        if version is not None and version != case.estimate_version:
            raise ValidationError(
                "case.snapshot_mismatch", signed=version, current=case.estimate_version
            )
        snapshot = confirmation_snapshot(session, case)
        body = canonical(snapshot)
        now = ctx.now()
        transition(
            ctx,
            session,
            actor,
            case,
            CaseAction.SIGN_CONFIRMATION,
            {"version": case.estimate_version},
        )
        case.signed_version = case.estimate_version
        session.flush()
        # What the signer saw, as head office will hold it: it flags "re-sign required" when
        # edits the signer did not see reach the case (SYNC.md §4 rule 3).
        raw = session.execute(
            text("SELECT * FROM service_case WHERE id = :id"), {"id": id_bytes(case.id)}
        ).one()
        session.add(
            Signature(
                dealer_id=identity(session).dealer_id,
                case_id=case.id,
                subject_digest=row_digest(text_ids("service_case", dict(raw._mapping))),
                kind="confirmation_sheet",
                subject_version=case.estimate_version,
                snapshot=body,
                snapshot_sha256=hashlib.sha256(body.encode()).hexdigest(),
                method=method,
                media_sha256=media_sha256,
                strokes=json.dumps(strokes or []),
                signer_name=require_text(signer_name, "signer", 100),
                witnessed_by=actor.staff_id,
                signed_at=now,
                created_at=now,
            )
        )
        return case_ref(case)


def hand_over(
    ctx: ServiceContext, actor: Actor, case_id: str, new_owner_id: str, reason: str
) -> CaseRef:
    """P2: ownership changes only by an explicit, logged hand-over (app.services.aftercare)."""
    from app.services import aftercare

    return aftercare.hand_over(ctx, actor, case_id, new_owner_id, reason)
