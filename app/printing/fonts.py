"""The embedded CJK font for printed documents.

Chinese text must render on every printer and PDF viewer, so the font is embedded (a subset)
in each PDF: WenQuanYi Micro Hei from the system, found at run time. The non-embedded
Adobe CID font STSong-Light is deliberately not used: viewers without the Adobe Asian font
pack print boxes instead of the customer's items (ARCHITECTURE.md "Printing").
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.domain.errors import EnvironmentFault
from app.printing import messages as _messages  # noqa: F401  (registers printing.* codes)

__all__ = [
    "FONT_FAMILY",
    "FONT_NAME",
    "FONT_PACKAGE",
    "FontFile",
    "find_cjk_font",
    "register_cjk_font",
]

FONT_NAME = "WenQuanYiMicroHei"
"""The name under which the font is registered with reportlab (and appears in pdffonts)."""

FONT_FAMILY = "WenQuanYi Micro Hei"
FONT_PACKAGE = "fonts-wqy-microhei"
"""Debian/Ubuntu package that provides the font; named in the error when it is missing."""

KNOWN_PATHS: tuple[Path, ...] = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),  # Fedora
    Path("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc"),  # Arch
    Path("/usr/local/share/fonts/wqy-microhei.ttc"),
    Path("C:/Windows/Fonts/wqy-microhei.ttc"),
)

_lock = threading.Lock()
_registered: FontFile | None = None


@dataclass(frozen=True)
class FontFile:
    path: Path
    subfont_index: int = 0
    """Index inside a .ttc collection; 0 is the proportional face, 1 the Mono one."""


def _fc_match() -> FontFile | None:
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    try:
        result = subprocess.run(
            [fc_match, "-f", "%{file}|%{index}|%{family}", FONT_FAMILY],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    parts = result.stdout.strip().split("|", 2)
    if result.returncode != 0 or len(parts) != 3:
        return None
    path_text, index_text, family = parts
    # fc-match always answers with *some* font; accept it only if it is really WenQuanYi
    # Micro Hei, otherwise we would embed a font without the Chinese glyphs.
    if "WenQuanYi Micro Hei" not in family:
        return None
    path = Path(path_text)
    if not path.is_file():
        return None
    try:
        index = int(index_text)
    except ValueError:
        index = 0
    return FontFile(path, index)


def find_cjk_font(
    candidates: Sequence[Path] | None = None, *, use_fc_match: bool = True
) -> FontFile:
    """Locate WenQuanYi Micro Hei: fontconfig first, then the known install paths.

    `candidates` replaces the known paths (tests pass an empty list to see the error).
    Raises EnvironmentFault "printing.font_missing" naming the package to install.
    """
    if use_fc_match:
        found = _fc_match()
        if found is not None:
            return found
    for path in KNOWN_PATHS if candidates is None else candidates:
        if path.is_file():
            return FontFile(path, 0)
    raise EnvironmentFault("printing.font_missing", package=FONT_PACKAGE)


def register_cjk_font(font: FontFile | None = None) -> str:
    """Register the CJK font with reportlab once per process; returns its reportlab name.

    reportlab's TTFont embeds a subset of the glyphs actually used, so the PDF stays small.
    """
    global _registered
    with _lock:
        if _registered is not None and font in (None, _registered):
            return FONT_NAME
        chosen = font if font is not None else find_cjk_font()
        try:
            tt_font = TTFont(FONT_NAME, str(chosen.path), subfontIndex=chosen.subfont_index)
        except (TTFError, OSError) as exc:
            raise EnvironmentFault(
                "printing.font_unreadable",
                path=str(chosen.path),
                reason=str(exc),
                package=FONT_PACKAGE,
            ) from exc
        pdfmetrics.registerFont(tt_font)
        _registered = chosen
        return FONT_NAME
