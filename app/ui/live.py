"""Keeps a screen current without re-querying more than needed: countdowns repaint every
second from the due times already loaded; the data is re-queried when the screen is shown,
at once after `AppState.case_changed` (an action in this app: see MainWindow._case_changed and
CaseDetailPage), and every 30 s only for what arrives from head-office sync, which announces
nothing. Hidden screens do nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.i18n import local_time
from app.ui.models import RecordTableModel

REFRESH_MS = 30_000
TICK_MS = 1_000


class LiveRefresh(QObject):
    """Drives `refresh` (a re-query on a worker) and the countdown ticks of `models`."""

    def __init__(
        self,
        widget: QWidget,
        refresh: Callable[[], None],
        models: Sequence[RecordTableModel],
        refresh_ms: int = REFRESH_MS,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self._models = tuple(models)
        self.loading = False
        self.pending = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(refresh_ms)
        self._refresh_timer.timeout.connect(self.refresh)
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(tick_ms)
        self._tick_timer.timeout.connect(self.tick)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget:
            if event.type() == QEvent.Type.Show:
                self.refresh()
                self._refresh_timer.start()
                self._tick_timer.start()
            elif event.type() == QEvent.Type.Hide:
                self._refresh_timer.stop()
                self._tick_timer.stop()
        return False

    def refresh(self) -> None:
        """Start a re-query unless one is in flight (then run once more when it lands)."""
        if self.loading:
            self.pending = True
            return
        if not self._widget.isVisible():
            # A hidden screen (or one whose person just logged out) re-queries when shown.
            self.pending = False
            return
        self.loading = True
        self._refresh()

    def landed(self, updated_label: QLabel | None, now: datetime) -> None:
        """Call when the re-query's result has been shown."""
        self.loading = False
        if updated_label is not None:
            updated_label.setText(
                self.tr("Updated %1").replace("%1", local_time(now) + f":{now.second:02d}")
            )
        if self.pending:
            self.pending = False
            self.refresh()

    def failed(self) -> None:
        self.loading = False
        self.pending = False

    def tick(self) -> None:
        for model in self._models:
            model.tick()
