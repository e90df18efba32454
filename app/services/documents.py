"""Printed documents of a case and their way back from paper (P4, I4, I5, D4).

- `print_document` builds the printing input from the case record (document_content.py:
  dealer, customer with the P1 preferences, asset, lines with the customer's decisions,
  totals, walk-around, what changed), renders the PDF, keeps
  it in the media store and records a `document` row (kind, version, content hash, QR payload,
  file hash) with its timeline/audit event in one transaction.
- `identify_scan` / `attach_scan`: a photo or scan of a printed page is decoded (QR), matched
  to exactly the document version it shows, refused when that version is outdated, filed as
  media linked to that version and, for the current confirmation sheet awaiting signature,
  signed on paper (P4: work starts only after the customer's signature).
- `sign_on_pad`: the on-screen signature pad (strokes as vectors, the image as PNG).

Issue 11: a paper scan signs only the page that carries the signature box, and only when the
box holds ink (the QR of that page says where the box is; the region of the rectified photo
is compared with the blank form). A document version is its content, not its language: the
content hash is taken over the data rendered in one canonical language, so the Chinese and
the English copy of one version carry the same hash and both scan as that version.

Rendering and QR decoding are slow (0.1-2 s): callers in the UI run these on a worker.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, ValidationError
from app.domain.lifecycle import CaseState
from app.domain.messages import register, render
from app.domain.roles import Action
from app.media.qr import ImageInput, LocatedQr, box_holds_ink, locate_document_qr
from app.media.store import MediaStore

# The payload only: reportlab is loaded when a document is rendered, not on the way of a
# `scan` (issue 11: the scan command reaches the decoder fast).
from app.printing.payload import DocumentKind, QrPayload, content_hash
from app.services import messages_reception as _messages  # noqa: F401  (registers codes)
from app.services._support import add_event, load_case, write_order
from app.services.context import Actor, ServiceContext
from app.services.document_content import (  # noqa: F401  (re-exported: callers use them here)
    CANONICAL_LANG,
    LANGS,
    build_document,
    catalogue_names,
    current_version,
    estimate_document,
    printed_name,
    version_hash,
)
from app.services.dto import CaseRef
from app.services.media_files import media_row
from app.store.models import (
    Customer,
    Document,
    ServiceCase,
    Signature,
)
from app.store.models import (
    EstimateLine as LineRow,
)

CATALOGUE = register(
    {
        "reception.scan_signature_empty": (
            "签字栏为空：{order_no} 的{kind}第 {version} 版尚未签字，未归档。"
            "请客户在签字栏内签字后重新拍摄或扫描。",
            "The signature box is empty: the {kind} of {order_no} version {version} is not "
            "signed and was not filed. Have the customer sign inside the box, then take the "
            "picture again.",
        ),
        "reception.scan_no_signature_box": (
            "此页（第 {page}/{pages} 页）没有签字栏：已归档，未作为签字。"
            "请拍摄或扫描带签字栏的那一页。",
            "This page ({page} of {pages}) has no signature box: filed, not taken as a "
            "signature. Take a picture of the page with the signature box.",
        ),
        "reception.scan_other_case": (
            "这张纸是工单 {order_no} 的{kind}，不是当前打开的工单 {current}。",
            "This paper is the {kind} of {order_no}, not of the open case {current}.",
        ),
        "reception.scan_other_case_title": ("其他工单的纸质件", "Paper of another case"),
        "reception.scan_other_case_ask": (
            "{message}是否归档到工单 {order_no}？",
            "{message} File it on case {order_no}?",
        ),
        "reception.scan_other_case_kept": (
            "{message}未归档。",
            "{message} Not filed.",
        ),
        "reception.signature_too_small": (
            "签名太短或太小，无法作为签字：请在签名区内完整签名",
            "The signature is too short or too small to count: please sign in full on the pad",
        ),
    }
)

KIND_ALIASES = {
    "work-order": DocumentKind.WORK_ORDER,
    "work_order": DocumentKind.WORK_ORDER,
    "confirmation": DocumentKind.CONFIRMATION_SHEET,
    "confirmation_sheet": DocumentKind.CONFIRMATION_SHEET,
    "settlement": DocumentKind.SETTLEMENT,
    # Issue 9 item 4: the documents handed over at delivery (D5).
    "repair-record": DocumentKind.REPAIR_RECORD,
    "repair_record": DocumentKind.REPAIR_RECORD,
    "warranty": DocumentKind.WARRANTY_CARD,
    "warranty_card": DocumentKind.WARRANTY_CARD,
    "advice": DocumentKind.MAINTENANCE_ADVICE,
    "maintenance_advice": DocumentKind.MAINTENANCE_ADVICE,
}


@dataclass(frozen=True)
class PrintedDocument:
    """One print of one document version: the PDF on disk and its record."""

    document_id: str
    case_id: str
    order_no: str
    kind: str
    version: int
    content_sha256: str
    file_sha256: str
    path: Path
    page_count: int
    payloads: tuple[str, ...]


@dataclass(frozen=True)
class ScanFinding:
    """What a scanned page is: the case, the document kind and the exact version."""

    case_id: str
    order_no: str
    kind: str
    version: int
    page: int
    pages: int
    document_id: str
    state: str
    signature_box: bool = False
    """The page carries the customer's signature box."""


