"""The intake diagrams (I1 b): a vehicle seen from above and an appliance seen from the front,
drawn with QPainter, each zone a large tap target. Tapping a zone selects it for a damage
mark; zones already marked are tinted and show how many marks they carry."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.reception.env import translate

Rect = tuple[float, float, float, float]


def _mirror(rect: Rect) -> Rect:
    x, y, w, h = rect
    return (1 - x - w, y, w, h)


_LEFT: dict[str, Rect] = {
    "left_front_fender": (0.20, 0.09, 0.09, 0.16),
    "left_front_door": (0.20, 0.27, 0.10, 0.20),
    "left_rear_door": (0.20, 0.47, 0.10, 0.20),
    "left_rear_fender": (0.20, 0.69, 0.09, 0.18),
    "left_mirror": (0.08, 0.25, 0.12, 0.05),
}
VEHICLE_ZONES: list[tuple[str, Rect]] = [
    ("front_bumper", (0.24, 0.01, 0.52, 0.07)),
    ("hood", (0.29, 0.09, 0.42, 0.15)),
    ("windshield", (0.31, 0.25, 0.38, 0.08)),
    ("roof", (0.31, 0.34, 0.38, 0.27)),
    ("interior", (0.31, 0.62, 0.38, 0.07)),
    ("trunk", (0.29, 0.70, 0.42, 0.17)),
    ("rear_bumper", (0.24, 0.88, 0.52, 0.07)),
    *_LEFT.items(),
    *((name.replace("left", "right"), _mirror(rect)) for name, rect in _LEFT.items()),
    ("wheels", (0.09, 0.11, 0.10, 0.11)),
    ("wheels", (0.81, 0.11, 0.10, 0.11)),
    ("wheels", (0.09, 0.72, 0.10, 0.11)),
    ("wheels", (0.81, 0.72, 0.10, 0.11)),
]
APPLIANCE_ZONES: list[tuple[str, Rect]] = [
    ("back", (0.80, 0.00, 0.18, 0.07)),
    ("top", (0.16, 0.02, 0.62, 0.07)),
    ("display", (0.22, 0.12, 0.56, 0.10)),
    ("door", (0.28, 0.34, 0.44, 0.34)),
    ("front_panel", (0.18, 0.10, 0.64, 0.78)),
    ("left_side", (0.04, 0.10, 0.12, 0.78)),
    ("right_side", (0.84, 0.10, 0.12, 0.78)),
    ("base", (0.16, 0.90, 0.68, 0.08)),
]
ZONE_NAMES = {
    "front_bumper": "Front bumper",
    "hood": "Hood",
    "roof": "Roof",
    "trunk": "Trunk",
    "rear_bumper": "Rear bumper",
    "left_front_door": "Left front door",
    "left_rear_door": "Left rear door",
    "right_front_door": "Right front door",
    "right_rear_door": "Right rear door",
    "left_front_fender": "Left front fender",
    "right_front_fender": "Right front fender",
    "left_rear_fender": "Left rear fender",
    "right_rear_fender": "Right rear fender",
    "windshield": "Windshield",
    "left_mirror": "Left mirror",
    "right_mirror": "Right mirror",
    "wheels": "Wheels",
    "interior": "Interior",
    "front_panel": "Front panel",
    "top": "Top",
    "left_side": "Left side",
    "right_side": "Right side",
    "back": "Back",
    "door": "Door",
    "display": "Display",
    "base": "Base",
}
SHORT = {
    "left_front_door": "Door",
    "left_rear_door": "Door",
    "right_front_door": "Door",
    "right_rear_door": "Door",
    "left_front_fender": "Fender",
    "right_front_fender": "Fender",
    "left_rear_fender": "Fender",
    "right_rear_fender": "Fender",
    "left_mirror": "Mirror",
    "right_mirror": "Mirror",
    "wheels": "Wheel",
}


def _fits(font: QFont, rect: QRectF, flags: int, text: str) -> bool:
    needed = QFontMetricsF(font).boundingRect(rect.adjusted(1, 1, -1, -1), flags, text)
    return needed.width() <= rect.width() - 2 and needed.height() <= rect.height()


def fit_label(
    font: QFont, rect: QRectF, name: str, marked: int = 0
) -> tuple[str, QFont, int, bool]:
    """A zone's label, its type, flags and whether it runs upwards: never cut and never
    broken inside a word (English "Wheel" was drawn "Whe el"). Smaller type first, wrapping
    at spaces; then the mark count on a line of its own; then, in a tall narrow zone (a
    fender seen from above), the label turned to run upwards; at the smallest type a label
    still too wide is drawn unclipped, whole, a little beyond its zone."""
    wrap = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    texts = [f"{name} ●{marked}", f"{name}\n●{marked}"] if marked else [name]
    upright = QRectF(0, 0, rect.height(), rect.width())
    turns = (False, True) if rect.height() > rect.width() else (False,)
    for turned in turns:
        for text in texts:
            fitted = QFont(font)
            while True:
                if _fits(fitted, upright if turned else rect, wrap, text):
                    return text, fitted, wrap, turned
                if fitted.pointSizeF() <= MIN_POINT_SIZE:
                    break
                fitted.setPointSizeF(max(MIN_POINT_SIZE, fitted.pointSizeF() - 0.5))
    return texts[-1], fitted, wrap | int(Qt.TextFlag.TextDontClip), turns[-1]


MIN_POINT_SIZE = 5.0
"""Smallest type of a zone label."""


def zone_name(zone: str) -> str:
    return translate("Reception", ZONE_NAMES.get(zone, zone))


TOUCH = 48.0
"""Smallest side of a zone's hit area in px."""


