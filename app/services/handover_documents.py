"""The handover documents of a case built from the record (issue 9 items 2 and 4): the
settlement sheet from the latest settlement's frozen snapshot, and at delivery the repair
record, the parts warranty card and the maintenance advice. Printed through
`app.services.documents.print_document` like the other forms (QR, Document row, media)."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import ExpectedError, ValidationError
from app.media.store import MediaStore
from app.printing import payload
from app.printing.handover import (
    FittedPart,
    FormRef,
    HandoverDocument,
    MaintenanceAdvice,
    OldPart,
    Photo,
    QcResult,
    RepairRecord,
    SettlementSheet,
    SheetDifference,
    SheetLine,
    SheetTotals,
    WarrantyCard,
)
from app.printing.layout import mask_phone
from app.printing.payload import DocumentKind
from app.services import messages_settlement as _messages  # noqa: F401  (registers codes)
from app.services._support import write_order
from app.store.models import (
    Asset,
    CaseEvent,
    Dealer,
    Delivery,
    Document,
    EstimateLine,
    KeyStep,
    MediaFile,
    Part,
    PartUse,
    QcInspection,
    ServiceCase,
    Settlement,
    Staff,
)

HANDOVER_KINDS = (
    DocumentKind.SETTLEMENT,
    DocumentKind.REPAIR_RECORD,
    DocumentKind.WARRANTY_CARD,
    DocumentKind.MAINTENANCE_ADVICE,
)
DELIVERY_DOCUMENTS = (
    DocumentKind.REPAIR_RECORD,
    DocumentKind.WARRANTY_CARD,
    DocumentKind.MAINTENANCE_ADVICE,
)
ADVICE_VEHICLE = (
    "每月检查一次轮胎气压与磨损，气压以车门贴标为准",
    "按保养手册定期更换机油及机油滤清器",
    "如仪表出现故障灯或制动异响，请及时到店检查",
)
ADVICE_VEHICLE_EN = (
    "Check tyre pressure and wear monthly (pressure as on the door label)",
    "Change the engine oil and filter as the service booklet says",
    "Come in at once if a warning lamp lights up or the brakes make noise",
)
ADVICE_APPLIANCE_EN = (
    "Clean the filter and the drain regularly; keep it ventilated",
    "Unplug it when it is not used for a long time",
    "Call the service centre if it makes noise, leaks or shows an error code",
)
ADVICE_APPLIANCE = (
    "定期清洁滤网与排水口，保持通风",
    "长期不用时请断开电源",
    "如出现异响、漏水或报警代码，请及时联系服务中心",
)


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _name(session: Session, staff_id: str | None) -> str:
    staff = session.get(Staff, staff_id) if staff_id else None
    return staff.name if staff else ""


def _latest_settlement(session: Session, case: ServiceCase) -> Settlement:
    row = session.execute(
        select(Settlement)
        .where(Settlement.case_id == case.id)
        .order_by(Settlement.version.desc())
        .limit(1)
    ).scalar_one_or_none()
    if row is None:
        raise ValidationError("reception.no_settlement", order_no=case.order_no)
    return row


def _qc_rows(session: Session, case: ServiceCase) -> list[QcInspection]:
    return list(
        session.execute(
            select(QcInspection).where(QcInspection.case_id == case.id).order_by(QcInspection.round)
        ).scalars()
    )


def _qc_notes(row: QcInspection, lang: str) -> str:
    """A round's notes on the repair record: a fail names each failed check with the
    inspector's reason (D1), then the notes."""
    from app.domain.messages import name_of
    from app.services.qc import failures

    zh = lang.startswith("zh")
    parts = [
        name_of("checks", code, lang) + (("：" if zh else ": ") + reason if reason else "")
        for code, reason in failures(row.checklist, row.reasons)
    ]
    if row.notes:
        parts.append(row.notes)
    return ("；" if zh else "; ").join(parts)


def _finished_at(session: Session, case: ServiceCase) -> dt.datetime | None:
    return session.execute(
        select(CaseEvent.at)
        .where(CaseEvent.case_id == case.id, CaseEvent.to_state == "qc")
        .order_by(CaseEvent.at.desc(), write_order(CaseEvent, desc=True))
        .limit(1)
    ).scalar_one_or_none()


