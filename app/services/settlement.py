"""P4/D4: the settlement built from the actual work (issue 9 item 1).

Billed: labor lines approved by the customer (at the dealer's choice by the job clock or by
standard hours), parts actually fitted (part_use rows: an approved part that was never fitted
is never billed), lines added mid-job and approved, discounts (within the advisor's limit) and
compensation. Every difference from the signed estimate carries its reason; the domain
(`app.domain.settlement`) guarantees the differences add up to the difference of the totals.
Settlements are insert-only versions; a signed one is final (never overwritten)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

import cv2
import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.lifecycle import CaseState
from app.domain.money import DEFAULT_TAX_RATE, from_fen, non_negative, to_fen
from app.domain.roles import Action, Role, allowed
from app.domain.settlement import (
    COMPENSATION_KEY,
    DISCOUNT_KEY,
    Adjustment,
    Difference,
    LaborBasis,
    SettlementResult,
    WorkLine,
    billed_hours,
    check_discount,
    compute,
)
from app.domain.validation import require_text
from app.media.store import MediaStore
from app.services import messages_finish as _messages_finish  # noqa: F401  (registers codes)
from app.services import messages_settlement as _messages  # noqa: F401  (registers codes)
from app.services._support import add_event, case_ref, identity, load_case, roles_of, write_order
from app.services.aftercare import is_warranty_rework
from app.services.context import Actor, ServiceContext
from app.services.dto import CaseRef
from app.services.media_files import media_row
from app.services.reception import canonical
from app.services.work_time import worked_hours
from app.store import snapshots
from app.store.models import (
    Dealer,
    EstimateLine,
    PartUse,
    ServiceCase,
    Settlement,
    Signature,
    Staff,
)

SETTLEABLE = (CaseState.QC.value, CaseState.READY.value)


@dataclass(frozen=True)
class SettlementDraft:
    """What the settlement page shows: the computation and the facts around it."""

    case_id: str
    order_no: str
    state: str
    result: SettlementResult
    labor_basis: str
    discount_limit: Decimal | None
    latest_version: int
    latest_signed: bool
    signed_by: str
    signed_at: datetime | None


# -- loading ----------------------------------------------------------------------------------


WARRANTY_KEY = "warranty"
WARRANTY_REASON = "保修期内返修，不向客户收费"
"""The reason recorded on a warranty comeback's waived amount (shown translated by key)."""


def _dealer(session: Session) -> Dealer | None:
    return session.get(Dealer, identity(session).dealer_id)


def labor_basis(session: Session) -> LaborBasis:
    dealer = _dealer(session)
    try:
        return LaborBasis(dealer.labor_billing if dealer else "standard")
    except ValueError:
        return LaborBasis.STANDARD


def discount_limit(session: Session, actor: Actor) -> Decimal | None:
    """The advisor's own limit, else the dealer's; a manager has none."""
    if actor.has(Role.MANAGER):
        return None
    staff = session.get(Staff, actor.staff_id)
    if staff is not None and staff.discount_limit_fen is not None:
        return from_fen(staff.discount_limit_fen)
    dealer = _dealer(session)
    return from_fen(dealer.discount_limit_fen if dealer else 0)


def _signed_estimate(session: Session, case: ServiceCase) -> tuple[list[WorkLine], int]:
    """The approved lines of the first confirmation sheet the customer signed."""
    signature = session.execute(
        select(Signature)
        .where(Signature.case_id == case.id, Signature.kind == "confirmation_sheet")
        .order_by(Signature.subject_version, Signature.signed_at, write_order(Signature))
        .limit(1)
    ).scalar_one_or_none()
    if signature is None:
        raise ValidationError("settlement.no_signed_estimate", order_no=case.order_no)
    snapshot = json.loads(signature.snapshot)
    lines = [
        WorkLine(
            key=item["id"],
            kind=item["kind"],
            description=item["description"],
            code=item.get("code", ""),
            grade=item.get("grade", ""),
            qty=Decimal(item.get("qty") or "0"),
            unit_price=from_fen(int(item.get("unit_price_fen") or 0)),
            hours=Decimal(item.get("hours") or "0"),
            rate=from_fen(int(item.get("rate_fen") or 0)),
        )
        for item in snapshot.get("lines", [])
        if item.get("decision") == "approved"
    ]
    return lines, signature.subject_version


