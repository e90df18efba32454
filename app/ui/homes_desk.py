"""Homes of the front desk and the office: service advisor (today's appointments, my open cases,
inquiries, with live SLA countdowns), service manager (overview by state, SLA alerts) and
administrator (staff, this workstation's idle lock)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QPushButton, QSplitter, QWidget

from app.domain.errors import ExpectedError
from app.domain.lifecycle import OPEN_STATES
from app.domain.roles import Role
from app.services.dto import (
    AppointmentInfo,
    CaseRow,
    CustomerInfo,
    InquiryInfo,
    Overview,
    SlaInfo,
    StaffInfo,
    StateCount,
)
from app.ui.columns import alert_columns, case_columns
from app.ui.floor_attention import FloorAttentionBlock
from app.ui.generated.ui_admin_home import Ui_AdminHomeForm
from app.ui.generated.ui_advisor_home import Ui_AdvisorHomeForm
from app.ui.generated.ui_manager_home import Ui_ManagerHomeForm
from app.ui.i18n import (
    QT_TRANSLATE_NOOP,
    appointment_state_label,
    channel_label,
    list_join,
    local_time,
    roles_label,
    state_label,
)
from app.ui.live import LiveRefresh
from app.ui.models import Column, RecordTableModel, sla_text, sla_tone, sla_tooltip
from app.ui.state import AppState
from app.ui.widgets import (
    fit_headers,
    fit_texts,
    key_of,
    retranslate_form,
    set_widths,
    setup_form,
    setup_table,
    show_error,
)

if TYPE_CHECKING:
    from app.services.improvement import ImprovementInfo
    from app.services.queries import AdvisorHome


def _guidance(customer: CustomerInfo) -> str:
    """P1: the customer's service preferences, shown to every role facing the customer."""
    marks = []
    if customer.needs_guidance:
        marks.append(QCoreApplication.translate("Preferences", "Needs operating guidance"))
    if customer.prefers_speed:
        marks.append(QCoreApplication.translate("Preferences", "Prefers speed"))
    return list_join(marks)


