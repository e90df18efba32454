"""Input data of printed documents: plain frozen dataclasses, free of Qt and SQLAlchemy.

Services build these from the case record (a frozen snapshot of what is printed and signed);
the content hash in the QR is computed over exactly these values (payload.content_hash).
Money is Decimal in yuan, quantized to fen by the caller; floats are refused.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from app.printing.payload import DocumentKind

__all__ = [
    "ApplianceAsset",
    "Asset",
    "CaseInfo",
    "ChangeKind",
    "CustomerInfo",
    "DamageNote",
    "DealerHeader",
    "Decision",
    "Discount",
    "EstimateDifference",
    "EstimateDocument",
    "EstimateLine",
    "IntakeSummary",
    "LineChange",
    "LineKind",
    "LineState",
    "PartSource",
    "RenderedDocument",
    "SettlementDocument",
    "SettlementLine",
    "Totals",
    "VersionChanges",
    "compute_totals",
    "yuan",
]

FEN = Decimal("0.01")
UNHASHED: dict[str, bool] = {"hashed": False}
"""Field metadata: what a page shows around the version's content (the promised time, the
walk-around, "what changed", a name's language) is left out of the content hash
(payload.canonical_json), so a moved promise does not make a signed paper stale and prints
made before these fields existed keep their hash."""
ZERO = Decimal("0.00")


def yuan(value: Decimal | int | str) -> Decimal:
    """Exact money in yuan with two places (fen), rounded half up as cashiers do."""
    if isinstance(value, float):
        raise TypeError("money must not be float")
    return Decimal(value).quantize(FEN, rounding=ROUND_HALF_UP)


class LineKind(enum.StrEnum):
    LABOR = "labor"
    PART = "part"


class PartSource(enum.StrEnum):
    OEM = "oem"  # original equipment part
    CERTIFIED = "certified"  # certified equivalent (W4: customer must know which)


class Decision(enum.StrEnum):
    """The customer's choice per estimate line (I5)."""

    PENDING = "pending"
    APPROVED = "approved"
    DECLINED = "declined"


@dataclass(frozen=True)
class DealerHeader:
    name: str
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class CustomerInfo:
    name: str
    phone: str
    """Full number; printed masked (138****5678), never in full."""
    preferences: tuple[str, ...] = ()
    """Service preferences in plain words (P1), e.g. "需要操作指导"."""


@dataclass(frozen=True)
class VehicleAsset:
    plate: str
    vin: str
    model: str
    mileage_km: int | None = None


@dataclass(frozen=True)
class ApplianceAsset:
    brand: str
    model: str
    serial: str
    category: str = ""


Asset = VehicleAsset | ApplianceAsset


@dataclass(frozen=True)
class CaseInfo:
    case_id: uuid.UUID
    order_no: str
    opened_at: dt.datetime
    advisor: str
    """The first-contact owner (P2) who explains the estimate."""
    fault_description: str
    preliminary_diagnosis: str = ""
    pending_observation: str = ""
    """I3: when the fault did not show, what will be watched and investigated."""
    advisor_phone: str = ""
    promised_at: dt.datetime | None = field(default=None, metadata=UNHASHED)
    """The completion time promised to the customer (W5), on the work order."""


@dataclass(frozen=True)
class DamageNote:
    """A damage marked at intake (I1): zone and kind as codes, printed in the reader's words."""

    zone: str
    kind: str
    severity: int = 1
    note: str = ""


@dataclass(frozen=True)
class IntakeSummary:
    """The walk-around at intake (I1, I2) as the work order prints it."""

    damages: tuple[DamageNote, ...] = ()
    mileage_km: int | None = None
    fuel_level: str = ""
    valuables: str = ""
    keys: int | None = None
    """Keys handed over (vehicles); None for an appliance."""