def _actual_lines(
    session: Session, case: ServiceCase, estimate_keys: set[str], basis: LaborBasis
) -> list[WorkLine]:
    rows = list(
        session.execute(
            select(EstimateLine)
            .where(
                EstimateLine.case_id == case.id,
                EstimateLine.deleted_at.is_(None),
                EstimateLine.decision == "approved",
            )
            .order_by(EstimateLine.sort)
        ).scalars()
    )
    clock = worked_hours(session, case.id)
    labor_rows = [r for r in rows if r.kind == "labor"]
    fitted: dict[str, list[PartUse]] = {}
    for use in session.execute(
        select(PartUse).where(PartUse.case_id == case.id, PartUse.deleted_at.is_(None))
    ).scalars():
        fitted.setdefault(use.line_id, []).append(use)
    lines: list[WorkLine] = []
    for row in rows:
        in_estimate = row.id in estimate_keys
        note = "" if in_estimate else row.reason
        if row.kind == "labor":
            clocked = clock.get(row.id)
            if clocked is None and len(labor_rows) == 1:
                clocked = clock.get(None)  # a clock for the whole job times its only line
            hours, source = billed_hours(Decimal(row.hours), clocked, basis)
            lines.append(
                WorkLine(
                    key=row.id, kind="labor", description=row.description, code=row.code,
                    hours=hours, rate=from_fen(row.rate_fen), in_estimate=in_estimate,
                    note=note, hours_source=source,
                )
            )  # fmt: skip
            continue
        uses = fitted.get(row.id, [])
        qty = sum((Decimal(u.qty or "0") for u in uses), Decimal(0))
        first = uses[0] if uses else None
        lines.append(
            WorkLine(
                key=row.id, kind="part", description=row.description,
                code=first.part_no if first else row.code,
                grade=first.grade if first else row.part_grade,
                qty=qty, unit_price=from_fen(row.unit_price_fen), in_estimate=in_estimate,
                note=note,
            )
        )  # fmt: skip
    return lines


def _adjustments(
    discount: str, discount_reason: str, compensation: str, compensation_reason: str
) -> list[Adjustment]:
    return [
        Adjustment(DISCOUNT_KEY, non_negative(discount or "0", DISCOUNT_KEY), discount_reason),
        Adjustment(
            COMPENSATION_KEY,
            non_negative(compensation or "0", COMPENSATION_KEY),
            compensation_reason,
        ),
    ]


def _latest(session: Session, case: ServiceCase) -> tuple[Settlement | None, Signature | None]:
    settlement = session.execute(
        select(Settlement)
        .where(Settlement.case_id == case.id)
        .order_by(Settlement.version.desc())
        .limit(1)
    ).scalar_one_or_none()
    if settlement is None:
        return None, None
    signature = session.execute(
        select(Signature)
        .where(
            Signature.case_id == case.id,
            Signature.kind == "settlement",
            Signature.subject_version == settlement.version,
        )
        .limit(1)
    ).scalar_one_or_none()
    return settlement, signature


def _compute(
    session: Session,
    case: ServiceCase,
    adjustments: list[Adjustment],
    reasons: Mapping[str, str],
) -> tuple[SettlementResult, LaborBasis]:
    estimated, _version = _signed_estimate(session, case)
    basis = labor_basis(session)
    actual = _actual_lines(session, case, {line.key for line in estimated}, basis)
    if is_warranty_rework(session, case.id):
        # Issue 9 item 7: a comeback repaired under warranty is not billed to the customer:
        # what remains after the other adjustments is waived, as a difference with its reason.
        billed = sum((line.amount for line in actual if line.billed), Decimal(0))
        waived = billed - sum((a.amount for a in adjustments), Decimal(0))
        if waived > 0:
            adjustments = [*adjustments, Adjustment(WARRANTY_KEY, waived, WARRANTY_REASON)]
    return compute(estimated, actual, adjustments, reasons, tax_rate=DEFAULT_TAX_RATE), basis


# -- reading ----------------------------------------------------------------------------------


def draft(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    discount: str = "0",
    discount_reason: str = "",
    compensation: str = "0",
    compensation_reason: str = "",
    reasons: Mapping[str, str] | None = None,
) -> SettlementDraft:
    """The settlement as it would be recorded now (the page shows it before saving)."""
    with ctx.reading() as session:
        case = load_case(session, case_id)
        adjustments = _adjustments(discount, discount_reason, compensation, compensation_reason)
        result, basis = _compute(session, case, adjustments, reasons or {})
        settlement, signature = _latest(session, case)
        return SettlementDraft(
            case_id=case.id,
            order_no=case.order_no,
            state=case.state,
            result=result,
            labor_basis=basis.value,
            discount_limit=discount_limit(session, actor),
            latest_version=settlement.version if settlement else 0,
            latest_signed=signature is not None,
            signed_by=signature.signer_name if signature else "",
            signed_at=signature.signed_at if signature else None,
        )


