"""Money, totals, phone masking and the message catalogue of the printing layer."""

from __future__ import annotations

import re
import string
from decimal import Decimal

import pytest

from app.domain.messages import all_messages
from app.printing import messages as printing_messages
from app.printing.labels import LABELS
from app.printing.layout import mask_phone, money, number
from app.printing.model import Decision, EstimateLine, LineKind, Totals, compute_totals, yuan
from app.printing.samples import sample_lines


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("+86 138 1234 5678", "138****5678"),
        ("0086-13812345678", "138****5678"),
        ("021-58886666", "021****6666"),
        ("400-820-1234", "400***1234"),
        ("12345", "***45"),
        ("", ""),
    ],
)
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked
    digits = re.sub(r"\D", "", phone)
    if len(digits) >= 5:
        assert digits not in mask_phone(phone)


def test_money_is_exact_with_two_places() -> None:
    assert yuan("0.125") == Decimal("0.13")  # half up, as cashiers round
    assert yuan(3) == Decimal("3.00")
    assert money(Decimal("1234.5")) == "1,234.50"
    assert number(Decimal("1.50")) == "1.5"
    assert number(Decimal("100")) == "100"
    with pytest.raises(TypeError):
        yuan(0.1)  # type: ignore[arg-type]


def test_totals_leave_out_declined_lines() -> None:
    lines = sample_lines()
    totals = compute_totals(lines, Decimal("0.13"))
    charged = [ln for ln in lines if ln.decision is not Decision.DECLINED]
    assert totals.labor == sum(ln.amount for ln in charged if ln.kind is LineKind.LABOR)
    assert totals.parts == Decimal("1078.00")
    assert totals.labor == Decimal("240.00")
    assert totals.tax == Decimal("171.34")
    assert totals.total == Decimal("1489.34")
    assert totals.hours == Decimal("1.2")
    totals.check()


def test_tax_included_totals() -> None:
    line = EstimateLine(kind=LineKind.PART, code="X", description="x", unit_price=yuan("113"))
    totals = compute_totals((line,), Decimal("0.13"), tax_included=True)
    assert (totals.total, totals.tax) == (Decimal("113.00"), Decimal("13.00"))
    totals.check()


def test_totals_that_do_not_add_up_are_refused() -> None:
    bad = Totals(labor=yuan(1), parts=yuan(2), tax_rate=Decimal("0.13"), tax=yuan(0), total=yuan(4))
    with pytest.raises(ValueError, match="do not add up"):
        bad.check()


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_labels_and_messages_have_matching_placeholders() -> None:
    for key, (zh, en) in LABELS.items():
        assert _fields(zh) == _fields(en), key
    for code, (zh, en) in printing_messages.CATALOGUE.items():
        assert code.startswith("printing.")
        assert _fields(zh) == _fields(en), code
        assert all_messages()[code] == (zh, en)