class AdvisorHomePage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_AdvisorHomeForm()
        setup_form(self.ui, self)
        now = state.now
        self.appointments: RecordTableModel[AppointmentInfo] = RecordTableModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Time"),
                    lambda a: local_time(a.desired_at, with_date=True),
                    tone=lambda a: "urgent" if a.urgent else None,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "State"),
                    lambda a: appointment_state_label(a.state),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Customer"),
                    lambda a: f"{a.customer.name}  {a.customer.phone_masked}",
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Preferences"), lambda a: _guidance(a.customer)
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Vehicle / product"),
                    lambda a: a.asset.label if a.asset else "",
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Fault"), lambda a: a.fault_description),
                Column(QT_TRANSLATE_NOOP("Columns", "Channel"), lambda a: channel_label(a.channel)),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "SLA"),
                    lambda a: sla_text(a.sla, now()),
                    live=True,
                    tone=lambda a: sla_tone(a.sla, now()),
                    tooltip=lambda a: sla_tooltip(a.sla, now()),
                ),
            ],
            key=lambda a: a.id,
            parent=self,
        )
        self.cases: RecordTableModel[tuple[CaseRow, tuple[SlaInfo, ...]]] = RecordTableModel(
            case_columns(lambda r: r[0], now=now, slas_of=lambda r: r[1]),
            key=lambda r: r[0].id,
            parent=self,
        )
        self.inquiries: RecordTableModel[InquiryInfo] = RecordTableModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Received"),
                    lambda q: local_time(q.received_at, with_date=True),
                    tone=lambda q: "urgent" if q.urgent else None,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda q: q.customer_name),
                Column(QT_TRANSLATE_NOOP("Columns", "Channel"), lambda q: channel_label(q.channel)),
                Column(QT_TRANSLATE_NOOP("Columns", "Question"), lambda q: q.question),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "SLA"),
                    lambda q: sla_text(q.sla, now()),
                    live=True,
                    tone=lambda q: sla_tone(q.sla, now()),
                ),
            ],
            key=lambda q: q.id,
            parent=self,
        )
        setup_table(self.ui.appointmentsView, self.appointments, stretch_column=4)
        set_widths(self.ui.appointmentsView, {0: 110, 1: 80, 2: 180, 3: 200, 5: 200, 6: 90, 7: 175})
        setup_table(self.ui.openCasesView, self.cases, stretch_column=3)
        set_widths(self.ui.openCasesView, {0: 215, 1: 90, 2: 175, 4: 80, 5: 80, 6: 110, 7: 175})
        setup_table(self.ui.inquiriesView, self.inquiries, stretch_column=3)
        set_widths(self.ui.inquiriesView, {0: 110, 1: 140, 2: 100, 4: 175})
        self._fit_columns()
        # Appointments and cases are the day's work; inquiries are usually few.
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 4)
        self.ui.splitter.setStretchFactor(2, 1)
        self.ui.openCasesView.activated.connect(self._open_case)
        self.ui.appointmentsView.activated.connect(self._open_appointment)
        # The reception bay (issue 3): booking, arrival, intake, estimate, print and sign.
        self.reception_button = QPushButton(self)
        self.reception_button.setObjectName("receptionButton")
        self.reception_button.setMinimumHeight(48)
        self.reception_button.clicked.connect(lambda: self.open_reception(None))
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("continueReceptionButton")
        self.continue_button.setMinimumHeight(48)
        self.continue_button.clicked.connect(self._continue_reception)
        self.ui.headerLayout.addWidget(self.continue_button)
        self.ui.headerLayout.addWidget(self.reception_button)
        # -- handover-settle (issue 9): settle / deliver the selected case ----------------
        self.handover_button = QPushButton(self)
        self.handover_button.setObjectName("settleDeliverButton")
        self.handover_button.setMinimumHeight(48)
        self.handover_button.clicked.connect(self._settle_or_deliver)
        self.ui.headerLayout.addWidget(self.handover_button)
        # -- end handover-settle ---------------------------------------------------------
        self._retranslate_buttons()
        # -- issue 9 (handover-after): follow-up calls due (P5), one block -------------------
        from app.ui.aftercare_blocks import FollowUpBlock

        self.follow_ups = FollowUpBlock(state, self)
        self.ui.splitter.addWidget(self.follow_ups)
        self.ui.splitter.setStretchFactor(3, 1)
        self.follow_ups.setMaximumHeight(170)  # the day's work keeps the room
        # -- end of the handover-after block ---------------------------------------------------
        # Issue 8 (floor-board): W4 updates and W5 notices due or missed on my cases.
        self.floor_attention = FloorAttentionBlock(state, compact=True)
        # Beside the follow-up calls, not under them: five blocks stacked do not fit 768 high.
        self.side_blocks = QSplitter(Qt.Orientation.Horizontal, self)
        self.side_blocks.setObjectName("advisorSideBlocks")
        self.side_blocks.setChildrenCollapsible(False)
        self.side_blocks.addWidget(self.follow_ups)
        self.side_blocks.addWidget(self.floor_attention)
        self.side_blocks.setStretchFactor(0, 1)
        self.side_blocks.setStretchFactor(1, 1)
        self.ui.splitter.insertWidget(3, self.side_blocks)
        self.ui.splitter.setStretchFactor(3, 1)
        self.live = LiveRefresh(
            self,
            self.refresh,
            [self.appointments, self.cases, self.inquiries, self.floor_attention.rows],
        )

    def _retranslate_buttons(self) -> None:
        self.reception_button.setText(self.tr("Reception desk"))
        self.continue_button.setText(self.tr("Continue reception"))
        self.handover_button.setText(self.tr("Settle / deliver"))

    def _settle_or_deliver(self) -> None:
        """handover-settle: a finished case goes to its settlement (P4, D4), a settled or
        delivered one to its delivery (D2–D6); the pages say what is still missing."""
        index = self.ui.openCasesView.currentIndex()
        row = self.cases.record(index.row())[0] if index.isValid() else None
        if row is None or row.state not in ("qc", "ready", "delivered"):
            self.state.dialogs.info(
                self,
                self.tr("Settle / deliver selected case"),
                self.tr("Select a finished case (QC or ready for delivery) in “My open cases”."),
            )
            return
        page = "delivery" if row.state == "delivered" else "settlement"
        self.state.open_page_requested.emit(page, row.id)

    def open_reception(self, case_id: str | None) -> None:
        # The main window hosts the reception page; homes only ask for it.
        self.state.open_reception_requested.emit(case_id)

    def _continue_reception(self) -> None:
        index = self.ui.openCasesView.currentIndex()
        if not index.isValid():
            self.state.dialogs.info(
                self, self.tr("Reception desk"), self.tr("Select a case in “My open cases” first.")
            )
            return
        row, _ = self.cases.record(index.row())
        self.open_reception(row.id)

    def refresh(self) -> None:
        from app.services import queries

        self.floor_attention.refresh()
        self.state.runner.run(
            queries.advisor_home,
            self.state.require_ctx(),
            self.state.require_actor(),
            on_done=self._show,
            on_error=lambda _err: self.live.failed(),
        )
        self.follow_ups.refresh()  # issue 9 (handover-after)

    def _show(self, home: AdvisorHome) -> None:
        appointments = home.appointments
        inquiries = home.inquiries
        self.appointments.set_records(appointments)
        self.cases.set_records(home.open_cases)
        self.inquiries.set_records(inquiries)
        # An empty block of inquiries took the room of the day's cases (two rows showed at
        # 768 px); it shows when an inquiry waits (all of them are behind "Inquiries").
        self.ui.inquiriesBox.setVisible(bool(inquiries))
        self.live.landed(self.ui.updatedLabel, self.state.now())

    def _open_case(self, index: QModelIndex) -> None:
        key = key_of(index)
        if key:
            self.state.open_case_requested.emit(str(key))

    def _open_appointment(self, index: QModelIndex) -> None:
        appointment = self.appointments.record(index.row())
        if appointment.case_id:
            self.state.open_case_requested.emit(appointment.case_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self._retranslate_buttons()
            for model in (self.appointments, self.cases, self.inquiries):
                model.retranslate()
            self._fit_columns()
        super().changeEvent(event)

    def _fit_columns(self) -> None:
        for view in (self.ui.appointmentsView, self.ui.openCasesView, self.ui.inquiriesView):
            fit_headers(view)  # "Technician" was cut in English
        # Every open state's label whole ("Ready for delivery" was "Ready for…").
        fit_texts(self.ui.openCasesView, 1, [state_label(s.value) for s in OPEN_STATES])


class ManagerHomePage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_ManagerHomeForm()
        setup_form(self.ui, self)
        self.by_state: RecordTableModel[StateCount] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda s: state_label(s.state)),
                Column(QT_TRANSLATE_NOOP("Columns", "Cases"), lambda s: f"{s.count:,}"),
            ],
            key=lambda s: s.state,
            parent=self,
        )
        self.alerts: RecordTableModel[tuple[CaseRow, SlaInfo]] = RecordTableModel(
            alert_columns(state.now), key=lambda r: f"{r[0].id}/{r[1].rule}", parent=self
        )
        setup_table(self.ui.byStateView, self.by_state)
        set_widths(self.ui.byStateView, {0: 158, 1: 70})
        setup_table(self.ui.alertsView, self.alerts, stretch_column=5)
        set_widths(self.ui.alertsView, {0: 205, 1: 230, 2: 135, 3: 80, 4: 170, 6: 70})
        self.ui.alertsView.activated.connect(self._open)
        # Issue 8 (floor-board): W4 updates and W5 notices due or missed, every case.
        self.floor_attention = FloorAttentionBlock(state)
        self.ui.alertsLayout.addWidget(self.floor_attention)
        self.live = LiveRefresh(self, self.refresh, [self.alerts, self.floor_attention.rows])
        self.dashboard: QWidget | None = None
        self.ui.dashboardButton.clicked.connect(self._open_dashboard)
        # -- issue 9 (handover-after): the complaint list with its filters, one block ----------
        from app.ui.aftercare_blocks import ComplaintsButton

        self.complaints_button = ComplaintsButton(state, self)
        self.ui.headerLayout.addWidget(self.complaints_button)
        self.settings_button = QPushButton(self.tr("Settings…"), self)
        self.settings_button.setObjectName("dealerSettingsButton")
        self.settings_button.setMinimumHeight(48)
        self.ui.headerLayout.addWidget(self.settings_button)
        self.settings_button.clicked.connect(
            lambda: state.open_page_requested.emit("dealer_settings", None)
        )
        # -- end of the handover-after block ---------------------------------------------------

    def _show_overdue(self, actions: tuple[ImprovementInfo, ...]) -> None:
        """P5: overdue improvement actions on the manager's home, on the dashboard button."""
        if actions:
            self.ui.dashboardButton.setText(
                self.tr("KPI dashboard (%n overdue improvement action(s))", "", len(actions))
            )
            self.ui.dashboardButton.setToolTip("\n".join(a.title for a in actions))

    def _open_dashboard(self) -> None:
        self.state.open_page_requested.emit("manager_dashboard", None)

    def refresh(self) -> None:
        from app.services import queries

        self.floor_attention.refresh()
        self.state.runner.run(
            queries.manager_overview,
            self.state.require_ctx(),
            on_done=self._show,
            on_error=lambda _err: self.live.failed(),
        )
        from app.services.improvement import overdue_actions

        self.state.runner.run(overdue_actions, self.state.require_ctx(), on_done=self._show_overdue)
        self.complaints_button.refresh()  # issue 9 (handover-after)

    def _show(self, overview: Overview) -> None:
        self.ui.openCasesValue.setText(f"{overview.open_cases:,}")
        self.ui.overdueValue.setText(f"{overview.overdue:,}")
        self.ui.todayOpenedValue.setText(f"{overview.today_opened:,}")
        self.ui.todayDeliveredValue.setText(f"{overview.today_delivered:,}")
        self.by_state.set_records(list(overview.by_state))
        self.alerts.set_records(list(overview.sla_alerts))
        self.live.landed(self.ui.updatedLabel, self.state.now())

    def _open(self, index: QModelIndex) -> None:
        self.state.open_case_requested.emit(self.alerts.record(index.row())[0].id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self.settings_button.setText(self.tr("Settings…"))
            self.by_state.retranslate()
            self.alerts.retranslate()
        super().changeEvent(event)


class AdminHomePage(QWidget):
    """Staff of the dealer (add a member with roles and PIN) and this workstation's idle lock.

    Signals: sync_settings_closed() after the head-office sync settings closed (the workstation
    may have been enrolled there)."""

    sync_settings_closed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_AdminHomeForm()
        setup_form(self.ui, self)
        self.staff: RecordTableModel[StaffInfo] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda s: s.name),
                Column(QT_TRANSLATE_NOOP("Columns", "Roles"), lambda s: roles_label(s.roles)),
                Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda s: s.phone),
                Column(QT_TRANSLATE_NOOP("Columns", "Skill level"), lambda s: str(s.skill_level)),
            ],
            key=lambda s: s.id,
            parent=self,
        )
        setup_table(self.ui.staffView, self.staff, stretch_column=1)
        set_widths(self.ui.staffView, {0: 160, 1: 300, 2: 160})
        self.role_checks = {
            Role.ADVISOR: self.ui.roleAdvisorCheck,
            Role.TEAM_LEAD: self.ui.roleTeamLeadCheck,
            Role.TECHNICIAN: self.ui.roleTechnicianCheck,
            Role.QC_INSPECTOR: self.ui.roleQcCheck,
            Role.MANAGER: self.ui.roleManagerCheck,
            Role.ADMIN: self.ui.roleAdminCheck,
        }
        self.ui.lockMinutesSpin.setValue(state.lock_minutes())
        self.ui.lockMinutesSpin.valueChanged.connect(state.set_lock_minutes)
        self.ui.addStaffButton.clicked.connect(self.add_staff)
        show_error(self.ui.addErrorLabel, "")
        self.live = LiveRefresh(self, self.refresh, [])
        # Issue 12 (sync-client): head-office enrollment and sync details.
        self.sync_button = QPushButton(self.tr("Head-office sync…"), self)
        self.sync_button.setObjectName("syncSettingsButton")
        self.sync_button.setMinimumHeight(48)
        self.ui.headerLayout.addWidget(self.sync_button)  # beside the title: fits 768 px
        self.sync_button.clicked.connect(self.open_sync_settings)
        # Issues 8/9: what the dealer decides for every case (labor billing, discount limit,
        # service interval, value-added services, delay compensations).
        self.settings_button = QPushButton(self.tr("Dealer settings…"), self)
        self.settings_button.setObjectName("dealerSettingsButton")
        self.settings_button.setMinimumHeight(48)
        self.ui.headerLayout.addWidget(self.settings_button)
        self.settings_button.clicked.connect(
            lambda: state.open_page_requested.emit("dealer_settings", None)
        )

    def open_sync_settings(self) -> None:
        from app.ui.sync_settings import SyncSettingsDialog

        ctx = self.state.require_ctx()
        SyncSettingsDialog(ctx.db, ctx.media_dir, self.state.runner, ctx.lang, None, self).exec()
        self.sync_settings_closed.emit()

    def refresh(self) -> None:
        from app.services import staff

        self.state.runner.run(
            staff.list_staff,
            self.state.require_ctx(),
            False,
            on_done=self._show,
            on_error=lambda _err: self.live.failed(),
        )

    def _show(self, members: list[StaffInfo]) -> None:
        self.staff.set_records(members)
        self.live.landed(self.ui.updatedLabel, self.state.now())

    def add_staff(self) -> None:
        from app.services import staff

        ui = self.ui
        roles = tuple(role for role, box in self.role_checks.items() if box.isChecked())
        if not ui.nameEdit.text().strip() or not roles:
            show_error(ui.addErrorLabel, self.tr("Give a name and at least one role."))
            return
        if ui.pinEdit.text() != ui.pinConfirmEdit.text():
            show_error(ui.addErrorLabel, self.tr("The two PINs differ. Please enter them again."))
            return
        ui.addStaffButton.setEnabled(False)
        self.state.runner.run(
            staff.add_staff,
            self.state.require_ctx(),
            self.state.require_actor(),
            name=ui.nameEdit.text().strip(),
            roles=roles,
            pin=ui.pinEdit.text(),
            phone=ui.phoneEdit.text().strip(),
            on_done=self._added,
            on_error=self._refused,
        )

    def _added(self, member: StaffInfo) -> None:
        ui = self.ui
        ui.addStaffButton.setEnabled(True)
        for edit in (ui.nameEdit, ui.phoneEdit, ui.pinEdit, ui.pinConfirmEdit):
            edit.clear()
        for box in self.role_checks.values():
            box.setChecked(False)
        show_error(ui.addErrorLabel, "")
        self.live.refresh()

    def _refused(self, err: ExpectedError) -> None:
        self.ui.addStaffButton.setEnabled(True)
        show_error(self.ui.addErrorLabel, self.state.message(err))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self.settings_button.setText(self.tr("Dealer settings…"))
            self.staff.retranslate()
        super().changeEvent(event)
