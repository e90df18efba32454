"""Homes of the workshop floor: team lead (W1 dispatch and assignment), technician (my jobs)
and QC inspector (D1 re-inspection). Every action runs one service call on a worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex
from PySide6.QtWidgets import QCheckBox, QTableView, QWidget

from app.domain.actions import allowed_actions
from app.domain.errors import ExpectedError
from app.domain.lifecycle import CaseAction
from app.domain.qc import QC_CHECKS
from app.services.dto import CaseRef, CaseRow, DispatchItem, SlaInfo, TechnicianLoad
from app.ui.columns import case_columns
from app.ui.generated.ui_qc_home import Ui_QcHomeForm
from app.ui.generated.ui_team_lead_home import Ui_TeamLeadHomeForm
from app.ui.generated.ui_technician_home import Ui_TechnicianHomeForm
from app.ui.i18n import QT_TRANSLATE_NOOP, local_time, skills_label, translated
from app.ui.live import LiveRefresh
from app.ui.models import Column, RecordTableModel
from app.ui.pages import PAGES
from app.ui.state import AppState
from app.ui.widgets import (
    fit_case_columns,
    key_of,
    retranslate_form,
    select_key,
    selected_key,
    set_widths,
    setup_form,
    setup_table,
    show_error,
    show_notice,
)

if TYPE_CHECKING:
    from app.services.queries import TeamLeadHome

PAUSE_REASONS = (
    ("waiting_parts", QT_TRANSLATE_NOOP("PauseReason", "Waiting for parts")),
    ("waiting_customer", QT_TRANSLATE_NOOP("PauseReason", "Waiting for the customer's decision")),
    ("break", QT_TRANSLATE_NOOP("PauseReason", "Break")),
    ("other_job", QT_TRANSLATE_NOOP("PauseReason", "Urgent job first")),
)


def _qc_rework(row: CaseRow) -> str:
    if not row.qc_note:
        return ""
    return QCoreApplication.translate("Columns", "Rework: %1").replace("%1", row.qc_note)


def _open_on_activate(view: QTableView, state: AppState) -> None:
    def activated(index: QModelIndex) -> None:
        key = key_of(index)
        if key:
            state.open_case_requested.emit(str(key))

    view.activated.connect(activated)


def _act(
    state: AppState,
    fn: Callable[..., CaseRef],
    case_id: str,
    *args: Any,
    error_label: Any,
    done: Callable[[], None],
    notice: str = "",
    **kwargs: Any,
) -> None:
    """Run one case action; on success announce the change once (`case_changed`): every open
    screen showing the case, this home included, refreshes from that signal."""

    def ok(detail: CaseRef) -> None:
        # A visible confirmation (issue 7 item 8): `notice` with %1 = the order number.
        show_notice(error_label, notice.replace("%1", detail.order_no))
        state.announce(detail.id, detail.state)

    def refused(err: ExpectedError) -> None:
        show_error(error_label, state.message(err))
        done()

    state.runner.run(
        fn,
        state.require_ctx(),
        state.require_actor(),
        case_id,
        *args,
        on_done=ok,
        on_error=refused,
        **kwargs,
    )


WAITING_STATES = ("confirmed", "dispatched")
"""The team lead's waiting list (queries.team_lead_home)."""
JOB_STATES = ("dispatched", "in_work", "paused")
"""A technician's jobs (queries.technician_home)."""


