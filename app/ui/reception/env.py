"""What every reception screen is handed (no globals): the workstation, who acts, the task
runner for I/O off the GUI thread, the dialogs service and the camera setting."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

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
