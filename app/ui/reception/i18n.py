"""Translations of the reception bay.

Every visible string goes through `tr()`: English source text in the "Reception" context,
Chinese by default. The Chinese texts live in `zh_texts.ZH` (the shell's Linguist catalogue
covers app/ui/*.py and forms/*.ui; this one covers app/ui/reception). The language follows
the application's (the shell sets QLocale's default when the user switches); before any
language is chosen it is `DEFAULT_LANG`. tests/ui/test_reception_i18n.py checks that every
tr() text has its Chinese with the same %1 placeholders.

A Python QTranslator subclass would be the obvious design, but PySide6 6.12 corrupts the
reference count of the value returned by a Python override of QTranslator.translate (None
or bool), which aborts the interpreter; so the lookup happens here, in Python.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.ui.reception.zh_texts import ZH

CONTEXT = "Reception"
DEFAULT_LANG = "zh_CN"

_state = {"lang": DEFAULT_LANG}
missing: set[str] = set()
"""Source texts asked for without a Chinese text (tests assert it stays empty)."""


def language() -> str:
    name = QLocale().name()
    if name.startswith("en"):
        return "en"
    if name.startswith("zh"):
        return "zh_CN"
    return _state["lang"]


def install(lang: str) -> None:
    """The language used until the application chooses one (ctx.lang of the workstation)."""
    _state["lang"] = lang if lang in ("zh_CN", "en") else DEFAULT_LANG


def tr(text: str) -> str:
    found = ZH.get(text)
    if found is None:
        missing.add(text)
    if language() == "zh_CN" and found is not None:
        return found
    # English (or a Linguist translation the shell may add for this context later).
    return QCoreApplication.translate(CONTEXT, text)


def tr_n(text: str, *values: object) -> str:
    """tr() with %1, %2 … filled in order (Qt's placeholder style)."""
    result = tr(text)
    for number, value in reversed(list(enumerate(values, 1))):
        result = result.replace(f"%{number}", str(value))
    return result