def latest_snapshot(ctx: ServiceContext, case_id: str) -> dict[str, Any] | None:
    """The latest recorded settlement (its frozen snapshot) with `signed` / `signed_by`."""
    with ctx.reading() as session:
        case = load_case(session, case_id)
        settlement, signature = _latest(session, case)
        if settlement is None:
            return None
        snap: dict[str, Any] = json.loads(settlement.snapshot)
        snap["signed"] = signature is not None
        snap["signed_by"] = signature.signer_name if signature else ""
        snap["signed_method"] = signature.method if signature else ""
        return snap


def settlement_total(ctx: ServiceContext, case_id: str) -> Decimal | None:
    with ctx.reading() as session:
        case = load_case(session, case_id)
        fen = session.execute(
            select(Settlement.total_fen)
            .where(Settlement.case_id == case.id)
            .order_by(Settlement.version.desc())
            .limit(1)
        ).scalar_one_or_none()
        return from_fen(fen) if fen is not None else None


# -- recording --------------------------------------------------------------------------------


def _money(value: Decimal) -> str:
    return str(value)


def _line_json(line: WorkLine) -> dict[str, Any]:
    return {
        "key": line.key,
        "kind": line.kind,
        "description": line.description,
        "code": line.code,
        "grade": line.grade,
        "qty": str(line.qty),
        "unit_price": _money(line.unit_price),
        "hours": str(line.hours) if line.kind == "labor" else "0",
        "hours_source": line.hours_source,
        "rate": _money(line.rate),
        "amount": _money(line.amount),
        "in_estimate": line.in_estimate,
    }


def _difference_json(diff: Difference) -> dict[str, Any]:
    return {
        "key": diff.key,
        "kind": diff.kind,
        "description": diff.description,
        "estimated": _money(diff.estimated),
        "actual": _money(diff.actual),
        "amount": _money(diff.amount),
        "reason": diff.reason,
    }


def settle(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    discount: str = "0",
    discount_reason: str = "",
    compensation: str = "0",
    compensation_reason: str = "",
    reasons: Mapping[str, str] | None = None,
) -> CaseRef:
    """P4/D4: record a new settlement version from the actual work. Refused: a difference
    without a reason, a discount beyond the advisor's limit, a change after the customer
    signed."""
    actor.require(Action.SETTLE)
    adjustments = _adjustments(discount, discount_reason, compensation, compensation_reason)
    for adj in adjustments:
        if adj.amount > 0 and not adj.reason.strip():
            raise ValidationError(f"settlement.{adj.kind}_reason", field=adj.kind)
    with ctx.unit() as session:
        case = load_case(session, case_id)
        if case.state not in SETTLEABLE:
            raise ValidationError("settlement.state", order_no=case.order_no)
        previous, signature = _latest(session, case)
        if previous is not None and signature is not None:
            raise ValidationError("settlement.signed", version=previous.version)
        check_discount(adjustments[0].amount, discount_limit(session, actor))
        result, basis = _compute(session, case, adjustments, reasons or {})
        if result.missing_reasons:
            key = result.missing_reasons[0]
            item = next(d.description for d in result.differences if d.key == key)
            raise ValidationError("settlement.reason_required", field=key, item=item)
        version = 1 + (previous.version if previous else 0)
        _lines, estimate_version = _signed_estimate(session, case)
        totals = result.actual
        snapshot = {
            "kind": "settlement",
            "case_id": case.id,
            "order_no": case.order_no,
            "version": version,
            "estimate_version": estimate_version,
            "labor_billing": basis.value,
            "lines": [_line_json(line) for line in result.lines],
            "differences": [_difference_json(d) for d in result.differences],
            "adjustments": [
                {"kind": a.kind, "amount": _money(a.amount), "reason": a.reason.strip()}
                for a in adjustments
                if a.amount > 0
            ],
            "estimate": {
                "labor": _money(result.estimate.labor),
                "parts": _money(result.estimate.parts),
                "tax": _money(result.estimate.tax),
                "total": _money(result.estimate.total),
            },
            "tax_rate": str(DEFAULT_TAX_RATE),
            "hours": str(totals.hours),
            "labor": _money(totals.labor),
            "parts": _money(totals.parts),
            "discount": _money(totals.discount),
            "discount_reason": adjustments[0].reason.strip(),
            "tax": _money(totals.tax),
            "total": _money(totals.total),
            "delta": _money(result.delta),
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
                total_fen=to_fen(totals.total),
                created_by=actor.staff_id,
                at=now,
                created_at=now,
            )
        )
        add_event(
            ctx, session, actor, case, "settle",
            detail={"version": version, "total": str(totals.total)},
        )  # fmt: skip
        return case_ref(case)


