"""Translations of the front-desk screens (inquiries, duty roster, message templates).

Same mechanism as the reception bay (app/ui/reception/i18n.py, which explains why the lookup
is in Python rather than a QTranslator subclass): English source text in the "Desk" context,
Chinese from `zh_texts.ZH`, Chinese by default. The language follows the application's
(QLocale's default, set by the shell); before any is chosen it is `DEFAULT_LANG`.
tests/ui/test_desk_i18n.py checks that every tr() text has its Chinese with the same %1
placeholders.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.ui.desk.zh_texts import ZH

CONTEXT = "Desk"
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
    return str(QCoreApplication.translate(CONTEXT, text))


def tr_n(text: str, *values: object) -> str:
    """tr() with %1, %2 … filled in order (Qt's placeholder style)."""
    result = tr(text)
    for number, value in reversed(list(enumerate(values, 1))):
        result = result.replace(f"%{number}", str(value))
    return result
