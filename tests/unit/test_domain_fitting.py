"""W2 rules of the bay (issue 8 items 2, 4): the per-line clock moves, the packaging only
forward, no more than the approved quantity, and what a scanner reads off a packaging."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.errors import TransitionError, ValidationError
from app.domain.fitting import (
    LineClock,
    check_clock,
    check_packaging,
    check_quantity,
    line_clock_state,
    parse_packaging_code,
)
from app.media.packaging_codes import decode_packaging
from tests.helpers.codes import ean13_image, packaging_frame, qr_image


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45022-TBA-A01", ("45022-TBA-A01", "")),
        (" 45022-tba-a01\r\n", ("45022-TBA-A01", "")),
        ("P:45022-TBA-A01;B:B2026-11", ("45022-TBA-A01", "B2026-11")),
        ("PN=08880-83717|LOT=L77", ("08880-83717", "L77")),
        ("件号:AC-CAP-35UF;批次:X1", ("AC-CAP-35UF", "X1")),
        ("", ("", "")),
    ],
)
def test_parse_packaging_code(text: str, expected: tuple[str, str]) -> None:
    assert parse_packaging_code(text) == expected


def test_clock_moves() -> None:
    assert line_clock_state(None) is LineClock.NOT_STARTED
    assert line_clock_state("resume") is LineClock.RUNNING
    check_clock(LineClock.NOT_STARTED, "start")
    check_clock(LineClock.FINISHED, "start")  # QC rework starts the line again
    check_clock(LineClock.RUNNING, "pause", "waiting_parts")
    with pytest.raises(ValidationError):
        check_clock(LineClock.RUNNING, "pause", "coffee")
    for current, kind in (
        (LineClock.RUNNING, "start"),
        (LineClock.PAUSED, "start"),
        (LineClock.PAUSED, "pause"),
        (LineClock.RUNNING, "resume"),
        (LineClock.NOT_STARTED, "finish"),
        (LineClock.FINISHED, "finish"),
    ):
        with pytest.raises(TransitionError):
            check_clock(current, kind, "break")


def test_packaging_only_forward() -> None:
    assert check_packaging("kept", "shown_to_customer").value == "shown_to_customer"
    assert check_packaging("shown_to_customer", "disposed").value == "disposed"
    for current, new in (
        ("kept", "kept"),
        ("kept", "handed_to_customer"),
        ("shown_to_customer", "kept"),
        ("handed_to_customer", "disposed"),
        ("disposed", "shown_to_customer"),
    ):
        with pytest.raises(TransitionError) as err:
            check_packaging(current, new)
        assert err.value.code == "fitting.packaging_backwards"
    with pytest.raises(ValidationError):
        check_packaging("kept", "lost")


def test_quantity() -> None:
    check_quantity("X", Decimal(2), Decimal(1), Decimal(1))
    with pytest.raises(TransitionError) as err:
        check_quantity("X", Decimal(2), Decimal(2), Decimal(1))
    assert err.value.params == {"part_no": "X", "fitted": "2", "approved": "2"}
    with pytest.raises(TransitionError):
        check_quantity("X", Decimal(2), Decimal(0), Decimal(0))


def test_the_camera_reads_qr_and_ean13_labels() -> None:
    assert decode_packaging(packaging_frame(qr_image("P:45022-TBA-A01;B:B1"))) == [
        "P:45022-TBA-A01;B:B1"
    ]
    assert decode_packaging(packaging_frame(ean13_image("690123456789", module=3))) == [
        "6901234567892"
    ]
    blank = packaging_frame(qr_image("x"))[:40, :40].copy()
    assert decode_packaging(blank) == []