def sign_settlement(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    signer_name: str,
    method: str,
    media_sha256: str = "",
    strokes: list[list[tuple[float, float]]] | None = None,
    version: int | None = None,
) -> CaseRef:
    """D4: the customer signs the latest settlement version (once: never overwritten)."""
    actor.require(Action.SETTLE)
    if method not in ("pad", "paper"):
        raise ValidationError("validate.required", field="method")
    if not signer_name.strip():
        raise ValidationError("settlement.signer", field="signer")
    with ctx.unit() as session:
        case = load_case(session, case_id)
        settlement, signature = _latest(session, case)
        if settlement is None:
            raise ValidationError("settlement.none", order_no=case.order_no)
        if version is not None and version != settlement.version:
            raise ValidationError(
                "case.snapshot_mismatch", signed=version, current=settlement.version
            )
        if signature is not None:
            raise ValidationError("settlement.signed", version=settlement.version)
        now = ctx.now()
        session.add(
            Signature(
                dealer_id=case.dealer_id,
                case_id=case.id,
                kind="settlement",
                subject_version=settlement.version,
                # Exactly the settlement version's snapshot: stored once, there (issue 12);
                # `signed_text` reads it, the hash names it.
                snapshot=snapshots.SHARED,
                snapshot_sha256=settlement.snapshot_sha256,
                method=method,
                media_sha256=media_sha256,
                strokes=json.dumps(strokes or []),
                signer_name=require_text(signer_name, "signer", 100),
                witnessed_by=actor.staff_id,
                signed_at=now,
                created_at=now,
            )
        )
        add_event(
            ctx, session, actor, case, "sign_settlement",
            detail={"version": settlement.version},
        )  # fmt: skip
        return case_ref(case)


def sign_settlement_on_pad(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    signer_name: str,
    strokes: list[list[tuple[float, float]]],
    png_bytes: bytes,
) -> CaseRef:
    """D4 on the pad: strokes kept as vectors, the picture as PNG, as for the confirmation."""
    from app.services.documents import substantial_signature

    actor.require(Action.SETTLE)
    if not strokes or not any(len(s) > 1 for s in strokes):
        raise ValidationError("reception.signature_empty")
    if not substantial_signature(strokes):
        raise ValidationError("reception.signature_too_small")
    picture = cv2.imdecode(np.frombuffer(png_bytes, np.uint8), cv2.IMREAD_UNCHANGED)
    if picture is None or not png_bytes.startswith(b"\x89PNG"):
        raise ValidationError("reception.signature_image")
    height, width = picture.shape[:2]
    ref = MediaStore(ctx.media_dir).put_bytes(
        png_bytes, "image/png", width=int(width), height=int(height)
    )
    with ctx.unit() as session:
        case = load_case(session, case_id)
        session.add(media_row(ctx, case, actor, ref, "signature", None))
        return sign_settlement(
            ctx.bound(session),
            actor,
            case.id,
            signer_name=signer_name,
            method="pad",
            media_sha256=ref.sha256,
            strokes=[[(round(x, 4), round(y, 4)) for x, y in s] for s in strokes],
        )


def signed_text(session: Session, signature: Signature) -> str:
    """The snapshot a signature signed, as signed (a settlement-kind signature's is its
    settlement version's: `app.store.snapshots`)."""
    return snapshots.signed_snapshot(
        session.connection(), signature.case_id, signature.snapshot_sha256, signature.snapshot
    )


def count_versions(session: Session, case_id: str) -> int:
    return int(
        session.execute(
            select(func.count()).select_from(Settlement).where(Settlement.case_id == case_id)
        ).scalar_one()
    )


# -- the dealer's choices (manager or administrator) ------------------------------------------