class ZoneDiagram(QWidget):
    """Signals: zone_tapped(str) — the zone code (reception.ZONES_VEHICLE / ZONES_APPLIANCE)."""

    zone_tapped = Signal(str)
    ASPECT = 1.55  # height / width of the drawing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "vehicle"
        self.selected = ""
        self.marks: dict[str, int] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 300)  # the drawing is as wide as its height allows
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(360, 540)

    def set_kind(self, kind: str) -> None:
        self.kind = "appliance" if kind == "appliance" else "vehicle"
        self.selected = ""
        self.update()

    def set_marks(self, marks: dict[str, int]) -> None:
        self.marks = dict(marks)
        self.update()

    def zones(self) -> list[tuple[str, Rect]]:
        return APPLIANCE_ZONES if self.kind == "appliance" else VEHICLE_ZONES

    def _frame(self) -> QRectF:
        w, h = float(self.width()), float(self.height())
        width = min(w, h / self.ASPECT)
        height = width * self.ASPECT
        return QRectF((w - width) / 2, (h - height) / 2, width, height)

    def zone_rect(self, zone: str) -> QRectF:
        frame = self._frame()
        for name, (x, y, w, h) in self.zones():
            if name == zone:
                return QRectF(
                    frame.x() + x * frame.width(),
                    frame.y() + y * frame.height(),
                    w * frame.width(),
                    h * frame.height(),
                )
        raise KeyError(zone)

    def zone_center(self, zone: str) -> QPoint:
        return self.zone_rect(zone).center().toPoint()

    def zone_at(self, point: QPointF) -> str:
        """The zone under a tap. Small zones (wheels, mirrors) are hit within a square of at
        least TOUCH px around their centre (issue 7 item 8: touch targets of 48 px); among
        zones whose hit area holds the point, the one drawn nearest wins."""
        best, best_distance = "", float("inf")
        for name, _ in self.zones():  # smaller zones come first: they win ties
            rect = self.zone_rect(name)
            grow_x = max(0.0, (TOUCH - rect.width()) / 2)
            grow_y = max(0.0, (TOUCH - rect.height()) / 2)
            if not rect.adjusted(-grow_x, -grow_y, grow_x, grow_y).contains(point):
                continue
            dx = max(rect.left() - point.x(), 0.0, point.x() - rect.right())
            dy = max(rect.top() - point.y(), 0.0, point.y() - rect.bottom())
            distance = dx * dx + dy * dy
            if distance < best_distance:
                best, best_distance = name, distance
        return best

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        zone = self.zone_at(event.position())
        if zone:
            self.selected = zone
            self.update()
            self.zone_tapped.emit(zone)
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = self._frame()
        painter.fillRect(self.rect(), QColor("#f6f7f9"))
        outline = QPainterPath()
        if self.kind == "vehicle":
            body = QRectF(
                frame.x() + 0.19 * frame.width(),
                frame.y() + 0.005 * frame.height(),
                0.62 * frame.width(),
                0.95 * frame.height(),
            )
            outline.addRoundedRect(body, body.width() * 0.25, body.width() * 0.25)
        else:
            outline.addRoundedRect(
                QRectF(
                    frame.x() + 0.15 * frame.width(),
                    frame.y() + 0.01 * frame.height(),
                    0.70 * frame.width(),
                    0.97 * frame.height(),
                ),
                10,
                10,
            )
        painter.setPen(QPen(QColor("#5b6573"), 2))
        painter.setBrush(QColor("#ffffff"))
        painter.drawPath(outline)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, frame.width() / 40))
        painter.setFont(font)
        # Large zones first so small ones (door on the panel) draw on top.
        for name, (x, y, w, h) in reversed(self.zones()):
            rect = QRectF(
                frame.x() + x * frame.width(),
                frame.y() + y * frame.height(),
                w * frame.width(),
                h * frame.height(),
            )
            marked = self.marks.get(name, 0)
            fill = QColor("#fde2e1") if marked else QColor("#eef2f7")
            if name == self.selected:
                fill = QColor("#d6e6ff")
            painter.setBrush(fill)
            pen = QPen(QColor("#1a62d6") if name == self.selected else QColor("#8792a2"))
            pen.setWidthF(2.5 if name == self.selected else 1.2)
            painter.setPen(pen)
            if name == "wheels":
                painter.drawRoundedRect(rect, 6, 6)
            elif name == "door" and self.kind == "appliance":
                painter.drawEllipse(rect)
            else:
                painter.drawRoundedRect(rect, 4, 4)
            text, fitted, flags, turned = fit_label(
                font,
                rect,
                translate("Reception", SHORT.get(name, ZONE_NAMES.get(name, name))),
                marked,
            )
            painter.setPen(QColor("#b3261e") if marked else QColor("#37404c"))
            painter.setFont(fitted)
            if turned:
                painter.save()
                painter.translate(rect.center())
                painter.rotate(-90)
                painter.drawText(
                    QRectF(-rect.height() / 2, -rect.width() / 2, rect.height(), rect.width()),
                    flags,
                    text,
                )
                painter.restore()
            else:
                painter.drawText(rect, flags, text)
            painter.setFont(font)
        painter.end()
