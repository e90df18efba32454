"""Generated forms and translations are up to date; both languages are complete with matching
placeholders and plural forms; CJK text has a font."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.ui.app import apply_look
from app.ui.paths import translations_dir

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%(?:n|L?\d+)|\{[A-Za-z_][A-Za-z0-9_]*\}")
"""Qt (%1, %n) and Python ({name}) placeholders: the same set in source and translation."""


def _run_script(name: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / name), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_generated_forms_match_the_ui_files() -> None:
    done = _run_script("build_forms.py")
    assert done.returncode == 0, done.stderr


def test_translations_are_up_to_date_and_complete() -> None:
    done = _run_script("build_translations.py")
    assert done.returncode == 0, done.stderr


def _messages(lang: str) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(translations_dir() / f"servicebay_{lang}.ts")
    found = {}
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_placeholders_and_plural_forms_match(lang: str) -> None:
    plural_forms = {"zh_CN": 1, "en": 2}[lang]
    messages = _messages(lang)
    assert messages.keys() == _messages("zh_CN").keys() == _messages("en").keys()
    for (context, source), message in messages.items():
        wanted = sorted(PLACEHOLDER.findall(source))
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") is None, (context, source)
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            assert len(forms) == plural_forms, (context, source, forms)
        else:
            forms = [translation.text or ""]
        for form in forms:
            assert form.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(form)) == wanted, (lang, context, source, form)


def test_chinese_translation_is_really_chinese() -> None:
    zh = _messages("zh_CN")
    text = zh[("LoginForm", "Who is working?")].findtext("translation")
    assert text == "请选择您的姓名"
    cjk = [m for m in zh.values() if re.search(r"[\u4e00-\u9fff]", "".join(m.itertext()))]
    assert len(cjk) > 0.9 * len(zh)


def test_cjk_text_has_a_font(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    apply_look(app)
    try:
        label = QLabel("工单 车牌 粤B·D12345 质检合格")
        qtbot.addWidget(label)
        metrics = QFontMetrics(label.font())
        assert "WenQuanYi Micro Hei" in label.font().families()
        assert all(metrics.inFontUcs4(ord(ch)) for ch in "工单车牌粤质检合格")
    finally:
        app.setFont(font)


def test_build_forms_check_names_each_stale_form(tmp_path: Path) -> None:
    """Issue 7 item 6: --check says which form is stale, not only that one is."""
    import shutil

    copy = tmp_path / "tree"
    (copy / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "build_forms.py", copy / "scripts")
    shutil.copytree(ROOT / "forms", copy / "forms")
    shutil.copytree(ROOT / "app" / "ui" / "generated", copy / "app" / "ui" / "generated")
    generated = copy / "app" / "ui" / "generated"
    (generated / "ui_search.py").write_text("# edited by hand\n", encoding="utf-8")
    (generated / "ui_case_detail.py").unlink()
    done = subprocess.run(
        [sys.executable, str(copy / "scripts" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=copy,
        timeout=300,
    )
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert any("forms/search.ui" in line and "stale" in line for line in lines), done.stderr
    assert any("forms/case_detail.ui" in line and "missing" in line for line in lines)
    assert len(lines) == 2, done.stderr
