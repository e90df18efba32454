"""Drawing surfaces of the reception bay: markup over a damage photo (arrow, circle, note,
kept as data over the untouched original) and the customer's signature pad (strokes as
vectors plus a PNG picture)."""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.media import markup as markup_data

Stroke = list[tuple[float, float]]


class MarkupCanvas(QWidget):
    """A photo with markup drawn over it. `tool` is "arrow", "circle" or "note"; drag to draw
    an arrow (tail to head) or a circle (centre to rim), tap to place a note (`note_text`).

    Signals: markup_changed() after a shape was added, undone or cleared.
    """

    markup_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markupCanvas")
        self.pixmap = QPixmap()
        self.shapes: list[markup_data.Markup] = []
        self.tool = "arrow"
        self.note_text = ""
        self._start: QPointF | None = None
        self._now: QPointF | None = None
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    def set_photo(self, pixmap: QPixmap, shapes: tuple[markup_data.Markup, ...] = ()) -> None:
        self.pixmap = pixmap
        self.shapes = list(shapes)
        self.update()

    def to_json(self) -> str:
        return markup_data.to_json(self.shapes)

    def undo(self) -> None:
        if self.shapes:
            self.shapes.pop()
            self.update()
            self.markup_changed.emit()

    def _photo_rect(self) -> QRectF:
        if self.pixmap.isNull():
            return QRectF(self.rect())
        size = self.pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF(
            (self.width() - size.width()) / 2,
            (self.height() - size.height()) / 2,
            size.width(),
            size.height(),
        )

    def _norm(self, point: QPointF) -> tuple[float, float]:
        rect = self._photo_rect()
        x = (point.x() - rect.x()) / max(1.0, rect.width())
        y = (point.y() - rect.y()) / max(1.0, rect.height())
        return min(1.0, max(0.0, x)), min(1.0, max(0.0, y))

    def _px(self, x: float, y: float) -> QPointF:
        rect = self._photo_rect()
        return QPointF(rect.x() + x * rect.width(), rect.y() + y * rect.height())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._start = self._now = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self._now = event.position()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is None or self.pixmap.isNull():
            return
        x1, y1 = self._norm(self._start)
        x2, y2 = self._norm(event.position())
        self._start = self._now = None
        shape: markup_data.Markup | None = None
        if self.tool == "note":
            if self.note_text.strip():
                shape = markup_data.Note(x=x2, y=y2, text=self.note_text.strip()[:200])
        elif math.hypot(x2 - x1, y2 - y1) > 0.02:
            if self.tool == "arrow":
                shape = markup_data.Arrow(x1=x1, y1=y1, x2=x2, y2=y2)
            else:
                rect = self._photo_rect()
                shorter = min(rect.width(), rect.height())
                radius = math.hypot((x2 - x1) * rect.width(), (y2 - y1) * rect.height())
                shape = markup_data.Circle(x=x1, y=y1, radius=min(1.0, radius / shorter))
        if shape is not None:
            self.shapes.append(shape)
            self.markup_changed.emit()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#20242a"))
        rect = self._photo_rect()
        if not self.pixmap.isNull():
            painter.drawPixmap(rect.toRect(), self.pixmap)
        shorter = min(rect.width(), rect.height())
        for shape in self.shapes:
            pen = QPen(QColor(shape.colour), max(2.0, shorter / 120))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if isinstance(shape, markup_data.Arrow):
                tail, head = self._px(shape.x1, shape.y1), self._px(shape.x2, shape.y2)
                painter.drawLine(tail, head)
                angle = math.atan2(head.y() - tail.y(), head.x() - tail.x())
                size = shorter / 25
                for turn in (2.6, -2.6):
                    painter.drawLine(
                        head,
                        QPointF(
                            head.x() + size * math.cos(angle + turn),
                            head.y() + size * math.sin(angle + turn),
                        ),
                    )
            elif isinstance(shape, markup_data.Circle):
                radius = shape.radius * shorter
                painter.drawEllipse(self._px(shape.x, shape.y), radius, radius)
            else:
                at = self._px(shape.x, shape.y)
                metrics = painter.fontMetrics()
                box = QRectF(
                    at.x(), at.y(), metrics.horizontalAdvance(shape.text) + 12, metrics.height() + 6
                )
                painter.fillRect(box, QColor(shape.colour))
                painter.setPen(QColor("#ffffff"))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shape.text)
        if self._start is not None and self._now is not None and self.tool != "note":
            painter.setPen(QPen(QColor("#ffd54f"), 2, Qt.PenStyle.DashLine))
            painter.drawLine(self._start, self._now)
        painter.end()


class SignaturePad(QWidget):
    """The customer signs with a finger or stylus. Strokes are kept as vectors normalized to
    the pad (0..1) and rendered to a PNG for the record.

    Signals: signature_changed() — strokes were added or cleared (ask `has_signature`).
    No bool argument: PySide6 6.12 mis-counts references of bools passed through Python
    signals (see env.key_of).
    """

    signature_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.strokes: list[Stroke] = []
        self.setMinimumSize(420, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)

    def sizeHint(self) -> QSize:
        return QSize(640, 200)

    def has_signature(self) -> bool:
        return any(len(s) > 1 for s in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self.update()
        self.signature_changed.emit()

    def _norm(self, point: QPointF) -> tuple[float, float]:
        return (
            min(1.0, max(0.0, point.x() / max(1, self.width()))),
            min(1.0, max(0.0, point.y() / max(1, self.height()))),
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.strokes.append([self._norm(event.position())])
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.strokes:
            self.strokes[-1].append(self._norm(event.position()))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.strokes:
            self.strokes[-1].append(self._norm(event.position()))
        self.update()
        self.signature_changed.emit()

    def _paint_strokes(self, painter: QPainter, width: float, height: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(
                QColor("#10204a"),
                max(2.0, height / 60),
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        for stroke in self.strokes:
            path = QPainterPath()
            path.moveTo(stroke[0][0] * width, stroke[0][1] * height)
            for x, y in stroke[1:]:
                path.lineTo(x * width, y * height)
            painter.drawPath(path)

    def png_bytes(self, size: QSize | None = None) -> bytes:
        """The signature as a PNG (white background), rendered from the vectors."""
        size = size or QSize(800, 250)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        self._paint_strokes(painter, size.width(), size.height())
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QPen(QColor("#9aa3af"), 1, Qt.PenStyle.DashLine))
        baseline = self.height() * 0.78
        painter.drawLine(QPointF(16, baseline), QPointF(self.width() - 16, baseline))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        self._paint_strokes(painter, self.width(), self.height())
        painter.end()
