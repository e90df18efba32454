"""Appointment booking (A1–A4, P1) and arrival with double confirmation (I1 a, P2)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidgetItem,
    QWidget,
)

from app.domain.errors import UserError
from app.domain.validation import mask_phone, normalize_phone, normalize_vin, vin_check_digit
from app.services.customers import AssetInput, CustomerInput
from app.services.dto import AppointmentInfo, CustomerInfo
from app.ui.generated.ui_reception_arrival import Ui_ReceptionArrivalForm
from app.ui.generated.ui_reception_booking import Ui_ReceptionBookingForm
from app.ui.i18n import LANGS, language_label, list_join
from app.ui.reception.env import fill, key_of, set_tone, translate
from app.ui.state import AppState
from app.ui.widgets import setup_form

if TYPE_CHECKING:
    from app.services.reception_desk import ConfirmedAppointment

CHANNELS = (("store", "In store"), ("app", "Official app"), ("hotline", "400 hotline"))
CONTACTS = (("sms", "SMS"), ("app", "App message"), ("phone", "Phone call"), ("wechat", "WeChat"))


MESSAGE_STATES = {
    "queued": "queued, waiting for the gateway",
    "sent": "sent",
    "failed": "not sent: the gateway failed",
    "rejected": "not sent: the gateway refused it",
}
"""A reminder's state as a person reads it (never the raw status value)."""


WAITING = ("requested", "confirmed")
"""Appointment states of a customer who may still arrive."""


def preferences_text(customer: CustomerInfo) -> str:
    """P1: the customer's service preferences, shown wherever the customer is served."""
    marks = []
    if customer.needs_guidance:
        marks.append(translate("Reception", "Needs operating guidance"))
    if customer.prefers_speed:
        marks.append(translate("Reception", "Prefers speed"))
    contact = dict(CONTACTS).get(customer.preferred_channel)
    if contact:
        marks.append(fill(translate("Reception", "Contact by %1"), translate("Reception", contact)))
    return list_join(marks)


