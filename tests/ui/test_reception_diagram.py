"""The damage diagram as a touch target (issue 7 item 8): every zone is hit at its centre, and
the small outer zones (wheels, mirrors) are hit beyond their drawing, within 48 px."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from app.ui.reception.diagram import TOUCH, ZoneDiagram


@pytest.mark.parametrize("kind", ["vehicle", "appliance"])
def test_every_zone_is_hit_at_its_centre(qtbot: QtBot, kind: str) -> None:
    diagram = ZoneDiagram()
    qtbot.addWidget(diagram)
    diagram.set_kind(kind)
    diagram.resize(303, 300)  # its size on the reception page at 1366×700
    names = [name for name, _ in diagram.zones()]
    for index, name in enumerate(names):
        centre = diagram.zone_rect(name).center()
        # A zone drawn on top (the appliance door on its front panel) wins where it lies.
        on_top = [n for n in names[:index] if diagram.zone_rect(n).contains(centre)]
        assert diagram.zone_at(centre) == (on_top[0] if on_top else name)


def test_small_outer_zones_are_hit_beyond_their_drawing(qtbot: QtBot) -> None:
    diagram = ZoneDiagram()
    qtbot.addWidget(diagram)
    diagram.resize(303, 300)
    diagram.show()
    for name in ("left_mirror", "right_mirror"):
        rect = diagram.zone_rect(name)
        assert rect.width() < TOUCH  # drawn smaller than a finger
        outward = -1 if name.startswith("left") else 1
        edge = rect.left() if outward < 0 else rect.right()
        beyond = QPointF(edge + outward * (TOUCH - rect.width()) / 2 * 0.9, rect.center().y())
        assert diagram.zone_at(beyond) == name
    # A real tap just outside a wheel selects the wheel.
    wheel = diagram.zone_rect("wheels")
    tap = QPoint(int(wheel.left()) - 6, int(wheel.center().y()))
    with qtbot.waitSignal(diagram.zone_tapped) as tapped:
        qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=tap)
    assert tapped.args == ["wheels"]