@dataclass(frozen=True)
class HandoverSettings:
    labor_billing: str
    discount_limit: Decimal
    value_added: tuple[str, ...]
    service_interval_months: int
    service_interval_km: int
    reminder_lead_days: int = 7
    """D5: the next-service reminder is sent this many days before the date."""


def handover_settings(ctx: ServiceContext) -> HandoverSettings:
    with ctx.reading() as session:
        dealer = _dealer(session)
        assert dealer is not None
        return HandoverSettings(
            labor_billing=dealer.labor_billing,
            discount_limit=from_fen(dealer.discount_limit_fen),
            value_added=tuple(json.loads(dealer.value_added or "[]")),
            service_interval_months=dealer.service_interval_months,
            service_interval_km=dealer.service_interval_km,
            reminder_lead_days=dealer.reminder_lead_days,
        )


def set_handover_settings(
    ctx: ServiceContext,
    actor: Actor,
    *,
    labor_billing: str | None = None,
    discount_limit: str | None = None,
    value_added: tuple[str, ...] | None = None,
    service_interval_months: int | None = None,
    service_interval_km: int | None = None,
    reminder_lead_days: int | None = None,
) -> HandoverSettings:
    """P4: the dealer chooses how labor is billed (job clock or standard hours) and the
    advisors' default discount limit; D6: the value-added services offered; D5: the routine
    service interval and how many days before it the reminder is sent. Only what is given
    changes."""
    actor.require(Action.MANAGE_SETTINGS)
    if labor_billing is not None and labor_billing not in {b.value for b in LaborBasis}:
        raise ValidationError("validate.required", field="labor_billing")
    for value, field in ((service_interval_months, "months"), (service_interval_km, "km")):
        if value is not None and value <= 0:
            raise ValidationError("validate.required", field=field)
    if reminder_lead_days is not None and not 0 <= reminder_lead_days <= 90:
        raise ValidationError("validate.required", field="lead_days")
    with ctx.unit() as session:
        dealer = _dealer(session)
        assert dealer is not None
        if labor_billing is not None:
            dealer.labor_billing = labor_billing
        if discount_limit is not None:
            dealer.discount_limit_fen = to_fen(non_negative(discount_limit, DISCOUNT_KEY))
        if value_added is not None:
            items = [require_text(v, "value_added", 60) for v in value_added if v.strip()]
            dealer.value_added = json.dumps(items, ensure_ascii=False)
        if service_interval_months is not None:
            dealer.service_interval_months = service_interval_months
        if service_interval_km is not None:
            dealer.service_interval_km = service_interval_km
        if reminder_lead_days is not None:
            dealer.reminder_lead_days = reminder_lead_days
    return handover_settings(ctx)


@dataclass(frozen=True)
class AdvisorLimit:
    """D4: a member of staff who settles cases, and the discount he may give."""

    staff_id: str
    name: str
    own: Decimal | None
    """His own limit; None: the dealer's default applies."""
    applies: Decimal
    """The limit that applies to him (his own, or the dealer's default)."""


def advisor_limits(ctx: ServiceContext) -> tuple[AdvisorLimit, ...]:
    """The active staff who may settle (advisors, managers) with their discount limits."""
    with ctx.reading() as session:
        dealer = _dealer(session)
        default = from_fen(dealer.discount_limit_fen if dealer else 0)
        out = []
        for staff in session.execute(
            select(Staff).where(Staff.active.is_(True)).order_by(Staff.name)
        ).scalars():
            if not allowed(roles_of(staff), Action.SETTLE):
                continue
            own = (
                from_fen(staff.discount_limit_fen) if staff.discount_limit_fen is not None else None
            )
            out.append(AdvisorLimit(staff.id, staff.name, own, default if own is None else own))
        return tuple(out)


def set_discount_limit(ctx: ServiceContext, actor: Actor, staff_id: str, limit: str | None) -> None:
    """One advisor's own discount limit (None or blank: the dealer's default). Refused for a
    member of staff who does not settle, and for an amount that is not a yuan amount >= 0."""
    actor.require(Action.MANAGE_STAFF)
    text = None if limit is None or not limit.strip() else limit.strip()
    fen = None if text is None else to_fen(non_negative(text, DISCOUNT_KEY))
    with ctx.unit() as session:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise ValidationError("validate.required", field="staff")
        if not allowed(roles_of(staff), Action.SETTLE):
            raise ValidationError("settlement.limit_not_settling", name=staff.name, field="staff")
        staff.discount_limit_fen = fen
