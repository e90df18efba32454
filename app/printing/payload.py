"""The QR payload printed on every page of every document.

A photo or scan of a signed paper copy must lead back to the exact version that was signed
(P4, D4): the QR names the case, the order number, the document kind, its version, a hash of
its content and the page. Compact text keeps the QR small enough to survive a phone photo:

    SB1|WO-D01-20261127-0042|confirmation_sheet|3|9f2c4e1a0b7d5c33|<case uuid>|1/2

`SB1` is the scheme and its version; a future layout gets `SB2` and old prints stay readable.
The page that carries the customer's signature box adds an eighth field, `S<mm>`: the top
edge of the blank signing space in mm from the top of the page, so a scan knows where to look
for ink (P4: only a page whose signature box holds ink signs a case).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import PurePath
from typing import Any

from app.domain.errors import ValidationError
from app.printing import messages as _messages  # noqa: F401  (registers printing.* codes)

__all__ = [
    "HASH_CHARS",
    "REFERENCE_SCHEME",
    "SCHEME",
    "DocumentKind",
    "QrPayload",
    "canonical_json",
    "content_hash",
    "encode_payload",
    "parse_payload",
]

SCHEME = "SB1"
REFERENCE_SCHEME = "SBREF"
"""The small QR of another form printed on a page (the settlement sheet's related forms,
issue 9 item 2): never a page's own payload, so the scan-back of a page passes over it."""
HASH_CHARS = 16
"""Hex characters of the SHA-256 printed in the QR (64 bits: no accidental collisions between
versions of one case, and a QR small enough for a phone photo)."""

