"""The dispatch board's drag source (issue 8 item 1): a case list whose rows are dragged onto a
technician's lane as the case id (a QDrag with `CASE_MIME`). Promoted in forms/dispatch_board.ui."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

CASE_MIME = "application/x-servicebay-case"
"""What a dragged case carries: its id (UTF-8)."""


def case_id_of(mime: QMimeData) -> str | None:
    if not mime.hasFormat(CASE_MIME):
        return None
    return bytes(mime.data(CASE_MIME).data()).decode() or None


class CaseDragView(QTableView):
    """The waiting list: a case is dragged from here onto a technician's lane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)

    def drag_data(self) -> QMimeData | None:
        """The selected case as drag data (None when nothing is selected)."""
        selection = self.selectionModel()
        model = self.model()
        indexes = selection.selectedRows() if selection is not None else []
        if not indexes or model is None:
            return None
        return model.mimeData(indexes)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        data = self.drag_data()
        if data is None:
            return
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.exec(Qt.DropAction.MoveAction)
