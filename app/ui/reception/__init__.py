"""The reception bay (issue 3): appointment, arrival, intake with camera, estimate, printing
and the customer's signature, as one page of the main window: `ReceptionPage`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.ui.reception.workbench import ReceptionPage
    from app.ui.state import AppState

__all__ = ["ReceptionPage", "open_reception"]


def open_reception(parent: QWidget | None, state: AppState, case_id: str | None) -> ReceptionPage:
    """Compatibility until the main window hosts `ReceptionPage` as a page: one reception
    window per AppState, raised when asked again, sized for a 1366×768 screen and closed when
    the user changes (switch user, idle lock) or asks to leave."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.ui.reception.workbench import ReceptionPage

    page = next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ReceptionPage) and w.state is state and w.isVisible()
        ),
        None,
    )
    if page is None:
        page = ReceptionPage(state, parent)
        page.setWindowFlag(Qt.WindowType.Window, True)
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        page.resize(1366, 700)
        page.close_requested.connect(page.close)
        state.actor_changed.connect(page.close)
    page.open_case(case_id)
    page.show()
    page.raise_()
    page.activateWindow()
    return page


def __getattr__(name: str) -> Any:
    # Imported on first use: the reception's modules (OpenCV, the camera) stay off start-up.
    if name == "ReceptionPage":
        from app.ui.reception.workbench import ReceptionPage

        return ReceptionPage
    raise AttributeError(name)
