"""P4 "what you see is what you pay" and D4: the settlement computed from the work actually
done (issue 9 item 1). Pure: the service loads the signed estimate, the parts fitted
(part_use), the job clock and the adjustments, and this module computes the billed lines,
the totals and every difference from the signed estimate.

The differences add up exactly to the difference of the totals, tax and discount included:
one row per line whose amount changed (pre-tax), one per discount or compensation, and one
for the tax that follows (its reason is the tax itself). Each row but the tax row needs the
reason the advisor explains to the customer ("hidden fault found, XX added, 120 yuan more").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.money import (
    DEFAULT_TAX_RATE,
    LineAmount,
    Totals,
    labor_amount,
    non_negative,
    parts_amount,
    totals,
)

ZERO = Decimal("0.00")
TAX_KEY = "tax"
DISCOUNT_KEY = "discount"
COMPENSATION_KEY = "compensation"


class LaborBasis(StrEnum):
    """How the dealer bills labor (a dealer setting): by the job clock or by standard hours."""

    CLOCK = "clock"
    STANDARD = "standard"


@dataclass(frozen=True)
class WorkLine:
    """One labor or part line, as estimated or as actually done. `key`: the estimate line id."""

    key: str
    kind: str  # labor | part
    description: str
    code: str = ""  # labor operation code or part number
    grade: str = ""  # parts: oem | certified
    qty: Decimal = ZERO
    unit_price: Decimal = ZERO
    hours: Decimal = ZERO
    rate: Decimal = ZERO
    in_estimate: bool = True
    """False: a line added mid-job and approved by the customer."""
    note: str = ""
    """The reason recorded with a line added mid-job (the default reason of its difference)."""
    hours_source: str = ""  # labor: clock | standard

    @property
    def amount(self) -> Decimal:
        if self.kind == "labor":
            return labor_amount(self.hours, self.rate)
        return parts_amount(self.qty, self.unit_price)

    @property
    def billed(self) -> bool:
        return self.amount != 0 or (self.kind == "labor" and self.hours != 0)


@dataclass(frozen=True)
class Adjustment:
    """A discount or a compensation (e.g. for a delay, W5): lowers the subtotal."""

    kind: str  # discount | compensation
    amount: Decimal
    reason: str


@dataclass(frozen=True)
class Difference:
    """One row of the differences table. `amount` is its effect on the total to pay."""

    key: str
    description: str
    estimated: Decimal
    actual: Decimal
    amount: Decimal
    reason: str
    kind: str  # labor | part | discount | compensation | tax


@dataclass(frozen=True)
class SettlementResult:
    lines: tuple[WorkLine, ...]
    """The billed lines, in estimate order, lines added mid-job last."""
    estimate: Totals
    actual: Totals
    differences: tuple[Difference, ...]
    missing_reasons: tuple[str, ...]
    """Keys of differences without a reason: the settlement cannot be recorded yet."""

    @property
    def delta(self) -> Decimal:
        return self.actual.total - self.estimate.total

    @property
    def matches_estimate(self) -> bool:
        return not self.differences


def billed_hours(
    standard: Decimal, clocked: Decimal | None, basis: LaborBasis
) -> tuple[Decimal, str]:
    """Hours billed for a labor line: the clock's when the dealer bills by the clock and the
    line was timed, else the standard hours."""
    if basis is LaborBasis.CLOCK and clocked is not None and clocked > 0:
        return clocked, LaborBasis.CLOCK.value
    return standard, LaborBasis.STANDARD.value


def check_discount(amount: Decimal, limit: Decimal | None) -> None:
    """The advisor's discount limit (None: no limit); beyond it the discount is refused."""
    if limit is not None and amount > limit:
        raise ValidationError(
            "settlement.discount_over_limit",
            field=DISCOUNT_KEY,
            amount=str(amount),
            limit=str(limit),
        )


def _totals(lines: Sequence[WorkLine], discount: Decimal, tax_rate: Decimal) -> Totals:
    pairs = [
        (
            LineAmount(line.amount, ZERO)
            if line.kind == "labor"
            else LineAmount(ZERO, line.amount),
            line.hours if line.kind == "labor" else ZERO,
        )
        for line in lines
    ]
    return totals(pairs, discount=discount, tax_rate=tax_rate)


def compute(
    estimated: Sequence[WorkLine],
    actual: Sequence[WorkLine],
    adjustments: Sequence[Adjustment] = (),
    reasons: Mapping[str, str] | None = None,
    *,
    tax_rate: Decimal = DEFAULT_TAX_RATE,
) -> SettlementResult:
    """The settlement of `actual` against the signed `estimated` lines. `reasons` maps a
    difference key (line key, "discount", "compensation") to the advisor's reason; a line
    added mid-job falls back to its own note."""
    reasons = reasons or {}
    for adj in adjustments:
        non_negative(adj.amount, adj.kind)
    estimate = _totals(estimated, ZERO, tax_rate)
    discount = sum((a.amount for a in adjustments), ZERO)
    billed = [line for line in actual if line.billed]
    actual_totals = _totals(billed, discount, tax_rate)
    by_key = {line.key: line for line in actual}
    est_keys = {line.key for line in estimated}
    differences: list[Difference] = []
    missing: list[str] = []

    def add(diff: Difference, required: bool = True) -> None:
        if required and not diff.reason.strip():
            missing.append(diff.key)
        differences.append(diff)

    for est in estimated:
        act = by_key.get(est.key)
        amount = act.amount if act is not None else ZERO
        if amount != est.amount:
            add(
                Difference(
                    est.key, est.description, est.amount, amount, amount - est.amount,
                    reasons.get(est.key, "").strip(), est.kind,
                )
            )  # fmt: skip
    for act in actual:
        if act.key in est_keys or act.amount == 0:
            continue
        reason = reasons.get(act.key, "").strip() or act.note.strip()
        add(Difference(act.key, act.description, ZERO, act.amount, act.amount, reason, act.kind))
    for adj in adjustments:
        if adj.amount == 0:
            continue
        add(
            Difference(
                adj.kind, adj.kind, ZERO, adj.amount, -adj.amount,
                (reasons.get(adj.kind) or adj.reason).strip(), adj.kind,
            )
        )  # fmt: skip
    tax_delta = actual_totals.tax - estimate.tax
    if tax_delta != 0:
        add(
            Difference(TAX_KEY, TAX_KEY, estimate.tax, actual_totals.tax, tax_delta, "", TAX_KEY),
            required=False,
        )
    result = SettlementResult(
        lines=tuple(billed),
        estimate=estimate,
        actual=actual_totals,
        differences=tuple(differences),
        missing_reasons=tuple(missing),
    )
    explained = sum((d.amount for d in differences), ZERO)
    if explained != result.delta:  # the guarantee of this module; never a person's error
        raise AssertionError(f"differences {explained} explain {result.delta}")
    return result


def with_reasons(result: SettlementResult, reasons: Mapping[str, str]) -> SettlementResult:
    """The same settlement with reasons filled in (for a screen editing them)."""
    diffs = tuple(
        replace(d, reason=reasons.get(d.key, d.reason).strip()) if d.key != TAX_KEY else d
        for d in result.differences
    )
    missing = tuple(d.key for d in diffs if d.key != TAX_KEY and not d.reason)
    return replace(result, differences=diffs, missing_reasons=missing)
