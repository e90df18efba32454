"""Entry points of the desk screens on the advisor's and the manager's homes: three large
buttons (客户咨询, 值班表, 消息模板). The inquiries button carries the number of overdue
inquiries, so a P3 alert is visible from the home without opening anything."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QWidget

from app.domain.errors import UserError
from app.services import desk
from app.ui.desk.env import fill, tr
from app.ui.desk.window import PAGES
from app.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.services.dto import InquiryInfo
    from app.ui.desk.window import DeskWindow
    from app.ui.state import AppState

ALERT_REFRESH_MS = 30_000
ENTRY_TEXTS = {
    "inquiries": QT_TRANSLATE_NOOP("Desk", "Inquiries"),
    "roster": QT_TRANSLATE_NOOP("Desk", "Roster"),
    "templates": QT_TRANSLATE_NOOP("Desk", "Templates"),
}
"""Short labels on the homes' header: the English of the desk's page names did not fit
1366 px beside the home's own buttons (the buttons were cut to "ustomer inquirie")."""


class DeskEntryBar(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskEntryBar")
        self.state = state
        self.overdue = 0
        self.windows: list[DeskWindow] = []
        self._loading = False
        self._again = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for key, _text in PAGES:
            button = QPushButton()
            button.setObjectName(f"deskEntry_{key}")
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _checked=False, page=key: self.open(page))
            layout.addWidget(button)
            self.buttons[key] = button
        self.timer = QTimer(self)
        self.timer.setInterval(ALERT_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.retranslate()

    def open(self, page: str) -> DeskWindow | None:
        """Ask the main window for the desk page on `page` (AppState.open_desk_requested).
        Without a main window hosting the desk, show it as one window, raised when asked
        again (never a second copy)."""
        if self.state.receivers(SIGNAL("open_desk_requested(QString)")) > 0:
            self.state.open_desk_requested.emit(page)
            return None
        from app.ui.desk import open_desk

        if self.windows:
            window = self.windows[0]
            window.go(page)
            window.raise_()
            window.activateWindow()
            return window
        window = open_desk(self.window(), self.state, page=page)  # type: ignore[arg-type]
        window.inquiries.changed.connect(self.refresh)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))
        self.windows.append(window)
        return window

    def _forget(self, window: DeskWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def retranslate(self) -> None:
        for key, _text in PAGES:
            self.buttons[key].setText(tr(ENTRY_TEXTS[key]))
        if self.overdue:
            self.buttons["inquiries"].setText(
                fill(
                    QCoreApplication.translate("Desk", "Inquiries · %1 overdue"),
                    self.overdue,
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        if self.state.ctx is None:
            return
        if self._loading:
            self._again = True  # a reply landed after the running read started
            return
        self._loading = True
        self._again = False
        self.state.runner.run(
            desk.inquiry_alerts, self.state.ctx, on_done=self._alerts, on_error=self._failed
        )

    def busy(self) -> bool:
        return self._loading

    def _alerts(self, alerts: list[InquiryInfo]) -> None:
        self._loading = False
        if self._again:
            self.refresh()
        self.overdue = len(alerts)
        button = self.buttons["inquiries"]
        button.setProperty("alert", bool(alerts))
        button.style().unpolish(button)
        button.style().polish(button)
        self.retranslate()

    def _failed(self, _err: UserError) -> None:
        self._loading = False


def add_entry_buttons(home: QWidget, state: AppState) -> DeskEntryBar:
    """Put the desk buttons in a home's header row (or on top when it has none)."""
    bar = DeskEntryBar(state, home)
    header = getattr(getattr(home, "ui", None), "headerLayout", None)
    if isinstance(header, QBoxLayout):
        header.insertWidget(1, bar)
    else:
        layout = home.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, bar)
    return bar
