"""Markup as data over an untouched photo."""

from __future__ import annotations

import json

import numpy as np
import pytest

from app.domain.errors import ValidationError
from app.media.demo_clip import demo_frame
from app.media.markup import (
    Arrow,
    Circle,
    Markup,
    Note,
    find_cjk_font,
    from_json,
    render,
    to_json,
)

MARKS: list[Markup] = [
    Arrow(0.1, 0.1, 0.4, 0.5, colour="#FF0000", text="划痕"),
    Circle(0.4, 0.55, 0.1, colour="#00FF00"),
    Note(0.6, 0.05, "左前门划痕约5cm\n客户已确认", colour="#FFD600"),
]


def test_json_round_trip_keeps_chinese_text() -> None:
    text = to_json(MARKS)
    assert "左前门" in text  # readable in the database, not \\u escapes
    assert json.loads(text)["items"][0]["kind"] == "arrow"
    assert from_json(text) == tuple(MARKS)
    assert from_json(to_json([])) == ()
    # A bare list of items is accepted too: the media_file.markup column defaults to "[]".
    assert from_json("[]") == ()
    items = json.loads(to_json(MARKS))["items"]
    assert from_json(json.dumps(items)) == tuple(MARKS)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "{}",
        '{"version": 1, "items": {}}',
        "[1, 2]",
        '{"version": 99, "items": []}',
        '{"version": 1, "items": [{"kind": "star", "x": 0.5, "y": 0.5}]}',
        '{"version": 1, "items": [{"kind": "note", "x": 1.5, "y": 0.5, "text": "x"}]}',
        '{"version": 1, "items": [{"kind": "note", "x": 0.5, "y": 0.5, "text": "x", '
        '"colour": "red"}]}',
        '{"version": 1, "items": [{"kind": "circle", "x": 0.5, "y": 0.5, "radius": 0}]}',
        '{"version": 1, "items": [{"kind": "arrow", "x1": 0.5}]}',
        '{"version": 1, "items": [{"kind": "note", "x": "0.5", "y": 0.5, "text": "x"}]}',
    ],
)
def test_bad_markup_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        from_json(text)
    assert caught.value.code == "media.bad_markup"
    assert caught.value.message("zh_CN").startswith("照片标注数据无效")
    assert caught.value.message("en").startswith("The photo markup is not valid")


def test_render_draws_on_a_copy() -> None:
    photo = demo_frame(0, size=(640, 480))
    before = photo.copy()
    out = render(photo, MARKS)
    assert np.array_equal(photo, before)  # the original is untouched
    assert out is not photo
    assert out.shape == photo.shape
    assert not np.array_equal(out, photo)
    # The arrow's middle is pure red (BGR), the circle's rightmost point pure green.
    ax, ay = round(0.25 * 639), round(0.3 * 479)
    assert tuple(out[ay, ax]) == (0, 0, 255)
    cx, cy = round(0.4 * 639 + 0.1 * 480), round(0.55 * 479)
    assert tuple(out[cy, cx]) == (0, 255, 0)


def test_render_accepts_a_read_only_frame() -> None:
    photo = demo_frame(0, size=(320, 240))
    photo.flags.writeable = False
    out = render(photo, [Circle(0.5, 0.5, 0.2)])
    assert out.flags.writeable


def test_chinese_note_is_drawn_as_glyphs() -> None:
    assert find_cjk_font() is not None, "install fonts-wqy-microhei"
    blank = np.full((480, 640, 3), 128, np.uint8)
    one = render(blank, [Note(0.0, 0.0, "划痕", colour="#000000")])
    other = render(blank, [Note(0.0, 0.0, "凹陷", colour="#000000")])
    label = one[:60, :120]
    # White ink on the black label: real strokes (a missing glyph would be an empty box or
    # nothing), and different characters give different ink.
    ink = (label > 180).all(axis=2).sum()
    assert 60 < ink < label.shape[0] * label.shape[1] // 3
    assert (label < 20).all(axis=2).sum() > ink  # mostly label background around the strokes
    assert not np.array_equal(one, other)


def test_note_at_the_edge_stays_inside() -> None:
    blank = np.zeros((100, 200, 3), np.uint8)
    out = render(blank, [Note(1.0, 1.0, "bottom right", colour="#FFFFFF")])
    assert (out[-1, -1] == 255).all()  # the label was moved in, up to the corner
