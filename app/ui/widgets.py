"""Small helpers every screen uses on its Designer widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record's id (case id, staff id…): views select and open by id, never by row."""

ROW_HEIGHT = 48
"""Touch target height at the bay (gloves): every list row is at least this tall."""


def setup_form(ui: Any, widget: QWidget) -> None:
    """Build a generated Designer form on `widget` (the generated code is untyped)."""
    ui.setupUi(widget)


def retranslate_form(ui: Any, widget: QWidget) -> None:
    ui.retranslateUi(widget)


def setup_table(view: QTableView, model: QAbstractItemModel, stretch_column: int = -1) -> None:
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(150)
    header.setStretchLastSection(stretch_column < 0)
    if stretch_column >= 0:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


def set_widths(view: QTableView, widths: dict[int, int]) -> None:
    for column, width in widths.items():
        view.setColumnWidth(column, width)


def selected_key(view: QTableView) -> str | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    key = rows[0].data(KEY_ROLE)
    return str(key) if key is not None else None


def select_key(view: QTableView, key: str | None) -> bool:
    model = view.model()
    if key is None or model is None:
        return False
    for row in range(model.rowCount()):
        if model.index(row, 0).data(KEY_ROLE) == key:
            view.selectRow(row)
            return True
    return False


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def center(label: QLabel) -> None:
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
