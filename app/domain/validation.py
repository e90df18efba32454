"""Validation of what people type at the counter: phones, VINs, plates (I1 identity check)."""

from __future__ import annotations

import re

from app.domain import catalogue as _messages  # noqa: F401  (registers messages)
from app.domain.errors import ValidationError

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}$")
_HOTLINE = re.compile(r"^400-?\d{3}-?\d{4}$")


def normalize_phone(text: str) -> str:
    """A mainland mobile (11 digits), a landline with area code, or a 400 number."""
    raw = re.sub(r"[\s()]", "", text or "")
    if raw.startswith("+86"):
        raw = raw[3:]
    if _MOBILE.match(raw) or _LANDLINE.match(raw) or _HOTLINE.match(raw):
        return raw
    raise ValidationError("validate.phone", value=text)


def mask_phone(phone: str) -> str:
    """138****5678: enough for the customer to recognise, not enough to misuse."""
    digits = phone.replace("-", "")
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "****" + digits[-4:]


_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit(vin: str) -> str:
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def normalize_vin(text: str) -> str:
    """17 characters, no I/O/Q, and the ISO 3779 check digit in position 9 must match."""
    vin = (text or "").strip().upper().replace(" ", "")
    if len(vin) != 17 or any(c not in _VIN_VALUES for c in vin):
        raise ValidationError("validate.vin_format", value=text)
    if vin[8] != vin_check_digit(vin):
        raise ValidationError("validate.vin_check", value=text)
    return vin


def with_check_digit(vin16: str) -> str:
    """Complete a 17-character VIN whose 9th character is a placeholder (demo data)."""
    draft = vin16[:8] + "0" + vin16[9:]
    return draft[:8] + vin_check_digit(draft) + draft[9:]


_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE = re.compile(rf"^[{_PROVINCES}][A-Z][A-HJ-NP-Z0-9]{{5,6}}$")


def normalize_plate(text: str) -> str:
    """粤B·D12345 / 粤BD12345 / 粤b d12345 -> 粤B·D12345 (new-energy plates have 6 after the dot)."""
    compact = re.sub(r"[\s·.\-]", "", (text or "").strip()).upper()
    if not _PLATE.match(compact):
        raise ValidationError("validate.plate", value=text)
    return f"{compact[:2]}·{compact[2:]}"


def require_text(value: str, field: str, max_len: int = 500) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError("validate.required", field=field)
    if len(text) > max_len:
        raise ValidationError("validate.too_long", field=field, max=max_len)
    return text