def _part_uses(session: Session, case: ServiceCase) -> list[PartUse]:
    return list(
        session.execute(
            select(PartUse)
            .where(PartUse.case_id == case.id, PartUse.deleted_at.is_(None))
            .order_by(PartUse.fitted_at, write_order(PartUse))
        ).scalars()
    )


def _descriptions(session: Session, case: ServiceCase) -> dict[str, EstimateLine]:
    return {
        line.id: line
        for line in session.execute(
            select(EstimateLine).where(EstimateLine.case_id == case.id)
        ).scalars()
    }


def _unit(session: Session, part_no: str) -> str:
    part = session.execute(select(Part).where(Part.part_no == part_no)).scalar_one_or_none()
    return part.unit if part else "件"


def _other_forms(session: Session, case: ServiceCase) -> tuple[FormRef, ...]:
    """The QR references of the case's other forms (issue 9 item 2): the latest printed work
    order and confirmation sheet, and the documents handed over at delivery (D5: repair
    record, warranty card, maintenance advice), which are referenced whether or not printed
    yet (always version 1), so the settlement's content does not change when they are."""
    refs = []
    for kind in (DocumentKind.WORK_ORDER, DocumentKind.CONFIRMATION_SHEET):
        row = session.execute(
            select(Document)
            .where(Document.case_id == case.id, Document.kind == kind.value)
            .order_by(
                Document.version.desc(),
                Document.created_at.desc(),
                write_order(Document, desc=True),
            )
            .limit(1)
        ).scalar_one_or_none()
        if row is not None and row.content_sha256:
            refs.append(FormRef(kind.value, row.version, form_reference(case, row)))
    for kind in DELIVERY_DOCUMENTS:
        refs.append(FormRef(kind.value, 1, delivery_reference(kind), at_delivery=True))
    return tuple(refs)


REFERENCE_SCHEME = payload.REFERENCE_SCHEME


def form_reference(case: ServiceCase, row: Document) -> str:
    """What the small QR of another form says: kind, version and check code. Not an
    `SB1` document payload on purpose: a photo of the signed settlement sheet must be read
    as the settlement sheet, never as the confirmation sheet whose reference it carries."""
    short = REFERENCE_KINDS.get(row.kind, row.kind)
    return "|".join((REFERENCE_SCHEME, short, str(row.version), row.content_sha256[:8]))


def delivery_reference(kind: DocumentKind) -> str:
    """The reference of a document handed over at delivery: kind and version 1 (no check
    code: it is printed after the settlement sheet)."""
    return "|".join((REFERENCE_SCHEME, REFERENCE_KINDS[kind.value], "1"))


REFERENCE_KINDS = {
    "work_order": "WO",
    "confirmation_sheet": "CS",
    "repair_record": "RR",
    "warranty_card": "WC",
    "maintenance_advice": "MA",
}
"""Short: a short text makes a QR of few, large modules, read as surely as the page's own
(its order number is the page's: the settlement sheet's QR names the case)."""


