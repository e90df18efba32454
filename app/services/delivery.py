"""Settlement (D4), delivery (D2–D6), feedback (P5), complaints and rework, closing
and cancelling. QC (D1) is in app.services.qc."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from app.domain.errors import ValidationError
from app.domain.lifecycle import CaseAction, CaseState
from app.domain.money import DEFAULT_TAX_RATE, LineAmount, from_fen, non_negative, to_fen, totals
from app.domain.roles import Action
from app.domain.validation import require_text
from app.services._support import add_event, case_ref, line_amount, load_case, transition
from app.services.context import Actor, ServiceContext
from app.services.dto import CaseRef
from app.services.reception import canonical
from app.store.models import (
    Asset,
    Complaint,
    Customer,
    Delivery,
    EstimateLine,
    Feedback,
    PartUse,
    ServiceCase,
    Settlement,
    Signature,
)

DELIVERY_CHECKS = ("demonstrated", "old_parts_shown", "settlement_explained")
DOCUMENTS = ("repair_record", "warranty_card", "maintenance_advice")
COMPLAINT_CATEGORIES = ("wait", "communication", "quality", "price", "parts", "other")


@dataclass(frozen=True)
class ExtraItem:
    """D4: something found during the work, with the reason it differs from the estimate."""

    description: str
    amount: str
    reason: str


def settle(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    discount: str = "0",
    discount_reason: str = "",
    extras: tuple[ExtraItem, ...] = (),
) -> CaseRef:
    """P4/D4: the settlement sheet, an insert-only record of actual materials, labor, discounts
    and every difference from the estimate. A new settlement makes a new version."""
    actor.require(Action.SETTLE)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        if case.state not in (CaseState.READY.value, CaseState.QC.value):
            raise ValidationError("lifecycle.not_allowed", action="settle", state=case.state)
        lines = list(
            session.execute(
                select(EstimateLine).where(
                    EstimateLine.case_id == case.id,
                    EstimateLine.deleted_at.is_(None),
                    EstimateLine.decision == "approved",
                )
            ).scalars()
        )
        fitted = {
            u.line_id: u
            for u in session.execute(select(PartUse).where(PartUse.case_id == case.id)).scalars()
        }
        amounts: list[tuple[LineAmount, Decimal]] = []
        items = []
        for line in lines:
            amount = line_amount(line)
            labor = amount if line.kind == "labor" else Decimal("0.00")
            parts = amount if line.kind == "part" else Decimal("0.00")
            amounts.append(
                (
                    LineAmount(labor, parts),
                    Decimal(line.hours) if line.kind == "labor" else Decimal(0),
                )
            )
            use = fitted.get(line.id)
            items.append(
                {
                    "description": line.description,
                    "code": line.code,
                    "kind": line.kind,
                    "amount": str(amount),
                    "hours": line.hours if line.kind == "labor" else "0",
                    "batch": use.batch if use else "",
                    "fitted": use is not None or line.kind == "labor",
                }
            )
        differences = []
        for extra in extras:
            value = non_negative(extra.amount, "amount")
            amounts.append((LineAmount(Decimal("0.00"), value), Decimal(0)))
            differences.append(
                {
                    "description": require_text(extra.description, "description", 200),
                    "amount": str(value),
                    "reason": require_text(extra.reason, "reason", 500),
                }
            )
        result = totals(
            amounts, discount=non_negative(discount, "discount"), tax_rate=DEFAULT_TAX_RATE
        )
        version = 1 + int(
            session.execute(
                select(func.count()).select_from(Settlement).where(Settlement.case_id == case.id)
            ).scalar_one()
        )
        snapshot = {
            "kind": "settlement",
            "case_id": case.id,
            "order_no": case.order_no,
            "version": version,
            "lines": items,
            "differences": differences,
            "discount": str(result.discount),
            "discount_reason": discount_reason,
            "labor": str(result.labor),
            "parts": str(result.parts),
            "tax": str(result.tax),
            "total": str(result.total),
        }
        body = canonical(snapshot)
        now = ctx.now()
        session.add(
            Settlement(
                dealer_id=case.dealer_id,
                case_id=case.id,
                version=version,
                snapshot=body,
                snapshot_sha256=hashlib.sha256(body.encode()).hexdigest(),
                total_fen=to_fen(result.total),
                created_by=actor.staff_id,
                at=now,
                created_at=now,
            )
        )
        add_event(
            ctx,
            session,
            actor,
            case,
            "settle",
            detail={"version": version, "total": str(result.total)},
        )
        return case_ref(case)


def sign_settlement(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    signer_name: str,
    method: str,
    media_sha256: str = "",
) -> CaseRef:
    """D4: the customer signs the latest settlement version."""
    actor.require(Action.SETTLE)
    if method not in ("pad", "paper"):
        raise ValidationError("validate.required", field="method")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        settlement = session.execute(
            select(Settlement)
            .where(Settlement.case_id == case.id)
            .order_by(Settlement.version.desc())
            .limit(1)
        ).scalar_one_or_none()
        if settlement is None:
            raise ValidationError("lifecycle.d4_unsigned_settlement")
        now = ctx.now()
        session.add(
            Signature(
                dealer_id=case.dealer_id,
                case_id=case.id,
                kind="settlement",
                subject_version=settlement.version,
                snapshot=settlement.snapshot,
                snapshot_sha256=settlement.snapshot_sha256,
                method=method,
                media_sha256=media_sha256,
                signer_name=require_text(signer_name, "signer", 100),
                witnessed_by=actor.staff_id,
                signed_at=now,
                created_at=now,
            )
        )
        add_event(
            ctx, session, actor, case, "sign_settlement", detail={"version": settlement.version}
        )
        return case_ref(case)


def deliver(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    checklist: dict[str, bool],
    documents: tuple[str, ...] = DOCUMENTS,
    next_service_on: date | None = None,
    value_added: tuple[str, ...] = (),
) -> CaseRef:
    """D2–D6: demonstrate the fix, show the old parts, hand over the documents, tell the next
    service date. The guards need a passed QC (D1) and a signed settlement (D4)."""
    actor.require(Action.DELIVER)
    missing = [c for c in DELIVERY_CHECKS if not checklist.get(c, False)]
    if missing:
        raise ValidationError("validate.required", field=", ".join(missing))
    with ctx.unit() as session:
        case = load_case(session, case_id)
        now = ctx.now()
        transition(ctx, session, actor, case, CaseAction.DELIVER)
        record = {
            "checklist": checklist,
            "documents": list(documents),
            "next": str(next_service_on),
        }
        session.add(
            Delivery(
                dealer_id=case.dealer_id,
                case_id=case.id,
                checklist=json.dumps(checklist, sort_keys=True),
                documents=json.dumps(list(documents)),
                value_added=json.dumps(list(value_added), ensure_ascii=False),
                next_service_on=next_service_on,
                delivered_by=actor.staff_id,
                at=now,
                snapshot_sha256=hashlib.sha256(canonical(record).encode()).hexdigest(),
                created_at=now,
            )
        )
        for use in session.execute(select(PartUse).where(PartUse.case_id == case.id)).scalars():
            if use.packaging_state == "kept":
                use.packaging_state = "shown_to_customer"  # W2: kept until the acceptance
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


def settlement_total(ctx: ServiceContext, case_id: str) -> Decimal | None:
    with ctx.reading() as session:
        case: ServiceCase = load_case(session, case_id)
        fen = session.execute(
            select(Settlement.total_fen)
            .where(Settlement.case_id == case.id)
            .order_by(Settlement.version.desc())
            .limit(1)
        ).scalar_one_or_none()
        return from_fen(fen) if fen is not None else None
