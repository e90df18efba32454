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


_NAMES: dict[str, Catalogue] = {}
"""Per placeholder name (``state``, ``action``, ``roles``…): code -> (Chinese, English), so a
message never shows an internal value such as ``arrived`` or ``confirm`` (issue 7 item 8)."""


def register_names(param: str, names: Catalogue) -> None:
    """Name the codes a placeholder `param` may carry (comma-separated lists too)."""
    _NAMES.setdefault(param, {}).update(names)


def names(param: str) -> Catalogue:
    return dict(_NAMES.get(param, {}))


def name_of(param: str, code: str, lang: str = "zh_CN") -> str:
    """The name of `code` (a state, action, role… or a comma-separated list of them) in
    `lang`; the code itself only when nobody named it."""
    return str(_named(param, code, lang.startswith("zh")))


def _named(param: str, value: Any, zh: bool) -> Any:
    table = _NAMES.get(param)
    if table is None or not isinstance(value, str) or not value:
        return value
    parts = [table[p][0 if zh else 1] if p in table else p for p in value.split(",")]
    return ("、" if zh else ", ").join(parts)


def render(code: str, lang: str = "zh_CN", **params: Any) -> str:
    texts = all_messages().get(code)
    if texts is None:
        # An unregistered code is our bug, but the user still deserves readable text.
        return code + (f" {params}" if params else "")
    zh = lang.startswith("zh")
    text = texts[0] if zh else texts[1]
    try:
        return text.format(**{key: _named(key, value, zh) for key, value in params.items()})
    except (KeyError, IndexError, ValueError):
        return text
