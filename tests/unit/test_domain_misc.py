"""Hybrid logical clock, UUIDv7 and the message catalogues of the domain."""

from __future__ import annotations

import re
import uuid
from string import Formatter

from app.domain import catalogue
from app.domain.hlc import HlcStamp, HybridLogicalClock
from app.domain.ids import uuid7
from app.domain.messages import all_messages, render


def test_hlc_never_goes_backwards() -> None:
    wall = [1_000]
    clock = HybridLogicalClock("dev-a", wall_ms=lambda: wall[0])
    first = clock.now()
    second = clock.now()
    wall[0] = 500  # the wall clock jumps back
    third = clock.now()
    wall[0] = 2_000
    fourth = clock.now()
    stamps = [first, second, third, fourth]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 4
    assert HlcStamp.parse(third) == HlcStamp(1_000, 2, "dev-a")
    assert HlcStamp.parse(fourth) == HlcStamp(2_000, 0, "dev-a")
    assert first == "0000000000001000-00000-dev-a"


def test_hlc_moves_past_a_remote_stamp() -> None:
    clock = HybridLogicalClock("dev-a", wall_ms=lambda: 1_000)
    clock.update(str(HlcStamp(5_000, 7, "dev-b")))
    assert HlcStamp.parse(clock.now()) == HlcStamp(5_000, 8, "dev-a")
    clock.update(str(HlcStamp(10, 0, "dev-c")))  # an older stamp changes nothing
    assert HlcStamp.parse(clock.last()) == HlcStamp(5_000, 8, "dev-a")


def test_hlc_device_ids_with_dashes_parse() -> None:
    device = str(uuid.uuid4())
    stamp = HlcStamp(42, 3, device)
    assert HlcStamp.parse(str(stamp)) == stamp


def test_uuid7_is_version_7_and_time_ordered() -> None:
    ids = [uuid7() for _ in range(200)]
    for text in ids:
        value = uuid.UUID(text)
        assert value.version == 7
        assert value.variant == uuid.RFC_4122
    assert len(set(ids)) == len(ids)
    # The first 48 bits are milliseconds: ids of later milliseconds sort later.
    assert [i[:13] for i in ids] == sorted(i[:13] for i in ids)


def test_domain_messages_have_both_languages_with_matching_placeholders() -> None:
    merged = all_messages()
    for code, (zh, en) in catalogue.CATALOGUE.items():
        assert merged[code] == (zh, en)
        assert zh.strip()
        assert en.strip()
        assert re.search(r"[\u4e00-\u9fff]", zh), code
        names_zh = {n for _, n, _, _ in Formatter().parse(zh) if n}
        names_en = {n for _, n, _, _ in Formatter().parse(en) if n}
        assert names_zh == names_en, code


def test_render_unknown_code_is_readable() -> None:
    assert render("no.such.code", "en") == "no.such.code"
    assert render("no.such.code", "en", x=1) == "no.such.code {'x': 1}"
    # Missing parameters never crash the error path.
    assert render("money.negative", "en") == "{field} cannot be negative: {value}"
