"""P4/D4 (issue 9 item 1): the settlement from the actual work, on hand-made numbers whose
right answers are worked out by hand in the comments."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from app.domain.capitals import rmb_capitals
from app.domain.errors import ValidationError
from app.domain.settlement import (
    Adjustment,
    LaborBasis,
    WorkLine,
    billed_hours,
    check_discount,
    compute,
    with_reasons,
)

LABOR = WorkLine("L1", "labor", "更换前刹车片", "OP-BRK", hours=D("1.0"), rate=D("100.00"))
PADS = WorkLine("P1", "part", "前刹车片", "BP-100", "oem", qty=D("2"), unit_price=D("150.00"))


def test_actual_work_with_clock_extra_part_and_discount() -> None:
    # Estimate: 100.00 + 300.00 = 400.00, tax 13 % = 52.00, total 452.00.
    # Actual: 1.25 h × 100 = 125.00, pads 300.00, hidden fault: caliper pin 120.00,
    # discount 50.00 → subtotal 495.00, tax 64.35, total 559.35; delta +107.35 =
    # +25 (labor) +120 (extra) −50 (discount) +12.35 (tax).
    extra = WorkLine(
        "X1", "part", "卡钳导向销", "CP-7", "certified", qty=D("1"), unit_price=D("120.00"),
        in_estimate=False, note="拆检发现导向销锈蚀",
    )  # fmt: skip
    actual = [LABOR.__class__(**{**LABOR.__dict__, "hours": D("1.25")}), PADS, extra]
    result = compute(
        [LABOR, PADS],
        actual,
        [Adjustment("discount", D("50.00"), "会员优惠")],
        {"L1": "实际工时多于标准工时"},
    )
    assert result.estimate.total == D("452.00")
    assert result.actual.total == D("559.35")
    assert [(d.key, d.amount) for d in result.differences] == [
        ("L1", D("25.00")),
        ("X1", D("120.00")),
        ("discount", D("-50.00")),
        ("tax", D("12.35")),
    ]
    assert sum(d.amount for d in result.differences) == result.delta == D("107.35")
    assert result.differences[1].reason == "拆检发现导向销锈蚀"
    assert result.missing_reasons == ()


def test_part_not_fitted_is_not_billed_and_needs_a_reason() -> None:
    # Pads approved (300.00) but never fitted: billed 100.00 + 13.00 tax = 113.00,
    # estimate 452.00: delta −339.00 = −300.00 (pads) −39.00 (tax).
    result = compute([LABOR, PADS], [LABOR])
    assert [line.key for line in result.lines] == ["L1"]
    assert result.actual.total == D("113.00")
    assert sum(d.amount for d in result.differences) == result.delta == D("-339.00")
    assert result.missing_reasons == ("P1",)
    fixed = with_reasons(result, {"P1": "检查后刹车片仍可使用，未更换"})
    assert fixed.missing_reasons == ()


def test_same_as_estimate_has_no_differences() -> None:
    result = compute([LABOR, PADS], [LABOR, PADS])
    assert result.matches_estimate
    assert result.delta == 0


def test_rounding_of_tax_is_explained_to_the_fen() -> None:
    # 3 × 13.17 = 39.51 part; tax 13 % of 39.51 = 5.1363 → 5.14; without it 0.
    part = WorkLine("P2", "part", "机油滤清器", "OF-1", "oem", qty=D("3"), unit_price=D("13.17"))
    result = compute([LABOR], [LABOR, part], reasons={"P2": "客户同意加换"})
    assert result.actual.tax - result.estimate.tax == D("5.14")
    assert result.delta == D("44.65")
    assert sum(d.amount for d in result.differences) == D("44.65")


def test_compensation_needs_its_reason() -> None:
    result = compute([LABOR], [LABOR], [Adjustment("compensation", D("20.00"), "")])
    assert result.missing_reasons == ("compensation",)
    assert result.delta == D("-22.60")  # −20.00 −2.60 tax


def test_billed_hours_by_dealer_choice() -> None:
    assert billed_hours(D("1.0"), D("1.37"), LaborBasis.CLOCK) == (D("1.37"), "clock")
    assert billed_hours(D("1.0"), D("1.37"), LaborBasis.STANDARD) == (D("1.0"), "standard")
    assert billed_hours(D("1.0"), None, LaborBasis.CLOCK) == (D("1.0"), "standard")


def test_discount_limit() -> None:
    check_discount(D("200.00"), D("200.00"))
    check_discount(D("999.00"), None)
    with pytest.raises(ValidationError) as err:
        check_discount(D("200.01"), D("200.00"))
    assert err.value.code == "settlement.discount_over_limit"


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("120.50", "壹佰贰拾元伍角整"),
        ("1005.07", "壹仟零伍元零柒分"),
        ("0", "零元整"),
        ("0.05", "伍分"),
        ("0.50", "伍角整"),
        ("10", "壹拾元整"),
        ("100.05", "壹佰元零伍分"),
        ("10010", "壹万零壹拾元整"),
        ("1000100", "壹佰万零壹佰元整"),
        ("100010000", "壹亿零壹万元整"),
        ("559.35", "伍佰伍拾玖元叁角伍分"),
        ("-3", "负叁元整"),
        ("20000.8", "贰万元捌角整"),
    ],
)
def test_capitals(amount: str, words: str) -> None:
    assert rmb_capitals(D(amount)) == words