@dataclass(frozen=True)
class ScanResult:
    """A scan filed on its document version; `signed` when it signed the confirmation sheet.
    `note` says, in the caller's words, why a filed page did not sign (None otherwise)."""

    finding: ScanFinding
    media_id: str
    media_sha256: str
    signed: bool
    case: CaseRef
    note: str | None = None


class ScanOfOtherCase(ValidationError):
    """The scanned paper belongs to another case than the one the screen has open: the
    screen asks before filing it there (issue 11). `finding` says whose sheet it is."""

    def __init__(self, finding: ScanFinding, current_order_no: str) -> None:
        super().__init__(
            "reception.scan_other_case",
            order_no=finding.order_no,
            kind=finding.kind,
            current=current_order_no,
        )
        self.finding = finding

    def message(self, lang: str = "zh_CN") -> str:
        params = dict(self.params, kind=kind_label(self.finding.kind, lang))
        return render(self.code, lang, **params)


def document_kind(kind: str | DocumentKind) -> DocumentKind:
    found = KIND_ALIASES.get(str(kind))
    if found is None:
        raise ValidationError("reception.document_kind", kind=str(kind))
    return found


def kind_label(kind: str | DocumentKind, lang: str) -> str:
    return render(f"reception.kind.{DocumentKind(kind).value}", lang)


# -- printing ---------------------------------------------------------------------------------


