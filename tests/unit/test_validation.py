"""What people type at the counter (I1): phones, VINs with their check digit, plates."""

from __future__ import annotations

import pytest

from app.domain.errors import ValidationError
from app.domain.validation import (
    mask_phone,
    normalize_phone,
    normalize_plate,
    normalize_vin,
    require_text,
    vin_check_digit,
    with_check_digit,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13800138000", "13800138000"),
        ("199 1234 5678", "19912345678"),
        ("+86 138 0013 8000", "13800138000"),
        ("+8613800138000", "13800138000"),
        ("020-38881234", "020-38881234"),
        ("02038881234", "02038881234"),
        ("0755-1234567", "0755-1234567"),
        ("(010)12345678", "01012345678"),
        ("400-820-8820", "400-820-8820"),
        ("4008208820", "4008208820"),
    ],
)
def test_valid_phones(text: str, expected: str) -> None:
    assert normalize_phone(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12345678901",  # mobiles start 13..19
        "1380013800",  # 10 digits
        "138001380001",  # 12 digits
        "1380013800a",
        "020-123",
        "20-38881234",  # landline without the leading 0
        "400-820-882",
        "+1 555 123 4567",
        "abc",
    ],
)
def test_wrong_phones_refused(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalize_phone(text)
    assert err.value.code == "validate.phone"
    assert err.value.params == {"value": text}
    assert "11" in err.value.message("en")


def test_mask_phone() -> None:
    assert mask_phone("13800138000") == "138****8000"
    assert mask_phone("020-38881234") == "020****1234"
    assert mask_phone("12345") == "*****"


REAL_VIN = "1M8GDM9AXKP042788"


def test_real_world_vin_passes() -> None:
    assert vin_check_digit(REAL_VIN) == "X"
    assert normalize_vin(REAL_VIN) == REAL_VIN
    assert normalize_vin(" 1m8gdm9axkp042788 ") == REAL_VIN


@pytest.mark.parametrize(
    "draft", ["LVHRU1867J5000001", "LSVAU2180N2123456", "WVWZZZ1KZ9W000000", "LFV3A23C0J3000123"]
)
def test_with_check_digit_makes_valid_vins(draft: str) -> None:
    vin = with_check_digit(draft)
    assert len(vin) == 17
    assert vin[:8] == draft[:8]
    assert vin[9:] == draft[9:]
    assert normalize_vin(vin) == vin


def test_one_wrong_character_is_caught() -> None:
    vin = with_check_digit("LVHRU1867J5000001")
    for position in (0, 3, 10, 16):
        replacement = "2" if vin[position] != "2" else "3"
        wrong = vin[:position] + replacement + vin[position + 1 :]
        with pytest.raises(ValidationError) as err:
            normalize_vin(wrong)
        assert err.value.code == "validate.vin_check"
    check = vin[8]
    wrong_check = vin[:8] + ("0" if check != "0" else "1") + vin[9:]
    with pytest.raises(ValidationError):
        normalize_vin(wrong_check)


@pytest.mark.parametrize(
    "text", ["", "1M8GDM9AXKP04278", "1M8GDM9AXKP0427888", "1M8GDM9AXKP04278O", "IM8GDM9AXKP042788"]
)
def test_malformed_vins(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalize_vin(text)
    assert err.value.code == "validate.vin_format"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("粤B·D12345", "粤B·D12345"),
        ("粤BD12345", "粤B·D12345"),
        ("粤b·d12345", "粤B·D12345"),
        ("粤bd12345", "粤B·D12345"),
        (" 粤B D1234 5 ", "粤B·D12345"),
        ("粤B-12345", "粤B·12345"),
        ("京A12345", "京A·12345"),
        ("粤B·12345", "粤B·12345"),  # a regular plate: five after the dot
    ],
)
def test_plates(text: str, expected: str) -> None:
    assert normalize_plate(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ABC123",
        "粤",
        "粤B",
        "粤B1234",
        "粤1·12345",
        "美B·12345",
        "粤B·I1234",
        "粤B·D1234567",
        "??",
    ],
)
def test_garbage_plates_refused(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalize_plate(text)
    assert err.value.code == "validate.plate"
    assert "粤B·D12345" in err.value.message("zh_CN")


def test_require_text() -> None:
    assert require_text("  王伟 ", "name") == "王伟"
    with pytest.raises(ValidationError) as err:
        require_text("   ", "name")
    assert err.value.code == "validate.required"
    with pytest.raises(ValidationError) as err:
        require_text("x" * 11, "name", max_len=10)
    assert err.value.code == "validate.too_long"
    assert err.value.message("en") == "name is too long (at most 10)"