_SEP = "|"
_ORDER_NO = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,63}")
_HASH = re.compile(r"[0-9a-f]{16,64}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_VERSION = re.compile(r"[1-9][0-9]{0,8}")
_PAGE = re.compile(r"([1-9][0-9]{0,3})/([1-9][0-9]{0,3})")
_SIGN = re.compile(r"S([0-9]{1,3})")


class DocumentKind(enum.StrEnum):
    """Printed documents of the service standard."""

    WORK_ORDER = "work_order"  # 《服务工单》 I4
    CONFIRMATION_SHEET = "confirmation_sheet"  # 《服务项目确认单》 P4
    SETTLEMENT = "settlement"  # 《服务结算单》 P4, D4
    DELIVERY = "delivery"  # delivery acceptance, D2-D5
    REPAIR_RECORD = "repair_record"  # 《维修记录》 D5 (issue 9 item 4)
    WARRANTY_CARD = "warranty_card"  # 《配件质保卡》 D5
    MAINTENANCE_ADVICE = "maintenance_advice"  # 《保养建议书》 D5


@dataclass(frozen=True)
class QrPayload:
    order_no: str
    kind: DocumentKind
    version: int
    content_hash: str
    """Lower-case hex prefix (at least 16 chars) of the document's SHA-256 `content_hash`."""
    case_id: uuid.UUID
    page: int = 1
    pages: int = 1
    signature_top: int | None = None
    """Top of the customer's signing space on this page (mm from the page top); None on a
    page without the signature box."""

    def encode(self) -> str:
        return encode_payload(
            case_id=self.case_id,
            order_no=self.order_no,
            kind=self.kind,
            version=self.version,
            content_hash=self.content_hash,
            page=self.page,
            pages=self.pages,
            signature_top=self.signature_top,
        )

    def matches_hash(self, full_hash: str) -> bool:
        """True if this (shortened) hash is the prefix of the stored full SHA-256."""
        return full_hash.lower().startswith(self.content_hash)

    def same_document(self, other: QrPayload) -> bool:
        """Same case, kind, version and content, whatever the page."""
        return (
            self.case_id == other.case_id
            and self.kind == other.kind
            and self.version == other.version
            and (
                self.content_hash.startswith(other.content_hash)
                or other.content_hash.startswith(self.content_hash)
            )
        )


def encode_payload(
    *,
    case_id: uuid.UUID,
    order_no: str,
    kind: DocumentKind | str,
    version: int,
    content_hash: str,
    page: int = 1,
    pages: int = 1,
    signature_top: int | None = None,
) -> str:
    """The QR text. Arguments come from our own records, so bad ones are a bug (ValueError)."""
    kind = DocumentKind(kind)
    if not _ORDER_NO.fullmatch(order_no):
        raise ValueError(f"order number not printable in a QR payload: {order_no!r}")
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version < 10**9:
        raise ValueError(f"version must be a positive int: {version!r}")
    short = content_hash.lower()[:HASH_CHARS]
    if not _HASH.fullmatch(short):
        raise ValueError(f"content hash must be hex SHA-256: {content_hash!r}")
    if not 1 <= page <= pages < 10_000:
        raise ValueError(f"bad page {page}/{pages}")
    fields = [SCHEME, order_no, kind.value, str(version), short, str(case_id), f"{page}/{pages}"]
    if signature_top is not None:
        if not 0 <= signature_top < 1000:
            raise ValueError(f"bad signature box position {signature_top!r}")
        fields.append(f"S{signature_top}")
    return _SEP.join(fields)


def _bad(reason: str) -> ValidationError:
    return ValidationError("printing.bad_qr", reason=reason)


def parse_payload(text: str) -> QrPayload:
    """Parse a QR text; anything that is not exactly our format raises "printing.bad_qr"."""
    if not isinstance(text, str):
        raise _bad("not text")
    fields = text.strip().split(_SEP)
    if not fields or fields[0] != SCHEME:
        scheme = fields[0][:8] if fields and fields[0].startswith("SB") else ""
        raise _bad(f"unknown scheme {scheme}" if scheme else "not a ServiceBay code")
    if len(fields) not in (7, 8):
        raise _bad("wrong number of fields")
    signature_top: int | None = None
    if len(fields) == 8:
        sign_match = _SIGN.fullmatch(fields.pop())
        if sign_match is None:
            raise _bad("signature box")
        signature_top = int(sign_match[1])
    _, order_no, kind_text, version_text, hash_text, case_text, page_text = fields
    if not _ORDER_NO.fullmatch(order_no):
        raise _bad("order number")
    try:
        kind = DocumentKind(kind_text)
    except ValueError:
        raise _bad("document kind") from None
    if not _VERSION.fullmatch(version_text):
        raise _bad("version")
    if not _HASH.fullmatch(hash_text):
        raise _bad("content hash")
    if not _UUID.fullmatch(case_text):
        raise _bad("case id")
    page_match = _PAGE.fullmatch(page_text)
    if page_match is None:
        raise _bad("page")
    page, pages = int(page_match[1]), int(page_match[2])
    if page > pages:
        raise _bad("page")
    return QrPayload(
        order_no=order_no,
        kind=kind,
        version=int(version_text),
        content_hash=hash_text,
        case_id=uuid.UUID(case_text),
        page=page,
        pages=pages,
        signature_top=signature_top,
    )


def _plain(value: Any) -> Any:
    """Convert document data to JSON types without losing exactness (Decimal -> str)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # Fields marked {"hashed": False} (model.UNHASHED) are around the content, not of it.
        return {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.metadata.get("hashed", True)
        }
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, Decimal):
        # str keeps the scale ("12.50"): a price printed as 12.50 and one stored as 12.5 are
        # the same money, but the domain quantizes before printing, so the text is canonical.
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID | PurePath):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        items = [_plain(v) for v in value]
        if isinstance(value, frozenset | set):
            items.sort(key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return items
    if value is None or isinstance(value, str | int | bool):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in printed documents; use Decimal")
    raise TypeError(f"cannot put {type(value).__name__} into canonical JSON")


def canonical_json(doc: Any) -> str:
    """Sorted keys, no whitespace, UTF-8 text, Decimal as string: equal data, equal text."""
    return json.dumps(
        _plain(doc), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def content_hash(doc: Any) -> str:
    """Full lower-case hex SHA-256 of the canonical JSON of the document data."""
    return hashlib.sha256(canonical_json(doc).encode("utf-8")).hexdigest()