def _countdown(due: datetime | None, now: datetime) -> str:
    if due is None:
        return "-"
    seconds = int((due - now).total_seconds())
    sign = "" if seconds >= 0 else "-"
    seconds = abs(seconds)
    return f"{sign}{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class BookingPage(QWidget):
    """Signals:

    booked(object): the `AppointmentInfo` just booked.
    confirmed(object): the `AppointmentInfo` after the A2 confirmation (reminder queued, A4).
    walked_in(object): `CaseOpened` of a customer without an appointment.
    """

    booked = Signal(object)
    confirmed = Signal(object)
    walked_in = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receptionBooking")
        self.state = state
        self.runner = state.runner.for_owner(self)
        self.appointment: AppointmentInfo | None = None
        # The static layout is forms/reception_booking.ui.
        self.ui = Ui_ReceptionBookingForm()
        setup_form(self.ui, self)
        ui = self.ui
        self.channel_combo = ui.channelCombo
        self.phone_edit = ui.phoneEdit
        self.find_button = ui.findCustomerButton
        self.phone_hint = ui.phoneHint
        self.name_edit = ui.nameEdit
        self.guidance_check = ui.guidanceCheck
        self.speed_check = ui.speedCheck
        self.contact_combo = ui.contactCombo
        # The language of the customer's messages is the customer's, chosen here (it was the
        # advisor's screen language: a Chinese customer booked on an English screen got
        # English reminders). Each language is named in itself.
        self.language_combo = ui.languageCombo
        for code in LANGS:
            self.language_combo.addItem(language_label(code), code)
        self.kind_combo = ui.assetKindCombo
        self.plate_edit = ui.plateEdit
        self.vin_edit = ui.vinEdit
        self.vin_hint = ui.vinHint
        self.brand_edit = ui.brandEdit
        self.model_edit = ui.modelEdit
        self.serial_edit = ui.serialEdit
        self.fault_edit = ui.faultEdit
        self.desired_edit = ui.desiredEdit
        self.desired_edit.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        self.urgent_check = ui.urgentCheck
        self.book_button = ui.bookButton
        self.walk_in_button = ui.walkInButton
        self.confirm_button = ui.confirmButton
        self.clocks_label = ui.slaClocks
        self.reminder_label = ui.reminderLabel
        self.error_label = ui.bookingError
        self.bay_combo = ui.bayCombo
        self.tech_combo = ui.technicianCombo
        self.visit_check = ui.visitCheck
        self.fast_track_button = ui.fastTrackButton
        self.customer_box = ui.customerBox
        self.asset_box = ui.assetBox
        self.visit_box = ui.visitBox
        self.clock_box = ui.clockBox
        self.labels: dict[str, QLabel] = {
            "Channel": ui.channelLabel,
            "Mobile phone": ui.phoneLabel,
            "Customer name": ui.nameLabel,
            "Service preferences": ui.prefsLabel,
            "Preferred contact": ui.contactLabel,
            "Messages in": ui.languageLabel,
            "Serviced item": ui.kindLabel,
            "Plate": ui.plateLabel,
            "VIN": ui.vinLabel,
            "Brand": ui.brandLabel,
            "Model": ui.modelLabel,
            "Serial number": ui.serialLabel,
            "Fault description": ui.faultLabel,
            "Desired time": ui.desiredLabel,
            "Bay": ui.bayLabel,
            "Technician": ui.technicianLabel,
        }

        self.phone_edit.editingFinished.connect(self._check_phone)
        self.vin_edit.textChanged.connect(self._check_vin)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.find_button.clicked.connect(self.find_customer)
        self.book_button.clicked.connect(self.book)
        self.confirm_button.clicked.connect(self.confirm)
        self.walk_in_button.clicked.connect(self.walk_in)
        self.fast_track_button.clicked.connect(self.arrange_fast_track)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.retranslate()
        self._kind_changed()

    # -- text --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for key, label in self.labels.items():
            label.setText(translate("Reception", key))
        self.customer_box.setTitle(translate("Reception", "Customer"))
        self.asset_box.setTitle(translate("Reception", "Vehicle / product"))
        self.visit_box.setTitle(translate("Reception", "Visit"))
        self.clock_box.setTitle(translate("Reception", "Confirmation clocks and reminder"))
        self._fill(self.channel_combo, CHANNELS)
        self._fill(self.contact_combo, CONTACTS)
        self._fill(self.kind_combo, (("vehicle", "Vehicle"), ("appliance", "Appliance")))
        self.find_button.setText(translate("Reception", "Find customer"))
        self.phone_edit.setPlaceholderText(translate("Reception", "11-digit mobile number"))
        self.plate_edit.setPlaceholderText(translate("Reception", "e.g. 粤B12345"))
        self.vin_edit.setPlaceholderText(
            translate("Reception", "17 characters, check digit verified")
        )
        self.guidance_check.setText(translate("Reception", "Needs operating guidance"))
        self.speed_check.setText(translate("Reception", "Prefers speed"))
        self.urgent_check.setText(
            translate("Reception", "Urgent (won't start, broke down): 1 h fast track")
        )
        self.visit_check.setText(translate("Reception", "Technician visit instead of a bay"))
        self.book_button.setText(translate("Reception", "Book appointment"))
        self.confirm_button.setText(translate("Reception", "Confirm and send reminder"))
        self.walk_in_button.setText(translate("Reception", "Walk-in: receive now"))
        self.fast_track_button.setText(translate("Reception", "Arrange fast track"))
        self._tick()

    def _fill(self, combo: QComboBox, items: tuple[tuple[str, str], ...]) -> None:
        current = key_of(combo)
        combo.clear()
        for key, text in items:
            combo.addItem(translate("Reception", text), key)
        if current:
            combo.setCurrentIndex(max(0, combo.findData(current)))

    # -- validation on the fly (pure functions, no I/O) --------------------------------------

    def _check_phone(self) -> None:
        text = self.phone_edit.text().strip()
        if not text or "*" in text:
            self.phone_hint.clear()
            return
        try:
            phone = normalize_phone(text)
        except UserError as err:
            self.phone_hint.setText(err.message(self.state.lang))
            set_tone(self.phone_hint, "error")
            return
        set_tone(self.phone_hint, "ok")
        self.phone_hint.setText(fill(translate("Reception", "Valid: %1"), mask_phone(phone)))

    def _check_vin(self) -> None:
        text = self.vin_edit.text().strip().upper()
        if len(text) < 17:
            self.vin_hint.setText(
                fill(translate("Reception", "%1 of 17 characters"), len(text)) if text else ""
            )
            set_tone(self.vin_hint, "muted")
            return
        try:
            normalize_vin(text)
        except UserError as err:
            expected = ""
            try:
                expected = vin_check_digit(text)
            except (KeyError, ValueError, IndexError):
                expected = "?"
            self.vin_hint.setText(err.message(self.state.lang) + f" ({expected})")
            set_tone(self.vin_hint, "error")
            return
        self.vin_hint.setText(translate("Reception", "VIN check digit correct"))
        set_tone(self.vin_hint, "ok")

    def _kind_changed(self) -> None:
        vehicle = key_of(self.kind_combo) != "appliance"
        for widget in (self.plate_edit, self.vin_edit, self.vin_hint):
            widget.setVisible(vehicle)
        self.serial_edit.setVisible(not vehicle)
        self.labels["Plate"].setVisible(vehicle)
        self.labels["VIN"].setVisible(vehicle)
        self.labels["Serial number"].setVisible(not vehicle)

    # -- input ---------------------------------------------------------------------------------

    def customer_input(self) -> CustomerInput:
        return CustomerInput(
            name=self.name_edit.text(),
            phone=self._phone(),
            needs_guidance=self.guidance_check.isChecked(),
            prefers_speed=self.speed_check.isChecked(),
            preferred_channel=key_of(self.contact_combo, "sms"),
            language=key_of(self.language_combo, "zh_CN"),
        )

    def _phone(self) -> str:
        text = self.phone_edit.text().strip()
        if "*" in text and self.appointment is not None:
            return self.appointment.customer.phone
        return text

    def asset_input(self) -> AssetInput:
        kind = key_of(self.kind_combo, "vehicle")
        return AssetInput(
            kind=kind,
            brand=self.brand_edit.text(),
            model=self.model_edit.text(),
            plate=self.plate_edit.text() if kind == "vehicle" else "",
            vin=self.vin_edit.text() if kind == "vehicle" else "",
            serial=self.serial_edit.text() if kind == "appliance" else "",
        )

    def desired_at(self) -> datetime:
        """The wanted time as the services keep business times: naive local wall clock."""
        moment = self.desired_edit.dateTime().toPython()
        assert isinstance(moment, datetime)
        return moment.replace(tzinfo=None)

    def _error(self, err: UserError) -> None:
        self.error_label.setText(err.message(self.state.lang))
        for button in (self.book_button, self.walk_in_button, self.find_button):
            button.setEnabled(True)
        self.confirm_button.setEnabled(self.appointment is not None)

    # -- actions -----------------------------------------------------------------------------

    def find_customer(self) -> None:
        from app.services.customers import assets_of, find_customers

        def lookup(text: str) -> tuple[list[Any], list[Any]]:
            found = find_customers(self.state.require_ctx(), text, limit=1)
            return found, (assets_of(self.state.require_ctx(), found[0].id) if found else [])

        self.find_button.setEnabled(False)
        self.runner.run(
            lookup, self.phone_edit.text().strip(), on_done=self._found, on_error=self._error
        )

    def _found(self, result: tuple[list[Any], list[Any]]) -> None:
        self.find_button.setEnabled(True)
        customers, assets = result
        if not customers:
            self.phone_hint.setText(translate("Reception", "New customer: fill in the name"))
            return
        customer = customers[0]
        self.name_edit.setText(customer.name)
        self.guidance_check.setChecked(customer.needs_guidance)
        self.speed_check.setChecked(customer.prefers_speed)
        self.contact_combo.setCurrentIndex(
            max(0, self.contact_combo.findData(customer.preferred_channel))
        )
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(customer.language)))
        self.phone_hint.setText(
            fill(translate("Reception", "Returning customer %1"), customer.phone_masked)
        )
        if assets:
            asset = assets[0]
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(asset.kind)))
            self.plate_edit.setText(asset.plate)
            self.vin_edit.setText(asset.vin)
            self.brand_edit.setText(asset.brand)
            self.model_edit.setText(asset.model)
            self.serial_edit.setText(asset.serial)

    def book(self) -> None:
        from app.services import appointments

        self.error_label.clear()
        try:
            customer, asset = self.customer_input(), self.asset_input()
        except UserError as err:
            self._error(err)
            return
        self.book_button.setEnabled(False)
        self.runner.run(
            appointments.book,
            self.state.require_ctx(),
            self.state.require_actor(),
            customer=customer,
            asset=asset,
            channel=key_of(self.channel_combo, "store"),
            desired_at=self.desired_at(),
            fault_description=self.fault_edit.toPlainText(),
            urgent=self.urgent_check.isChecked(),
            on_done=self._booked,
            on_error=self._error,
        )

    def _booked(self, appointment: AppointmentInfo) -> None:
        self.appointment = appointment
        self.book_button.setEnabled(True)
        self.confirm_button.setEnabled(True)
        # P1/privacy: once booked, the counter screen shows the number masked.
        self.phone_edit.setText(appointment.customer.phone_masked)
        self.phone_edit.setReadOnly(True)
        self.phone_hint.clear()
        self.fast_track_button.setEnabled(appointment.urgent)
        if appointment.urgent:
            self._load_fast_track()
        self._tick()
        self.booked.emit(appointment)

    def _load_fast_track(self) -> None:
        from app.services.reception_desk import fast_track_options

        self.runner.run(fast_track_options, self.state.require_ctx(), on_done=self._show_fast_track)

    def _show_fast_track(self, options: Any) -> None:
        self.bay_combo.clear()
        for bay in options.bays:
            free = translate("Reception", "free")
            taken = translate("Reception", "taken")
            self.bay_combo.addItem(f"{bay.name}（{free if bay.free else taken}）", bay.name)
        self.tech_combo.clear()
        self.tech_combo.addItem(translate("Reception", "(none)"), "-")
        for load in options.technicians:
            shift = (
                translate("Reception", "on shift")
                if load.on_shift
                else translate("Reception", "off shift")
            )
            self.tech_combo.addItem(
                fill(
                    translate("Reception", "%1 – %2, %3 jobs"),
                    load.staff.name,
                    shift,
                    load.active_jobs,
                ),
                load.staff.id,
            )

    def confirm(self) -> None:
        from app.services.reception_desk import confirm_appointment

        if self.appointment is None:
            return
        # A2 + A4 as one user action: one service call, one transaction (issue 7 item 4).
        self.confirm_button.setEnabled(False)
        self.runner.run(
            confirm_appointment,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.appointment.id,
            on_done=self._confirmed,
            on_error=self._error,
        )

    def _confirmed(self, result: ConfirmedAppointment) -> None:
        appointment, messages = result.appointment, result.messages
        self.appointment = appointment
        self._tick()
        reminders = [m for m in messages if m.kind == "reminder"]
        if reminders:
            last = reminders[-1]
            status = translate(
                "Reception", MESSAGE_STATES.get(last.status, "queued, waiting for the gateway")
            )
            self.reminder_label.setText(
                fill(
                    translate("Reception", "Reminder to %1 (%2): %3"),
                    last.to_masked,
                    status,
                    last.body,
                )
            )
        self.confirmed.emit(appointment)

    def arrange_fast_track(self) -> None:
        from app.services import appointments

        if self.appointment is None:
            return
        tech = key_of(self.tech_combo, "-")
        self.runner.run(
            appointments.arrange_fast_track,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.appointment.id,
            bay="" if self.visit_check.isChecked() else key_of(self.bay_combo),
            technician_id=tech if tech != "-" else None,
            visit=self.visit_check.isChecked(),
            on_done=self._fast_tracked,
            on_error=self._error,
        )

    def _fast_tracked(self, appointment: AppointmentInfo) -> None:
        self.appointment = appointment
        self.fast_track_button.setEnabled(False)
        self._tick()

    def walk_in(self) -> None:
        from app.services import appointments

        self.error_label.clear()
        self.walk_in_button.setEnabled(False)
        self.runner.run(
            appointments.walk_in,
            self.state.require_ctx(),
            self.state.require_actor(),
            customer=self.customer_input(),
            asset=self.asset_input(),
            fault_description=self.fault_edit.toPlainText(),
            urgent=self.urgent_check.isChecked(),
            on_done=self._walked_in,
            on_error=self._error,
        )

    def _walked_in(self, opened: Any) -> None:
        self.walk_in_button.setEnabled(True)
        self.walked_in.emit(opened)

    # -- the A2 / A3 clocks ------------------------------------------------------------------

    def _tick(self) -> None:
        appointment = self.appointment
        if appointment is None:
            self.clocks_label.setText(
                translate(
                    "Reception",
                    "A2: confirm within 15 minutes of the request.\nA3: urgent jobs get a bay or a technician visit within 1 hour.",
                )
            )
            return
        now = self.state.require_ctx().now()
        lines = []
        for sla in appointment.sla:
            if sla.rule == "A2":
                if appointment.confirmed_at is not None:
                    lines.append(translate("Reception", "A2 confirmation: done ✓"))
                else:
                    lines.append(
                        fill(
                            translate("Reception", "A2 confirm within 15 min: %1 left"),
                            _countdown(sla.due, now),
                        )
                    )
            elif sla.rule == "A3":
                if appointment.bay or appointment.visit:
                    place = appointment.bay or translate("Reception", "technician visit")
                    lines.append(
                        fill(translate("Reception", "A3 fast track: arranged (%1) ✓"), place)
                    )
                else:
                    lines.append(
                        fill(
                            translate("Reception", "A3 fast track within 1 h: %1 left"),
                            _countdown(sla.due, now),
                        )
                    )
        self.clocks_label.setText("\n".join(lines))


