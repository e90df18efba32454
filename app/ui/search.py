"""Global case search: a lazy, ID-backed table model over services.queries.

The model knows only the number of matches (count_cases) and keeps a sliding cache of pages
(case_page), each fetched on a worker when the view first asks for one of its rows. It never
loads every row, so 200,000 cases scroll as fast as 20. Each new query bumps a generation;
answers of older queries are dropped when they land.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from app.domain.lifecycle import CaseState
from app.services.dto import CaseRow
from app.ui.columns import search_columns
from app.ui.generated.ui_search import Ui_SearchForm
from app.ui.models import KEY_ROLE
from app.ui.state import AppState
from app.ui.widgets import (
    fit_case_columns,
    key_of,
    retranslate_form,
    set_widths,
    setup_form,
    setup_table,
)

PAGE_SIZE = 100
MAX_PAGES = 30
"""The cache holds at most this many pages; the least recently used one is dropped."""


class CaseSearchModel(QAbstractTableModel):
    """Signals:

    counted(int): the number of matches of the current query.
    page_loaded(int): a page (by number) arrived and its rows repainted.
    """

    counted = Signal(int)
    page_loaded = Signal(int)

    def __init__(
        self, state: AppState, parent: QObject | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.page_size = page_size
        self._columns = search_columns()
        self._total = 0
        self._generation = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._filter: Any = None
        self.text = ""

    # -- queries -----------------------------------------------------------------------------
    def search(self, text: str) -> None:
        """Start a new query for `text` (order no., plate, VIN, phone or customer name)."""
        from app.services import queries

        self.text = text.strip()
        self._generation += 1
        self._filter = queries.CaseFilter(search=self.text)
        self.beginResetModel()
        self._total = 0
        self._pages.clear()
        self._pending.clear()
        self.endResetModel()
        generation = self._generation
        # Count and first page in parallel: the first rows show without waiting for the count.
        self._fetch_page(0)
        self.state.runner.run(
            queries.count_cases,
            self.state.require_ctx(),
            self._filter,
            on_done=lambda n: self._counted(generation, n),
        )

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._total = total
        self.endResetModel()
        self.counted.emit(total)

    def _fetch_page(self, page: int) -> None:
        from app.services import queries

        if page in self._pending or page in self._pages or self._filter is None:
            return
        self._pending.add(page)
        generation = self._generation
        self.state.runner.run(
            queries.case_page,
            self.state.require_ctx(),
            self._filter,
            page * self.page_size,
            self.page_size,
            on_done=lambda rows: self._page_arrived(generation, page, rows),
        )

    def _page_arrived(self, generation: int, page: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * self.page_size
        last = min(first + len(rows), self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))
        self.page_loaded.emit(page)

    def row(self, row: int) -> CaseRow | None:
        """The case at `row` if its page is cached; otherwise asks for the page."""
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            self._fetch_page(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def key_at(self, row: int) -> str | None:
        """The case id at `row` if its page is loaded (without asking for the page)."""
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        return rows[offset].id if rows is not None and offset < len(rows) else None

    def cached_pages(self) -> int:
        return len(self._pages)

    # -- Qt interface ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate("Columns", self._columns[section].header)
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, KEY_ROLE):
            return None
        case = self.row(index.row())
        if case is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self.tr("Loading…")
            return None
        if role == KEY_ROLE:
            return case.id
        return self._columns[index.column()].text(case)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._total:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._total - 1, len(self._columns) - 1)
            )


class SearchPage(QWidget):
    """Results of the global search box; Enter or double-click opens the case."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_SearchForm()
        setup_form(self.ui, self)
        self.model = CaseSearchModel(state, self)
        setup_table(self.ui.resultsView, self.model, stretch_column=3)
        set_widths(self.ui.resultsView, {0: 215, 1: 90, 2: 175, 4: 80, 5: 80, 6: 110, 7: 110})
        fit_case_columns(self.ui.resultsView, [state.value for state in CaseState])
        self.ui.resultsView.activated.connect(self._open)
        self.model.counted.connect(self._show_count)
        self.ui.resultCountLabel.setText("")

    def search(self, text: str) -> None:
        self.ui.resultCountLabel.setText(self.tr("Searching…"))
        self.model.search(text)

    def _show_count(self, total: int) -> None:
        if total == 0:
            # Say so: an empty table alone looks like a screen that did not load.
            text = self.model.text
            self.ui.resultCountLabel.setText(
                self.tr(
                    "No case matches “%1”. Check the spelling, or search by the last digits of the phone or plate."
                ).replace("%1", text)
                if text
                else self.tr("No cases yet.")
            )
            return
        self.ui.resultCountLabel.setText(self.tr("%n case(s)", "", total))
        if total and not self.ui.resultsView.currentIndex().isValid():
            self.ui.resultsView.setCurrentIndex(self.model.index(0, 0))

    def _open(self, index: QModelIndex) -> None:
        key = key_of(index)
        if key:
            self.state.open_case_requested.emit(str(key))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self.model.retranslate()
            fit_case_columns(self.ui.resultsView, [state.value for state in CaseState])
        super().changeEvent(event)
