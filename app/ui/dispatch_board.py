"""The team lead's dispatch board (issue 8 item 1, W1): cases waiting for a technician, urgent
and safety cases first with their live W1 clocks (overdue red); a lane per technician with
today's shift, bay, skills and load; a lane per bay. Assign by dragging a case onto a lane
or by selecting it and tapping the technician. A technician off shift or already on an urgent
job is assigned only with a reason (a dialog), which the service records."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.actions import allowed_actions
from app.domain.errors import ExpectedError
from app.domain.lifecycle import CaseAction
from app.domain.sla import SlaStatus
from app.services.dispatch import BayLane, Board, BoardCase, Lane, default_promise
from app.services.dto import CaseRef
from app.ui.dispatch_drag import CASE_MIME, case_id_of
from app.ui.generated.ui_dispatch_board import Ui_DispatchBoardForm
from app.ui.i18n import (
    QT_TRANSLATE_NOOP,
    list_join,
    local_time,
    skills_label,
    state_label,
    translated,
)
from app.ui.live import LiveRefresh
from app.ui.models import Column, RecordTableModel, sla_text, sla_tone, sla_tooltip
from app.ui.override_reason import OverrideReasonDialog
from app.ui.state import AppState
from app.ui.widgets import (
    fit_headers,
    retranslate_form,
    select_key,
    selected_key,
    set_widths,
    setup_form,
    setup_table,
    show_error,
    show_notice,
)

DIFFICULTIES = (
    (1, QT_TRANSLATE_NOOP("Difficulty", "1 · Routine")),
    (2, QT_TRANSLATE_NOOP("Difficulty", "2 · Standard")),
    (3, QT_TRANSLATE_NOOP("Difficulty", "3 · Complex")),
    (4, QT_TRANSLATE_NOOP("Difficulty", "4 · Expert")),
    (5, QT_TRANSLATE_NOOP("Difficulty", "5 · Specialist")),
)


def difficulty_label(level: int) -> str:
    text = dict(DIFFICULTIES).get(level)
    return translated("Difficulty", text) if text else str(level)


def _hours(value: Decimal) -> str:
    return QCoreApplication.translate("DispatchBoard", "%1 h").replace(
        "%1", f"{value.normalize():f}" if value else "0"
    )


def short_order_no(order_no: str, *, with_year: bool = False) -> str:
    """The distinguishing end of an order number on the board, where every case is this
    dealer's: "WO-GZ01A-20261108-0001" -> "1108-0001" ("20261108-0001" with the year). The
    waiting list cut the full number to "WO-GZ01A-20261108-00…", hiding its sequence."""
    date, _, seq = order_no.rpartition("-")
    date = date.rpartition("-")[2]
    if not seq or not date:
        return order_no
    return f"{date if with_year else date[-4:]}-{seq}"


class CaseDragModel(RecordTableModel[BoardCase]):
    """Waiting cases; a row drags as its case id."""

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [CASE_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        keys = {self.key_at(i.row()) for i in indexes if i.isValid()}
        keys.discard(None)
        if keys:
            data.setData(CASE_MIME, QByteArray(str(sorted(k for k in keys if k)[0]).encode()))
        return data


class TechnicianLane(QFrame):
    """One technician: tap target with the name, shift and bay, skills, load, jobs. Accepts a
    dragged case."""

    dropped = Signal(str, str)
    """(case id, technician id)"""
    tapped = Signal(str)

    def __init__(self, lane: Lane, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.setObjectName("dispatchLane")
        self.setProperty("offShift", not lane.on_shift)
        self.setProperty("busy", bool(lane.urgent_job))
        self.setAcceptDrops(True)
        self.setFixedWidth(146)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(3)
        self.tapButton = QPushButton(lane.staff.name, self)
        self.tapButton.setObjectName("laneTapButton")
        self.tapButton.clicked.connect(lambda: self.tapped.emit(lane.staff.id))
        layout.addWidget(self.tapButton)
        self.shiftLabel = self._label(layout, self._shift_text(), "laneShift")
        self.shiftLabel.setProperty("tone", "ok" if lane.on_shift else "error")
        self._label(layout, skills_label(list(lane.staff.skills)) or "—", "laneSkills")
        count = len(lane.jobs)
        load = self.tr("%n job(s)", "", count) + " · " + _hours(lane.hours_booked)
        self._label(layout, load, "laneLoad")
        if lane.urgent_job:
            busy = self._label(
                layout,
                QCoreApplication.translate("DispatchBoard", "On urgent job %1").replace(
                    "%1", lane.urgent_job[-8:]
                ),
                "laneBusy",
            )
            busy.setProperty("tone", "warn")
        self.jobLabels: list[QLabel] = []
        for job in lane.jobs[:6]:
            text = f"{short_order_no(job.case.order_no)} {state_label(job.case.state)}"
            clock = sla_text(job.sla, now)
            if clock:
                text += f"\n{clock}"
            label = self._label(layout, text, "laneJob")
            tone = sla_tone(job.sla, now)
            label.setProperty(
                "tone",
                "overdue" if tone in (SlaStatus.OVERDUE, SlaStatus.MISSED) else "urgent"
                if job.case.urgent else "job",
            )  # fmt: skip
            label.setToolTip(f"{job.case.order_no}\n{job.case.asset_label}")
            self.jobLabels.append(label)
        layout.addStretch(1)

    def _label(self, layout: QVBoxLayout, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setMinimumHeight(label.sizeHint().height())
        layout.addWidget(label)
        return label

    def _shift_text(self) -> str:
        lane = self.lane
        if lane.shift_start is None or lane.shift_end is None:
            return QCoreApplication.translate("DispatchBoard", "Off today")
        span = f"{local_time(lane.shift_start)}–{local_time(lane.shift_end)}"
        text = (
            QCoreApplication.translate("DispatchBoard", "On shift %1")
            if lane.on_shift
            else QCoreApplication.translate("DispatchBoard", "Off shift (%1)")
        ).replace("%1", span)
        return f"{text} · {lane.bay}" if lane.bay else text

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if case_id_of(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if case_id_of(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        case_id = case_id_of(event.mimeData())
        if case_id:
            event.acceptProposedAction()
            self.dropped.emit(case_id, self.lane.staff.id)


class DispatchBoardPage(QWidget):
    """Page "dispatch_board" (app.ui.pages)."""

    close_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_DispatchBoardForm()
        setup_form(self.ui, self)
        now = state.now
        self.waiting = CaseDragModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Order no."),
                    lambda r: short_order_no(r.case.order_no, with_year=True),
                    tone=lambda r: "urgent" if r.case.urgent else None,
                    tooltip=lambda r: (
                        QCoreApplication.translate("Columns", "Urgent") if r.case.urgent else ""
                    ),
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda r: state_label(r.case.state)),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Vehicle / product"),
                    lambda r: f"{r.case.plate}  {r.case.asset_label}".strip(),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Est. hours"), lambda r: _hours(r.estimate_hours)
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "SLA"),
                    lambda r: sla_text(r.sla, now()),
                    live=True,
                    tone=lambda r: sla_tone(r.sla, now()),
                    tooltip=lambda r: sla_tooltip(r.sla, now()),
                ),
            ],
            key=lambda r: r.case.id,
            parent=self,
        )
        setup_table(self.ui.waitingView, self.waiting, stretch_column=2)
        set_widths(self.ui.waitingView, {0: 120, 1: 95, 3: 85, 4: 110})
        self.ui.waitingView.setDragEnabled(True)
        self.bays: RecordTableModel[BayLane] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Bay"), lambda b: b.bay),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Technicians"), lambda b: list_join(b.technicians)
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Jobs"), lambda b: str(len(b.jobs))),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Hours booked"), lambda b: _hours(b.hours_booked)
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Orders"),
                    lambda b: ", ".join(short_order_no(j.case.order_no) for j in b.jobs),
                ),
            ],
            key=lambda b: b.bay,
            parent=self,
        )
        setup_table(self.ui.baysView, self.bays, stretch_column=4)
        set_widths(self.ui.baysView, {0: 90, 1: 150, 2: 50, 3: 90})
        fit_headers(self.ui.baysView)
        fit_headers(self.ui.waitingView)
        self._fill_difficulties()
        self.lanes: dict[str, TechnicianLane] = {}
        self.board: Board | None = None
        self.reason_dialog: OverrideReasonDialog | None = None
        self.ui.backButton.clicked.connect(self.close_requested)
        self.ui.openCaseButton.clicked.connect(self._open_case)
        self.ui.dispatchButton.clicked.connect(self.dispatch)
        self.ui.waitingView.selectionModel().selectionChanged.connect(self._selected)
        self.ui.waitingView.activated.connect(lambda _i: self._open_case())
        show_error(self.ui.actionErrorLabel, "")
        self.live = LiveRefresh(self, self.refresh, [self.waiting])
        self._selected()

    # -- page contract ----------------------------------------------------------------------

    def open(self, _arg: object = None) -> None:
        show_error(self.ui.actionErrorLabel, "")
        self.live.refresh()

    def refresh(self) -> None:
        from app.services import dispatch

        self.state.runner.run(
            dispatch.dispatch_board,
            self.state.require_ctx(),
            on_done=self._show,
            on_error=self._failed,
        )

    def _failed(self, err: ExpectedError) -> None:
        self.live.failed()
        show_error(self.ui.actionErrorLabel, self.state.message(err))

    def _show(self, board: Board) -> None:
        self.board = board
        key = selected_key(self.ui.waitingView)
        self.waiting.set_records(list(board.waiting))
        if not select_key(self.ui.waitingView, key) and board.waiting:
            self.ui.waitingView.selectRow(0)
        self.bays.set_records(list(board.bays))
        self._build_lanes(board)
        self._selected()
        self.live.landed(self.ui.updatedLabel, self.state.now())

    def _build_lanes(self, board: Board) -> None:
        layout = self.ui.lanesLayout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.lanes = {}
        now = self.state.now()
        for lane in board.lanes:
            widget = TechnicianLane(lane, now, self.ui.lanesContainer)
            widget.dropped.connect(self.assign)
            widget.tapped.connect(self._tapped)
            layout.addWidget(widget)
            self.lanes[lane.staff.id] = widget
        layout.addStretch(1)

    def _fill_difficulties(self) -> None:
        current = max(0, self.ui.difficultyCombo.currentIndex())
        self.ui.difficultyCombo.clear()
        for level, _text in DIFFICULTIES:
            self.ui.difficultyCombo.addItem(difficulty_label(level), level)
        self.ui.difficultyCombo.setCurrentIndex(current)

    # -- selection --------------------------------------------------------------------------

    def selected_case(self) -> BoardCase | None:
        key = selected_key(self.ui.waitingView)
        row = self.waiting.row_of(key) if key else -1
        return self.waiting.record(row) if row >= 0 else None

    def _selected(self) -> None:
        item = self.selected_case()
        actor = self.state.actor
        can = (
            allowed_actions(item.case.state, actor.roles)
            if item is not None and actor is not None
            else frozenset()
        )
        self.ui.dispatchButton.setEnabled(CaseAction.DISPATCH in can)
        self.ui.promiseEdit.setEnabled(CaseAction.DISPATCH in can)
        self.ui.openCaseButton.setEnabled(item is not None)
        if item is not None:
            index = self.ui.difficultyCombo.findData(item.difficulty)
            self.ui.difficultyCombo.setCurrentIndex(max(0, index))
            promise = item.case.promised_at or default_promise(
                self.state.now(), item.estimate_hours
            )
            self.ui.promiseEdit.setDateTime(
                QDateTime(
                    QDate(promise.year, promise.month, promise.day),
                    QTime(promise.hour, promise.minute),
                )
            )

    def _open_case(self) -> None:
        item = self.selected_case()
        if item is not None:
            self.state.open_case_requested.emit(item.case.id)

    # -- actions ----------------------------------------------------------------------------

    def _run(self, fn: Any, *args: Any, notice: str, **kwargs: Any) -> None:
        def ok(ref: CaseRef) -> None:
            show_notice(self.ui.actionErrorLabel, notice.replace("%1", ref.order_no))
            self.state.announce(ref.id, ref.state)
            self.live.refresh()

        def refused(err: ExpectedError) -> None:
            show_error(self.ui.actionErrorLabel, self.state.message(err))
            self.live.refresh()

        self.state.runner.run(
            fn,
            self.state.require_ctx(),
            self.state.require_actor(),
            *args,
            on_done=ok,
            on_error=refused,
            **kwargs,
        )

    def dispatch(self) -> None:
        """W1: the order reaches the workshop, with the promised completion time (W5)."""
        from app.services import dispatch

        item = self.selected_case()
        if item is None:
            show_error(self.ui.actionErrorLabel, self.tr("Select a case first."))
            return
        promise = self.ui.promiseEdit.dateTime().toPython()
        assert isinstance(promise, datetime)
        if promise <= self.state.now():
            show_error(
                self.ui.actionErrorLabel,
                self.tr("The promised completion time must be later than now."),
            )
            self.ui.promiseEdit.setFocus()
            return
        self._run(
            dispatch.dispatch, item.case.id, promised_at=promise.replace(second=0, microsecond=0),
            notice=self.tr("%1 dispatched: the workshop has it now."),
        )  # fmt: skip

    def _tapped(self, technician_id: str) -> None:
        item = self.selected_case()
        if item is None:
            show_error(
                self.ui.actionErrorLabel,
                self.tr("Select a waiting case first, then tap the technician."),
            )
            return
        self.assign(item.case.id, technician_id)

    def assign(self, case_id: str, technician_id: str) -> None:
        """Assign by drop or tap; off shift or on an urgent job: ask the reason first."""
        lane = self.lanes.get(technician_id)
        if lane is None:
            return
        info = lane.lane
        if not info.on_shift:
            question = self.tr("%1 is not on shift now. Why assign this case to %1?").replace(
                "%1", info.staff.name
            )
        elif info.urgent_job:
            question = (
                self.tr("%1 is on urgent job %2. Why assign this case too?")
                .replace("%1", info.staff.name)
                .replace("%2", info.urgent_job)
            )
        else:
            self._assign(case_id, technician_id, info.staff.name, "")
            return
        dialog = OverrideReasonDialog(question, self)
        dialog.setObjectName("overrideReasonDialog")
        dialog.reason_given.connect(
            lambda reason: self._assign(case_id, technician_id, info.staff.name, reason)
        )
        dialog.finished.connect(dialog.deleteLater)
        self.reason_dialog = dialog
        dialog.open()

    def _assign(self, case_id: str, technician_id: str, name: str, reason: str) -> None:
        from app.services import dispatch

        level = int(self.ui.difficultyCombo.currentData() or 1)
        self._run(
            dispatch.assign, case_id, technician_id, level, reason,
            notice=self.tr("%1 assigned to %2.").replace("%2", name),
        )  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self._fill_difficulties()
            self.waiting.retranslate()
            self.bays.retranslate()
            fit_headers(self.ui.baysView)
            fit_headers(self.ui.waitingView)
            if self.board is not None:
                self._build_lanes(self.board)
        super().changeEvent(event)
