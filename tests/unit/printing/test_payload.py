"""QR payload: round trip, strict rejection of anything else, canonical content hash."""

from __future__ import annotations

import dataclasses
import uuid
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.printing.payload import (
    HASH_CHARS,
    DocumentKind,
    QrPayload,
    canonical_json,
    content_hash,
    encode_payload,
    parse_payload,
)
from app.printing.samples import sample_estimate_document

CASE = uuid.UUID("0192f3a4-5b6c-7d8e-9f01-23456789abcd")
FULL_HASH = "9f2c4e1a0b7d5c33" + "0" * 48


def test_encode_has_the_documented_compact_form() -> None:
    text = encode_payload(
        case_id=CASE,
        order_no="WO-D01-20261127-0042",
        kind=DocumentKind.CONFIRMATION_SHEET,
        version=3,
        content_hash=FULL_HASH,
        page=1,
        pages=2,
    )
    assert text == (
        "SB1|WO-D01-20261127-0042|confirmation_sheet|3|9f2c4e1a0b7d5c33|"
        "0192f3a4-5b6c-7d8e-9f01-23456789abcd|1/2"
    )
    payload = parse_payload(text)
    assert payload == QrPayload(
        order_no="WO-D01-20261127-0042",
        kind=DocumentKind.CONFIRMATION_SHEET,
        version=3,
        content_hash="9f2c4e1a0b7d5c33",
        case_id=CASE,
        page=1,
        pages=2,
    )
    assert payload.matches_hash(FULL_HASH)
    assert not payload.matches_hash("0" * 64)
    assert payload.encode() == text


@given(
    order_no=st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,40}", fullmatch=True),
    kind=st.sampled_from(list(DocumentKind)),
    version=st.integers(min_value=1, max_value=10**6),
    digest=st.binary(min_size=32, max_size=32),
    case_id=st.uuids(),
    pages=st.integers(min_value=1, max_value=300),
    data=st.data(),
)
def test_round_trip(
    order_no: str,
    kind: DocumentKind,
    version: int,
    digest: bytes,
    case_id: uuid.UUID,
    pages: int,
    data: st.DataObject,
) -> None:
    page = data.draw(st.integers(min_value=1, max_value=pages))
    text = encode_payload(
        case_id=case_id,
        order_no=order_no,
        kind=kind,
        version=version,
        content_hash=digest.hex(),
        page=page,
        pages=pages,
    )
    parsed = parse_payload(text)
    assert (parsed.order_no, parsed.kind, parsed.version) == (order_no, kind, version)
    assert parsed.case_id == case_id
    assert parsed.content_hash == digest.hex()[:HASH_CHARS]
    assert (parsed.page, parsed.pages) == (page, pages)


GOOD = parse_payload(
    "SB1|WO-D01-20261127-0042|work_order|1|9f2c4e1a0b7d5c33|"
    "0192f3a4-5b6c-7d8e-9f01-23456789abcd|1/1"
).encode()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello world",
        "https://weixin.qq.com/r/abc",  # someone else's QR (payment, parts label)
        GOOD.replace("SB1", "SB2"),
        GOOD.replace("SB1", "sb1"),
        GOOD + "|extra",
        GOOD.rsplit("|", 1)[0],
        GOOD.replace("work_order", "invoice"),
        GOOD.replace("|1|", "|0|"),
        GOOD.replace("|1|", "|-1|"),
        GOOD.replace("|1|", "|01|"),
        GOOD.replace("|1|", "|x|"),
        GOOD.replace("9f2c4e1a0b7d5c33", "9F2C4E1A0B7D5C33"),
        GOOD.replace("9f2c4e1a0b7d5c33", "9f2c4e1a"),
        GOOD.replace("9f2c4e1a0b7d5c33", "zz2c4e1a0b7d5c33"),
        GOOD.replace("0192f3a4-5b6c-7d8e-9f01-23456789abcd", "not-a-uuid"),
        GOOD.replace("0192f3a4-5b6c-7d8e-9f01-23456789abcd", "0192f3a45b6c7d8e9f0123456789abcd"),
        GOOD.replace("|1/1", "|2/1"),
        GOOD.replace("|1/1", "|0/1"),
        GOOD.replace("|1/1", "|1"),
        GOOD.replace("WO-D01-20261127-0042", ""),
        GOOD.replace("WO-D01-20261127-0042", "WO 42"),
    ],
)
def test_garbage_is_refused_with_bad_qr(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_payload(text)
    assert caught.value.code == "printing.bad_qr"
    # The message is translated and tells the user what to do.
    assert "ServiceBay" in caught.value.message("en")
    assert "二维码" in caught.value.message("zh_CN")


@given(st.text(max_size=200))
def test_random_text_never_crashes(text: str) -> None:
    codes: list[str] = []
    try:
        parsed = parse_payload(text)
    except ValidationError as exc:
        codes.append(exc.code)
    else:
        assert parsed.encode() == text.strip()
    assert codes in ([], ["printing.bad_qr"])


@pytest.mark.parametrize(
    "bad",
    [
        {"order_no": "WO|1"},
        {"order_no": ""},
        {"version": 0},
        {"version": True},
        {"content_hash": "xyz"},
        {"page": 3, "pages": 2},
    ],
)
def test_encode_refuses_values_that_cannot_round_trip(bad: dict[str, object]) -> None:
    args: dict[str, object] = {
        "case_id": CASE,
        "order_no": "WO-1",
        "kind": "work_order",
        "version": 1,
        "content_hash": FULL_HASH,
        "page": 1,
        "pages": 1,
    }
    args.update(bad)
    with pytest.raises(ValueError):  # noqa: PT011 - our bug, not the user's
        encode_payload(**args)  # type: ignore[arg-type]


def test_content_hash_is_canonical_and_sensitive() -> None:
    doc = sample_estimate_document()
    again = sample_estimate_document()
    assert doc is not again
    assert content_hash(doc) == content_hash(again)
    assert len(content_hash(doc)) == 64
    # Any change a customer signs for changes the hash: price, decision, version.
    line = doc.lines[0]
    cheaper = dataclasses.replace(line, unit_price=line.unit_price - Decimal("0.01"))
    changed = dataclasses.replace(doc, lines=(cheaper, *doc.lines[1:]))
    assert content_hash(changed) != content_hash(doc)
    assert content_hash(dataclasses.replace(doc, version=4)) != content_hash(doc)


def test_canonical_json_sorts_keys_and_keeps_decimals_exact() -> None:
    assert canonical_json({"b": Decimal("12.50"), "a": [1, "价"]}) == '{"a":[1,"价"],"b":"12.50"}'
    assert canonical_json({"a": 1, "b": 2}) == canonical_json({"b": 2, "a": 1})
    with pytest.raises(TypeError):
        canonical_json({"price": 12.5})
