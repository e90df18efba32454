"""Page "feedback" (case id): P5 feedback at delivery or at the follow-up call, each category
scored, with a comment, or the customer's recorded refusal; then close the case (issue 9 item 5).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QSpinBox, QWidget

from app.domain.errors import ExpectedError
from app.services import aftercare
from app.services.dto import CaseRef
from app.ui.case_actions import (
    FEEDBACK_CHANNEL_NAMES,
    feedback_category_label,
    feedback_channel_label,
)
from app.ui.generated.ui_feedback_page import Ui_FeedbackPageForm
from app.ui.i18n import QT_TRANSLATE_NOOP, list_join, local_time, state_label
from app.ui.models import Column, RecordTableModel
from app.ui.state import AppState, CaseChanged
from app.ui.widgets import (
    retranslate_form,
    set_widths,
    setup_form,
    setup_table,
    show_error,
    show_notice,
)


class FeedbackPage(QWidget):
    close_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_FeedbackPageForm()
        setup_form(self.ui, self)
        self.case_id: str | None = None
        self.sheet: aftercare.FeedbackSheet | None = None
        self.spins: dict[str, QSpinBox] = {
            name: getattr(self.ui, f"{name}Spin") for name in aftercare.FEEDBACK_CATEGORIES
        }
        self.history: RecordTableModel[aftercare.FeedbackInfo] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda f: local_time(f.at, True)),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Taken"),
                    lambda f: feedback_channel_label(f.channel),
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Overall"), self._score),
                Column(QT_TRANSLATE_NOOP("Columns", "Categories"), self._categories),
                Column(QT_TRANSLATE_NOOP("Columns", "Comment"), lambda f: f.comment),
                Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda f: f.recorded_by),
            ],
            key=lambda f: f.id,
            parent=self,
        )
        setup_table(self.ui.historyView, self.history)
        set_widths(self.ui.historyView, {0: 130, 1: 110, 2: 110, 3: 520, 4: 240})
        self._fill_channels()
        self.ui.backButton.clicked.connect(self.close_requested)
        self.ui.recordButton.clicked.connect(self.record)
        self.ui.closeCaseButton.clicked.connect(self.close_case)
        self.ui.declinedCheck.toggled.connect(self._declined)
        self.ui.errorLabel.setVisible(False)
        state.case_changed.connect(self._changed)

    def _fill_channels(self) -> None:
        combo = self.ui.channelCombo
        current = combo.currentData()
        combo.clear()
        for channel in FEEDBACK_CHANNEL_NAMES:
            combo.addItem(feedback_channel_label(channel), channel)
        if current:
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def _score(self, entry: aftercare.FeedbackInfo) -> str:
        if entry.declined:
            return self.tr("Declined")
        return f"{entry.score}/5"

    def _categories(self, entry: aftercare.FeedbackInfo) -> str:
        return list_join(
            f"{feedback_category_label(name)} {value}"
            for name, value in entry.category_scores.items()
        )

    # -- the page contract ---------------------------------------------------------------------
    def open(self, arg: object) -> None:
        self.case_id = str(arg)
        self._clear()
        self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        self.state.runner.run(
            aftercare.feedback_sheet, self.state.require_ctx(), self.case_id,
            on_done=self._show, on_error=self._refused,
        )  # fmt: skip

    def _changed(self, change: CaseChanged) -> None:
        if self.isVisible() and change.case_id == self.case_id:
            self.reload()

    def _clear(self) -> None:
        self.ui.scoreSpin.setValue(0)
        for spin in self.spins.values():
            spin.setValue(0)
        self.ui.commentEdit.clear()
        self.ui.declinedCheck.setChecked(False)
        self.ui.errorLabel.setVisible(False)

    def _show(self, sheet: aftercare.FeedbackSheet) -> None:
        self.sheet = sheet
        self.ui.caseLabel.setText(f"{sheet.order_no} · {sheet.customer_name}")
        self.ui.stateLabel.setText(state_label(sheet.state))
        self.history.set_records(list(sheet.entries))
        if sheet.follow_up_due:
            self.ui.channelCombo.setCurrentIndex(self.ui.channelCombo.findData("follow_up"))
        has = bool(sheet.entries)
        delivered = sheet.state == "delivered"
        # P5: the case closes only with feedback or a recorded refusal.
        self.ui.closeCaseButton.setVisible(delivered)
        self.ui.closeCaseButton.setEnabled(delivered and has)
        self.ui.closeHintLabel.setVisible(delivered and not has)

    def _declined(self, declined: bool) -> None:
        self.ui.scoreSpin.setEnabled(not declined)
        for spin in self.spins.values():
            spin.setEnabled(not declined)

    def record(self) -> None:
        if self.case_id is None:
            return
        declined = self.ui.declinedCheck.isChecked()
        score = self.ui.scoreSpin.value()
        if not declined and score == 0:
            show_error(
                self.ui.errorLabel, self.tr("Give the overall score (1–5), or tick the refusal.")
            )
            self.ui.scoreSpin.setFocus()
            return
        scores = {} if declined else {n: s.value() for n, s in self.spins.items() if s.value()}
        self.ui.recordButton.setEnabled(False)
        self.state.runner.run(
            aftercare.record_feedback, self.state.require_ctx(), self.state.require_actor(),
            self.case_id, score=None if declined else score,
            category_scores=scores, comment=self.ui.commentEdit.toPlainText().strip(),
            declined=declined, channel=self.ui.channelCombo.currentData() or "delivery",
            on_done=self._recorded, on_error=self._refused,
        )  # fmt: skip

    def _recorded(self, ref: CaseRef) -> None:
        self.ui.recordButton.setEnabled(True)
        self._clear()
        show_notice(
            self.ui.errorLabel, self.tr("Feedback recorded for %1.").replace("%1", ref.order_no)
        )
        self.state.announce(ref.id, ref.state)

    def close_case(self) -> None:
        if self.case_id is None:
            return
        self.ui.closeCaseButton.setEnabled(False)
        self.state.runner.run(
            aftercare.close, self.state.require_ctx(), self.state.require_actor(), self.case_id,
            on_done=self._closed, on_error=self._refused,
        )  # fmt: skip

    def _closed(self, ref: CaseRef) -> None:
        show_notice(self.ui.errorLabel, self.tr("%1 closed.").replace("%1", ref.order_no))
        self.state.announce(ref.id, ref.state)

    def _refused(self, err: ExpectedError) -> None:
        self.ui.recordButton.setEnabled(True)
        if self.sheet is not None:
            self.ui.closeCaseButton.setEnabled(
                self.sheet.state == "delivered" and bool(self.sheet.entries)
            )
        show_error(self.ui.errorLabel, self.state.message(err))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self._fill_channels()
            self.history.retranslate()
            if self.sheet is not None:
                self.ui.stateLabel.setText(state_label(self.sheet.state))
        super().changeEvent(event)
