"""QC (D1), settlement (D4), delivery (D2–D6), feedback (P5), complaints and rework, closing
and cancelling."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import func, select

from app.domain.errors import ValidationError
from app.domain.lifecycle import CaseAction, CaseState
from app.domain.qc import QC_CHECKS as QC_CHECKS  # D1; re-exported for callers
from app.domain.roles import Action
from app.domain.validation import require_text
from app.services import messaging
from app.services._support import add_event, case_ref, load_case, transition
from app.services.context import Actor, ServiceContext
from app.services.dto import CaseRef
from app.services.reception import canonical
from app.store.models import (
    Asset,
    Complaint,
    Customer,
    Feedback,
    QcInspection,
)

COMPLAINT_CATEGORIES = ("wait", "communication", "quality", "price", "parts", "other")


def record_qc(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    passed: bool,
    checklist: dict[str, bool],
    notes: str = "",
    torque: list[dict[str, str]] | None = None,
) -> CaseRef:
    """D1: the technical supervisor's re-inspection. Passing needs every check ticked; a fail
    sends the job back to the bay as rework."""
    actor.require(Action.QC)
    missing = [c for c in QC_CHECKS if not checklist.get(c, False)]
    if passed and missing:
        raise ValidationError("validate.required", field=", ".join(missing))
    if not passed and not notes.strip():
        raise ValidationError("case.reason_required")
    with ctx.unit() as session:
        case = load_case(session, case_id)
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
                "checklist": checklist,
                "notes": notes,
            }
        )
        now = ctx.now()
        transition(
            ctx, session, actor, case, CaseAction.QC_PASS if passed else CaseAction.QC_FAIL,
            {"round": round_no, "notes": notes},
        )  # fmt: skip
        session.add(
            QcInspection(
                dealer_id=case.dealer_id,
                case_id=case.id,
                round=round_no,
                result="pass" if passed else "fail",
                checklist=json.dumps(checklist, sort_keys=True),
                torque=json.dumps(torque or [], ensure_ascii=False),
                notes=notes,
                inspector_id=actor.staff_id,
                at=now,
                snapshot_sha256=hashlib.sha256(body.encode()).hexdigest(),
                created_at=now,
            )
        )
        if passed:
            # D1: only after QC passes is the customer called.
            messaging.queue_case_message(ctx, session, actor, case, "ready")
        return case_ref(case)


def record_feedback(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    score: int | None,
    comment: str = "",
    categories: tuple[str, ...] = (),
    declined: bool = False,
) -> CaseRef:
    """P5: the customer's view, or their refusal to give one."""
    actor.require(Action.RECORD_FEEDBACK)
    if not declined and (score is None or not 1 <= score <= 5):
        raise ValidationError("case.score")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        now = ctx.now()
        session.add(
            Feedback(
                dealer_id=case.dealer_id,
                case_id=case.id,
                score=None if declined else score,
                categories=json.dumps(list(categories)),
                comment=comment,
                declined=declined,
                recorded_by=actor.staff_id,
                at=now,
                created_at=now,
            )
        )
        add_event(
            ctx, session, actor, case, "feedback", detail={"score": score, "declined": declined}
        )
        return case_ref(case)


def close(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseRef:
    actor.require(Action.CLOSE)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        transition(ctx, session, actor, case, CaseAction.CLOSE)
        case.closed_at = ctx.now()
        return case_ref(case)


def cancel(ctx: ServiceContext, actor: Actor, case_id: str, reason: str) -> CaseRef:
    actor.require(Action.CANCEL_CASE)
    if not reason.strip():
        raise ValidationError("case.reason_required")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        transition(ctx, session, actor, case, CaseAction.CANCEL, {"reason": reason})
        case.closed_at = ctx.now()
        return case_ref(case)


def open_complaint(
    ctx: ServiceContext, actor: Actor, case_id: str, *, category: str, description: str
) -> str:
    actor.require(Action.OPEN_COMPLAINT)
    if category not in COMPLAINT_CATEGORIES:
        raise ValidationError("validate.required", field="category")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        complaint = Complaint(
            dealer_id=case.dealer_id,
            case_id=case.id,
            customer_id=case.customer_id,
            category=category,
            description=require_text(description, "description", 2000),
            opened_by=actor.staff_id,
            created_at=ctx.now(),
        )
        session.add(complaint)
        session.flush()
        add_event(ctx, session, actor, case, "complaint", detail={"category": category})
        return complaint.id


def open_rework(
    ctx: ServiceContext, actor: Actor, case_id: str, *, reason: str, complaint_id: str | None = None
) -> str:
    """A comeback: a new case linked to the original, owned by the original's owner (P2)."""
    from app.services.appointments import _open_case

    actor.require(Action.OPEN_REWORK)
    with ctx.unit() as session:
        original = load_case(session, case_id)
        if original.state not in (CaseState.DELIVERED.value, CaseState.CLOSED.value):
            raise ValidationError("case.rework_source")
        customer = session.get(Customer, original.customer_id)
        asset = session.get(Asset, original.asset_id)
        assert customer is not None
        assert asset is not None
        rework = _open_case(
            ctx,
            session,
            actor,
            customer,
            asset,
            fault_description=require_text(reason, "reason", 2000),
            urgent=True,
            owner_id=original.owner_id,
            appointment_id=None,
            rework_of_id=original.id,
        )
        add_event(
            ctx, session, actor, original, "rework_opened", detail={"rework": rework.order_no}
        )
        if complaint_id:
            complaint = session.get(Complaint, complaint_id)
            if complaint is not None:
                complaint.rework_case_id = rework.id
        return rework.id
