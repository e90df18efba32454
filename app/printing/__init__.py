"""Printed documents: reportlab PDFs with an embedded CJK font and a QR code on every page.

Public API (services, the CLI and the UI preview call these; nothing here imports Qt or
SQLAlchemy):

- documents: the input dataclasses and `render_work_order`, `render_confirmation_sheet`,
  `render_settlement`, `render_document` -> `RenderedDocument`
- payload: `DocumentKind`, `QrPayload`, `encode_payload`, `parse_payload`, `content_hash`
- fonts: `register_cjk_font`, `find_cjk_font`
Reading the QR back from a photo lives in `app.media.qr` (`read_document_qr`).
"""

from app.printing.documents import (
    ApplianceAsset,
    Asset,
    CaseInfo,
    CustomerInfo,
    DealerHeader,
    Decision,
    Discount,
    EstimateDifference,
    EstimateDocument,
    EstimateLine,
    LineKind,
    PartSource,
    RenderedDocument,
    SettlementDocument,
    SettlementLine,
    Totals,
    compute_totals,
    render_confirmation_sheet,
    render_document,
    render_settlement,
    render_work_order,
    yuan,
)
from app.printing.fonts import find_cjk_font, register_cjk_font
from app.printing.layout import mask_phone
from app.printing.payload import (
    DocumentKind,
    QrPayload,
    canonical_json,
    content_hash,
    encode_payload,
    parse_payload,
)

__all__ = [
    "ApplianceAsset",
    "Asset",
    "CaseInfo",
    "CustomerInfo",
    "DealerHeader",
    "Decision",
    "Discount",
    "DocumentKind",
    "EstimateDifference",
    "EstimateDocument",
    "EstimateLine",
    "LineKind",
    "PartSource",
    "QrPayload",
    "RenderedDocument",
    "SettlementDocument",
    "SettlementLine",
    "Totals",
    "canonical_json",
    "compute_totals",
    "content_hash",
    "encode_payload",
    "find_cjk_font",
    "mask_phone",
    "parse_payload",
    "register_cjk_font",
    "render_confirmation_sheet",
    "render_document",
    "render_settlement",
    "render_work_order",
    "yuan",
]
