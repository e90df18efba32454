"""Issue 7 item 2: the command line speaks through the one message catalogue
(app/cli/messages.py and the packages' catalogues), never inline Chinese/English pairs."""

from __future__ import annotations

import re
from pathlib import Path

CLI = Path(__file__).resolve().parents[2] / "app" / "cli"
CJK = re.compile(r"[\u4e00-\u9fff]")
PENDING: set[str] = set()
"""Modules still allowed inline texts: none (printing.py moved to the catalogue, issue 11)."""


def test_no_inline_chinese_in_the_cli() -> None:
    offenders = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(CLI.glob("*.py"))
        if path.name not in {"messages.py", *PENDING}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if CJK.search(line)
    ]
    assert offenders == []


def test_no_text_chosen_by_language_inline() -> None:
    """An English-only twin of a catalogue text (`"filed" if not zh`) is an inline pair too."""
    pattern = re.compile(r"""if zh else|startswith\(["']zh["']\)""")
    offenders = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(CLI.glob("*.py"))
        if path.name != "messages.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []


def test_print_and_scan_texts_in_both_languages() -> None:
    from app.cli import messages  # noqa: F401  (registers the cli.* texts)
    from app.domain.messages import render

    assert render("cli.document_version", "zh_CN", version=2) == "第 2 版"
    assert render("cli.document_version", "en", version=2) == "version 2"
    assert render("cli.document_pages", "en", pages=3) == "3 page(s)"
    assert render("cli.scan_signed", "zh_CN") == "已签字（纸质），可派工"
    assert render("cli.scan_filed", "en") == "filed"
