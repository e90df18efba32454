"""Small helpers every screen uses on its Designer widgets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record's id (case id, staff id…): views select and open by id, never by row."""


def key_of(index: QModelIndex | QPersistentModelIndex) -> str | None:
    """The record id at `index`, asked of our model in Python.

    No QVariant round trip per row: PySide6 6.12.0 on Python 3.11 dropped a reference to None
    on every invalid QVariant handed back to Python (the interpreter aborted after a few
    thousand; the project pins 6.11.3). Our models answer `key_at(row)` directly.
    """
    if not index.isValid():
        return None
    key_at = getattr(index.model(), "key_at", None)
    return key_at(index.row()) if key_at is not None else None


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


def fit_headers(view: QTableView) -> None:
    """Widens every column (but the stretched one) that is narrower than its header's text,
    in the language shown now ("知时间" was "告知时间" cut). Call again on a language change."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue
        hint = header.sectionSizeHint(column)
        if header.sectionSize(column) < hint:
            view.setColumnWidth(column, hint)


def fit_texts(view: QTableView, column: int, texts: Sequence[str]) -> None:
    """Widens `column` to show the widest of `texts` whole in the language shown now (every
    label a column can hold, such as the case states: "Ready for delivery" was "Ready for…").
    Call again on a language change."""
    view.ensurePolished()
    metrics = view.fontMetrics()
    needed = max((metrics.horizontalAdvance(text) for text in texts), default=0) + CELL_MARGIN
    if view.columnWidth(column) < needed:
        view.setColumnWidth(column, needed)


def fit_case_columns(view: QTableView, states: Sequence[str]) -> None:
    """A case list (app.ui.columns.case_columns): every header whole, and the state column
    wide enough for the label of each state it can show. Call again on a language change."""
    from app.ui.i18n import state_label

    fit_headers(view)
    fit_texts(view, 1, [state_label(state) for state in states])


CELL_MARGIN = 24
"""A cell's text margins and the grid line (the width a text needs beyond its own)."""


def selected_key(view: QTableView) -> str | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return key_of(rows[0]) if rows else None


def select_key(view: QTableView, key: str | None) -> bool:
    model = view.model()
    if key is None or model is None:
        return False
    for row in range(model.rowCount()):
        if key_of(model.index(row, 0)) == key:
            view.selectRow(row)
            return True
    return False


def show_error(label: QLabel, text: str) -> None:
    _show_as(label, "error", text)


def show_notice(label: QLabel, text: str) -> None:
    """A confirmation that an action was done (theme: QLabel[role="notice"])."""
    _show_as(label, "notice", text)


def _show_as(label: QLabel, role: str, text: str) -> None:
    if label.property("role") != role:
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


def center(label: QLabel) -> None:
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