def settlement_sheet(session: Session, case: ServiceCase, lang: str) -> SettlementSheet:
    """《服务结算单》 of the latest settlement version (P4, D4)."""
    from app.services.document_content import _header, _parties

    row = _latest_settlement(session, case)
    snap = json.loads(row.snapshot)
    lines = tuple(
        SheetLine(
            kind=item["kind"],
            code=item.get("code", ""),
            description=item["description"],
            source=item.get("grade", ""),
            qty=Decimal(item.get("qty", "0")),
            unit=_unit(session, item.get("code", "")) if item["kind"] == "part" else "h",
            unit_price=Decimal(item["rate"] if item["kind"] == "labor" else item["unit_price"]),
            hours=Decimal(item.get("hours", "0")),
            hours_source=item.get("hours_source", ""),
            amount=Decimal(item["amount"]),
            in_estimate=bool(item.get("in_estimate", True)),
        )
        for item in snap["lines"]
    )
    differences = tuple(
        SheetDifference(
            kind=d["kind"],
            description=d["description"],
            estimated=Decimal(d["estimated"]),
            actual=Decimal(d["actual"]),
            amount=Decimal(d["amount"]),
            reason=d["reason"],
        )
        for d in snap["differences"]
    )
    estimate = snap["estimate"]
    totals = SheetTotals(
        hours=Decimal(snap.get("hours", "0")),
        labor=Decimal(snap["labor"]),
        parts=Decimal(snap["parts"]),
        discount=Decimal(snap["discount"]),
        tax_rate=Decimal(snap.get("tax_rate", "0.13")),
        tax=Decimal(snap["tax"]),
        total=Decimal(snap["total"]),
        estimate_total=Decimal(estimate["total"]),
    )
    lines_by_id = _descriptions(session, case)
    old_parts = tuple(
        OldPart(
            description=lines_by_id[u.line_id].description
            if u.line_id in lines_by_id
            else u.part_no,
            part_no=u.part_no,
            handling=u.old_part_disposition,
            reason=u.old_part_reason,
        )
        for u in _part_uses(session, case)
    )
    qc = [q for q in _qc_rows(session, case) if q.result == "pass"]
    customer, asset, info = _parties(session, case, lang)
    return SettlementSheet(
        dealer=_header(session),
        customer=customer,
        asset=asset,
        case=info,
        version=row.version,
        technician=_name(session, case.technician_id),
        qc_inspector=_name(session, qc[-1].inspector_id) if qc else "",
        finished_at=_finished_at(session, case),
        qc_at=qc[-1].at if qc else None,
        settled_at=row.at,
        labor_basis=snap.get("labor_billing", "standard"),
        lines=lines,
        differences=differences,
        totals=totals,
        old_parts=old_parts,
        forms=_other_forms(session, case),
    )


def _delivery(session: Session, case: ServiceCase) -> Delivery:
    row = session.execute(
        select(Delivery)
        .where(Delivery.case_id == case.id)
        .order_by(Delivery.at.desc(), write_order(Delivery, desc=True))
        .limit(1)
    ).scalar_one_or_none()
    if row is None:
        raise ValidationError("delivery.not_delivered", order_no=case.order_no)
    return row


def fitted_parts(session: Session, case: ServiceCase) -> tuple[FittedPart, ...]:
    """Parts fitted, with the catalogue's warranty (D5) counted from the fitting day."""
    asset = session.get(Asset, case.asset_id)
    mileage = asset.mileage_km if asset else None
    lines = _descriptions(session, case)
    parts = []
    for use in _part_uses(session, case):
        catalogue = session.execute(
            select(Part).where(Part.part_no == use.part_no)
        ).scalar_one_or_none()
        months = catalogue.warranty_months if catalogue else 12
        km = catalogue.warranty_km if catalogue else 20000
        fitted_on = use.fitted_at.date()
        line = lines.get(use.line_id)
        parts.append(
            FittedPart(
                description=line.description
                if line
                else (catalogue.name if catalogue else use.part_no),
                part_no=use.part_no,
                source=use.grade,
                qty=Decimal(use.qty or "1"),
                batch=use.batch,
                fitted_on=fitted_on,
                warranty_months=months,
                warranty_km=km,
                until=add_months(fitted_on, months),
                until_km=(mileage + km) if mileage is not None else None,
            )
        )
    return tuple(parts)


def repair_record(session: Session, case: ServiceCase, lang: str) -> RepairRecord:
    from app.services.document_content import _header, _parties

    _delivery(session, case)
    customer, asset, info = _parties(session, case, lang)
    lines = list(
        session.execute(
            select(EstimateLine)
            .where(
                EstimateLine.case_id == case.id,
                EstimateLine.deleted_at.is_(None),
                EstimateLine.decision == "approved",
                EstimateLine.kind == "labor",
            )
            .order_by(EstimateLine.sort)
        ).scalars()
    )
    found = case.preliminary_diagnosis or case.fault_description
    photos = []
    for step in session.execute(
        select(KeyStep)
        .where(KeyStep.case_id == case.id)
        .order_by(KeyStep.created_at, write_order(KeyStep))
    ).scalars():
        media = session.execute(
            select(MediaFile).where(
                MediaFile.subject_id == step.id,
                MediaFile.mime.in_(("image/jpeg", "image/png", "video/mp4")),
            )
        ).scalars()
        photos += [Photo(step.title, item.sha256) for item in media]
    qc = tuple(
        QcResult(q.result, q.round, _name(session, q.inspector_id), q.at, _qc_notes(q, lang))
        for q in _qc_rows(session, case)
    )
    return RepairRecord(
        dealer=_header(session),
        customer=customer,
        asset=asset,
        case=info,
        version=1,
        technician=_name(session, case.technician_id),
        found=found,
        done=tuple(line.description for line in lines),
        photos=tuple(photos),
        parts=fitted_parts(session, case),
        qc=qc,
    )


