"""Amounts in Chinese capitals (大写金额) for the settlement sheet (P4, D4): the figure a
customer signs under is written out so it cannot be altered (壹佰贰拾元伍角整)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ((1000, "仟"), (100, "佰"), (10, "拾"), (1, ""))
_SECTIONS = ("", "万", "亿", "万亿")
LIMIT = Decimal("10") ** 16


def _group(value: int) -> str:
    """1..9999 with inner zeros read as one 零 (1005 → 壹仟零伍)."""
    out = ""
    zero = False
    for size, unit in _UNITS:
        digit = value // size % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[digit] + unit
    return out


def _integer(value: int) -> str:
    groups: list[int] = []
    while value:
        groups.append(value % 10000)
        value //= 10000
    out = ""
    zero_pending = False
    for index in reversed(range(len(groups))):
        group = groups[index]
        if group == 0:
            zero_pending = bool(out)
            continue
        if out and (zero_pending or group < 1000):
            out += "零"
        out += _group(group) + _SECTIONS[index]
        zero_pending = False
    return out


def rmb_capitals(amount: Decimal) -> str:
    """The amount in yuan as Chinese financial capitals, rounded half-up to the fen:
    120.50 → 壹佰贰拾元伍角整, 1005.07 → 壹仟零伍元零柒分, 0 → 零元整, −3 → 负叁元整."""
    fen_total = int((abs(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if abs(amount) >= LIMIT:
        raise ValueError(f"amount too large for capitals: {amount}")
    sign = "负" if amount < 0 and fen_total else ""
    whole, cents = divmod(fen_total, 100)
    jiao, fen = divmod(cents, 10)
    if fen_total == 0:
        return "零元整"
    out = _integer(whole) + ("元" if whole else "")
    if jiao:
        out += DIGITS[jiao] + "角"
    elif fen and whole:
        out += "零"
    if fen:
        out += DIGITS[fen] + "分"
    else:
        out += "整"
    return sign + out
