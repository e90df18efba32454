"""The desk screens speak Chinese by default and English on request: every text they mark
for Qt Linguist (context "Desk") is in the catalogue with a finished Chinese translation with the
same %1 placeholders, and the service messages they show exist in both languages with matching
placeholders. There is no second translation path (no Python dictionaries) in the desk."""

from __future__ import annotations

import ast
import re
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from app.services import messages_desk
from app.ui.desk.env import clock_text
from app.ui.desk.templates import PLACEHOLDER_NAMES, sms_parts
from app.ui.i18n import Translators

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "app" / "ui" / "desk"
CATALOGUE = ROOT / "resources" / "translations" / "servicebay_zh_CN.ts"
PLACEHOLDER = re.compile(r"%\d")


def tr_literals() -> Iterator[tuple[str, str]]:
    """(file, source text) of every QCoreApplication.translate / QT_TRANSLATE_NOOP in "Desk"."""
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            context, text = node.args[0], node.args[1]
            if (
                name in ("translate", "QT_TRANSLATE_NOOP")
                and isinstance(context, ast.Constant)
                and context.value == "Desk"
                and isinstance(text, ast.Constant)
            ):
                yield path.name, str(text.value)


def desk_catalogue(forms: bool = False) -> dict[str, str]:
    """Source -> Chinese of the "Desk" context (with `forms`, also of the desk's Designer
    forms, contexts "Desk…Form")."""
    found: dict[str, str] = {}
    for context in ET.parse(CATALOGUE).iter("context"):
        name = context.findtext("name") or ""
        if not (name == "Desk" or (forms and name.startswith("Desk") and name.endswith("Form"))):
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            assert translation.get("type") is None, message.findtext("source")
            found[message.findtext("source") or ""] = translation.text or ""
    return found


def test_every_desk_text_is_in_the_catalogue() -> None:
    literals = list(tr_literals())
    assert len(literals) > 40  # the rest of the desk's texts are in its forms
    assert len(desk_catalogue(forms=True)) > 80
    catalogue = desk_catalogue()
    missing = sorted({(name, text) for name, text in literals if text not in catalogue})
    assert not missing
    assert not set(catalogue) - {text for _, text in literals}
    assert not (PACKAGE / "i18n.py").exists()
    assert not (PACKAGE / "zh_texts.py").exists()


@pytest.mark.parametrize(("source", "chinese"), sorted(desk_catalogue(forms=True).items()))
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


def test_language_follows_the_application(qapp: object) -> None:
    from datetime import datetime

    now = datetime(2026, 11, 27, 9, 0)
    translators = Translators()
    try:
        translators.install("zh_CN")
        assert clock_text(datetime(2026, 11, 27, 9, 30), now) == "剩余 30:00"
        assert clock_text(datetime(2026, 11, 27, 7, 58, 55), now) == "已超时 1:01:05"
        assert QCoreApplication.translate("Desk", "Duty roster") == "值班表"
        translators.install("en")
        assert clock_text(datetime(2026, 11, 27, 9, 30), now) == "30:00 left"
        assert QCoreApplication.translate("Desk", "Duty roster") == "Duty roster"
    finally:
        translators.install("zh_CN")


def test_sms_parts() -> None:
    assert sms_parts("好" * 70) == 1
    assert sms_parts("好" * 71) == 2
    assert sms_parts("a" * 160) == 1
    assert sms_parts("a" * 307) == 3


@pytest.mark.parametrize(
    ("body", "snippet"),
    [("{customer", "{customer"), ("已完工}", "已完工}"), ("您好{customer}，{时间", "，{时间")],
)
def test_brace_refusal_names_the_text_not_python(body: str, snippet: str) -> None:
    """Bad braces are refused with the reader's own text, never Python's English error."""
    from app.domain.errors import ValidationError
    from app.services.desk import check_template

    with pytest.raises(ValidationError) as err:
        check_template("reminder", "zh_CN", body)
    message = err.value.message("zh_CN")
    assert snippet in message
    assert "format" not in message
    assert "Single" not in message
    assert "expected" not in message
