"""Translations of the reception bay.

Every visible string goes through `tr()` (QCoreApplication.translate in the "Reception"
context), English source text, Chinese by default. The Chinese texts live in `zh_texts.ZH`
and are served by a QTranslator installed once: the shell's Linguist catalogue covers
app/ui/*.py and forms/*.ui, this one covers app/ui/reception (tests/ui/test_reception_i18n.py
checks that every tr() text has its Chinese with the same %1 placeholders).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

from app.ui.reception.zh_texts import ZH

CONTEXT = "Reception"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def tr_n(text: str, *values: object) -> str:
    """tr() with %1, %2 … filled in order (Qt's placeholder style)."""
    result = tr(text)
    for number, value in enumerate(values, 1):
        result = result.replace(f"%{number}", str(value))
    return result


class ReceptionTranslator(QTranslator):
    """Chinese unless the application's language is English (the shell sets QLocale's
    default when the user switches language)."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def language(self) -> str:
        name = QLocale().name()
        if name.startswith("en"):
            return "en"
        if name.startswith("zh"):
            return "zh_CN"
        return self.lang

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context != CONTEXT or self.language() != "zh_CN":
            return ""
        return ZH.get(source_text, "")

    def isEmpty(self) -> bool:
        return False


_installed: list[ReceptionTranslator] = []


def install(lang: str) -> ReceptionTranslator:
    """Install the reception translator once per application; later calls set the default."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install the translator after the QApplication exists")
    if _installed:
        _installed[0].lang = lang
        return _installed[0]
    translator = ReceptionTranslator(lang, app)
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return translator
