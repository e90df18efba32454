"""Printed documents: reportlab PDFs with an embedded CJK font and a QR code on every page.

Public API (services, the CLI and the UI preview call these; nothing here imports Qt or
SQLAlchemy):

- documents: the input dataclasses and `render_work_order`, `render_confirmation_sheet`,
  `render_settlement`, `render_document` -> `RenderedDocument`
- payload: `DocumentKind`, `QrPayload`, `encode_payload`, `parse_payload`, `content_hash`
- fonts: `register_cjk_font`, `find_cjk_font`
Reading the QR back from a photo lives in `app.media.qr` (`read_document_qr`).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {
    "find_cjk_font": "fonts",
    "register_cjk_font": "fonts",
    "mask_phone": "layout",
    "DocumentKind": "payload",
    "QrPayload": "payload",
    "canonical_json": "payload",
    "content_hash": "payload",
    "encode_payload": "payload",
    "parse_payload": "payload",
}


def __getattr__(name: str) -> Any:
    """Lazy: `scan` reads a QR (payload only) without loading reportlab (issue 11)."""
    if name not in __all__:
        raise AttributeError(f"module 'app.printing' has no attribute {name!r}")
    import importlib

    module = importlib.import_module(f"app.printing.{_HOMES.get(name, 'documents')}")
    value = getattr(module, name)
    globals()[name] = value
    return value


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