class TeamLeadHomePage(QWidget):
    """W1: confirmed cases waiting for dispatch with their clocks; technicians and their load."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_TeamLeadHomeForm()
        setup_form(self.ui, self)
        self.waiting: RecordTableModel[DispatchItem] = RecordTableModel(
            [
                *case_columns(
                    lambda r: r.case,
                    now=state.now,
                    slas_of=lambda r: r.sla,
                    promised=False,
                    extra=[
                        Column(
                            QT_TRANSLATE_NOOP("Columns", "Confirmed at"),
                            lambda r: local_time(r.confirmed_at),
                        )
                    ],
                ),
            ],
            key=lambda r: r.case.id,
            parent=self,
        )
        self.technicians: RecordTableModel[TechnicianLoad] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Technician"), lambda t: t.staff.name),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Skill level"), lambda t: str(t.staff.skill_level)
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Skills"), lambda t: skills_label(t.staff.skills)
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Active jobs"), lambda t: str(t.active_jobs)),
                Column(QT_TRANSLATE_NOOP("Columns", "Hours booked"), lambda t: f"{t.hours_booked}"),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "On shift"),
                    lambda t: (
                        QCoreApplication.translate("Columns", "Yes")
                        if t.on_shift
                        else QCoreApplication.translate("Columns", "No")
                    ),
                ),
            ],
            key=lambda t: t.staff.id,
            parent=self,
        )
        setup_table(self.ui.waitingView, self.waiting, stretch_column=3)
        set_widths(self.ui.waitingView, {0: 215, 1: 90, 2: 175, 4: 80, 5: 80, 6: 100, 7: 230})
        fit_case_columns(self.ui.waitingView, WAITING_STATES)  # "Technician" was cut
        setup_table(self.ui.techniciansView, self.technicians, stretch_column=2)
        _open_on_activate(self.ui.waitingView, state)
        self.ui.dispatchButton.clicked.connect(self.dispatch)
        self.ui.assignButton.clicked.connect(lambda: self.assign())
        self.ui.openCaseButton.clicked.connect(self._open)
        # Issue 8 item 1: the dispatch board (lanes, drag and tap, shifts) is a page of its own.
        self.ui.boardButton.clicked.connect(
            lambda: state.open_page_requested.emit("dispatch_board", None)
        )
        self.ui.waitingView.selectionModel().selectionChanged.connect(self._enable)
        show_error(self.ui.actionErrorLabel, "")
        self._enable()
        self.live = LiveRefresh(self, self.refresh, [self.waiting])

    def _enable(self) -> None:
        """Issue 7 item 4: dispatch and assign as the domain allows for the selected case
        (with nothing selected the buttons say what to select)."""
        key = selected_key(self.ui.waitingView)
        row = self.waiting.row_of(key) if key else -1
        if row < 0 or self.state.actor is None:
            self.ui.dispatchButton.setEnabled(True)
            self.ui.assignButton.setEnabled(True)
            return
        can = allowed_actions(self.waiting.record(row).case.state, self.state.actor.roles)
        self.ui.dispatchButton.setEnabled(CaseAction.DISPATCH in can)
        self.ui.assignButton.setEnabled(CaseAction.ASSIGN in can)

    def refresh(self) -> None:
        from app.services import queries

        self.state.runner.run(
            queries.team_lead_home,
            self.state.require_ctx(),
            on_done=self._show,
            on_error=self._failed,
        )

    def _show(self, home: TeamLeadHome) -> None:
        waiting = home.waiting
        technicians = home.technicians
        case_key = selected_key(self.ui.waitingView)
        tech_key = selected_key(self.ui.techniciansView)
        self.waiting.set_records(waiting)
        self.technicians.set_records(technicians)
        select_key(self.ui.waitingView, case_key)
        select_key(self.ui.techniciansView, tech_key)
        self._enable()
        self.live.landed(self.ui.updatedLabel, self.state.now())

    def _failed(self, err: ExpectedError) -> None:
        self.live.failed()
        show_error(self.ui.actionErrorLabel, self.state.message(err))

    def _open(self) -> None:
        key = selected_key(self.ui.waitingView)
        if key:
            self.state.open_case_requested.emit(key)

    def dispatch(self) -> None:
        from app.services import dispatch

        case_id = selected_key(self.ui.waitingView)
        if case_id is None:
            show_error(self.ui.actionErrorLabel, self.tr("Select a case first."))
            return
        _act(
            self.state, dispatch.dispatch, case_id, suggest_promise=True,
            error_label=self.ui.actionErrorLabel, done=self.live.refresh,
            notice=self.tr("%1 dispatched: the workshop has it now."),
        )  # fmt: skip

    def assign(self, reason: str = "") -> None:
        from app.services import dispatch

        case_id = selected_key(self.ui.waitingView)
        tech_id = selected_key(self.ui.techniciansView)
        if case_id is None or tech_id is None:
            show_error(self.ui.actionErrorLabel, self.tr("Select a case and a technician."))
            return
        row = self.technicians.row_of(tech_id)
        name = self.technicians.record(row).staff.name if row >= 0 else ""
        label = self.ui.actionErrorLabel

        def ok(detail: CaseRef) -> None:
            show_notice(label, self.tr("%1 assigned to %2.").replace("%1", detail.order_no)
                        .replace("%2", name))  # fmt: skip
            self.state.announce(detail.id, detail.state)

        def refused(err: ExpectedError) -> None:
            if err.code.startswith("dispatch.reason_") and not reason:
                # W1: off shift or on an urgent job: the lead gives a reason, then it goes.
                self._ask_reason(self.state.message(err))
                return
            show_error(label, self.state.message(err))
            self.live.refresh()

        self.state.runner.run(
            dispatch.assign, self.state.require_ctx(), self.state.require_actor(), case_id,
            tech_id, self.ui.difficultySpin.value(), reason, on_done=ok, on_error=refused,
        )  # fmt: skip

    def _ask_reason(self, question: str) -> None:
        from app.ui.override_reason import OverrideReasonDialog

        dialog = OverrideReasonDialog(question, self)
        dialog.setObjectName("overrideReasonDialog")
        dialog.reason_given.connect(self.assign)
        dialog.finished.connect(dialog.deleteLater)
        self.reason_dialog = dialog
        dialog.open()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self.waiting.retranslate()
            self.technicians.retranslate()
            fit_case_columns(self.ui.waitingView, WAITING_STATES)
        super().changeEvent(event)


class TechnicianHomePage(QWidget):
    """My jobs, with start / pause (with a reason) / resume / finish."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_TechnicianHomeForm()
        setup_form(self.ui, self)
        self.jobs: RecordTableModel[tuple[CaseRow, tuple[SlaInfo, ...]]] = RecordTableModel(
            case_columns(
                lambda r: r[0],
                now=state.now,
                slas_of=lambda r: r[1],
                technician=False,
                extra=[
                    # D1: a job failed at QC comes back with the inspector's note.
                    Column(
                        QT_TRANSLATE_NOOP("Columns", "QC note"),
                        lambda r: _qc_rework(r[0]),
                        tone=lambda r: "overdue" if r[0].qc_note else None,
                        tooltip=lambda r: r[0].qc_note,
                    )
                ],
            ),
            key=lambda r: r[0].id,
            parent=self,
        )
        setup_table(self.ui.jobsView, self.jobs, stretch_column=3)
        set_widths(self.ui.jobsView, {0: 215, 1: 90, 2: 175, 4: 80, 5: 110, 6: 150, 7: 230})
        fit_case_columns(self.ui.jobsView, JOB_STATES)
        _open_on_activate(self.ui.jobsView, state)
        self._fill_reasons()
        self.ui.startButton.clicked.connect(lambda: self._work("start_work"))
        self.ui.pauseButton.clicked.connect(lambda: self._work("pause_work"))
        self.ui.resumeButton.clicked.connect(lambda: self._work("resume_work"))
        self.ui.finishButton.clicked.connect(lambda: self._work("finish_work"))
        self.ui.openCaseButton.clicked.connect(self._open)
        # Issue 8 item 2: the job page (clock per labor line, parts by scan, extra work).
        self.ui.openJobButton.clicked.connect(self._open_job)
        self.ui.openJobButton.setVisible("job" in PAGES)
        self.ui.jobsView.selectionModel().selectionChanged.connect(self._enable)
        show_error(self.ui.actionErrorLabel, "")
        self._enable()
        self.live = LiveRefresh(self, self.refresh, [self.jobs])

    def _fill_reasons(self) -> None:
        current = self.ui.pauseReasonCombo.currentIndex()
        self.ui.pauseReasonCombo.clear()
        for code, text in PAUSE_REASONS:
            self.ui.pauseReasonCombo.addItem(translated("PauseReason", text), code)
        self.ui.pauseReasonCombo.setCurrentIndex(max(0, current))

    def refresh(self) -> None:
        from app.services import queries

        self.state.runner.run(
            queries.technician_home,
            self.state.require_ctx(),
            self.state.require_actor(),
            on_done=self._show,
            on_error=self._failed,
        )

    def _show(self, jobs: list[tuple[CaseRow, tuple[SlaInfo, ...]]]) -> None:
        key = selected_key(self.ui.jobsView)
        self.jobs.set_records(jobs)
        if not select_key(self.ui.jobsView, key) and jobs:
            self.ui.jobsView.selectRow(0)
        self._enable()
        self.live.landed(self.ui.updatedLabel, self.state.now())

    def _failed(self, err: ExpectedError) -> None:
        self.live.failed()
        show_error(self.ui.actionErrorLabel, self.state.message(err))

    def selected_state(self) -> str | None:
        key = selected_key(self.ui.jobsView)
        row = self.jobs.row_of(key) if key else -1
        return self.jobs.record(row)[0].state if row >= 0 else None

    def _enable(self) -> None:
        # Issue 7 item 4: the domain says what may be done; "my jobs" are this person's own.
        job_state = self.selected_state()
        can = (
            allowed_actions(job_state, self.state.require_actor().roles, is_assignee=True)
            if job_state is not None and self.state.actor is not None
            else frozenset()
        )
        self.ui.startButton.setEnabled(CaseAction.START_WORK in can)
        self.ui.pauseButton.setEnabled(CaseAction.PAUSE in can)
        self.ui.pauseReasonCombo.setEnabled(CaseAction.PAUSE in can)
        self.ui.resumeButton.setEnabled(CaseAction.RESUME in can)
        self.ui.finishButton.setEnabled(CaseAction.FINISH_WORK in can)
        self.ui.openCaseButton.setEnabled(job_state is not None)
        self.ui.openJobButton.setEnabled(job_state is not None)

    def _open(self) -> None:
        key = selected_key(self.ui.jobsView)
        if key:
            self.state.open_case_requested.emit(key)

    def _open_job(self) -> None:
        key = selected_key(self.ui.jobsView)
        if key:
            self.state.open_page_requested.emit("job", key)

    def _work(self, action: str) -> None:
        from app.services import bay

        case_id = selected_key(self.ui.jobsView)
        if case_id is None:
            return
        args: tuple[Any, ...] = ()
        if action == "pause_work":
            args = (str(self.ui.pauseReasonCombo.currentData()),)
        for button in (self.ui.startButton, self.ui.pauseButton, self.ui.finishButton):
            button.setEnabled(False)
        notices = {
            "start_work": self.tr("Work started on %1."),
            "pause_work": self.tr("%1 paused."),
            "resume_work": self.tr("Work resumed on %1."),
            "finish_work": self.tr("%1 finished: it goes to QC now."),
        }
        _act(
            self.state, getattr(bay, action), case_id, *args,
            error_label=self.ui.actionErrorLabel, done=self.live.refresh,
            notice=notices[action],
        )  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self._fill_reasons()
            self.jobs.retranslate()
            fit_case_columns(self.ui.jobsView, JOB_STATES)
        super().changeEvent(event)