def print_document(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    kind: str | DocumentKind,
    out_path: Path | None = None,
    lang: str | None = None,
) -> PrintedDocument:
    """Render a document of the case, keep the PDF and record the printed version."""
    actor.require(Action.PRINT)
    doc_kind = document_kind(kind)
    lang = lang or ctx.lang
    with ctx.reading() as session:
        case = load_case(session, case_id)
        if doc_kind is DocumentKind.CONFIRMATION_SHEET and not _has_lines(session, case):
            raise ValidationError("reception.no_estimate", order_no=case.order_no)
        doc = build_document(session, case, doc_kind, lang)
        key = version_hash(session, case, doc_kind)
        case_key, order_no = case.id, case.order_no
    target = out_path or ctx.print_dir / f"{order_no}-{doc_kind.value}-v{doc.version}.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    from app.printing.documents import render_document
    from app.printing.handover import render_handover
    from app.printing.model import EstimateDocument
    from app.services import handover_documents

    if isinstance(doc, EstimateDocument):
        rendered = render_document(
            doc_kind, doc, target, lang, printed_at=ctx.now(), content_key=key
        )
    else:
        doc = handover_documents.with_photo_files(doc, ctx.media_dir)
        rendered = render_handover(
            doc_kind, doc, target, lang, printed_at=ctx.now(), content_key=key
        )
    stored = MediaStore(ctx.media_dir).put_file(target, "application/pdf", width=None)
    with ctx.unit() as session:
        case = load_case(session, case_key)
        row = Document(
            dealer_id=case.dealer_id,
            case_id=case.id,
            kind=doc_kind.value,
            version=rendered.version,
            content_sha256=rendered.content_hash,
            payload=rendered.payloads[0] if rendered.payloads else "",
            file_sha256=stored.sha256,
            printed_by=actor.staff_id,
            created_at=ctx.now(),
        )
        session.add(row)
        session.flush()
        add_event(
            ctx, session, actor, case, "document_printed",
            detail={"kind": doc_kind.value, "version": rendered.version,
                    "content_sha256": rendered.content_hash, "pages": rendered.page_count},
        )  # fmt: skip
        document_id = row.id
    return PrintedDocument(
        document_id=document_id,
        case_id=case_key,
        order_no=order_no,
        kind=doc_kind.value,
        version=rendered.version,
        content_sha256=rendered.content_hash,
        file_sha256=stored.sha256,
        path=target,
        page_count=rendered.page_count,
        payloads=rendered.payloads,
    )


def _has_lines(session: Session, case: ServiceCase) -> bool:
    count = session.execute(
        select(func.count())
        .select_from(LineRow)
        .where(LineRow.case_id == case.id, LineRow.deleted_at.is_(None))
    ).scalar_one()
    return int(count) > 0


# -- scans of printed paper -------------------------------------------------------------------


def _image_bytes(image: ImageInput) -> bytes:
    if isinstance(image, bytes | bytearray | memoryview):
        return bytes(image)
    if isinstance(image, str | Path):
        try:
            return Path(image).read_bytes()
        except FileNotFoundError as exc:
            raise NotFound("media.file_not_found", path=str(image)) from exc
    ok, encoded = cv2.imencode(".jpg", np.asarray(image))
    if not ok:
        raise ValidationError("media.corrupt_image")
    return bytes(encoded.tobytes())


def _match(
    ctx: ServiceContext, session: Session, payload: QrPayload
) -> tuple[ServiceCase, Document]:
    """The case and the printed document version a QR names, or a clear refusal."""
    case = session.get(ServiceCase, str(payload.case_id))
    if case is None or case.order_no != payload.order_no:
        raise NotFound("reception.scan_unknown_case", order_no=payload.order_no)
    kind = payload.kind
    label = kind_label(kind, ctx.lang)
    current = current_version(session, case, kind)
    if payload.version != current:
        raise ValidationError(
            "reception.scan_outdated",
            kind=label,
            version=payload.version,
            order_no=case.order_no,
            current=current,
        )
    printed = list(
        session.execute(
            select(Document)
            .where(
                Document.case_id == case.id,
                Document.kind == kind.value,
                Document.version == payload.version,
            )
            .order_by(Document.created_at.desc(), Document.id.desc())
        ).scalars()
    )
    if not printed:
        raise ValidationError(
            "reception.scan_not_printed",
            kind=label,
            version=payload.version,
            order_no=case.order_no,
        )
    # The paper must show what the record says now: a print of this version with this
    # content (any language), and the case's content unchanged since (a decision changed after printing makes the paper stale).
    latest = printed[0]
    # Prints made before the hash became language-independent carry a per-language hash.
    now_hashes = {version_hash(session, case, kind)}
    now_hashes |= {content_hash(build_document(session, case, kind, lang)) for lang in LANGS}
    if not any(payload.matches_hash(row.content_sha256) for row in printed) or not any(
        payload.matches_hash(h) for h in now_hashes
    ):
        raise ValidationError(
            "reception.scan_changed", kind=label, version=payload.version, order_no=case.order_no
        )
    return case, latest


