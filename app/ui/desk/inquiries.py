"""Customer inquiries (P3): log a question from any channel, the board with live 30-minute /
2-hour reply clocks (overdue in red, on top), and the reply."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from app.domain.errors import UserError
from app.domain.roles import Action, allowed
from app.domain.sla import SlaStatus
from app.services import desk
from app.services.dto import InquiryInfo
from app.ui.i18n import list_join

if TYPE_CHECKING:
    from app.ui.state import AppState
from app.ui.desk.env import DeskTableModel, clock_text, fill, fill_combo, key_of, tr
from app.ui.generated.ui_desk_inquiries import Ui_DeskInquiriesForm
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models import Column, live_status
from app.ui.widgets import (
    retranslate_form,
    select_key,
    selected_key,
    set_widths,
    setup_form,
    setup_table,
    show_error,
)

CHANNELS = (
    ("store", QT_TRANSLATE_NOOP("Desk", "In store")),
    ("app", QT_TRANSLATE_NOOP("Desk", "Official app")),
    ("hotline", QT_TRANSLATE_NOOP("Desk", "400 hotline")),
    ("phone", QT_TRANSLATE_NOOP("Desk", "Phone call")),
)
REFRESH_MS = 30_000
"""Inquiries logged at another workstation appear within this time."""
TICK_MS = 1_000


def channel_name(key: str) -> str:
    return tr(dict(CHANNELS).get(key, key))


def asker(info: InquiryInfo) -> tuple[str, str]:
    """(who asked, the question): a caller who left only a name has it noted in front of the
    question by `desk.log_inquiry`; the board shows it in the customer column."""
    if not info.customer_name and info.question.startswith("[") and "] " in info.question:
        name, _, question = info.question[1:].partition("] ")
        return name, question
    return info.customer_name or "-", info.question


def board_and_duty(ctx: Any) -> tuple[list[InquiryInfo], desk.DutyNow]:
    """One round trip for the screen (runs on a worker thread)."""
    return desk.inquiry_board(ctx), desk.who_answers(ctx)


def duty_text(now: desk.DutyNow) -> str:
    names = list_join(s.name for s in now.staff)
    if not now.staff:
        return QCoreApplication.translate(
            "Desk", "Nobody is on duty or on shift: customers wait until the roster is filled"
        )
    if now.rostered:
        return fill(QCoreApplication.translate("Desk", "On duty now: %1"), names)
    return fill(QCoreApplication.translate("Desk", "Answering now (on shift): %1"), names)


class InquiriesPage(QWidget):
    """Signals: changed() after an inquiry was logged or answered (the shell refreshes)."""

    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskInquiries")
        self.state = state
        self.runner = state.runner.for_owner(self)
        self.pending = 0
        self._loading = False
        self._again = False
        self.ui = Ui_DeskInquiriesForm()
        setup_form(self.ui, self)
        ui = self.ui
        self.alert: QLabel = ui.alertBanner
        self.duty_label: QLabel = ui.dutyNow
        self.log_box: QGroupBox = ui.logBox
        self.channel_combo: QComboBox = ui.channelCombo
        self.phone_edit: QLineEdit = ui.phoneEdit
        self.name_edit: QLineEdit = ui.nameEdit
        self.question_edit: QPlainTextEdit = ui.questionEdit
        self.urgent_check: QCheckBox = ui.urgentCheck
        self.log_button: QPushButton = ui.logButton
        self.log_error: QLabel = ui.logError
        self.view: QTableView = ui.inquiryBoard
        self.board_title: QLabel = ui.boardTitle
        self.reply_box: QGroupBox = ui.replyBox
        self.selected_label: QLabel = ui.selectedQuestion
        self.reply_edit: QPlainTextEdit = ui.replyEdit
        self.reply_button: QPushButton = ui.replyButton
        self.reply_error: QLabel = ui.replyError

        # -- the board --
        tone = self._tone  # P3: an overdue inquiry is red across the whole row
        self.model = DeskTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Desk", "Reply clock"), self._clock, live=True, tone=tone),
                Column(QT_TRANSLATE_NOOP("Desk", "Limit"), self._limit, live=True, tone=tone),
                Column(
                    QT_TRANSLATE_NOOP("Desk", "Channel"),
                    lambda i: channel_name(i.channel),
                    live=True,
                    tone=tone,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Desk", "Customer"),
                    lambda i: asker(i)[0],
                    live=True,
                    tone=tone,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Desk", "Question"),
                    lambda i: asker(i)[1],
                    live=True,
                    tone=tone,
                    tooltip=lambda i: i.question,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Desk", "Received"),
                    lambda i: i.received_at.strftime("%m-%d %H:%M"),
                    live=True,
                    tone=tone,
                ),
            ],
            key=lambda i: i.id,
            parent=self,
        )
        setup_table(self.view, self.model, stretch_column=4)
        set_widths(self.view, {0: 120, 1: 115, 2: 85, 3: 135, 5: 105})
        self.view.selectionModel().selectionChanged.connect(self._selected)

        self.log_button.clicked.connect(self.log_inquiry)
        self.reply_button.clicked.connect(self.reply)
        self.reply_edit.textChanged.connect(self._update_buttons)
        self.question_edit.textChanged.connect(self._update_buttons)
        may = allowed(state.require_actor().roles, Action.ANSWER_INQUIRY)
        self.log_box.setEnabled(may)
        self.reply_box.setEnabled(may)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.refresher = QTimer(self)
        self.refresher.setInterval(REFRESH_MS)
        self.refresher.timeout.connect(self.refresh)
        self.retranslate()
        self._update_buttons()

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Texts that are not in the form: the channel choices and the board."""
        fill_combo(self.channel_combo, CHANNELS)
        self.model.retranslate()
        self._show_selected()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self.retranslate()
        super().changeEvent(event)

    # -- columns -------------------------------------------------------------------------

    def _status(self, info: InquiryInfo) -> SlaStatus | None:
        return live_status(info.sla[0], self.state.now()) if info.sla else None

    def _clock(self, info: InquiryInfo) -> str:
        return clock_text(info.sla[0].due, self.state.now()) if info.sla else ""

    def _limit(self, info: InquiryInfo) -> str:
        return (
            QCoreApplication.translate("Desk", "Urgent · 30 min")
            if info.urgent
            else QCoreApplication.translate("Desk", "General · 2 h")
        )

    def _tone(self, info: InquiryInfo) -> str | None:
        status = self._status(info)
        return status.value if status in (SlaStatus.OVERDUE, SlaStatus.DUE_SOON) else None

    # -- loading -------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.ticker.start()
        self.refresher.start()
        self.refresh()

    def hideEvent(self, event: Any) -> None:
        self.ticker.stop()
        self.refresher.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        if self._loading:
            self._again = True  # a change landed after the running read started
            return
        self._loading = True
        self._again = False
        self.pending += 1
        self.runner.run(
            board_and_duty,
            self.state.require_ctx(),
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def _loaded(self, result: tuple[list[InquiryInfo], desk.DutyNow]) -> None:
        self._loading = False
        self.pending -= 1
        if self._again:
            self.refresh()
        board, duty = result
        key = selected_key(self.view)
        self.model.set_records(board)
        if key is not None:
            select_key(self.view, key)
        self.duty_label.setText(duty_text(duty))
        self.tick()
        self._show_selected()

    def _load_failed(self, err: UserError) -> None:
        self._loading = False
        self.pending -= 1
        self.duty_label.setText(err.message(self.state.lang))

    def tick(self) -> None:
        """Live countdowns: a clock turns due-soon and overdue by itself (no re-query)."""
        self.model.tick()
        overdue = sum(1 for i in self.model.records() if self._status(i) is SlaStatus.OVERDUE)
        self.alert.setText(
            fill(
                QCoreApplication.translate("Desk", "Overdue inquiries: %1. Reply now (P3)"), overdue
            )
        )
        self.alert.setVisible(overdue > 0)

    # -- actions -------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        self.log_button.setEnabled(bool(self.question_edit.toPlainText().strip()))
        self.reply_button.setEnabled(
            selected_key(self.view) is not None and bool(self.reply_edit.toPlainText().strip())
        )

    def log_inquiry(self) -> None:
        show_error(self.log_error, "")
        self.log_button.setEnabled(False)
        self.pending += 1
        self.runner.run(
            desk.log_inquiry,
            self.state.require_ctx(),
            self.state.require_actor(),
            channel=key_of(self.channel_combo, "store"),
            question=self.question_edit.toPlainText(),
            urgent=self.urgent_check.isChecked(),
            phone=self.phone_edit.text(),
            name=self.name_edit.text(),
            on_done=self._logged,
            on_error=self._log_refused,
        )

    def _logged(self, info: InquiryInfo) -> None:
        self.pending -= 1
        self.question_edit.clear()
        self.phone_edit.clear()
        self.name_edit.clear()
        self.urgent_check.setChecked(False)
        self._update_buttons()
        self.changed.emit()
        self.refresh()

    def _log_refused(self, err: UserError) -> None:
        self.pending -= 1
        show_error(self.log_error, err.message(self.state.lang))
        self._update_buttons()

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        show_error(self.reply_error, "")
        self._show_selected()
        self._update_buttons()

    def _show_selected(self) -> None:
        key = selected_key(self.view)
        row = self.model.row_of(key) if key else -1
        if row < 0:
            self.selected_label.setText(
                QCoreApplication.translate("Desk", "Tap an inquiry on the board to reply.")
            )
            return
        info: InquiryInfo = self.model.record(row)
        self.selected_label.setText(
            fill(
                QCoreApplication.translate("Desk", "%1 · %2: %3"),
                channel_name(info.channel),
                info.customer_name or "-",
                info.question,
            )
        )

    def reply(self) -> None:
        key = selected_key(self.view)
        if key is None:
            return
        show_error(self.reply_error, "")
        self.reply_button.setEnabled(False)
        self.pending += 1
        self.runner.run(
            desk.reply_inquiry,
            self.state.require_ctx(),
            self.state.require_actor(),
            key,
            self.reply_edit.toPlainText(),
            on_done=self._replied,
            on_error=self._reply_refused,
        )

    def _replied(self, info: InquiryInfo) -> None:
        self.pending -= 1
        self.reply_edit.clear()
        self.view.clearSelection()
        self._update_buttons()
        self.changed.emit()
        self.refresh()

    def _reply_refused(self, err: UserError) -> None:
        self.pending -= 1
        show_error(self.reply_error, err.message(self.state.lang))
        self._update_buttons()
