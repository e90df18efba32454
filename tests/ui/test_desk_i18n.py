"""The desk screens speak Chinese by default and English on request: every tr() / N_() text
has a Chinese translation with the same %1 placeholders, and the service messages they show
exist in both languages with matching placeholders."""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app.services import messages_desk
from app.ui.desk import i18n
from app.ui.desk.env import clock_text
from app.ui.desk.templates import PLACEHOLDER_NAMES, sms_parts
from app.ui.desk.zh_texts import ZH

PACKAGE = Path(__file__).resolve().parents[2] / "app" / "ui" / "desk"
PLACEHOLDER = re.compile(r"%\d")


def tr_literals() -> Iterator[tuple[str, str]]:
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "tr_n", "N_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                yield path.name, str(node.args[0].value)


def test_every_tr_text_has_chinese() -> None:
    literals = list(tr_literals())
    assert len(literals) > 80
    missing = sorted({(name, text) for name, text in literals if text not in ZH})
    assert not missing
    unused = set(ZH) - {text for _, text in literals}
    assert not unused


@pytest.mark.parametrize(("source", "chinese"), sorted(ZH.items()))
def test_placeholders_match(source: str, chinese: str) -> None:
    assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(chinese))
    assert chinese.strip()


def test_every_placeholder_has_a_chip_name() -> None:
    from app.services.desk import KIND_PLACEHOLDERS

    assert {n for names in KIND_PLACEHOLDERS.values() for n in names} == set(PLACEHOLDER_NAMES)


@pytest.mark.parametrize(("code", "texts"), sorted(messages_desk.CATALOGUE.items()))
def test_service_messages_in_both_languages(code: str, texts: tuple[str, str]) -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    zh, en = texts
    assert fields(zh) == fields(en), code
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), code


def test_language_follows_the_application() -> None:
    from datetime import datetime

    now = datetime(2026, 11, 27, 9, 0)
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("zh_CN"))
        assert clock_text(datetime(2026, 11, 27, 9, 30), now) == "剩余 30:00"
        assert clock_text(datetime(2026, 11, 27, 7, 58, 55), now) == "已超时 1:01:05"
        QLocale.setDefault(QLocale("en_US"))
        assert clock_text(datetime(2026, 11, 27, 9, 30), now) == "30:00 left"
        assert i18n.tr("Duty roster") == "Duty roster"
    finally:
        QLocale.setDefault(before)


def test_sms_parts() -> None:
    assert sms_parts("好" * 70) == 1
    assert sms_parts("好" * 71) == 2
    assert sms_parts("a" * 160) == 1
    assert sms_parts("a" * 307) == 3
