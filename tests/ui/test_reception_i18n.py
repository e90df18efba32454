"""The reception bay speaks Chinese by default and English on request: every tr() text has a
Chinese translation with the same %1 placeholders, every zone of both diagrams is named."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app.services.reception import DAMAGE_KINDS, ZONES_APPLIANCE, ZONES_VEHICLE
from app.ui.reception import i18n
from app.ui.reception.diagram import ZONE_NAMES, zone_name
from app.ui.reception.intake import DAMAGE_KINDS as UI_DAMAGE_KINDS
from app.ui.reception.zh_texts import ZH

PACKAGE = Path(__file__).resolve().parents[2] / "app" / "ui" / "reception"
PLACEHOLDER = re.compile(r"%\d")


def tr_literals() -> Iterator[tuple[str, str]]:
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "tr_n")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                yield path.name, str(node.args[0].value)


def test_every_tr_text_has_chinese() -> None:
    literals = list(tr_literals())
    assert len(literals) > 100
    missing = sorted({(name, text) for name, text in literals if text not in ZH})
    assert not missing


@pytest.mark.parametrize(("source", "chinese"), sorted(ZH.items()))
def test_placeholders_match(source: str, chinese: str) -> None:
    assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(chinese))
    assert chinese.strip()


def test_every_zone_and_damage_kind_is_named() -> None:
    assert set(ZONES_VEHICLE) | set(ZONES_APPLIANCE) <= set(ZONE_NAMES)
    assert {k for k, _ in UI_DAMAGE_KINDS} == set(DAMAGE_KINDS)
    for text in ZONE_NAMES.values():
        assert text in ZH


def test_language_follows_the_application() -> None:
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("zh_CN"))
        assert zone_name("left_front_door") == "左前门"
        assert i18n.tr_n("Zone: %1", "左前门") == "部位：左前门"
        QLocale.setDefault(QLocale("en_US"))
        assert zone_name("left_front_door") == "Left front door"
        assert i18n.tr_n("%1 of 17 characters", 9) == "9 of 17 characters"
    finally:
        QLocale.setDefault(before)
