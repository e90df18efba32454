"""Money: exact Decimal yuan, half-up to the fen, no floats, tax and discounts (P4)."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

from app.domain.errors import ValidationError
from app.domain.money import (
    DEFAULT_TAX_RATE,
    LineAmount,
    fmt,
    from_fen,
    labor_amount,
    non_negative,
    parts_amount,
    to_fen,
    totals,
    yuan,
)

D = Decimal


def test_decimal_sums_are_exact() -> None:
    assert yuan("0.10") + yuan("0.20") == D("0.30")
    assert sum((yuan("0.01") for _ in range(1000)), D("0")) == D("10.00")
    assert yuan(7) == D("7.00")
    assert str(yuan("12")) == "12.00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.005", "1.01"),
        ("1.004", "1.00"),
        ("2.675", "2.68"),  # a float would give 2.67
        ("0.125", "0.13"),
        ("-1.005", "-1.01"),
        ("¥1,234.565", "1234.57"),
        ("￥ 8.5 ", "8.50"),
    ],
)
def test_half_up_to_the_fen(text: str, expected: str) -> None:
    assert yuan(text) == D(expected)
    assert yuan(text).as_tuple().exponent == -2


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError):
        yuan(0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        non_negative(19.99)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["abc", "", "1.2.3", "NaN", "Infinity", "-inf"])
def test_not_a_number(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        yuan(text)
    assert err.value.code == "money.not_a_number"


def test_negative_price_refused_with_translated_message() -> None:
    assert non_negative("0") == D("0.00")
    with pytest.raises(ValidationError) as err:
        non_negative("-0.01", "unit price")
    assert err.value.code == "money.negative"
    assert err.value.message("zh_CN") == "unit price不能为负数：-0.01"
    assert err.value.message("en") == "unit price cannot be negative: -0.01"


def test_messages_registered_by_importing_money_alone() -> None:
    """A fresh process that imports only the money module still gets translated text: the
    module that raises registers its catalogue (STYLE.md)."""
    code = (
        "from app.domain.money import non_negative\n"
        "from app.domain.errors import ValidationError\n"
        "try:\n    non_negative('-5', 'price')\n"
        "except ValidationError as e:\n    print(e.message('zh_CN')); print(e.message('en'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout.splitlines()
    assert out == ["price不能为负数：-5.00", "price cannot be negative: -5.00"]


def test_fen_round_trip() -> None:
    for text in ("0.00", "0.01", "19.99", "1234567.89", "-3.50"):
        assert from_fen(to_fen(D(text))) == D(text)
    assert to_fen(D("12.345")) == 1235
    assert to_fen(D("12.344")) == 1234
    assert from_fen(1) == D("0.01")
    assert isinstance(to_fen(D("1")), int)


def test_format() -> None:
    assert fmt(D("1234.5")) == "¥1,234.50"
    assert fmt(D("0")) == "¥0.00"


def test_line_amounts() -> None:
    assert labor_amount(D("1.5"), D("200.00")) == D("300.00")
    assert labor_amount(D("0.333"), D("100.00")) == D("33.30")
    assert labor_amount(D("0.3335"), D("100.00")) == D("33.35")  # 33.35 exactly, then .01
    assert parts_amount(D("3"), D("33.33")) == D("99.99")
    assert parts_amount(D("0.5"), D("0.05")) == D("0.03")  # 0.025 rounds half up


def test_totals_with_tax() -> None:
    result = totals(
        [
            (LineAmount(D("200.00"), D("0.00")), D("1.0")),
            (LineAmount(D("0.00"), D("580.00")), D("0")),
            (LineAmount(D("100.05"), D("0.00")), D("0.5")),
        ]
    )
    assert result.labor == D("300.05")
    assert result.parts == D("580.00")
    assert result.hours == D("1.5")
    assert result.subtotal == D("880.05")
    assert result.tax_rate == DEFAULT_TAX_RATE == D("0.13")
    assert result.tax == D("114.41")  # 114.4065 half up
    assert result.total == D("994.46")


def test_tax_rounds_half_up() -> None:
    result = totals([(LineAmount(D("0.00"), D("100.05")), D(0))])
    assert result.tax == D("13.01")  # 13.0065
    assert result.total == D("113.06")
    zero = totals([(LineAmount(D("0.00"), D("100.00")), D(0))], tax_rate=D("0"))
    assert zero.total == D("100.00")


def test_discount() -> None:
    amounts = [(LineAmount(D("100.00"), D("50.00")), D("1"))]
    result = totals(amounts, discount=D("20.00"))
    assert result.subtotal == D("130.00")
    assert result.tax == D("16.90")
    assert result.total == D("146.90")
    assert totals(amounts, discount=D("150.00")).total == D("0.00")


def test_discount_larger_than_subtotal_refused() -> None:
    amounts = [(LineAmount(D("100.00"), D("50.00")), D("1"))]
    with pytest.raises(ValidationError) as err:
        totals(amounts, discount=D("150.01"))
    assert err.value.code == "money.discount_too_large"
    assert "150.01" in err.value.message("en")
    with pytest.raises(ValidationError) as err:
        totals(amounts, discount=D("-1"))
    assert err.value.code == "money.negative"


def test_empty_estimate() -> None:
    result = totals([])
    assert (result.labor, result.parts, result.tax, result.total) == (D("0.00"),) * 4
