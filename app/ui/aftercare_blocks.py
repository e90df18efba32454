"""Blocks of the desk homes owned by issue 9 (handover-after): the advisor's follow-up calls
due (P5) and the manager's complaints button (item 6). homes_desk.py hooks each in one place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtWidgets import QPushButton, QWidget

from app.services import aftercare
from app.ui.generated.ui_follow_up_block import Ui_FollowUpBlockForm
from app.ui.i18n import QT_TRANSLATE_NOOP, local_time, state_label
from app.ui.models import Column, RecordTableModel
from app.ui.pages import PAGES
from app.ui.state import AppState
from app.ui.widgets import retranslate_form, set_widths, setup_form, setup_table


class FollowUpBlock(QWidget):
    """P5: delivered cases due for the follow-up call; activating a row opens the feedback
    page on the case (the follow-up channel is preselected there)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_FollowUpBlockForm()
        setup_form(self.ui, self)
        self.setObjectName("followUpBlock")
        self.model: RecordTableModel[aftercare.FollowUpInfo] = RecordTableModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Delivered"),
                    lambda f: local_time(f.delivered_at, True),
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Case"), lambda f: f.order_no),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Customer"),
                    lambda f: f"{f.customer_name}  {f.phone}",
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Vehicle / product"), lambda f: f.asset_label),
                Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda f: state_label(f.state)),
            ],
            key=lambda f: f.case_id,
            parent=self,
        )
        setup_table(self.ui.followUpView, self.model, stretch_column=3)
        # Room for the "Vehicle / product" header (stretched) in both languages at 1366x768.
        set_widths(self.ui.followUpView, {0: 115, 1: 205, 2: 170, 4: 90})
        # Every case due for its call is still delivered (follow_up_due): a column of one
        # word repeated; its room goes to the vehicle.
        self.ui.followUpView.setColumnHidden(4, True)
        self.ui.followUpView.activated.connect(self._open)

    def refresh(self) -> None:
        self.state.runner.run(aftercare.follow_up_due, self.state.require_ctx(), on_done=self._show)

    def _show(self, due: tuple[aftercare.FollowUpInfo, ...]) -> None:
        self.model.set_records(list(due))

    def _open(self, index: QModelIndex) -> None:
        case_id = self.model.record(index.row()).case_id
        if "feedback" in PAGES:
            self.state.open_page_requested.emit("feedback", case_id)
        else:
            self.state.open_case_requested.emit(case_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self.model.retranslate()
        super().changeEvent(event)


class ComplaintsButton(QPushButton):
    """Issue 9 item 6 on the manager's home: opens the complaint list with its filters."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.summary: aftercare.ComplaintSummary | None = None
        self.setObjectName("complaintsButton")
        self.setProperty("role", "caseAction")
        self.setMinimumHeight(48)
        self.clicked.connect(lambda: state.open_page_requested.emit("complaints", None))
        self.setVisible("complaints" in PAGES)
        self._text()

    def refresh(self) -> None:
        self.state.runner.run(
            aftercare.complaint_summary, self.state.require_ctx(), on_done=self._show
        )

    def _show(self, summary: aftercare.ComplaintSummary) -> None:
        self.summary = summary
        self._text()

    def _text(self) -> None:
        s = self.summary
        if s is None:
            self.setText(self.tr("Complaints"))
            return
        self.setText(
            self.tr("Complaints: %1 open · %2 late · %3 awaiting")
            .replace("%1", str(s.open))
            .replace("%2", str(s.reply_overdue))
            .replace("%3", str(s.resolved_awaiting_answer))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._text()
        super().changeEvent(event)
