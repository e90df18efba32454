"""The front desk as a page of the main window: customer inquiries (P3), the duty roster (P3)
and the message templates (A4, W4, W5), one sub-page each behind large buttons on the left.

The main window hosts one `DeskPage` (deleted on switch user and on the idle lock); the home
buttons ask for it through `AppState.open_desk_requested(page)`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QPushButton, QWidget

from app.ui.desk.env import tr
from app.ui.desk.inquiries import InquiriesPage
from app.ui.desk.roster import RosterPage
from app.ui.desk.templates import TemplatesPage
from app.ui.generated.ui_desk_page import Ui_DeskPageForm
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.widgets import retranslate_form, setup_form

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
        self.ui = Ui_DeskPageForm()
        setup_form(self.ui, self)
        self.inquiries = InquiriesPage(state)
        self.roster = RosterPage(state)
        self.templates = TemplatesPage(state)
        self.stack = self.ui.deskPages
        for page in (self.inquiries, self.roster, self.templates):
            self.stack.addWidget(page)
        self.page_buttons: dict[str, QPushButton] = {
            "inquiries": self.ui.inquiriesButton,
            "roster": self.ui.rosterButton,
            "templates": self.ui.templatesButton,
        }
        self.group = QButtonGroup(self)
        for number, (key, _text) in enumerate(PAGES):
            self.group.addButton(self.page_buttons[key], number)
        self.close_button: QPushButton = self.ui.deskCloseButton
        self.close_button.clicked.connect(self.close_requested)
        self.group.idClicked.connect(lambda number: self.go(PAGES[number][0]))
        self.go("inquiries")

    def go(self, page: str) -> None:
        keys = [key for key, _ in PAGES]
        number = keys.index(page) if page in keys else 0
        self.stack.setCurrentIndex(number)
        self.page_buttons[keys[number]].setChecked(True)
        self.setWindowTitle(tr(PAGES[number][1]))

    def page(self) -> str:
        return PAGES[self.stack.currentIndex()][0]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self.setWindowTitle(tr(PAGES[self.stack.currentIndex()][1]))
        super().changeEvent(event)

    def busy(self) -> bool:
        return any(p.pending for p in (self.inquiries, self.roster, self.templates))


DeskWindow = DeskPage
"""The former name (tests and the shell's switch-user cleanup find the page by it)."""
