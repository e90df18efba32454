"""The work order's estimate (I4, I5): lines from the catalogue or free text, mandatory or
optional with a plain-language reason, the customer's decision per line (a declined
safety-relevant mandatory line needs their explicit acknowledgement), totals live."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.lifecycle import Decision
from app.services.dto import CaseDetail, EstimateLineInfo
from app.ui.reception.env import CountedTasks, key_of, named
from app.ui.reception.i18n import tr, tr_n
from app.ui.state import AppState

DECISIONS = (("pending", "Pending"), ("approved", "Approved"), ("declined", "Declined"))


def _money(value: Decimal) -> str:
    return f"¥{value:,.2f}"


class EstimatePage(CountedTasks, QWidget):
    """Signals: changed(object) — the `CaseRef` after a state change; detail_loaded(object)."""

    changed = Signal(object)
    detail_loaded = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receptionEstimate")
        self.state = state
        self.runner = state.runner.for_owner(self)
        self.case_id = ""
        self.detail: CaseDetail | None = None
        self.pending = 0
        self._refresh_seq = 0
        self.catalogue: list[tuple[str, Any]] = []
        self._searched_kind = ""
        # catalogue
        self.search_edit = named(QLineEdit(), "catalogueSearchEdit")
        self.search_button = named(QPushButton(), "catalogueSearchButton")
        self.catalogue_table = named(QTableWidget(0, 4), "catalogueTable")
        self.mandatory_check = named(QCheckBox(), "mandatoryCheck")
        self.mandatory_check.setChecked(True)
        self.reason_edit = named(QLineEdit(), "reasonEdit")
        self.add_catalogue_button = named(QPushButton(), "addCatalogueButton")
        # free text
        self.free_kind_combo = named(QComboBox(), "freeKindCombo")
        self.free_description_edit = named(QLineEdit(), "freeDescriptionEdit")
        self.free_quantity_edit = named(QLineEdit(), "freeQuantityEdit")
        self.free_price_edit = named(QLineEdit(), "freePriceEdit")
        self.safety_check = named(QCheckBox(), "safetyCheck")
        self.add_free_button = named(QPushButton(), "addFreeButton")
        # lines and totals
        self.lines_table = named(QTableWidget(0, 6), "linesTable")
        self.remove_button = named(QPushButton(), "removeLineButton")
        self.totals_label = named(QLabel(), "totalsLabel")
        self.totals_label.setWordWrap(True)
        self.finish_button = named(QPushButton(), "finishEstimateButton")
        self.request_button = named(QPushButton(), "requestSignatureButton")
        self.status_label = named(QLabel(), "estimateStatus")
        self.status_label.setWordWrap(True)
        for table in (self.catalogue_table, self.lines_table):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.verticalHeader().setDefaultSectionSize(48)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.catalogue_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        # Item and reason share the width (a long reason must not squeeze the item away).
        for column in (0, 2):
            self.lines_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )

        self.catalogue_box = named(QGroupBox(), "catalogueBox")
        left = QVBoxLayout(self.catalogue_box)
        search = QHBoxLayout()
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.search_button)
        left.addLayout(search)
        left.addWidget(self.catalogue_table, 1)
        self.free_box = named(QGroupBox(), "freeBox")
        free = QVBoxLayout(self.free_box)
        row1 = QHBoxLayout()
        row1.addWidget(self.free_kind_combo)
        row1.addWidget(self.free_description_edit, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.free_quantity_edit, 1)
        row2.addWidget(self.free_price_edit, 1)
        row3 = QHBoxLayout()
        row3.addWidget(self.safety_check, 1)
        row3.addWidget(self.add_free_button)
        free.addLayout(row1)
        free.addLayout(row2)
        free.addLayout(row3)
        common = QHBoxLayout()
        common.addWidget(self.mandatory_check)
        common.addWidget(self.reason_edit, 1)
        common.addWidget(self.add_catalogue_button)
        left.addLayout(common)
        left.addWidget(self.free_box)

        self.lines_box = named(QGroupBox(), "linesBox")
        right = QVBoxLayout(self.lines_box)
        right.addWidget(self.lines_table, 1)
        right.addWidget(self.remove_button)
        right.addWidget(self.totals_label)
        actions = QHBoxLayout()
        actions.addWidget(self.finish_button)
        actions.addWidget(self.request_button)
        right.addLayout(actions)
        right.addWidget(self.status_label)
        layout = QHBoxLayout(self)
        layout.addWidget(self.catalogue_box, 4)
        layout.addWidget(self.lines_box, 6)

        self.search_button.clicked.connect(self.search)
        self.search_edit.returnPressed.connect(self.search)
        self.add_catalogue_button.clicked.connect(self.add_from_catalogue)
        self.add_free_button.clicked.connect(self.add_free_text)
        self.remove_button.clicked.connect(self.remove_line)
        self.finish_button.clicked.connect(self.finish)
        self.request_button.clicked.connect(self.request_signature)
        self.free_kind_combo.currentIndexChanged.connect(self._free_kind_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.catalogue_box.setTitle(tr("Catalogue: parts and labor"))
        self.free_box.setTitle(tr("Free-text line"))
        self.lines_box.setTitle(tr("Recommended plan and the customer's decisions"))
        self.search_edit.setPlaceholderText(tr("Part number or name"))
        self.search_button.setText(tr("Search"))
        self.catalogue_table.setHorizontalHeaderLabels(
            [tr("Code"), tr("Name"), tr("Grade / hours"), tr("Price")]
        )
        self.lines_table.setHorizontalHeaderLabels(
            [
                tr("Item"),
                tr("Mandatory"),
                tr("Reason"),
                tr("Hours / qty"),
                tr("Amount"),
                tr("Decision"),
            ]
        )
        self.mandatory_check.setText(tr("Mandatory"))
        self.reason_edit.setPlaceholderText(tr("Why, in plain language"))
        self.add_catalogue_button.setText(tr("Add selected"))
        current = key_of(self.free_kind_combo, "part")
        self.free_kind_combo.clear()
        self.free_kind_combo.addItem(tr("Part"), "part")
        self.free_kind_combo.addItem(tr("Labor"), "labor")
        self.free_kind_combo.setCurrentIndex(max(0, self.free_kind_combo.findData(current)))
        self.free_description_edit.setPlaceholderText(tr("Description"))
        self.safety_check.setText(tr("Safety-relevant"))
        self.add_free_button.setText(tr("Add line"))
        self.remove_button.setText(tr("Remove selected line"))
        self.finish_button.setText(tr("Estimate complete"))
        self.request_button.setText(tr("Decisions recorded: to signature"))
        self._free_kind_changed()
        if self.detail is not None:
            self._show(self.detail)

    def _free_kind_changed(self) -> None:
        labor = key_of(self.free_kind_combo) == "labor"
        self.free_quantity_edit.setPlaceholderText(tr("Hours") if labor else tr("Quantity"))
        self.free_price_edit.setPlaceholderText(tr("Rate per hour") if labor else tr("Unit price"))

    # -- case ------------------------------------------------------------------------------

    def set_case(self, case_id: str) -> None:
        self.case_id = case_id
        self._searched_kind = ""
        self.refresh()

    def refresh(self) -> None:
        from app.services.queries import case_detail

        if self.case_id:
            self._refresh_seq += 1
            self._run(
                case_detail,
                self.state.require_ctx(),
                self.case_id,
                on_done=lambda detail, seq=self._refresh_seq: self._show_newest(detail, seq),
            )

    def _show_newest(self, detail: CaseDetail, seq: int) -> None:
        # Reads run in parallel on the pool: an older read landing last must not win.
        if seq == self._refresh_seq:
            self._show(detail)

    def _after_failure(self) -> None:
        self.refresh()

    def _after_action(self, ref: Any = None) -> None:
        self.status_label.clear()
        if ref is not None and hasattr(ref, "state"):
            self.changed.emit(ref)
        self.refresh()

    # -- catalogue -------------------------------------------------------------------------

    def search(self) -> None:
        from app.services.reference import list_labor, search_parts

        applies = self.detail.asset.kind if self.detail else ""
        text = self.search_edit.text().strip()

        def look_up() -> list[tuple[str, Any]]:
            parts = [("part", p) for p in search_parts(self.state.require_ctx(), text, applies)]
            labor = [
                ("labor", op)
                for op in list_labor(self.state.require_ctx(), applies)
                if not text or text.lower() in (op.code + op.name + op.name_en).lower()
            ]
            return labor + parts

        self._run(look_up, on_done=self._show_catalogue)

    def _show_catalogue(self, items: list[tuple[str, Any]]) -> None:
        self.catalogue = items
        self.catalogue_table.setRowCount(len(items))
        for row, (kind, item) in enumerate(items):
            if kind == "part":
                grade = tr("OEM") if item.grade == "oem" else tr("Certified")
                cells = [item.part_no, item.name, grade, _money(item.price)]
            else:
                cells = [
                    item.code,
                    item.name,
                    tr_n("%1 h", item.hours),
                    tr_n("%1/h", _money(item.rate)),
                ]
            for column, text in enumerate(cells):
                self.catalogue_table.setItem(row, column, QTableWidgetItem(str(text)))

    def select_catalogue(self, code: str) -> bool:
        for row, (_kind, item) in enumerate(self.catalogue):
            if getattr(item, "part_no", None) == code or getattr(item, "code", None) == code:
                self.catalogue_table.selectRow(row)
                return True
        return False

    def add_from_catalogue(self) -> None:
        from app.services import reception
        from app.services.reception import LineInput

        rows = self.catalogue_table.selectionModel().selectedRows()
        if not rows:
            return
        kind, item = self.catalogue[rows[0].row()]
        code = item.part_no if kind == "part" else item.code
        line = LineInput(
            kind=kind,
            code=code,
            mandatory=self.mandatory_check.isChecked(),
            reason=self.reason_edit.text().strip(),
        )
        self.reason_edit.clear()
        self._run(
            reception.add_line,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            line,
            on_done=lambda _id: self._after_action(),
        )

    def add_free_text(self) -> None:
        from app.services import reception
        from app.services.reception import LineInput

        kind = key_of(self.free_kind_combo, "part")
        amount = self.free_quantity_edit.text().strip() or "1"
        price = self.free_price_edit.text().strip() or "0"
        line = LineInput(
            kind=kind,
            description=self.free_description_edit.text(),
            qty=amount if kind == "part" else "1",
            unit_price=price if kind == "part" else None,
            hours=amount if kind == "labor" else None,
            rate=price if kind == "labor" else None,
            mandatory=self.mandatory_check.isChecked(),
            reason=self.reason_edit.text().strip(),
            safety_relevant=self.safety_check.isChecked(),
        )
        self._run(
            reception.add_line,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            line,
            on_done=lambda _id: self._free_added(),
        )

    def _free_added(self) -> None:
        self.free_description_edit.clear()
        self._after_action()

    def remove_line(self) -> None:
        from app.services import reception

        rows = self.lines_table.selectionModel().selectedRows()
        if not rows or self.detail is None:
            return
        line = self.detail.lines[rows[0].row()]

        def remove(line_id: str) -> str:
            reception.remove_line(self.state.require_ctx(), self.state.require_actor(), line_id)
            return line_id  # never None through a signal (see env.key_of)

        self._run(remove, line.id, on_done=lambda _r: self._after_action())

    # -- lines and decisions ---------------------------------------------------------------

    def _show(self, detail: CaseDetail) -> None:
        self.detail = detail
        if self._searched_kind != detail.asset.kind:
            # The catalogue of this case's kind: vehicle parts, or appliance parts.
            self._searched_kind = detail.asset.kind
            self.search()
        lines = detail.lines
        self.lines_table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            text = line.description + (f"  [{line.code}]" if line.code else "")
            if line.safety_relevant:
                text = "⚠ " + text
            amount = tr_n("%1 h", line.hours) if line.kind == "labor" else f"× {line.qty}"
            cells = [
                text,
                tr("Mandatory") if line.mandatory else tr("Optional"),
                line.reason,
                amount,
                _money(line.amount),
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if line.decision == "declined":
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.lines_table.setItem(row, column, item)
            combo = QComboBox()
            combo.setObjectName(f"decisionCombo{row}")
            for key, label in DECISIONS:
                combo.addItem(tr(label), key)
            combo.setCurrentIndex(combo.findData(line.decision))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, ln=line: self._decision_changed(ln, key_of(c, "pending"))
            )
            self.lines_table.setCellWidget(row, 5, combo)
        totals = detail.totals
        self.totals_label.setText(
            tr_n(
                "Labor %1 (%2 h)   Parts %3   Tax %4   Total %5   Declined items %6",
                _money(totals.labor),
                totals.hours,
                _money(totals.parts),
                _money(totals.tax),
                _money(totals.total),
                _money(totals.declined_total),
            )
        )
        state = detail.state
        editable = state in ("inspecting", "pending_observation", "estimated")
        for widget in (self.add_catalogue_button, self.add_free_button, self.remove_button):
            widget.setEnabled(editable)
        self.finish_button.setEnabled(state in ("inspecting", "pending_observation"))
        self.request_button.setEnabled(state == "estimated")
        self.detail_loaded.emit(detail)

    def decision_combo(self, row: int) -> QComboBox:
        widget = self.lines_table.cellWidget(row, 5)
        assert isinstance(widget, QComboBox)
        return widget

    def row_of(self, code: str) -> int:
        assert self.detail is not None
        return next(i for i, ln in enumerate(self.detail.lines) if ln.code == code)

    def _decision_changed(self, line: EstimateLineInfo, decision: str) -> None:
        from app.services import reception

        acknowledged = False
        if decision == "declined" and line.mandatory and line.safety_relevant:
            # I5: declining a safety-relevant mandatory item needs the customer's explicit
            # acknowledgement of the risk.
            acknowledged = self.state.dialogs.confirm(
                self,
                tr("Safety-relevant item declined"),
                tr_n(
                    "“%1” is needed for safety. Does the customer acknowledge the risk of declining it?",
                    line.description,
                ),
            )
            if not acknowledged:
                self.refresh()
                return

        def decide(line_id: str) -> str:
            reception.decide(
                self.state.require_ctx(),
                self.state.require_actor(),
                line_id,
                Decision(decision),
                acknowledged=acknowledged,
            )
            return line_id  # never None through a signal (see env.key_of)

        self._run(decide, line.id, on_done=lambda _r: self._after_action())

    def finish(self) -> None:
        from app.services import reception

        self._run(
            reception.finish_estimate,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            on_done=self._after_action,
        )

    def request_signature(self) -> None:
        from app.services import reception

        self._run(
            reception.request_signature,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            on_done=self._after_action,
        )

    def select_line(self, code: str) -> None:
        self.lines_table.selectRow(self.row_of(code))
