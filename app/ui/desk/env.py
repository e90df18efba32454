"""Small helpers the desk pages share: Linguist lookups in the "Desk" context, the reply
clock (the shell's countdown), combo keys and the table model with translated headers. The
pages get everything else from the one AppState."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox

from app.ui.i18n import QT_TRANSLATE_NOOP, countdown
from app.ui.models import Column, RecordTableModel

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence


CONTEXT = "Desk"


def tr(text: str) -> str:
    """A source text marked with QT_TRANSLATE_NOOP("Desk", ...), translated by Qt Linguist."""
    return QCoreApplication.translate(CONTEXT, text)


def fill(text: str, *values: object) -> str:
    """Qt's %1, %2 … placeholders filled in order."""
    for number, value in reversed(list(enumerate(values, 1))):
        text = text.replace(f"%{number}", str(value))
    return text


def key_of(combo: QComboBox, default: str = "") -> str:
    """The current item's str key (items carry non-empty str keys; see reception/env.py)."""
    index = combo.currentIndex()
    if index < 0:
        return default
    value = combo.itemData(index)
    return value if isinstance(value, str) and value else default


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, str]]) -> None:
    """(key, English source text) items, shown translated; keeps the current key."""
    current = key_of(combo)
    combo.clear()
    for key, text in items:
        combo.addItem(tr(text), key)
    index = combo.findData(current) if current else -1
    combo.setCurrentIndex(max(index, 0))


def clock_text(due: datetime | None, now: datetime) -> str:
    """'剩余 12:05' / '已超时 3:10': the shell's countdown (app/ui/i18n.py)."""
    return countdown(due, now)


def day_text(moment: datetime) -> str:
    return fill(
        QCoreApplication.translate("Desk", "%1 %2"),
        moment.strftime("%m-%d"),
        tr(WEEKDAYS[moment.weekday()]),
    )


WEEKDAYS = (
    QT_TRANSLATE_NOOP("Desk", "Mon"),
    QT_TRANSLATE_NOOP("Desk", "Tue"),
    QT_TRANSLATE_NOOP("Desk", "Wed"),
    QT_TRANSLATE_NOOP("Desk", "Thu"),
    QT_TRANSLATE_NOOP("Desk", "Fri"),
    QT_TRANSLATE_NOOP("Desk", "Sat"),
    QT_TRANSLATE_NOOP("Desk", "Sun"),
)
ONE_DAY = timedelta(days=1)


class DeskTableModel(RecordTableModel):
    """The shell's table model with headers from the desk's own translations."""

    def __init__(
        self,
        columns: Sequence[Column],
        key: Callable[[Any], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, key, parent)
        self._headers = tuple(c.header for c in columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return tr(self._headers[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
