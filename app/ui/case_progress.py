"""Page "case_progress" (issue 8 items 6 and 7): the promised completion time of a case, its
W4 progress updates (due every hour of work from the actual start; templates; sent through
the customer message queue) and its W5 delay notices (reason from the list plus text, a new
time later than the old one, a compensation from the dealer's list, at least 30 minutes
ahead unless sent knowingly late, the customer's answer). Bad input is refused at its field."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QTime, Signal
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QWidget

from app.domain.errors import ExpectedError
from app.domain.sla import SlaStatus
from app.services.dispatch import CaseProgress, DelayInfo, ProgressUpdateInfo
from app.services.dto import CaseRef, SlaInfo
from app.ui.generated.ui_case_progress import Ui_CaseProgressForm
from app.ui.i18n import (
    QT_TRANSLATE_NOOP,
    countdown,
    local_time,
    sla_status_label,
    state_label,
    translated,
)
from app.ui.live import LiveRefresh
from app.ui.models import Column, RecordTableModel
from app.ui.state import AppState
from app.ui.widgets import (
    fit_headers,
    retranslate_form,
    selected_key,
    set_widths,
    setup_form,
    setup_table,
    show_error,
    show_notice,
)

DELAY_REASONS = (
    ("parts_out_of_stock", QT_TRANSLATE_NOOP("DelayReason", "Part out of stock")),
    ("hidden_fault", QT_TRANSLATE_NOOP("DelayReason", "Hidden fault found")),
    ("waiting_approval", QT_TRANSLATE_NOOP("DelayReason", "Waiting for the customer's approval")),
    ("equipment", QT_TRANSLATE_NOOP("DelayReason", "Equipment or bay not available")),
    ("other", QT_TRANSLATE_NOOP("DelayReason", "Other")),
)
COMPENSATIONS = {
    "car_wash": QT_TRANSLATE_NOOP("Compensation", "Free car wash"),
    "extended_warranty_1m": QT_TRANSLATE_NOOP("Compensation", "1-month extended warranty"),
    "labor_discount": QT_TRANSLATE_NOOP("Compensation", "10% off labor"),
    "courtesy_car": QT_TRANSLATE_NOOP("Compensation", "Courtesy car"),
}
"""The default list's codes; a dealer's own entries are shown as the dealer wrote them."""
ANSWERS = (
    ("accepted", QT_TRANSLATE_NOOP("DelayAnswer", "Accepted")),
    ("declined", QT_TRANSLATE_NOOP("DelayAnswer", "Declined")),
)
PROGRESS_TEMPLATES = (
    QT_TRANSLATE_NOOP("ProgressTemplate", "Disassembly done; %1 is damaged; about %2 h more."),
    QT_TRANSLATE_NOOP("ProgressTemplate", "Parts fitted; testing now; about %2 h more."),
    QT_TRANSLATE_NOOP("ProgressTemplate", "Waiting for %1 to arrive; work continues meanwhile."),
    QT_TRANSLATE_NOOP("ProgressTemplate", "Work on schedule; ready by the promised time."),
)
"""W4 message templates the advisor starts from (%1 the part, %2 the hours: edit them)."""

FIELD_LABELS = {
    "reason": "reasonErrorLabel",
    "eta": "etaErrorLabel",
    "compensation": "compensationErrorLabel",
    "late": "lateErrorLabel",
    "promise": "promiseErrorLabel",
    "detail": "progressErrorLabel",
}


def reason_label(code: str) -> str:
    text = dict(DELAY_REASONS).get(code)
    return translated("DelayReason", text) if text else ""


def offered_label(label: str) -> str:
    """A notice's compensation as recorded (the dealer's wording); one of the default list
    is shown in the reader's language."""
    from app.services.dispatch import DEFAULT_COMPENSATIONS

    code = next((c for c, default in DEFAULT_COMPENSATIONS if default == label), "")
    return compensation_label(code, label)