class QcHomePage(QWidget):
    """D1: cases waiting for QC; a pass is the full inspection on its page, the quick fail
    here names the checks that failed (ticked) with the reason."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_QcHomeForm()
        setup_form(self.ui, self)
        # Narrow beside the checklist: who did the work matters here, the promise does not.
        self.cases: RecordTableModel[CaseRow] = RecordTableModel(
            case_columns(lambda r: r, owner=False, promised=False), key=lambda r: r.id, parent=self
        )
        setup_table(self.ui.qcView, self.cases, stretch_column=3)
        set_widths(self.ui.qcView, {0: 215, 1: 70, 2: 175, 4: 80})
        fit_case_columns(self.ui.qcView, ("qc",))  # "Technician" was cut
        _open_on_activate(self.ui.qcView, state)
        self.checks: dict[str, QCheckBox] = dict(
            zip(
                QC_CHECKS,
                (
                    self.ui.faultResolvedCheck,
                    self.ui.partsSecureCheck,
                    self.ui.torqueCheck,
                    self.ui.wiringCheck,
                    self.ui.cleanCheck,
                ),
                strict=True,
            )
        )
        for box in self.checks.values():
            box.toggled.connect(self._enable)
        self.ui.notesEdit.textChanged.connect(self._enable)
        self.ui.qcView.selectionModel().selectionChanged.connect(self._selected)
        # D1 (issue 8 item 8): a pass is the structured inspection of the job kind (readings,
        # evidence photo) on the qc_inspection page; the home keeps its quick fail.
        self.ui.passButton.clicked.connect(self._inspect)
        self.ui.failButton.clicked.connect(lambda: self.record(False))
        self.ui.openCaseButton.clicked.connect(self._open)
        show_error(self.ui.actionErrorLabel, "")
        self._selected()
        self.live = LiveRefresh(self, self.refresh, [self.cases])

    def refresh(self) -> None:
        from app.services import queries

        self.state.runner.run(
            queries.qc_home, self.state.require_ctx(), on_done=self._show, on_error=self._failed
        )

    def _show(self, rows: list[CaseRow]) -> None:
        key = selected_key(self.ui.qcView)
        self.cases.set_records(rows)
        if not select_key(self.ui.qcView, key) and rows:
            self.ui.qcView.selectRow(0)
        self._selected()
        self.live.landed(self.ui.updatedLabel, self.state.now())

    def _failed(self, err: ExpectedError) -> None:
        self.live.failed()
        show_error(self.ui.actionErrorLabel, self.state.message(err))

    def _selected(self) -> None:
        key = selected_key(self.ui.qcView)
        row = self.cases.row_of(key) if key else -1
        if row >= 0:
            case = self.cases.record(row)
            text = f"{case.order_no} · {case.asset_label}"
            if case.qc_rounds:
                # D1: the inspector knows this is a re-inspection, and what failed last time.
                text += "\n" + self.tr("Re-inspection (round %1). Last time: %2").replace(
                    "%1", str(case.qc_rounds + 1)
                ).replace("%2", case.qc_note or "—")
            self.ui.selectedCaseLabel.setText(text)
        else:
            self.ui.selectedCaseLabel.setText(self.tr("Select a case to inspect."))
        for box in self.checks.values():
            box.setChecked(False)
        self.ui.notesEdit.clear()
        self._enable()

    def _enable(self) -> None:
        key = selected_key(self.ui.qcView)
        row = self.cases.row_of(key) if key else -1
        chosen = row >= 0
        can = (
            allowed_actions(self.cases.record(row).state, self.state.require_actor().roles)
            if chosen and self.state.actor is not None
            else frozenset()
        )
        self.ui.passButton.setEnabled(CaseAction.QC_PASS in can and "qc_inspection" in PAGES)
        # D1: the quick fail names the checks that FAILED (ticked here) and why.
        self.ui.failButton.setEnabled(
            CaseAction.QC_FAIL in can
            and any(box.isChecked() for box in self.checks.values())
            and bool(self.ui.notesEdit.text().strip())
        )
        self.ui.openCaseButton.setEnabled(chosen)

    def _open(self) -> None:
        key = selected_key(self.ui.qcView)
        if key:
            self.state.open_case_requested.emit(key)

    def _inspect(self) -> None:
        key = selected_key(self.ui.qcView)
        if key:
            self.state.open_page_requested.emit("qc_inspection", key)

    def record(self, passed: bool) -> None:
        from app.services import qc

        case_id = selected_key(self.ui.qcView)
        if case_id is None:
            return
        # The ticked checks are those that FAILED, the reason typed is theirs; the others were
        # not checked here (a pass is the full inspection on its page).
        reason = self.ui.notesEdit.text().strip()
        failed = {name: reason for name, box in self.checks.items() if box.isChecked()}
        self.ui.passButton.setEnabled(False)
        self.ui.failButton.setEnabled(False)
        _act(
            self.state, qc.record_qc, case_id,
            passed=passed, checklist={}, failed=failed,
            error_label=self.ui.actionErrorLabel, done=self.live.refresh,
            notice=self.tr("%1 passed QC: ready for delivery.")
            if passed
            else self.tr("%1 failed QC: it goes back to the technician with your note."),
        )  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self.cases.retranslate()
            fit_case_columns(self.ui.qcView, ("qc",))
        super().changeEvent(event)
