"""The front desk as a page of the main window: customer inquiries (P3), the duty roster (P3)
and the message templates (A4, W4, W5), one sub-page each behind large buttons on the left.

The main window hosts one `DeskPage` (deleted on switch user and on the idle lock); the home
buttons ask for it through `AppState.open_desk_requested(page)`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.desk.env import named, tr
from app.ui.desk.inquiries import InquiriesPage
from app.ui.desk.roster import RosterPage
from app.ui.desk.templates import TemplatesPage
from app.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.ui.state import AppState

PAGES = (
    ("inquiries", QT_TRANSLATE_NOOP("Desk", "Customer inquiries")),
    ("roster", QT_TRANSLATE_NOOP("Desk", "Duty roster")),
    ("templates", QT_TRANSLATE_NOOP("Desk", "Message templates")),
)


class DeskPage(QWidget):
    """Signals: close_requested() when the person leaves the desk (back to the home)."""

    close_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskWindow")
        self.state = state
        self.inquiries = InquiriesPage(state)
        self.roster = RosterPage(state)
        self.templates = TemplatesPage(state)
        self.stack = named(QStackedWidget(), "deskPages")
        for page in (self.inquiries, self.roster, self.templates):
            self.stack.addWidget(page)
        self.group = QButtonGroup(self)
        self.page_buttons: dict[str, QPushButton] = {}
        nav = QVBoxLayout()
        for number, (key, _text) in enumerate(PAGES):
            button = named(QPushButton(), "pageButton")
            button.setCheckable(True)
            button.setMinimumWidth(170)
            self.group.addButton(button, number)
            self.page_buttons[key] = button
            nav.addWidget(button)
        nav.addStretch(1)
        self.close_button = named(QPushButton(), "deskCloseButton")
        self.close_button.clicked.connect(self.close_requested)
        nav.addWidget(self.close_button)
        layout = QHBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.stack, 1)
        self.group.idClicked.connect(lambda number: self.go(PAGES[number][0]))
        self.go("inquiries")
        self.retranslate()

    def go(self, page: str) -> None:
        keys = [key for key, _ in PAGES]
        number = keys.index(page) if page in keys else 0
        self.stack.setCurrentIndex(number)
        self.page_buttons[keys[number]].setChecked(True)
        self.setWindowTitle(tr(PAGES[number][1]))

    def page(self) -> str:
        return PAGES[self.stack.currentIndex()][0]

    def retranslate(self) -> None:
        for key, text in PAGES:
            self.page_buttons[key].setText(tr(text))
        self.close_button.setText(QCoreApplication.translate("Desk", "Back to home"))
        self.setWindowTitle(tr(PAGES[self.stack.currentIndex()][1]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def busy(self) -> bool:
        return any(p.pending for p in (self.inquiries, self.roster, self.templates))


DeskWindow = DeskPage
"""The former name (tests and the shell's switch-user cleanup find the page by it)."""
