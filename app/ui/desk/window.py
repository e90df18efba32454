"""The front-desk window: customer inquiries (P3), the duty roster (P3) and the message
templates (A4, W4, W5), one page each behind large buttons on the left."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.desk.env import DeskEnv, named, tr
from app.ui.desk.inquiries import InquiriesPage
from app.ui.desk.roster import RosterPage
from app.ui.desk.templates import TemplatesPage
from app.ui.i18n import QT_TRANSLATE_NOOP

PAGES = (
    ("inquiries", QT_TRANSLATE_NOOP("Desk", "Customer inquiries")),
    ("roster", QT_TRANSLATE_NOOP("Desk", "Duty roster")),
    ("templates", QT_TRANSLATE_NOOP("Desk", "Message templates")),
)


class DeskWindow(QWidget):
    def __init__(self, env: DeskEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskWindow")
        self.env = env
        self.inquiries = InquiriesPage(env)
        self.roster = RosterPage(env)
        self.templates = TemplatesPage(env)
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
        self.setWindowTitle(tr(PAGES[self.stack.currentIndex()][1]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def busy(self) -> bool:
        return any(p.pending for p in (self.inquiries, self.roster, self.templates))
