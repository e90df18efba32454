"""The reception bay is translated by Qt Linguist like every other screen (issue 7 item 2):
every text it shows is in the "Reception" context of the catalogue with Chinese and English,
the same %1 placeholders, every zone of both diagrams and every damage kind named, and the
language is the one the application installed."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from app.services.reception import DAMAGE_KINDS, ZONES_APPLIANCE, ZONES_VEHICLE
from app.ui.i18n import Translators
from app.ui.reception.diagram import ZONE_NAMES, zone_name
from app.ui.reception.env import CONTEXT, fill, translate
from app.ui.reception.intake import DAMAGE_KINDS as UI_DAMAGE_KINDS

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "app" / "ui" / "reception"
PLACEHOLDER = re.compile(r"%\d")


def catalogue(lang: str) -> dict[str, tuple[str, bool]]:
    """Source -> (translation, finished) of the Reception context in servicebay_<lang>.ts."""
    tree = ET.parse(ROOT / "resources" / "translations" / f"servicebay_{lang}.ts")
    found: dict[str, tuple[str, bool]] = {}
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found[message.findtext("source") or ""] = (translation.text or "", finished)
    return found


def marked_texts() -> Iterator[tuple[str, str]]:
    """Every literal text marked for the Reception context in app/ui/reception."""
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("translate", "QT_TRANSLATE_NOOP")
                and len(node.args) == 2
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value == CONTEXT
                and isinstance(node.args[1], ast.Constant)
            ):
                yield path.name, str(node.args[1].value)


@pytest.fixture(scope="module")
def zh() -> dict[str, tuple[str, bool]]:
    return catalogue("zh_CN")


@pytest.fixture(scope="module")
def en() -> dict[str, tuple[str, bool]]:
    return catalogue("en")


def test_no_dictionaries_of_our_own() -> None:
    assert not (PACKAGE / "i18n.py").exists()
    assert not (PACKAGE / "zh_texts.py").exists()


def test_every_marked_text_has_chinese_and_english(
    zh: dict[str, tuple[str, bool]], en: dict[str, tuple[str, bool]]
) -> None:
    texts = {text for _name, text in marked_texts()}
    assert len(texts) > 200
    missing_zh = sorted(t for t in texts if not zh.get(t, ("", False))[1] or not zh[t][0])
    missing_en = sorted(t for t in texts if not en.get(t, ("", False))[1] or not en[t][0])
    assert not missing_zh
    assert not missing_en


def test_placeholders_match(zh: dict[str, tuple[str, bool]]) -> None:
    differ = [
        (source, text)
        for source, (text, _finished) in zh.items()
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert not differ


def test_every_zone_and_damage_kind_is_named(zh: dict[str, tuple[str, bool]]) -> None:
    assert set(ZONES_VEHICLE) | set(ZONES_APPLIANCE) <= set(ZONE_NAMES)
    assert {k for k, _ in UI_DAMAGE_KINDS} == set(DAMAGE_KINDS)
    for text in [*ZONE_NAMES.values(), *(text for _k, text in UI_DAMAGE_KINDS)]:
        assert zh[text][1], text


def test_language_follows_the_application(qapp: object) -> None:
    translators = Translators()
    try:
        translators.install("zh_CN")
        assert zone_name("left_front_door") == "左前门"
        assert fill(translate("Reception", "Zone: %1"), "左前门") == "部位：左前门"
        translators.install("en")
        assert zone_name("left_front_door") == "Left front door"
        assert fill(translate("Reception", "%1 of 17 characters"), 9) == "9 of 17 characters"
    finally:
        for translator in translators._installed:
            QCoreApplication.removeTranslator(translator)