def warranty_card(session: Session, case: ServiceCase, lang: str) -> WarrantyCard:
    from app.services.document_content import _header, _parties

    _delivery(session, case)
    customer, asset, info = _parties(session, case, lang)
    row = session.get(Asset, case.asset_id)
    return WarrantyCard(
        dealer=_header(session),
        customer=customer,
        asset=asset,
        case=info,
        version=1,
        vehicle=row is None or row.kind == "vehicle",
        parts=fitted_parts(session, case),
    )


def next_service(session: Session, case: ServiceCase, on: dt.date) -> tuple[dt.date, int | None]:
    """D5: the next routine service by time and by mileage (the dealer's interval)."""
    from app.services._support import identity

    dealer = session.get(Dealer, identity(session).dealer_id)
    months = dealer.service_interval_months if dealer else 6
    km = dealer.service_interval_km if dealer else 5000
    asset = session.get(Asset, case.asset_id)
    mileage = asset.mileage_km if asset and asset.kind == "vehicle" else None
    return add_months(on, months), (mileage + km if mileage is not None else None)


def maintenance_advice(session: Session, case: ServiceCase, lang: str) -> MaintenanceAdvice:
    from app.services.document_content import _header, _parties

    delivery = _delivery(session, case)
    customer, asset, info = _parties(session, case, lang)
    row = session.get(Asset, case.asset_id)
    vehicle = row is None or row.kind == "vehicle"
    declined = [
        line.description
        for line in session.execute(
            select(EstimateLine)
            .where(
                EstimateLine.case_id == case.id,
                EstimateLine.deleted_at.is_(None),
                EstimateLine.decision == "declined",
            )
            .order_by(EstimateLine.sort)
        ).scalars()
    ]
    zh = lang.startswith("zh")
    advice = [("建议下次处理：" if zh else "Recommended next time: ") + d for d in declined]
    if zh:
        advice += list(ADVICE_VEHICLE if vehicle else ADVICE_APPLIANCE)
    else:
        advice += list(ADVICE_VEHICLE_EN if vehicle else ADVICE_APPLIANCE_EN)
    next_date, next_km = next_service(session, case, delivery.at.date())
    if delivery.next_service_on is not None:
        next_date = delivery.next_service_on
    return MaintenanceAdvice(
        dealer=_header(session),
        customer=customer,
        asset=asset,
        case=info,
        version=1,
        advice=tuple(advice),
        next_date=next_date,
        next_km=next_km if vehicle else None,
        mileage_km=row.mileage_km if row and vehicle else None,
        value_added=tuple(json.loads(delivery.value_added or "[]")),
        phone_masked=mask_phone(customer.phone),
    )


def with_photo_files(doc: HandoverDocument, media_dir: Path) -> HandoverDocument:
    """Point the repair record's thumbnails at the media store's files (print time only:
    paths are not part of the document's content)."""
    if not isinstance(doc, RepairRecord):
        return doc
    store = MediaStore(media_dir)
    photos = []
    for photo in doc.photos:
        # A thumbnail of the photo, or a frame of a key-step video (W3: a step recorded only
        # on video is still shown on the repair record).
        try:
            path = str(store.thumbnail(photo.sha256))
        except ExpectedError:
            path = ""  # missing or unreadable: the record says so rather than failing
        photos.append(replace(photo, path=path))
    return replace(doc, photos=tuple(photos))


def build(session: Session, case: ServiceCase, kind: DocumentKind, lang: str) -> HandoverDocument:
    if kind is DocumentKind.SETTLEMENT:
        return settlement_sheet(session, case, lang)
    if kind is DocumentKind.REPAIR_RECORD:
        return repair_record(session, case, lang)
    if kind is DocumentKind.WARRANTY_CARD:
        return warranty_card(session, case, lang)
    return maintenance_advice(session, case, lang)
