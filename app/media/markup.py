"""Markup over a damage photo, kept as data over the untouched original (issue 3, I1).

Arrows, circles and notes use coordinates normalized to the photo (0..1 from the left/top), so
they survive thumbnails and any display size. `render` draws them on a copy; the stored photo is
never changed, and the JSON from `to_json` is what the database keeps beside the photo's SHA-256.

Colours are ``#RRGGBB`` strings. A circle's ``radius`` is a fraction of the photo's shorter side
(a circle stays round on any aspect ratio). Text may be Chinese: it is drawn with the system's
WenQuanYi Micro Hei (or another CJK font found at run time) through Pillow, because OpenCV's
own fonts only have ASCII.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from app.domain.errors import ValidationError
from app.media import messages as _messages  # noqa: F401  (registers the media.* codes)

log = logging.getLogger(__name__)

MARKUP_VERSION = 1
DEFAULT_COLOUR = "#E53935"

CJK_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "/System/Library/Fonts/PingFang.ttc",
)


@dataclass(frozen=True)
class Arrow:
    """From the tail (x1, y1) to the head (x2, y2), pointing at the damage."""

    x1: float
    y1: float
    x2: float
    y2: float
    colour: str = DEFAULT_COLOUR
    text: str = ""


@dataclass(frozen=True)
class Circle:
    """Around the damage; ``radius`` is a fraction of the photo's shorter side."""

    x: float
    y: float
    radius: float
    colour: str = DEFAULT_COLOUR
    text: str = ""


@dataclass(frozen=True)
class Note:
    """Text on a filled label whose top-left corner is at (x, y)."""

    x: float
    y: float
    text: str
    colour: str = DEFAULT_COLOUR


Markup = Arrow | Circle | Note

_KINDS: dict[str, type[Arrow] | type[Circle] | type[Note]] = {
    "arrow": Arrow,
    "circle": Circle,
    "note": Note,
}
_KIND_OF = {cls: kind for kind, cls in _KINDS.items()}


def validate(markup: Markup) -> Markup:
    """Check ranges and colour; raises ValidationError ``media.bad_markup``."""
    points: tuple[float, ...]
    if isinstance(markup, Arrow):
        points = (markup.x1, markup.y1, markup.x2, markup.y2)
    else:
        points = (markup.x, markup.y)
    for value in points:
        if not (isinstance(value, int | float) and 0.0 <= value <= 1.0):
            raise ValidationError("media.bad_markup", reason=f"coordinate {value!r} not in 0..1")
    if isinstance(markup, Circle) and not (0.0 < markup.radius <= 1.0):
        raise ValidationError("media.bad_markup", reason=f"radius {markup.radius!r}")
    _bgr(markup.colour)
    if not isinstance(markup.text, str) or len(markup.text) > 500:
        raise ValidationError("media.bad_markup", reason="text")
    return markup


def to_json(markups: Sequence[Markup]) -> str:
    items = [{"kind": _KIND_OF[type(m)], **asdict(validate(m))} for m in markups]
    return json.dumps({"version": MARKUP_VERSION, "items": items}, ensure_ascii=False)


def from_json(text: str) -> tuple[Markup, ...]:
    """Parse what `to_json` wrote, or a bare list of items (the database column's default is
    ``"[]"``); anything else raises ValidationError ``media.bad_markup``."""
    try:
        document = json.loads(text)
        if isinstance(document, list):
            items = document
        elif isinstance(document, dict) and document.get("version") == MARKUP_VERSION:
            items = document["items"]
        else:
            raise ValueError("unknown version")
        if not isinstance(items, list):
            raise TypeError("items must be a list")
        result: list[Markup] = []
        for item in items:
            fields = dict(item)
            cls = _KINDS[fields.pop("kind")]
            result.append(validate(cls(**fields)))
    except ValidationError:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError("media.bad_markup", reason=str(exc)) from exc
    return tuple(result)


