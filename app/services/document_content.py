"""What a printed document of a case says, built from the case record (P4, I4, I5, D4).

The printing input (app.printing.model) of the work order, the confirmation sheet and the
settlement sheet: dealer, customer with the P1 preferences, asset, lines with the customer's
decisions and names in the copy's language, totals; for the work order the promised time and
the walk-around; for a revised confirmation sheet what changed against the signed version.
`version_hash` is the one content hash of a version, whatever the copy's language. Split
from services/documents.py (printing, scans, the pad) to keep both readable.
"""

from __future__ import annotations

import json
import uuid
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.messages import register, render
from app.domain.money import DEFAULT_TAX_RATE, from_fen
from app.printing.model import (
    ApplianceAsset,
    Asset,
    CaseInfo,
    ChangeKind,
    CustomerInfo,
    DamageNote,
    DealerHeader,
    Decision,
    EstimateDocument,
    EstimateLine,
    IntakeSummary,
    LineChange,
    LineKind,
    LineState,
    PartSource,
    VehicleAsset,
    VersionChanges,
    compute_totals,
    yuan,
)
from app.printing.payload import DocumentKind, content_hash
from app.services import messages_reception as _messages  # noqa: F401  (registers codes)
from app.services._support import identity, line_amount, write_order
from app.store.models import (
    Asset as AssetRow,
)
from app.store.models import (
    Customer,
    DamageMark,
    Dealer,
    Inspection,
    LaborOp,
    Part,
    ServiceCase,
    Settlement,
    Signature,
    Staff,
)
from app.store.models import (
    EstimateLine as LineRow,
)

if TYPE_CHECKING:
    from app.printing.handover import HandoverDocument

_PRINTED_CHANNELS = ("app",)
register({"reception.printed_channel.app": ("官方APP", "official app")})

CANONICAL_LANG = "zh_CN"
"""The language the content hash is taken in: one version, one hash, whatever the copy's
language (issue 11 item 2)."""

LANGS = ("zh_CN", "en")


def _preferences(customer: Customer, lang: str) -> tuple[str, ...]:
    """P1: the customer's service preferences in plain words, on every printed document."""
    prefs: list[str] = []
    if customer.needs_guidance:
        prefs.append(render("reception.pref.needs_guidance", lang))
    if customer.prefers_speed:
        prefs.append(render("reception.pref.prefers_speed", lang))
    if customer.preferred_channel:
        code = f"reception.channel.{customer.preferred_channel}"
        if customer.preferred_channel in _PRINTED_CHANNELS:  # issue 11: "官方APP" on paper
            code = f"reception.printed_channel.{customer.preferred_channel}"
        channel = render(code, lang)
        if channel.startswith(code):
            channel = customer.preferred_channel
        prefs.append(render("reception.pref.channel", lang, channel=channel))
    return tuple(prefs)


def _header(session: Session) -> DealerHeader:
    dealer = session.get(Dealer, identity(session).dealer_id)
    assert dealer is not None
    return DealerHeader(name=dealer.name, address=dealer.address, phone=dealer.phone)


def _parties(
    session: Session, case: ServiceCase, lang: str
) -> tuple[CustomerInfo, Asset, CaseInfo]:
    customer = session.get(Customer, case.customer_id)
    asset = session.get(AssetRow, case.asset_id)
    owner = session.get(Staff, case.owner_id)
    assert customer is not None
    assert asset is not None
    assert owner is not None
    inspection = session.execute(
        select(Inspection).where(Inspection.case_id == case.id)
    ).scalar_one_or_none()
    mileage = inspection.mileage_km if inspection and inspection.mileage_km else asset.mileage_km
    printed_asset: Asset
    if asset.kind == "vehicle":
        printed_asset = VehicleAsset(
            plate=asset.plate,
            vin=asset.vin,
            model=f"{asset.brand} {asset.model}".strip(),
            mileage_km=mileage,
        )
    else:
        printed_asset = ApplianceAsset(brand=asset.brand, model=asset.model, serial=asset.serial)
    info = CaseInfo(
        case_id=uuid.UUID(case.id),
        order_no=case.order_no,
        opened_at=case.opened_at,
        advisor=owner.name,  # P2: the first-contact owner explains the estimate
        fault_description=case.fault_description,
        preliminary_diagnosis=case.preliminary_diagnosis,
        pending_observation=case.pending_observation,
        advisor_phone=owner.phone,
        promised_at=case.promised_at,
    )
    return (
        CustomerInfo(customer.name, customer.phone, _preferences(customer, lang)),
        printed_asset,
        info,
    )