def identify_scan(
    ctx: ServiceContext, image: ImageInput, *, located: LocatedQr | None = None
) -> ScanFinding:
    """Which case, document and version a photo of a printed page shows; refuses an outdated
    or unknown version with a clear message (nothing is written). `located`: the QR already
    read from this picture (the command line reads it before loading the database)."""
    payload = (located or locate_document_qr(_image_bytes(image))).payload
    with ctx.reading() as session:
        case, doc = _match(ctx, session, payload)
        return _finding(payload, case, doc)


def _finding(payload: QrPayload, case: ServiceCase, doc: Document) -> ScanFinding:
    return ScanFinding(
        case_id=case.id,
        order_no=case.order_no,
        kind=payload.kind.value,
        version=payload.version,
        page=payload.page,
        pages=payload.pages,
        document_id=doc.id,
        state=case.state,
        signature_box=payload.signature_top is not None,
    )


def _signs(payload: QrPayload, case: ServiceCase, session: Session | None = None) -> bool:
    """Would a signed copy of this page sign the case on paper (P4; D4 for the settlement
    sheet of a finished case whose latest settlement is not signed yet)?"""
    if payload.kind is DocumentKind.SETTLEMENT and session is not None:
        return case.state in (
            CaseState.QC.value,
            CaseState.READY.value,
        ) and not settlement_signed(session, case.id, payload.version)
    return (
        payload.kind is DocumentKind.CONFIRMATION_SHEET
        and case.state == CaseState.AWAITING_SIGNATURE.value
    )


def settlement_signed(session: Session, case_id: str, version: int) -> bool:
    return (
        session.execute(
            select(func.count())
            .select_from(Signature)
            .where(
                Signature.case_id == case_id,
                Signature.kind == "settlement",
                Signature.subject_version == version,
            )
        ).scalar_one()
        > 0
    )


def attach_scan(
    ctx: ServiceContext,
    actor: Actor,
    image: ImageInput,
    *,
    signer_name: str | None = None,
    expected_case_id: str | None = None,
    located: LocatedQr | None = None,
) -> ScanResult:
    """File a photo of a signed paper page on exactly the version it shows (P4, D4).

    The current confirmation sheet awaiting signature is signed on paper by this scan, but
    only by the page that carries the signature box and only when the box holds ink: an
    empty box is refused ("reception.scan_signature_empty", nothing filed); another page is
    filed without signing (`note` says why). A scan of an outdated version is refused. With
    `expected_case_id` (the case a screen has open), paper of another case raises
    `ScanOfOtherCase` before anything is filed, so the screen can ask first."""
    actor.require(Action.PRINT)
    data = _image_bytes(image)
    located = located or locate_document_qr(data)
    payload = located.payload
    note: str | None = None
    with ctx.reading() as session:
        # Refuse an outdated scan or a foreign one before keeping its bytes.
        case, doc = _match(ctx, session, payload)
        if expected_case_id is not None and case.id != expected_case_id:
            current = load_case(session, expected_case_id)
            raise ScanOfOtherCase(_finding(payload, case, doc), current.order_no)
        if _signs(payload, case, session):
            if payload.signature_top is None:
                note = render(
                    "reception.scan_no_signature_box",
                    ctx.lang,
                    page=payload.page,
                    pages=payload.pages,
                )
            elif not _box_signed(located):
                raise ValidationError(
                    "reception.scan_signature_empty",
                    order_no=case.order_no,
                    kind=kind_label(payload.kind, ctx.lang),
                    version=payload.version,
                )
    ref = MediaStore(ctx.media_dir).put_photo(data)
    with ctx.unit() as session:
        case, doc = _match(ctx, session, payload)
        row = media_row(ctx, case, actor, ref, "scan", doc.id)
        session.add(row)
        session.flush()
        add_event(
            ctx, session, actor, case, "scan_attached",
            detail={"kind": payload.kind.value, "version": payload.version,
                    "document": doc.id, "media_sha256": ref.sha256},
        )  # fmt: skip
        signed = False
        if (
            payload.kind is DocumentKind.SETTLEMENT
            and _signs(payload, case, session)
            and payload.signature_top is not None
        ):
            # D4 on paper (issue 9 item 2): the signed settlement sheet scanned back.
            from app.services import settlement as settle_svc

            customer = session.get(Customer, case.customer_id)
            assert customer is not None
            settle_svc.sign_settlement(
                ctx.bound(session),
                actor,
                case.id,
                signer_name=signer_name or customer.name,
                method="paper",
                media_sha256=ref.sha256,
                version=payload.version,
            )
            signed = True
        elif _signs(payload, case) and payload.signature_top is not None:
            from app.services import reception  # only when signing: `scan` stays lean

            customer = session.get(Customer, case.customer_id)
            assert customer is not None
            reception.sign_confirmation(
                ctx.bound(session),
                actor,
                case.id,
                signer_name=signer_name or customer.name,
                method="paper",
                version=payload.version,
                media_sha256=ref.sha256,
            )
            signed = True
        finding = _finding(payload, case, doc)
        return ScanResult(
            finding=finding,
            media_id=row.id,
            media_sha256=ref.sha256,
            signed=signed,
            case=CaseRef(id=case.id, order_no=case.order_no, state=case.state),
            note=note,
        )