class ChangeKind(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class LineState:
    """What one version says about a line: the figures the customer compares."""

    amount: Decimal
    decision: Decision
    quantity: Decimal = Decimal(1)
    hours: Decimal = Decimal(0)


@dataclass(frozen=True)
class LineChange:
    """One line of "what changed" against the previous signed version."""

    change: ChangeKind
    description: str
    before: LineState | None = None
    """What the signed version said; None for an added line."""
    after: LineState | None = None
    """What this version says; None for a removed line."""


@dataclass(frozen=True)
class VersionChanges:
    """A revised confirmation sheet against the version the customer signed before (P4)."""

    signed_version: int
    changes: tuple[LineChange, ...]
    total_before: Decimal
    total_after: Decimal


@dataclass(frozen=True)
class EstimateLine:
    """One recommended item (I4). amount = quantity x unit_price; hours are labor hours."""

    kind: LineKind
    code: str
    description: str
    unit_price: Decimal
    quantity: Decimal = Decimal(1)
    hours: Decimal = Decimal(0)
    part_model: str = ""
    part_source: PartSource | None = None
    mandatory: bool = True
    reason: str = ""
    """Why, in plain language (I5)."""
    decision: Decision = Decision.PENDING
    safety_relevant: bool = False
    acknowledged: bool = False
    """The customer acknowledged the risk of declining a safety-relevant mandatory line."""
    own_name: bool = field(default=False, metadata=UNHASHED)
    """The description is the dealer's own name (no catalogue name in the reader's language);
    an English copy says so beside a Chinese name."""

    @property
    def amount(self) -> Decimal:
        return yuan(self.quantity * self.unit_price)

    @property
    def counted(self) -> bool:
        """Declined lines stay on the record but are not charged (I5)."""
        return self.decision is not Decision.DECLINED


@dataclass(frozen=True)
class Totals:
    labor: Decimal
    parts: Decimal
    tax_rate: Decimal
    """e.g. Decimal("0.13") for 13 % VAT."""
    tax: Decimal
    total: Decimal
    discount: Decimal = ZERO
    hours: Decimal = Decimal(0)
    tax_included: bool = False
    """True when prices already include tax (total = labor + parts - discount)."""

    def check(self) -> None:
        """The printed sums must add up; a mismatch is a bug in the caller (P4: no hidden
        charges), so it is refused rather than printed."""
        subtotal = self.labor + self.parts - self.discount
        expected = subtotal if self.tax_included else subtotal + self.tax
        if expected != self.total:
            raise ValueError(f"totals do not add up: {expected} != {self.total}")


def compute_totals(
    lines: tuple[EstimateLine, ...] | tuple[SettlementLine, ...],
    tax_rate: Decimal,
    discount: Decimal = ZERO,
    *,
    tax_included: bool = False,
) -> Totals:
    """Totals over the charged lines (declined estimate lines excluded), tax rounded to fen.

    A convenience for callers and tests; the domain's own estimate rules take precedence.
    """
    charged = [line for line in lines if not isinstance(line, EstimateLine) or line.counted]
    labor = sum((ln.amount for ln in charged if ln.kind is LineKind.LABOR), ZERO)
    parts = sum((ln.amount for ln in charged if ln.kind is LineKind.PART), ZERO)
    hours = sum((ln.hours for ln in charged), Decimal(0))
    subtotal = labor + parts - discount
    if tax_included:
        tax = yuan(subtotal * tax_rate / (1 + tax_rate))
        total = subtotal
    else:
        tax = yuan(subtotal * tax_rate)
        total = subtotal + tax
    return Totals(
        labor=labor,
        parts=parts,
        tax_rate=tax_rate,
        tax=tax,
        total=total,
        discount=yuan(discount),
        hours=hours,
        tax_included=tax_included,
    )


@dataclass(frozen=True)
class EstimateDocument:
    """What the Service Work Order (I4) and the Confirmation Sheet (P4) print."""

    dealer: DealerHeader
    customer: CustomerInfo
    asset: Asset
    case: CaseInfo
    lines: tuple[EstimateLine, ...]
    totals: Totals
    """Over the lines not declined (approved and pending)."""
    version: int
    intake: IntakeSummary | None = field(default=None, metadata=UNHASHED)
    """The walk-around (work order); None when no intake was recorded."""
    changes: VersionChanges | None = field(default=None, metadata=UNHASHED)
    """Against the previous signed version (revised confirmation sheet)."""


@dataclass(frozen=True)
class SettlementLine:
    """An actual material or labor line (P4: "what you see is what you pay")."""

    kind: LineKind
    code: str
    description: str
    unit_price: Decimal
    quantity: Decimal = Decimal(1)
    hours: Decimal = Decimal(0)
    part_model: str = ""
    part_source: PartSource | None = None
    in_estimate: bool = True
    own_name: bool = field(default=False, metadata=UNHASHED)

    @property
    def amount(self) -> Decimal:
        return yuan(self.quantity * self.unit_price)


@dataclass(frozen=True)
class Discount:
    description: str
    amount: Decimal
    """Positive yuan taken off."""


@dataclass(frozen=True)
class EstimateDifference:
    """D4: "hidden fault found, XX part added, 120 yuan more than estimated"."""

    description: str
    amount: Decimal
    """Signed: positive costs more than estimated, negative less."""
    reason: str


@dataclass(frozen=True)
class SettlementDocument:
    dealer: DealerHeader
    customer: CustomerInfo
    asset: Asset
    case: CaseInfo
    lines: tuple[SettlementLine, ...]
    totals: Totals
    estimate_total: Decimal
    """The total of the signed confirmation sheet, to show the difference (D4)."""
    version: int
    discounts: tuple[Discount, ...] = ()
    differences: tuple[EstimateDifference, ...] = ()


@dataclass(frozen=True)
class RenderedDocument:
    path: Path
    kind: DocumentKind
    order_no: str
    case_id: uuid.UUID
    version: int
    content_hash: str
    """Full SHA-256 hex of the document data; the QR carries its first 16 characters."""
    page_count: int
    payloads: tuple[str, ...] = field(default=())
    """The QR text of each page, in page order."""