Names = dict[str, str]


def catalogue_names(session: Session, codes: set[str], lang: str) -> Names:
    """English names of catalogue parts and labor operations by part number / code (issue
    11: an English copy prints the catalogue's English name, not the Chinese one). Empty for
    Chinese: the line's own description is the Chinese name."""
    if lang.startswith("zh") or not codes:
        return {}
    names: Names = {}
    for code, name in session.execute(
        select(Part.part_no, Part.name_en).where(Part.part_no.in_(codes))
    ):
        if name:
            names[code] = name
    for code, name in session.execute(
        select(LaborOp.code, LaborOp.name_en).where(LaborOp.code.in_(codes))
    ):
        if name:
            names[code] = name
    return names


def printed_name(description: str, code: str, names: Names, lang: str) -> tuple[str, bool]:
    """The line's name in the copy's language and whether it is the dealer's own (no
    catalogue name in that language: printed as written, marked so on an English copy)."""
    if lang.startswith("zh"):
        return description, False
    if code in names:
        return names[code], False
    return description, not description.isascii()


def _printed_line(
    row: LineRow, names: Names | None = None, lang: str = CANONICAL_LANG
) -> EstimateLine:
    source = PartSource(row.part_grade) if row.part_grade in ("oem", "certified") else None
    description, own = printed_name(row.description, row.code, names or {}, lang)
    common: dict[str, Any] = {
        "code": row.code,
        "description": description,
        "own_name": own,
        "mandatory": row.mandatory,
        "reason": row.reason,
        "decision": Decision(row.decision),
        "safety_relevant": row.safety_relevant,
        "acknowledged": row.acknowledged,
    }
    if row.kind == "labor":
        # amount = quantity x unit_price: the labor amount (hours x rate) as one unit, with
        # the hours shown beside it.
        return EstimateLine(
            kind=LineKind.LABOR, unit_price=line_amount(row), hours=Decimal(row.hours), **common
        )
    return EstimateLine(
        kind=LineKind.PART,
        unit_price=from_fen(row.unit_price_fen),
        quantity=Decimal(row.qty),
        part_model=row.code,
        part_source=source,
        **common,
    )


def estimate_document(session: Session, case: ServiceCase, lang: str) -> EstimateDocument:
    """The work order / confirmation sheet of the case's current estimate version (I4, P4)."""
    rows = list(
        session.execute(
            select(LineRow)
            .where(LineRow.case_id == case.id, LineRow.deleted_at.is_(None))
            .order_by(LineRow.sort)
        ).scalars()
    )
    names = catalogue_names(session, {r.code for r in rows if r.code}, lang)
    lines = tuple(_printed_line(r, names, lang) for r in rows)
    customer, asset, info = _parties(session, case, lang)
    version = max(1, case.estimate_version)
    totals = compute_totals(lines, DEFAULT_TAX_RATE)
    return EstimateDocument(
        dealer=_header(session),
        customer=customer,
        asset=asset,
        case=info,
        lines=lines,
        totals=totals,
        version=version,
        intake=_intake(session, case),
        changes=_changes(session, case, rows, totals.total, version, names, lang),
    )


def _intake(session: Session, case: ServiceCase) -> IntakeSummary | None:
    """The walk-around as recorded at intake (I1, I2), for the work order."""
    inspection = session.execute(
        select(Inspection).where(Inspection.case_id == case.id)
    ).scalar_one_or_none()
    marks = session.execute(
        select(DamageMark)
        .where(DamageMark.case_id == case.id, DamageMark.deleted_at.is_(None))
        .order_by(DamageMark.created_at, DamageMark.id)
    ).scalars()
    damages = tuple(DamageNote(m.zone, m.kind, m.severity, m.note) for m in marks)
    if inspection is None and not damages:
        return None
    asset = session.get(AssetRow, case.asset_id)
    vehicle = asset is not None and asset.kind == "vehicle"
    return IntakeSummary(
        damages=damages,
        mileage_km=inspection.mileage_km if inspection and vehicle else None,
        fuel_level=inspection.fuel_level if inspection and vehicle else "",
        valuables=inspection.valuables if inspection else "",
        keys=inspection.keys if inspection and vehicle else None,
    )


