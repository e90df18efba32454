"""Every media.* code used in app/media has both texts, with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

from app.media.messages import CATALOGUE

MEDIA = Path(__file__).resolve().parents[3] / "app" / "media"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_placeholders_match_across_languages() -> None:
    for code, (zh, en) in CATALOGUE.items():
        assert code.startswith("media."), code
        assert zh, code
        assert en, code
        assert _fields(zh) == _fields(en), code
        assert re.search(r"[\u4e00-\u9fff]", zh), f"{code}: Chinese text expected"


def test_every_code_raised_is_registered() -> None:
    used: set[str] = set()
    for source in MEDIA.glob("*.py"):
        if source.name in ("messages.py", "qr.py"):
            continue
        used |= set(re.findall(r'"(media\.[a-z_]+)"', source.read_text(encoding="utf-8")))
    assert used, "the scan found no codes: the test would prove nothing"
    assert used - set(CATALOGUE) == set()
