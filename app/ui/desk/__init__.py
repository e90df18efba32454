"""The front desk's after-hours and messaging screens (issue 3, P3 and A4): customer
inquiries with their reply clocks, the duty roster, the message templates.

`DeskPage(state, parent)` is a page of the main window (`go(page)`, `close_requested()`);
`open_desk` shows one as a window of its own only when no main window hosts the desk."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.ui.desk.window import DeskPage
    from app.ui.state import AppState

Page = Literal["inquiries", "roster", "templates"]
SIZE = (1366, 700)
"""The central area of a 1366×768 screen: the page fits it in both languages."""

__all__ = ["DeskPage", "Page", "open_desk"]


def __getattr__(name: str) -> object:
    # Imported lazily: the homes import this package before the desk screens are needed.
    if name == "DeskPage":
        from app.ui.desk.window import DeskPage

        return DeskPage
    raise AttributeError(name)


def open_desk(parent: QWidget | None, state: AppState, page: Page = "inquiries") -> DeskPage:
    """Show the desk on `page` in a window of its own (closed by its back button, deleted on
    close). Only for when no main window hosts the desk page (tests, a bare home)."""
    from app.ui.desk.window import DeskPage

    window = DeskPage(state, parent)
    window.setWindowFlag(Qt.WindowType.Window, True)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.close_requested.connect(window.close)
    window.resize(*SIZE)
    window.go(page)
    window.show()
    return window