def _box_signed(located: LocatedQr) -> bool:
    return box_holds_ink(located)


# -- the on-screen signature pad --------------------------------------------------------------

Strokes = list[list[tuple[float, float]]]


MIN_STROKE_LENGTH = 0.35
"""Total ink path a signature needs, in pad widths (normalized 0..1 coordinates); a dot, a
tap or a short dash is far less."""
MIN_EXTENT = 0.12
"""The signature must span at least this share of the pad's width or height."""


def substantial_signature(strokes: Strokes) -> bool:
    """A signature, not a tap, dot or stray dash (issue 11: the pad refuses near-empty)."""
    points = [p for stroke in strokes for p in stroke]
    if len(points) < 2:
        return False
    length = 0.0
    for stroke in strokes:
        for (x0, y0), (x1, y1) in itertools.pairwise(stroke):
            length += ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    extent = max(max(xs) - min(xs), max(ys) - min(ys))
    return length >= MIN_STROKE_LENGTH and extent >= MIN_EXTENT


def sign_on_pad(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    signer_name: str,
    strokes: Strokes,
    png_bytes: bytes,
) -> CaseRef:
    """P4: the customer signs the current confirmation sheet on the pad; the strokes are kept
    as vectors and the picture as PNG, linked to the signature."""
    actor.require(Action.SIGN_CONFIRMATION)
    if not strokes or not any(len(s) > 1 for s in strokes):
        raise ValidationError("reception.signature_empty")
    if not substantial_signature(strokes):
        raise ValidationError("reception.signature_too_small")
    from app.services import reception

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
        return reception.sign_confirmation(
            ctx.bound(session),
            actor,
            case.id,
            signer_name=signer_name,
            method="pad",
            version=case.estimate_version,
            media_sha256=ref.sha256,
            strokes=[[(round(x, 4), round(y, 4)) for x, y in s] for s in strokes],
        )


def documents_of(ctx: ServiceContext, case_id: str) -> list[dict[str, Any]]:
    """Printed versions of a case, newest first (for screens and the command line)."""
    with ctx.reading() as session:
        case = load_case(session, case_id)
        rows = session.execute(
            select(Document)
            .where(Document.case_id == case.id)
            .order_by(Document.created_at.desc(), write_order(Document, desc=True))
        ).scalars()
        return [
            {
                "id": r.id,
                "kind": r.kind,
                "version": r.version,
                "content_sha256": r.content_sha256,
                "file_sha256": r.file_sha256,
                "printed_at": r.created_at,
            }
            for r in rows
        ]


def identify_case_order(ctx: ServiceContext, case_id: str) -> str:
    """The order number of a case (the command line and screens print it)."""
    with ctx.reading() as session:
        return load_case(session, case_id).order_no
