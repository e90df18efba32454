"""The "progress and delays" block of the advisor's and manager's homes (issue 8 items 6, 7):
W4 progress updates due or missed (hours of work from the actual start) and W5 delay notices
at risk or missed, on the advisor's own cases (every case for a manager). Opening a row opens
the case's progress page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtWidgets import QWidget

from app.domain.errors import ExpectedError
from app.services.dto import CaseRow, SlaInfo
from app.ui.columns import alert_columns
from app.ui.generated.ui_floor_attention import Ui_FloorAttentionForm
from app.ui.i18n import sla_rule_label
from app.ui.models import RecordTableModel
from app.ui.state import AppState
from app.ui.widgets import fit_texts, retranslate_form, set_widths, setup_form, setup_table


class FloorAttentionBlock(QWidget):
    def __init__(
        self, state: AppState, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        """compact: beside another block (the advisor's home, her own cases): the order, the
        rule and its clock, whole at 1366x768; a double click opens the case with the rest
        (state, customer, vehicle, owner: herself)."""
        super().__init__(parent)
        self.state = state
        self.setObjectName("floorAttentionBlock")
        self.ui = Ui_FloorAttentionForm()
        setup_form(self.ui, self)
        self.rows: RecordTableModel[tuple[CaseRow, SlaInfo]] = RecordTableModel(
            alert_columns(state.now), key=lambda r: f"{r[0].id}/{r[1].rule}", parent=self
        )
        view = self.ui.attentionView
        if compact:
            setup_table(view, self.rows, stretch_column=1)
            set_widths(view, {0: 205, 2: 125})
            for column in (3, 4, 5, 6):
                view.setColumnHidden(column, True)
        else:
            setup_table(view, self.rows, stretch_column=5)
            set_widths(view, {0: 205, 1: 230, 2: 135, 3: 80, 4: 170, 6: 70})
        self._fit_rules()
        self.ui.attentionView.activated.connect(self._open)

    def refresh(self) -> None:
        from app.services import dispatch

        if self.state.actor is None:
            return
        self.state.runner.run(
            dispatch.attention,
            self.state.require_ctx(),
            self.state.require_actor(),
            on_done=self._show,
            on_error=self._failed,
        )

    def _show(self, rows: list[tuple[CaseRow, SlaInfo]]) -> None:
        self.rows.set_records(rows)

    def _failed(self, _err: ExpectedError) -> None:
        self.rows.set_records([])

    def _open(self, index: QModelIndex) -> None:
        from app.ui.pages import PAGES

        case_id = self.rows.record(index.row())[0].id
        if "case_progress" in PAGES:
            self.state.open_page_requested.emit("case_progress", case_id)
        else:
            self.state.open_case_requested.emit(case_id)

    def _fit_rules(self) -> None:
        """The W4 and W5 rules' names whole in the language shown."""
        fit_texts(self.ui.attentionView, 1, [sla_rule_label(rule) for rule in ("W4", "W5")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self.rows.retranslate()
            self._fit_rules()
        super().changeEvent(event)