class ArrivalPage(QWidget):
    """I1(a): the customer's identity and the appointment are checked against the record.

    Signals: case_opened(object) — `CaseOpened` once the double confirmation is done.
    """

    case_opened = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receptionArrival")
        self.state = state
        self.runner = state.runner.for_owner(self)
        self.appointment: AppointmentInfo | None = None
        # The static layout is forms/reception_arrival.ui.
        self.ui = Ui_ReceptionArrivalForm()
        setup_form(self.ui, self)
        ui = self.ui
        self.summary = ui.arrivalSummary
        self.identity_check = ui.identityCheck
        self.appointment_check = ui.appointmentCheck
        self.arrive_button = ui.arriveButton
        self.error_label = ui.arrivalError
        self.box = ui.arrivalBox
        # Issue 7 item 9: a booked customer is picked from today's bookings with one tap.
        self.bookings_box = ui.arrivalBookingsBox
        self.bookings = ui.arrivalBookings
        self.bookings.itemClicked.connect(self._booking_picked)
        self.waiting: list[AppointmentInfo] = []
        self.identity_check.toggled.connect(self._update)
        self.appointment_check.toggled.connect(self._update)
        self.arrive_button.clicked.connect(self.arrive)
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setTitle(translate("Reception", "Arrival: double confirmation"))
        self.bookings_box.setTitle(
            translate("Reception", "Today's bookings: tap the customer who arrived")
        )
        self._show_bookings(self.waiting)
        self.identity_check.setText(
            translate("Reception", "Identity checked: name and phone match the record")
        )
        self.appointment_check.setText(
            translate(
                "Reception", "Appointment checked: vehicle/product and fault match the booking"
            )
        )
        self.arrive_button.setText(translate("Reception", "Customer arrived: open the work order"))
        self.set_appointment(self.appointment)

    def set_appointment(self, appointment: AppointmentInfo | None) -> None:
        self.appointment = appointment
        if appointment is None:
            self.summary.setText(translate("Reception", "Book or pick an appointment first."))
        else:
            asset = appointment.asset.label if appointment.asset else ""
            desired = appointment.desired_at  # local wall-clock time (services' clock)
            self.summary.setText(
                fill(
                    translate("Reception", "%1  %2\n%3\nDesired: %4\nFault: %5\nPreferences: %6"),
                    appointment.customer.name,
                    appointment.customer.phone_masked,
                    asset,
                    f"{desired:%Y-%m-%d %H:%M}",
                    appointment.fault_description,
                    preferences_text(appointment.customer) or "-",
                )
            )
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load_bookings()

    def load_bookings(self) -> None:
        """Today's bookings not yet arrived (read on a worker)."""
        from app.services.queries import advisor_home

        self.runner.run(
            advisor_home,
            self.state.require_ctx(),
            self.state.require_actor(),
            on_done=lambda home: self._show_bookings(
                [a for a in home.appointments if a.state in WAITING and not a.case_id]
            ),
            on_error=self._error,
        )

    def _show_bookings(self, waiting: list[AppointmentInfo]) -> None:
        self.waiting = waiting
        self.bookings.clear()
        for appointment in waiting:
            asset = appointment.asset.label if appointment.asset else ""
            item = QListWidgetItem(
                fill(
                    translate("Reception", "%1  %2 %3  %4"),
                    f"{appointment.desired_at:%H:%M}",
                    appointment.customer.name,
                    appointment.customer.phone_masked,
                    asset,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, appointment.id)
            self.bookings.addItem(item)
            if self.appointment is not None and appointment.id == self.appointment.id:
                self.bookings.setCurrentItem(item)
        if not waiting:
            self.bookings.addItem(translate("Reception", "No booking waiting today."))

    def _booking_picked(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        picked = next((a for a in self.waiting if a.id == key), None)
        if picked is not None and picked is not self.appointment:
            self.identity_check.setChecked(False)
            self.appointment_check.setChecked(False)
            self.set_appointment(picked)

    def _update(self) -> None:
        self.arrive_button.setEnabled(
            self.appointment is not None
            and self.identity_check.isChecked()
            and self.appointment_check.isChecked()
        )

    def arrive(self) -> None:
        from app.services import appointments

        if self.appointment is None:
            return
        self.arrive_button.setEnabled(False)
        self.runner.run(
            appointments.arrive,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.appointment.id,
            identity_checked=self.identity_check.isChecked(),
            appointment_checked=self.appointment_check.isChecked(),
            on_done=lambda opened: self.case_opened.emit(opened),
            on_error=self._error,
        )

    def _error(self, err: UserError) -> None:
        self.error_label.setText(err.message(self.state.lang))
        self._update()
