"""The work order's estimate (I4, I5): lines from the catalogue or free text, mandatory or
optional with a plain-language reason, the customer's decision per line (a declined
safety-relevant mandatory line needs their explicit acknowledgement), totals live."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from app.domain.lifecycle import Decision
from app.services.dto import CaseDetail, EstimateLineInfo
from app.ui.generated.ui_reception_estimate import Ui_ReceptionEstimateForm
from app.ui.reception.env import CountedTasks, fill, key_of, translate
from app.ui.state import AppState
from app.ui.widgets import setup_form

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
        # The static layout is forms/reception_estimate.ui.
        self.ui = Ui_ReceptionEstimateForm()
        setup_form(self.ui, self)
        ui = self.ui
        # catalogue
        self.search_edit = ui.catalogueSearchEdit
        self.search_button = ui.catalogueSearchButton
        self.catalogue_table = ui.catalogueTable
        self.catalogue_table.setColumnCount(4)
        self.mandatory_check = ui.mandatoryCheck
        self.reason_edit = ui.reasonEdit
        self.add_catalogue_button = ui.addCatalogueButton
        # free text
        self.free_box = ui.freeBox
        self.free_kind_combo = ui.freeKindCombo
        self.free_description_edit = ui.freeDescriptionEdit
        self.free_quantity_edit = ui.freeQuantityEdit
        self.free_price_edit = ui.freePriceEdit
        self.safety_check = ui.safetyCheck
        # W2 (issue 8 item 4): a free-text part states its source; OEM/certified its number.
        self.free_source_combo = ui.freeSourceCombo
        self.free_part_no_edit = ui.freePartNoEdit
        self.add_free_button = ui.addFreeButton
        # lines and totals
        self.catalogue_box = ui.catalogueBox
        self.lines_box = ui.linesBox
        self.lines_table = ui.linesTable
        self.lines_table.setColumnCount(6)
        self.remove_button = ui.removeLineButton
        self.totals_label = ui.totalsLabel
        self.finish_button = ui.finishEstimateButton
        self.request_button = ui.requestSignatureButton
        self.status_label = ui.estimateStatus
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
        self.catalogue_box.setTitle(translate("Reception", "Catalogue: parts and labor"))
        self.free_box.setTitle(translate("Reception", "Free-text line"))
        self.lines_box.setTitle(
            translate("Reception", "Recommended plan and the customer's decisions")
        )
        self.search_edit.setPlaceholderText(translate("Reception", "Part number or name"))
        self.search_button.setText(translate("Reception", "Search"))
        self.catalogue_table.setHorizontalHeaderLabels(
            [
                translate("Reception", "Code"),
                translate("Reception", "Name"),
                translate("Reception", "Grade / hours"),
                translate("Reception", "Price"),
            ]
        )
        self.lines_table.setHorizontalHeaderLabels(
            [
                translate("Reception", "Item"),
                translate("Reception", "Mandatory"),
                translate("Reception", "Reason"),
                translate("Reception", "Hours / qty"),
                translate("Reception", "Amount"),
                translate("Reception", "Decision"),
            ]
        )
        self.mandatory_check.setText(translate("Reception", "Mandatory"))
        self.reason_edit.setPlaceholderText(translate("Reception", "Why, in plain language"))
        self.add_catalogue_button.setText(translate("Reception", "Add selected"))
        current = key_of(self.free_kind_combo, "part")
        self.free_kind_combo.clear()
        self.free_kind_combo.addItem(translate("Reception", "Part"), "part")
        self.free_kind_combo.addItem(translate("Reception", "Labor"), "labor")
        self.free_kind_combo.setCurrentIndex(max(0, self.free_kind_combo.findData(current)))
        self.free_description_edit.setPlaceholderText(translate("Reception", "Description"))
        source = key_of(self.free_source_combo, "")
        self.free_source_combo.clear()
        self.free_source_combo.addItem(translate("Reception", "Source of the part…"), "unstated")
        # W2: no aftermarket part is quoted (it could never be fitted).
        self.free_source_combo.addItem(translate("Reception", "OEM"), "oem")
        self.free_source_combo.addItem(translate("Reception", "Certified"), "certified")
        self.free_source_combo.setCurrentIndex(max(0, self.free_source_combo.findData(source)))
        self.free_part_no_edit.setPlaceholderText(
            translate("Reception", "Part number (OEM, certified)")
        )
        self.safety_check.setText(translate("Reception", "Safety-relevant"))
        self.add_free_button.setText(translate("Reception", "Add line"))
        self.remove_button.setText(translate("Reception", "Remove selected line"))
        self.finish_button.setText(translate("Reception", "Estimate complete"))
        self.request_button.setText(translate("Reception", "Decisions recorded: to signature"))
        self._free_kind_changed()
        if self.detail is not None:
            self._show(self.detail)

    def _free_kind_changed(self) -> None:
        labor = key_of(self.free_kind_combo) == "labor"
        self.free_quantity_edit.setPlaceholderText(
            translate("Reception", "Hours") if labor else translate("Reception", "Quantity")
        )
        self.free_price_edit.setPlaceholderText(
            translate("Reception", "Rate per hour")
            if labor
            else translate("Reception", "Unit price")
        )
        self.free_source_combo.setVisible(not labor)
        self.free_part_no_edit.setVisible(not labor)

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
                grade = (
                    translate("Reception", "OEM")
                    if item.grade == "oem"
                    else translate("Reception", "Certified")
                )
                cells = [item.part_no, item.name, grade, _money(item.price)]
            else:
                cells = [
                    item.code,
                    item.name,
                    fill(translate("Reception", "%1 h"), item.hours),
                    fill(translate("Reception", "%1/h"), _money(item.rate)),
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
            source=key_of(self.free_source_combo, "") if kind == "part" else "",
            part_no=self.free_part_no_edit.text().strip() if kind == "part" else "",
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
            amount = (
                fill(translate("Reception", "%1 h"), line.hours)
                if line.kind == "labor"
                else f"× {line.qty}"
            )
            cells = [
                text,
                translate("Reception", "Mandatory")
                if line.mandatory
                else translate("Reception", "Optional"),
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
                combo.addItem(translate("Reception", label), key)
            combo.setCurrentIndex(combo.findData(line.decision))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, ln=line: self._decision_changed(ln, key_of(c, "pending"))
            )
            self.lines_table.setCellWidget(row, 5, combo)
        totals = detail.totals
        self.totals_label.setText(
            fill(
                translate(
                    "Reception",
                    "Labor %1 (%2 h)   Parts %3   Tax %4   Total %5   Declined items %6",
                ),
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
                translate("Reception", "Safety-relevant item declined"),
                fill(
                    translate(
                        "Reception",
                        "“%1” is needed for safety. Does the customer acknowledge the risk of declining it?",
                    ),
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
