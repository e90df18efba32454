"""Translated messages for `UserError` codes, in zh_CN (default) and en.

Every package registers its own catalogue once at import (`register`), e.g. in
``app/media/messages.py``. Texts use ``str.format`` placeholders, which must match across
languages (a unit test checks it).
"""

from __future__ import annotations

from typing import Any

Catalogue = dict[str, tuple[str, str]]
"""code -> (Chinese text, English text)."""

_CATALOGUES: list[Catalogue] = []

LANGS = ("zh_CN", "en")


def register(catalogue: Catalogue) -> Catalogue:
    if catalogue not in _CATALOGUES:
        _CATALOGUES.append(catalogue)
    return catalogue


def all_messages() -> Catalogue:
    merged: Catalogue = {}
    for catalogue in _CATALOGUES:
        merged.update(catalogue)
    return merged


def render(code: str, lang: str = "zh_CN", **params: Any) -> str:
    texts = all_messages().get(code)
    if texts is None:
        # An unregistered code is our bug, but the user still deserves readable text.
        return code + (f" {params}" if params else "")
    text = texts[0] if lang.startswith("zh") else texts[1]
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text
