"""Printing a rendered PDF on a system printer: QtPdf renders each page at the printer's
resolution (QPrintDialog chooses the printer; the dialog is shown only through
Dialogs.print_pdf, so tests never open it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def print_to(printer: QPrinter, pdf: Path) -> int:
    """Paint every page of `pdf` on `printer`; returns the number of pages printed."""
    document = QPdfDocument()
    document.load(str(pdf))
    pages = document.pageCount()
    painter = QPainter()
    if pages <= 0 or not painter.begin(printer):
        return 0
    try:
        dpi = printer.resolution()
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
            image = document.render(page, size)
            target = painter.viewport()
            fitted = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(
                target.topLeft(),
                image.scaled(
                    fitted,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                ),
            )
    finally:
        painter.end()
    return pages


def print_with_dialog(parent: QWidget | None, pdf: Path) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return print_to(printer, pdf) > 0
