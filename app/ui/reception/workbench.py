"""The reception page of the main window: takes a customer from the appointment to the
signed confirmation sheet (A1–A4, I1–I5, P1–P4). Steps on the left as large touch targets;
the case header (order, customer with masked phone, P1 preferences, P2 owner) on top."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QPushButton,
    QScrollArea,
    QWidget,
)

from app.services.dto import CaseDetail
from app.ui.generated.ui_reception_page import Ui_ReceptionPageForm
from app.ui.reception.booking import ArrivalPage, BookingPage, preferences_text
from app.ui.reception.env import fill, touch_popups, translate
from app.ui.reception.estimate import EstimatePage
from app.ui.reception.intake import IntakePage
from app.ui.reception.signing import SignPage
from app.ui.state import AppState, CaseChanged
from app.ui.widgets import setup_form

STEPS = ("Appointment", "Arrival", "Intake inspection", "Estimate", "Print and sign")


class StepScroll(QScrollArea):
    """A step that scrolls vertically only: as wide as the step needs, never cut at the side;
    in height it grows with what is recorded (a long reminder, many lines) without pushing
    the window past a 1366×768 screen (issue 7 item 8). The step gets the viewport's size,
    and more height only when its minimum needs it (QScrollArea's own resizing would give a
    step with word-wrapped labels its preferred height, and a scroll bar at once)."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setObjectName("receptionStepScroll")
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)
        page.installEventFilter(self)
        self.viewport().installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        page = self.widget()
        width = page.minimumSizeHint().width() if page is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), 120)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._fit()
        return False

    def _fit(self) -> None:
        page = self.widget()
        if page is None:
            return
        viewport = self.viewport().size()
        height = max(viewport.height(), page.minimumSizeHint().height())
        if page.size() != QSize(viewport.width(), height):
            page.resize(viewport.width(), height)


class ReceptionPage(QWidget):
    """A page of the main window (one instance, deleted on switch user and idle lock).

    After every action that changed a case it emits `state.case_changed` once with a
    `CaseChanged`, so homes and an open case detail refresh without a poll.

    Signals: close_requested() — the advisor asked to leave the reception (the host switches
    back to the home page).
    """

    close_requested = Signal()

    def __init__(
        self, state: AppState, parent: QWidget | None = None, *, camera_spec: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receptionWorkbench")
        self.state = state
        self.case_id = ""
        self.detail: CaseDetail | None = None
        # The static layout (case header, step list, step stack) is forms/reception_page.ui.
        self.ui = Ui_ReceptionPageForm()
        setup_form(self.ui, self)
        self.header = self.ui.caseHeader
        self.booking = BookingPage(state)
        self.arrival = ArrivalPage(state)
        self.intake = IntakePage(state)
        self.estimate = EstimatePage(state)
        self.sign = SignPage(state)
        if camera_spec is not None:
            self.intake.camera.set_source(camera_spec)
        self.stack = self.ui.receptionSteps
        for page in (self.booking, self.arrival, self.intake, self.estimate, self.sign):
            self.stack.addWidget(StepScroll(page))
        self.step_buttons: list[QPushButton] = [
            getattr(self.ui, f"stepButton{index}") for index in range(len(STEPS))
        ]
        self.step_group = QButtonGroup(self)
        for index, button in enumerate(self.step_buttons):
            self.step_group.addButton(button, index)
        self.close_button = self.ui.closeReceptionButton
        self.close_button.clicked.connect(self.request_close)
        self.step_buttons[0].setChecked(True)
        self.step_group.idClicked.connect(self.go)
        self.booking.booked.connect(self._appointment)
        self.booking.confirmed.connect(self._appointment)
        self.booking.walked_in.connect(
            lambda opened: self._show_case(opened.case_id, True, False, announce=True)
        )
        self.arrival.case_opened.connect(
            lambda opened: self._show_case(
                opened.case_id,
                self.arrival.identity_check.isChecked(),
                self.arrival.appointment_check.isChecked(),
                announce=True,
            )
        )
        for page in (self.intake, self.estimate):
            page.changed.connect(self._changed)
            page.detail_loaded.connect(self._show_header)
        self.intake.case_moved.connect(self._announce)
        self.sign.signed.connect(self._changed)
        self.sign.printed.connect(self._printed)
        touch_popups(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Reception", "Reception"))
        for button, step in zip(self.step_buttons, STEPS, strict=True):
            button.setText(translate("Reception", step))
        self.close_button.setText(translate("Reception", "Leave reception"))
        self._show_header(self.detail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for page in (self.booking, self.arrival, self.intake, self.estimate, self.sign):
                page.retranslate()
        super().changeEvent(event)

    # -- navigation ------------------------------------------------------------------------

    def go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.step_buttons[index].setChecked(True)
        if index == 3:
            self.estimate.refresh()
        elif index == 4:
            self.sign.refresh()

    def _appointment(self, appointment: Any) -> None:
        self.arrival.set_appointment(appointment)
        self.header.setText(
            fill(
                translate("Reception", "Appointment · %1 %2 · %3"),
                appointment.customer.name,
                appointment.customer.phone_masked,
                preferences_text(appointment.customer) or "-",
            )
        )

    def open_case(self, case_id: str | None) -> None:
        """Continue a case at the intake step, or (None) start a new booking."""
        if case_id is None:
            self.go(0)
            return
        self._show_case(case_id, True, True)

    def _show_case(
        self,
        case_id: str,
        identity_checked: bool,
        appointment_checked: bool,
        *,
        announce: bool = False,
    ) -> None:
        """Show a case in the intake, estimate and signing steps. `announce`: the case was just
        opened here, so its first read is published as a change (once)."""
        self.case_id = case_id
        self.intake.set_case(case_id, identity_checked, appointment_checked, announce=announce)
        self.estimate.set_case(case_id)
        self.sign.set_case(case_id)
        self.go(2)

    def _announce(self, ref: Any) -> None:
        """Publish one change of a case (`ref` is a CaseRef or a CaseDetail)."""
        self.state.case_changed.emit(CaseChanged(case_id=ref.id, state=ref.state))

    def _changed(self, ref: Any) -> None:
        self.intake.refresh()
        self.estimate.refresh()
        self.sign.refresh()
        self._announce(ref)

    def _printed(self, _doc: Any) -> None:
        # Printing records the sheet on the case; its state stays as it was.
        detail = self.sign.detail or self.detail
        if detail is not None:
            self._announce(detail)

    def _show_header(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        if detail is None:
            if not self.header.text():
                self.header.setText(
                    translate(
                        "Reception", "New reception: book an appointment or receive a walk-in."
                    )
                )
            return
        self.header.setText(
            fill(
                translate(
                    "Reception", "%1 · %2 %3 · %4 · Owner (first contact): %5 · Preferences: %6"
                ),
                detail.order_no,
                detail.customer.name,
                detail.customer.phone_masked,
                detail.asset.label,
                detail.owner.name,
                preferences_text(detail.customer) or "-",
            )
        )

    def busy(self) -> bool:
        return bool(self.intake.pending or self.estimate.pending or self.sign.pending)

    def shutdown(self) -> None:
        self.intake.leave()

    def request_close(self) -> None:
        self.close_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
