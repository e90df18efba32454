"""What every desk screen is handed (no globals): the workstation, who acts, the task runner
for database work off the GUI thread, and the dialogs service; plus small shared helpers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from app.domain.roles import Action, allowed
from app.ui.desk.i18n import language, tr, tr_n
from app.ui.dialogs import Dialogs
from app.ui.models import Column, RecordTableModel
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from app.services.context import Actor, ServiceContext

W = TypeVar("W", bound=QWidget)


def N_(text: str) -> str:
    """Marks a source text translated later with tr() (column headers, combo items); the
    i18n test collects these like tr() calls."""
    return text


TOUCH_STYLE = """
QPushButton { min-height: 48px; padding: 0 14px; }
QLineEdit, QComboBox, QDateTimeEdit { min-height: 44px; }
QCheckBox { min-height: 44px; }
QCheckBox::indicator { width: 26px; height: 26px; }
QPushButton:checked { background: #1a62d6; color: white; }
QPushButton#pageButton { min-height: 64px; text-align: left; font-size: 15px; }
QPushButton#pageButton:checked { background: #1a62d6; color: white; }
QPushButton#chip { min-height: 40px; border-radius: 18px; padding: 0 12px;
    background: #eef2f7; border: 1px solid #c5cfdc; }
QLabel#alertBanner { background: #fde2e1; color: #a61b1b; font-weight: bold; padding: 8px; }
QLabel#dutyNow { background: #e3f4e5; color: #1d6b2a; padding: 8px; }
QLabel#errorLabel { color: #a61b1b; }
QLabel#previewBubble { background: #e9f7e9; border: 1px solid #b9dcb9; border-radius: 10px;
    padding: 12px; font-size: 14px; }
QLabel#previewBubble[refused="true"] { background: #fde2e1; border-color: #e8a3a3;
    color: #a61b1b; }
"""


@dataclass
class DeskEnv:
    ctx: ServiceContext
    actor: Actor
    runner: TaskRunner
    dialogs: Dialogs

    @property
    def lang(self) -> str:
        return language()

    def may(self, action: Action) -> bool:
        return allowed(self.actor.roles, action)

    def now(self) -> datetime:
        return self.ctx.now()


def named(widget: W, name: str) -> W:
    """A widget with its objectName (tests and the style sheet find widgets by name)."""
    widget.setObjectName(name)
    return widget


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
    """'剩余 12:05' / '超时 3:10' with hours when long."""
    if due is None:
        return ""
    seconds = int((due - now).total_seconds())
    late = seconds < 0
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    span = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return tr_n("%1 overdue", span) if late else tr_n("%1 left", span)


def day_text(moment: datetime) -> str:
    return tr_n("%1 %2", moment.strftime("%m-%d"), tr(WEEKDAYS[moment.weekday()]))


WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
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