def render(image: npt.NDArray[Any], markups: Sequence[Markup]) -> npt.NDArray[np.uint8]:
    """Draw ``markups`` over a copy of ``image`` (BGR); the original is never modified."""
    canvas: npt.NDArray[Any] = np.array(image, dtype=np.uint8, copy=True)
    if canvas.ndim == 2:
        canvas = cv2.cvtColor(canvas, cv2.COLOR_GRAY2BGR)
    height, width = canvas.shape[:2]
    short = min(width, height)
    thickness = max(2, round(short * 0.008))
    labels: list[tuple[int, int, str, str]] = []

    def px(x: float, y: float) -> tuple[int, int]:
        return round(x * (width - 1)), round(y * (height - 1))

    for markup in markups:
        validate(markup)
        colour = _bgr(markup.colour)
        if isinstance(markup, Arrow):
            tail, head = px(markup.x1, markup.y1), px(markup.x2, markup.y2)
            length = math.dist(tail, head) or 1.0
            tip = min(0.5, (short * 0.045) / length)
            cv2.arrowedLine(canvas, tail, head, colour, thickness, cv2.LINE_AA, tipLength=tip)
            if markup.text:
                labels.append((*tail, markup.text, markup.colour))
        elif isinstance(markup, Circle):
            centre = px(markup.x, markup.y)
            radius = max(2, round(markup.radius * short))
            cv2.circle(canvas, centre, radius, colour, thickness, cv2.LINE_AA)
            if markup.text:
                labels.append((centre[0] - radius, centre[1] + radius + thickness, markup.text,
                               markup.colour))  # fmt: skip
        else:
            labels.append((*px(markup.x, markup.y), markup.text, markup.colour))
    if labels:
        canvas = _draw_labels(canvas, labels)
    return cast(npt.NDArray[np.uint8], canvas)


def _bgr(colour: str) -> tuple[int, int, int]:
    text = colour.strip() if isinstance(colour, str) else ""
    if len(text) != 7 or not text.startswith("#"):
        raise ValidationError("media.bad_markup", reason=f"colour {colour!r}")
    try:
        red, green, blue = (int(text[i : i + 2], 16) for i in (1, 3, 5))
    except ValueError as exc:
        raise ValidationError("media.bad_markup", reason=f"colour {colour!r}") from exc
    return blue, green, red


@lru_cache(maxsize=1)
def find_cjk_font() -> Path | None:
    """The first CJK font on this machine, or None (install fonts-wqy-microhei)."""
    for candidate in CJK_FONTS:
        path = Path(candidate)
        if path.is_file():
            return path
    log.warning("no CJK font found; Chinese markup text will not render (fonts-wqy-microhei)")
    return None


@lru_cache(maxsize=16)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = find_cjk_font()
    if path is None:
        return ImageFont.load_default(size)
    return ImageFont.truetype(str(path), size)


def _draw_labels(
    canvas: npt.NDArray[Any], labels: list[tuple[int, int, str, str]]
) -> npt.NDArray[np.uint8]:
    height, width = canvas.shape[:2]
    size = max(12, round(min(width, height) * 0.045))
    font = _font(size)
    pad = max(2, size // 5)
    picture = PILImage.fromarray(cv2.cvtColor(canvas, cv2.COLOR_BGR2RGB))
    draw = ImageDraw.Draw(picture)
    for x, y, text, colour in labels:
        left, top, right, bottom = draw.multiline_textbbox((0, 0), text, font=font)
        box_w, box_h = right - left + 2 * pad, bottom - top + 2 * pad
        # Keep the label inside the photo even when the note sits at an edge.
        x0 = min(max(0, x), max(0, width - box_w))
        y0 = min(max(0, y), max(0, height - box_h))
        blue, green, red = _bgr(colour)
        ink = "#000000" if 0.299 * red + 0.587 * green + 0.114 * blue > 150 else "#FFFFFF"
        draw.rectangle((x0, y0, x0 + box_w, y0 + box_h), fill=colour)
        draw.multiline_text((x0 + pad - left, y0 + pad - top), text, font=font, fill=ink)
    return cv2.cvtColor(np.asarray(picture), cv2.COLOR_RGB2BGR)  # type: ignore[return-value]