def compensation_label(code: str, label: str) -> str:
    text = COMPENSATIONS.get(code)
    return translated("Compensation", text) if text else label


def answer_label(code: str) -> str:
    text = dict(ANSWERS).get(code)
    return translated("DelayAnswer", text) if text else "—"


def _to_qt(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def _from_qt(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime().toPython()
    assert isinstance(value, datetime)
    return value.replace(second=0, microsecond=0)


def _status_text(info: SlaInfo | None, now: datetime) -> tuple[str, str]:
    if info is None:
        return QCoreApplication.translate("CaseProgress", "Not due (job not over 2 h)"), "muted"
    text = sla_status_label(info.status)
    if info.due is not None and info.status is SlaStatus.OVERDUE:
        text = countdown(info.due, now)
    elif info.due is not None and info.status in (SlaStatus.RUNNING, SlaStatus.DUE_SOON):
        text += f" · {countdown(info.due, now)}"
    tone = {
        SlaStatus.OVERDUE: "error",
        SlaStatus.MISSED: "error",
        SlaStatus.DUE_SOON: "warn",
        SlaStatus.MET: "ok",
    }.get(info.status, "muted")
    return text, tone


class CaseProgressPage(QWidget):
    close_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.case_id: str | None = None
        self.progress: CaseProgress | None = None
        self.ui = Ui_CaseProgressForm()
        setup_form(self.ui, self)
        self.updates: RecordTableModel[ProgressUpdateInfo] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Sent at"), lambda u: local_time(u.at)),
                Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda u: u.by),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Message"),
                    lambda u: u.body,
                    tooltip=lambda u: u.body,
                ),
            ],
            key=lambda u: u.at.isoformat(),
            parent=self,
        )
        setup_table(self.ui.updatesView, self.updates, stretch_column=2)
        set_widths(self.ui.updatesView, {0: 70, 1: 70})
        self.delays: RecordTableModel[DelayInfo] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Told at"), lambda d: local_time(d.notified_at),
                       tone=lambda d: "overdue" if d.late else None,
                       tooltip=lambda d: QCoreApplication.translate(
                           "CaseProgress", "Late: less than 30 minutes ahead (W5 missed)")
                       if d.late else ""),
                Column(QT_TRANSLATE_NOOP("Columns", "Reason"),
                       lambda d: " · ".join(x for x in (reason_label(d.reason_code), d.reason) if x),
                       tooltip=lambda d: d.reason),
                Column(QT_TRANSLATE_NOOP("Columns", "Promise"),
                       lambda d: f"{local_time(d.previous_promise)} → {local_time(d.new_eta)}"),
                Column(QT_TRANSLATE_NOOP("Columns", "Compensation"),
                       lambda d: offered_label(d.compensation)),
                Column(QT_TRANSLATE_NOOP("Columns", "Answer"),
                       lambda d: answer_label(d.customer_answer), tooltip=lambda d: d.answer_note),
            ],
            key=lambda d: d.id,
            parent=self,
        )  # fmt: skip
        setup_table(self.ui.delaysView, self.delays, stretch_column=1)
        # Wide enough for the English headers ("Compensation", "Answer") at 1366x768.
        set_widths(self.ui.delaysView, {0: 56, 2: 104, 3: 120, 4: 72})
        fit_headers(self.ui.delaysView)
        fit_headers(self.ui.updatesView)
        for combo in (
            self.ui.reasonCombo,
            self.ui.compensationCombo,
            self.ui.answerCombo,
            self.ui.templateCombo,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.ui.lateCheck.setToolTip(
            self.tr("Less than 30 minutes before the promised time the notice is late (W5).")
        )
        self._fill_lists()
        self.ui.backButton.clicked.connect(self.close_requested)
        self.ui.setPromiseButton.clicked.connect(self.set_promise)
        self.ui.sendProgressButton.clicked.connect(self.send_progress)
        self.ui.sendDelayButton.clicked.connect(self.send_delay)
        self.ui.answerButton.clicked.connect(self.record_answer)
        self.ui.templateCombo.activated.connect(self._template)
        self._clear_errors()
        self.live = LiveRefresh(self, self.refresh, [])

    # -- page contract ----------------------------------------------------------------------

    def open(self, arg: object) -> None:
        self.case_id = str(arg) if arg else None
        self.progress = None
        self._clear_errors()
        self.ui.reasonEdit.clear()
        self.ui.progressEdit.clear()
        self.ui.lateCheck.setChecked(False)
        self.live.refresh()

    def refresh(self) -> None:
        from app.services import dispatch

        if self.case_id is None:
            self.live.failed()
            return
        self.state.runner.run(
            dispatch.case_progress,
            self.state.require_ctx(),
            self.case_id,
            on_done=self._show,
            on_error=self._failed,
        )

    def _failed(self, err: ExpectedError) -> None:
        self.live.failed()
        show_error(self.ui.actionErrorLabel, self.state.message(err))

    def _show(self, progress: CaseProgress) -> None:
        first = self.progress is None or self.progress.case.id != progress.case.id
        # A delay notice (or another desk) moved the promise: the editors follow it (W5).
        moved = self.progress is not None and self.progress.promised_at != progress.promised_at
        self.progress = progress
        now = self.state.now()
        case = progress.case
        self.ui.caseLabel.setText(
            f"{case.order_no} · {case.plate or case.asset_label} · {state_label(case.state)}"
        )
        self.ui.promiseValueLabel.setText(local_time(progress.promised_at, with_date=True) or "—")
        w5 = next((s for s in progress.sla if s.rule == "W5"), None)
        w4 = next((s for s in progress.sla if s.rule == "W4"), None)
        for label, info in ((self.ui.w5StatusLabel, w5), (self.ui.w4StatusLabel, w4)):
            text, tone = _status_text(info, now)
            if label is self.ui.w5StatusLabel and info is None:
                text, tone = self.tr("No promise yet"), "muted"
            label.setText(text)
            label.setProperty("tone", tone)
            label.style().unpolish(label)
            label.style().polish(label)
        if progress.first_start is None:
            self.ui.workLabel.setText(self.tr("Work not started yet."))
        else:
            self.ui.workLabel.setText(
                self.tr("Work started %1 · %2 h worked of %3 h estimated")
                .replace("%1", local_time(progress.first_start, with_date=True))
                .replace("%2", f"{progress.worked_hours:.1f}")
                .replace("%3", f"{progress.estimate_hours:.1f}")
            )
        self.ui.oldPromiseLabel.setText(
            self.tr("Now promised: %1").replace(
                "%1", local_time(progress.promised_at, with_date=True) or "—"
            )
        )
        self.updates.set_records(list(progress.updates))
        self.delays.set_records(list(progress.delays))
        if self.delays.rowCount():
            self.ui.delaysView.selectRow(self.delays.rowCount() - 1)
        self._fill_compensations()
        if first or moved:
            base = progress.promised_at or now
            self.ui.promiseEdit.setDateTime(_to_qt(base))
            self.ui.etaEdit.setDateTime(_to_qt(base + timedelta(hours=1)))
        self.live.landed(self.ui.updatedLabel, now)

    # -- lists ------------------------------------------------------------------------------

    def _fill_lists(self) -> None:
        reason = self.ui.reasonCombo.currentIndex()
        self.ui.reasonCombo.clear()
        self.ui.reasonCombo.addItem(self.tr("Choose the reason…"), "")
        for code, text in DELAY_REASONS:
            self.ui.reasonCombo.addItem(translated("DelayReason", text), code)
        self.ui.reasonCombo.setCurrentIndex(max(0, reason))
        self.ui.answerCombo.clear()
        self.ui.answerCombo.addItem(self.tr("Customer's answer…"), "")
        for code, text in ANSWERS:
            self.ui.answerCombo.addItem(translated("DelayAnswer", text), code)
        self.ui.templateCombo.clear()
        self.ui.templateCombo.addItem(self.tr("Start from a template…"), "")
        for text in PROGRESS_TEMPLATES:
            shown = translated("ProgressTemplate", text)
            self.ui.templateCombo.addItem(shown, shown)
        self._fill_compensations()

    def _fill_compensations(self) -> None:
        current = self.ui.compensationCombo.currentData()
        self.ui.compensationCombo.clear()
        self.ui.compensationCombo.addItem(self.tr("Choose a compensation…"), "")
        for option in self.progress.compensations if self.progress else ():
            self.ui.compensationCombo.addItem(
                compensation_label(option.code, option.label), option.code
            )
        index = self.ui.compensationCombo.findData(current)
        self.ui.compensationCombo.setCurrentIndex(max(0, index))

    def _template(self, _index: int) -> None:
        text = self.ui.templateCombo.currentData()
        if text:
            self.ui.progressEdit.setText(str(text))
            self.ui.progressEdit.setFocus()

    # -- errors at the field ----------------------------------------------------------------

    def _clear_errors(self) -> None:
        for name in (*FIELD_LABELS.values(), "actionErrorLabel"):
            show_error(getattr(self.ui, name), "")

    def _refused(self, err: ExpectedError) -> None:
        field = str(err.params.get("field", ""))
        label: QLabel = getattr(self.ui, FIELD_LABELS.get(field, "actionErrorLabel"))
        show_error(label, self.state.message(err))

    def _run(self, fn: Any, *args: Any, notice: str, **kwargs: Any) -> None:
        self._clear_errors()

        def ok(ref: CaseRef) -> None:
            show_notice(self.ui.actionErrorLabel, notice.replace("%1", ref.order_no))
            self.state.announce(ref.id, ref.state)
            self.live.refresh()

        self.state.runner.run(
            fn,
            self.state.require_ctx(),
            self.state.require_actor(),
            *args,
            on_done=ok,
            on_error=self._refused,
            **kwargs,
        )

    # -- actions ----------------------------------------------------------------------------

    def set_promise(self) -> None:
        from app.services import dispatch

        if self.case_id is None:
            return
        self._run(
            dispatch.set_promise, self.case_id, _from_qt(self.ui.promiseEdit),
            notice=self.tr("%1: promised completion time set."),
        )  # fmt: skip

    def send_progress(self) -> None:
        from app.services import dispatch

        if self.case_id is None:
            return
        text = self.ui.progressEdit.text().strip()
        self._run(
            dispatch.progress_update, self.case_id, text,
            notice=self.tr("%1: progress update queued for the customer."),
        )  # fmt: skip

    def send_delay(self) -> None:
        from app.services import dispatch

        if self.case_id is None:
            return
        self._run(
            dispatch.announce_delay, self.case_id,
            reason_code=str(self.ui.reasonCombo.currentData() or ""),
            reason=self.ui.reasonEdit.text(),
            new_eta=_from_qt(self.ui.etaEdit),
            compensation=str(self.ui.compensationCombo.currentData() or ""),
            late_ok=self.ui.lateCheck.isChecked(),
            notice=self.tr("%1: delay notice queued for the customer; new promise set."),
        )  # fmt: skip

    def record_answer(self) -> None:
        from app.services import dispatch

        notice_id = selected_key(self.ui.delaysView)
        answer = str(self.ui.answerCombo.currentData() or "")
        if notice_id is None:
            show_error(self.ui.actionErrorLabel, self.tr("Select a delay notice first."))
            return
        self._run(
            dispatch.record_delay_answer, notice_id, answer, self.ui.answerNoteEdit.text(),
            notice=self.tr("%1: the customer's answer is recorded."),
        )  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self._fill_lists()
            self.updates.retranslate()
            self.delays.retranslate()
            fit_headers(self.ui.delaysView)
            fit_headers(self.ui.updatesView)
            if self.progress is not None:
                self._show(self.progress)
        super().changeEvent(event)
