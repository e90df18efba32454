"""Money as Decimal yuan with 2 places; stored as integer fen (P4: totals are exact)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.domain import catalogue as _messages  # noqa: F401  (registers messages)
from app.domain.errors import ValidationError

CENT = Decimal("0.01")
DEFAULT_TAX_RATE = Decimal("0.13")
"""China's standard VAT rate for goods and repair services."""


def yuan(value: Decimal | int | str) -> Decimal:
    """Parse an amount, rounding half-up to the fen. Floats are refused: they are not exact."""
    if isinstance(value, float):
        raise TypeError("money must not be a float")
    try:
        amount = Decimal(str(value).strip().replace(",", "").replace("¥", "").replace("￥", ""))
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError("money.not_a_number", value=str(value)) from exc
    if not amount.is_finite():
        raise ValidationError("money.not_a_number", value=str(value))
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def non_negative(value: Decimal | int | str, field: str = "price") -> Decimal:
    amount = yuan(value)
    if amount < 0:
        raise ValidationError("money.negative", field=field, value=str(amount))
    return amount


def to_fen(amount: Decimal) -> int:
    return int((amount.quantize(CENT, rounding=ROUND_HALF_UP) * 100).to_integral_value())


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(CENT)


def fmt(amount: Decimal) -> str:
    return f"¥{amount.quantize(CENT):,.2f}"


@dataclass(frozen=True)
class LineAmount:
    """What one estimate or settlement line costs: labor hours × rate, or qty × unit price."""

    labor: Decimal
    parts: Decimal

    @property
    def total(self) -> Decimal:
        return self.labor + self.parts


def labor_amount(hours: Decimal, rate: Decimal) -> Decimal:
    return (hours * rate).quantize(CENT, rounding=ROUND_HALF_UP)


def parts_amount(qty: Decimal, unit_price: Decimal) -> Decimal:
    return (qty * unit_price).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Totals:
    labor: Decimal
    parts: Decimal
    discount: Decimal
    tax_rate: Decimal
    hours: Decimal

    @property
    def subtotal(self) -> Decimal:
        return self.labor + self.parts - self.discount

    @property
    def tax(self) -> Decimal:
        return (self.subtotal * self.tax_rate).quantize(CENT, rounding=ROUND_HALF_UP)

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.tax


def totals(
    amounts: Iterable[tuple[LineAmount, Decimal]],
    discount: Decimal = Decimal("0.00"),
    tax_rate: Decimal = DEFAULT_TAX_RATE,
) -> Totals:
    """Sum (amount, hours) pairs. A discount larger than the subtotal is refused (P4)."""
    labor = parts = hours = Decimal("0.00")
    for amount, line_hours in amounts:
        labor += amount.labor
        parts += amount.parts
        hours += line_hours
    discount = non_negative(discount, "discount")
    if discount > labor + parts:
        raise ValidationError("money.discount_too_large", discount=str(discount))
    return Totals(labor=labor, parts=parts, discount=discount, tax_rate=tax_rate, hours=hours)
