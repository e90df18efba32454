"""Helpers the reception pages share: widget naming, combo keys, counted worker calls and the
camera setting key. The pages themselves are handed the one `AppState` (app/ui/state.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLabel, QStyledItemDelegate, QWidget

from app.domain.errors import UserError
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.ui.state import AppState


CAMERA_KEY = "reception/camera"
"""QSettings key of the camera source spec: device:0, rtsp://…, http://…, file:/clip.mp4.
Empty means the bundled demo clip (a new user can try intake without a camera)."""


def camera_setting() -> str:
    """The workstation's camera spec (QSettings `reception/camera`), empty = the demo clip."""
    from PySide6.QtCore import QSettings

    return str(QSettings().value(CAMERA_KEY, "") or "")


CONTEXT = "Reception"
"""The Qt Linguist context of every reception text (resources/translations/*.ts)."""


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under a name lupdate extracts: write the literal call
    `translate("Reception", "English source")` so the text lands in the catalogue."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def fill(text: str, *values: object) -> str:
    """Qt's %1, %2 … placeholders filled in order."""
    for number, value in reversed(list(enumerate(values, 1))):
        text = text.replace(f"%{number}", str(value))
    return text


def set_tone(label: QWidget, tone: str) -> None:
    """Colour a message by its meaning (resources/theme.qss `QLabel[tone=…]`); "" = plain."""
    label.setProperty("tone", tone)
    label.style().unpolish(label)
    label.style().polish(label)


def touch_popups(page: QWidget) -> None:
    """Drop-down rows of 48 px on every combo box of `page` (issue 7 item 9). The popup is a
    window of its own, out of reach of the page's style-sheet selectors, and the default
    menu-like delegate ignores `::item` sizes: each popup view is marked `touch="true"`
    (resources/theme.qss) and drawn by a style-aware delegate."""
    for combo in page.findChildren(QComboBox):
        view = combo.view()
        view.setProperty("touch", True)
        combo.setItemDelegate(QStyledItemDelegate(combo))


def key_of(combo: QComboBox, default: str = "") -> str:
    """The current item's key: items carry non-empty str keys, and an empty combo gives
    `default` (PySide6 6.12 mishandled empty or bool QVariants; 6.11.3 is pinned, and str keys
    keep this code independent of that)."""
    index = combo.currentIndex()
    if index < 0:
        return default
    value = combo.itemData(index)
    return value if isinstance(value, str) and value else default


class CountedTasks:
    """Worker calls of a reception page, counted in `pending` (the workbench waits for them
    before it closes); a refusal is shown in the page's `status_label`, then
    `_after_failure()` lets the page restore its state."""

    state: AppState
    runner: TaskRunner
    status_label: QLabel
    pending: int = 0

    def _run(self, fn: Any, *args: Any, on_done: Any, **kwargs: Any) -> None:
        self.pending += 1

        def done(result: Any) -> None:
            self.pending -= 1
            on_done(result)

        def failed(err: UserError) -> None:
            self.pending -= 1
            self._error(err)
            self._after_failure()

        self.runner.run(fn, *args, on_done=done, on_error=failed, **kwargs)

    def _error(self, err: UserError) -> None:
        set_tone(self.status_label, "error")
        self.status_label.setText(err.message(self.state.lang))

    def _after_failure(self) -> None:
        """Nothing to restore by default."""
