"""What every reception screen is handed (no globals): the workstation, who acts, the task
runner for I/O off the GUI thread, the dialogs service and the camera setting."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QWidget

from app.domain.errors import UserError
from app.ui.dialogs import Dialogs
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.services.context import Actor, ServiceContext

W = TypeVar("W", bound=QWidget)

CAMERA_KEY = "reception/camera"
"""QSettings key of the camera source spec: device:0, rtsp://…, http://…, file:/clip.mp4.
Empty means the bundled demo clip (a new user can try intake without a camera)."""


class ReceptionDialogs(Dialogs):
    """Modal file and printer dialogs of the reception bay; tests pass a subclass that answers
    at once (a printer that writes PDF, a file chooser that returns a prepared photo)."""

    def open_image(self, parent: QWidget | None, title: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, title, "", "Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)"
        )
        return Path(name) if name else None

    def print_pdf(self, parent: QWidget | None, pdf: Path) -> bool:
        """Send the PDF to a printer chosen in the system print dialog."""
        from app.ui.reception.printing import print_with_dialog

        return print_with_dialog(parent, pdf)


@dataclass
class ReceptionEnv:
    ctx: ServiceContext
    actor: Actor
    runner: TaskRunner
    dialogs: Dialogs
    camera_spec: str = ""

    @property
    def lang(self) -> str:
        return self.ctx.lang

    def reception_dialogs(self) -> ReceptionDialogs:
        if isinstance(self.dialogs, ReceptionDialogs):
            return self.dialogs
        return ReceptionDialogs()


def named(widget: W, name: str) -> W:
    """A widget with its objectName (tests and the style sheet find widgets by name)."""
    widget.setObjectName(name)
    return widget


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

    env: ReceptionEnv
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

        self.env.runner.run(fn, *args, on_done=done, on_error=failed, **kwargs)

    def _error(self, err: UserError) -> None:
        self.status_label.setStyleSheet("color:#b3261e;")
        self.status_label.setText(err.message(self.env.lang))

    def _after_failure(self) -> None:
        """Nothing to restore by default."""