def _snapshot_state(item: dict[str, Any]) -> LineState:
    return LineState(
        amount=yuan(item["amount"]),
        decision=Decision(item["decision"]),
        quantity=Decimal(item["qty"]) if item["kind"] == "part" else Decimal(1),
        hours=Decimal(item["hours"]) if item["kind"] == "labor" else Decimal(0),
    )


def _changes(
    session: Session,
    case: ServiceCase,
    rows: list[LineRow],
    total_after: Decimal,
    version: int,
    names: Names,
    lang: str,
) -> VersionChanges | None:
    """A revised estimate against the version the customer last signed (the signature's
    frozen snapshot): lines added, removed, changed, and the totals before and after."""
    if version <= 1:
        return None
    signature = session.execute(
        select(Signature)
        .where(
            Signature.case_id == case.id,
            Signature.kind == "confirmation_sheet",
            Signature.subject_version < version,
        )
        .order_by(
            Signature.subject_version.desc(),
            Signature.signed_at.desc(),
            write_order(Signature, desc=True),
        )
        .limit(1)
    ).scalar_one_or_none()
    if signature is None:
        return None
    before = {item["id"]: item for item in json.loads(signature.snapshot)["lines"]}
    now = {row.id: row for row in rows}
    changes: list[LineChange] = []
    for row in rows:
        state = _snapshot_state(_row_item(row))
        name = printed_name(row.description, row.code, names, lang)[0]
        if row.id not in before:
            changes.append(LineChange(ChangeKind.ADDED, name, None, state))
        elif (old := _snapshot_state(before[row.id])) != state:
            changes.append(LineChange(ChangeKind.CHANGED, name, old, state))
    for line_id, item in before.items():
        if line_id not in now:
            name = printed_name(item["description"], item.get("code", ""), names, lang)[0]
            changes.append(LineChange(ChangeKind.REMOVED, name, _snapshot_state(item), None))
    signed_lines = tuple(
        EstimateLine(
            kind=LineKind(item["kind"]),
            code=item.get("code", ""),
            description=item["description"],
            unit_price=yuan(item["amount"]),
            decision=Decision(item["decision"]),
        )
        for item in before.values()
    )
    return VersionChanges(
        signed_version=signature.subject_version,
        changes=tuple(changes),
        total_before=compute_totals(signed_lines, DEFAULT_TAX_RATE).total,
        total_after=total_after,
    )


def _row_item(row: LineRow) -> dict[str, Any]:
    """A current line in the shape of the signed snapshot's items."""
    return {
        "kind": row.kind,
        "qty": row.qty,
        "hours": row.hours,
        "amount": str(line_amount(row)),
        "decision": row.decision,
    }


def build_document(
    session: Session, case: ServiceCase, kind: DocumentKind, lang: str
) -> EstimateDocument | HandoverDocument:
    from app.services import handover_documents

    if kind in handover_documents.HANDOVER_KINDS:
        # Issue 9: the settlement sheet and the delivery documents (handover-settle).
        return handover_documents.build(session, case, kind, lang)
    if kind in (DocumentKind.WORK_ORDER, DocumentKind.CONFIRMATION_SHEET):
        return estimate_document(session, case, lang)
    raise ValidationError("reception.document_kind", kind=kind.value)


def version_hash(session: Session, case: ServiceCase, kind: DocumentKind) -> str:
    """The content hash of the document's current data, the same for every language."""
    return content_hash(build_document(session, case, kind, CANONICAL_LANG))


def current_version(session: Session, case: ServiceCase, kind: DocumentKind) -> int:
    from app.services import handover_documents

    if kind is DocumentKind.SETTLEMENT:
        version = session.execute(
            select(func.max(Settlement.version)).where(Settlement.case_id == case.id)
        ).scalar_one_or_none()
        return int(version or 0)
    if kind in handover_documents.DELIVERY_DOCUMENTS:
        return 1
    return max(1, case.estimate_version)
