"""Small item models over lists of frozen DTOs, and live SLA countdowns.

Home screens hold at most a few hundred rows, so they keep a list; the case search uses the
lazy `CaseSearchModel` in search.py instead. SLA columns are recomputed from the due time on
each tick of a timer (no re-query): `RecordTableModel.tick` repaints only the live columns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from typing_extensions import TypeVar

from app.domain.sla import RULES_BY_ID, SlaStatus
from app.ui.i18n import countdown, sla_rule_label, sla_rule_short
from app.ui.widgets import KEY_ROLE

if TYPE_CHECKING:
    from app.services.dto import SlaInfo

__all__ = ["KEY_ROLE", "Column", "RecordTableModel"]


ACTIVE = (SlaStatus.RUNNING, SlaStatus.DUE_SOON, SlaStatus.OVERDUE)

TONES: dict[str, tuple[str, str]] = {
    # tone -> (background, foreground); readable on a bright bay monitor.
    SlaStatus.OVERDUE: ("#fde2e1", "#a61b1b"),
    SlaStatus.MISSED: ("#fde2e1", "#a61b1b"),
    SlaStatus.DUE_SOON: ("#fff1cc", "#7a5200"),
    SlaStatus.MET: ("#e3f4e5", "#1d6b2a"),
    "urgent": ("#fde2e1", "#a61b1b"),
}


def live_status(sla: SlaInfo, now: datetime) -> SlaStatus:
    """The status at `now` of a clock evaluated at query time: a running clock turns due-soon
    and overdue by itself as time passes, with the rule's own warning window."""
    if sla.status not in (SlaStatus.RUNNING, SlaStatus.DUE_SOON) or sla.due is None:
        return sla.status
    if now > sla.due:
        return SlaStatus.OVERDUE
    rule = RULES_BY_ID.get(sla.rule)
    if rule is not None and now >= sla.due - rule.due_soon:
        return SlaStatus.DUE_SOON
    return SlaStatus.RUNNING


def most_pressing(slas: Sequence[SlaInfo], now: datetime) -> SlaInfo | None:
    """The running clock that falls due first (the one a countdown column shows)."""
    running = [s for s in slas if s.due is not None and live_status(s, now) in ACTIVE]
    return min(running, key=lambda s: s.due or now, default=None)


def sla_text(slas: Sequence[SlaInfo], now: datetime) -> str:
    sla = most_pressing(slas, now)
    if sla is None:
        return ""
    return f"{sla_rule_short(sla.rule)} {countdown(sla.due, now)}"


def sla_tone(slas: Sequence[SlaInfo], now: datetime) -> str | None:
    sla = most_pressing(slas, now)
    return None if sla is None else live_status(sla, now)


def sla_tooltip(slas: Sequence[SlaInfo], now: datetime) -> str:
    return "\n".join(
        f"{sla_rule_label(s.rule)}: {countdown(s.due, now)}" for s in slas if s.due is not None
    )


R = TypeVar("R", default=Any)
"""The record type of a table (a DTO or a tuple of them): columns and callers are checked
against it, so a screen never handles Any."""


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: `header` is marked with QT_TRANSLATE_NOOP("Columns", ...)."""

    header: str
    text: Callable[[R], str]
    live: bool = False
    tone: Callable[[R], str | None] | None = None
    tooltip: Callable[[R], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a list of records (frozen DTOs or tuples of them)."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        key: Callable[[R], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._key = key
        self._records: list[R] = []

    # -- Qt interface ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate("Columns", self._columns[section].header)
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == KEY_ROLE:
            return self._key(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record) or None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            tone = column.tone(record) if column.tone is not None else None
            if tone in TONES:
                background, foreground = TONES[tone]
                colour = background if role == Qt.ItemDataRole.BackgroundRole else foreground
                return QBrush(QColor(colour))
        return None

    # -- records ----------------------------------------------------------------------------
    def set_records(self, records: Sequence[R]) -> None:
        """Replace the rows; when the same ids come back in the same order only repaint, so
        the selection and scroll position survive a periodic refresh."""
        records = list(records)
        same = len(records) == len(self._records) and all(
            self._key(a) == self._key(b) for a, b in zip(records, self._records, strict=True)
        )
        if same:
            self._records = records
            if records:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(records) - 1, len(self._columns) - 1)
                )
            return
        self.beginResetModel()
        self._records = records
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._records[row]

    def records(self) -> list[R]:
        return list(self._records)

    def key_at(self, row: int) -> str | None:
        """The id of the record at `row` (see widgets.key_of for why not data(KEY_ROLE))."""
        return self._key(self._records[row]) if 0 <= row < len(self._records) else None

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._records) if self._key(r) == key), -1)

    def retranslate(self) -> None:
        """Headers and cells are translated when asked: repaint them after a language change."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._records) - 1, len(self._columns) - 1)
            )

    def tick(self) -> None:
        """Repaint the live (countdown) columns only."""
        if not self._records:
            return
        for col, column in enumerate(self._columns):
            if column.live:
                self.dataChanged.emit(
                    self.index(0, col),
                    self.index(len(self._records) - 1, col),
                    [
                        Qt.ItemDataRole.DisplayRole,
                        Qt.ItemDataRole.BackgroundRole,
                        Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.ToolTipRole,
                    ],
                )
