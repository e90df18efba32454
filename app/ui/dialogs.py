"""The one place modal dialogs are shown (STYLE.md: tests replace it so they never hang).

Screens receive a `Dialogs` and call it; tests pass a subclass that records the calls and
answers without a nested event loop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.ui.widgets import setup_form


class CrashDialog(QDialog):
    def __init__(self, details: str, report: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Imported here: the crash dialog is rare and its form need not slow the start-up.
        from app.ui.generated.ui_crash_dialog import Ui_CrashDialogForm

        self.ui = Ui_CrashDialogForm()
        setup_form(self.ui, self)
        self.ui.detailsEdit.setPlainText(details)
        if report is not None:
            self.ui.reportLabel.setText(
                self.tr(
                    "A report was saved to %1. Please send it to your dealer's IT contact."
                ).replace("%1", str(report))
            )
        else:
            self.ui.reportLabel.setText(self.tr("The report could not be saved."))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.resize(720, 480)


class Dialogs:
    """Modal questions and notices. Each method blocks until the user answers."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def crash(self, parent: QWidget | None, details: str, report: Path | None) -> None:
        CrashDialog(details, report, parent).exec()

    def open_image(self, parent: QWidget | None, title: str) -> Path | None:
        """A photo file chosen by the user (the reception's scan of a signed page)."""
        name, _ = QFileDialog.getOpenFileName(
            parent, title, "", "Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)"
        )
        return Path(name) if name else None

    def print_pdf(self, parent: QWidget | None, pdf: Path) -> bool:
        """Send the PDF to a printer chosen in the system print dialog."""
        from app.ui.reception.printing import print_with_dialog

        return print_with_dialog(parent, pdf)
