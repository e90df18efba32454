"""Page "dealer_settings": what the dealer decides once for every case (issue 9 item 1, issue 8
item 7): labor billed by the job clock or by standard hours (P4), the advisors' default
discount limit (D4), the routine service interval printed on the maintenance advice and how
many days before it the reminder is sent (D5), the
value-added services offered at delivery (D6) and the compensation list of delay notices (W5),
whose entries may be retired (kept in history, no longer offered); each advisor's own
discount limit (D4: beyond it a discount is refused at the settlement's field).
For the administrator and the service manager (MANAGE_SETTINGS)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from app.domain.errors import ExpectedError
from app.services import dispatch, settlement
from app.services.context import ServiceContext
from app.services.dispatch import CompensationInfo
from app.services.settlement import AdvisorLimit, HandoverSettings
from app.ui.generated.ui_dealer_settings import Ui_DealerSettingsForm
from app.ui.state import AppState
from app.ui.widgets import retranslate_form, setup_form, show_error, show_notice

Loaded = tuple[HandoverSettings, tuple[CompensationInfo, ...], tuple[AdvisorLimit, ...]]


def _load(ctx: ServiceContext) -> Loaded:
    return (
        settlement.handover_settings(ctx),
        dispatch.compensation_catalogue(ctx),
        settlement.advisor_limits(ctx),
    )


class DealerSettingsPage(QWidget):
    close_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_DealerSettingsForm()
        setup_form(self.ui, self)
        self.settings: HandoverSettings | None = None
        self._fill_labor()
        self.ui.backButton.clicked.connect(self.close_requested.emit)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.addValueAddedButton.clicked.connect(self._add_value_added)
        self.ui.valueAddedEdit.returnPressed.connect(self._add_value_added)
        self.ui.removeValueAddedButton.clicked.connect(self._remove_value_added)
        self.ui.addCompensationButton.clicked.connect(self._add_compensation)
        self.ui.compensationEdit.returnPressed.connect(self._add_compensation)
        self.ui.retireCompensationButton.clicked.connect(self._retire_compensation)
        self.ui.compensationList.itemSelectionChanged.connect(self._enable_retire)
        self.compensations: tuple[CompensationInfo, ...] = ()
        self._enable_retire()
        self.advisors: tuple[AdvisorLimit, ...] = ()
        self.ui.advisorList.itemSelectionChanged.connect(self._advisor_chosen)
        self.ui.setAdvisorLimitButton.clicked.connect(self._set_advisor_limit)
        self.ui.advisorLimitEdit.returnPressed.connect(self._set_advisor_limit)
        show_error(self.ui.advisorLimitError, "")
        self._advisor_chosen()

    def _fill_labor(self) -> None:
        current = self.ui.laborCombo.currentData()
        self.ui.laborCombo.clear()
        self.ui.laborCombo.addItem(self.tr("Standard hours of the catalogue"), "standard")
        self.ui.laborCombo.addItem(self.tr("Job clock (hours actually worked)"), "clock")
        if current:
            self.ui.laborCombo.setCurrentIndex(max(0, self.ui.laborCombo.findData(current)))

    # -- page contract ---------------------------------------------------------------------------
    def open(self, _arg: object = None) -> None:
        self.ui.statusLabel.clear()
        self.reload()

    def reload(self) -> None:
        self.state.runner.run(
            _load, self.state.require_ctx(), on_done=self._show, on_error=self._failed
        )

    def _show(self, loaded: Loaded) -> None:
        settings, compensations, advisors = loaded
        self.settings = settings
        self.ui.laborCombo.setCurrentIndex(
            max(0, self.ui.laborCombo.findData(settings.labor_billing))
        )
        self.ui.discountEdit.setText(format(settings.discount_limit, "f"))
        self.ui.monthsSpin.setValue(settings.service_interval_months)
        self.ui.kmSpin.setValue(settings.service_interval_km)
        self.ui.leadDaysSpin.setValue(settings.reminder_lead_days)
        self.ui.valueAddedList.clear()
        for item in settings.value_added:
            self.ui.valueAddedList.addItem(item)
        self.compensations = compensations
        self._fill_compensations()
        self.advisors = advisors
        self._fill_advisors()

    def _fill_compensations(self) -> None:
        """The offered ones first; the retired ones greyed at the end (kept in history, the
        notices that offered them still show them; issue 8 item 7)."""
        self.ui.compensationList.clear()
        ordered = sorted(self.compensations, key=lambda o: not o.active)
        for option in ordered:
            text = option.label
            if not option.active:
                text = self.tr("%1 (retired)").replace("%1", option.label)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, option.code)
            if not option.active:
                # Greyed by the style, not choosable.
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.ui.compensationList.addItem(item)
        self._enable_retire()

    # -- each advisor's discount limit (D4) ---------------------------------------------------
    def _fill_advisors(self) -> None:
        chosen = self._chosen_advisor()
        self.ui.advisorList.clear()
        for advisor in self.advisors:
            limit = f"{advisor.applies:,.2f}"
            text = (
                self.tr("%1: %2 yuan (own limit)")
                if advisor.own is not None
                else self.tr("%1: %2 yuan (the dealer's limit)")
            )
            item = QListWidgetItem(text.replace("%1", advisor.name).replace("%2", limit))
            item.setData(Qt.ItemDataRole.UserRole, advisor.staff_id)
            self.ui.advisorList.addItem(item)
            if advisor.staff_id == chosen:
                item.setSelected(True)
        self._advisor_chosen()

    def _chosen_advisor(self) -> str | None:
        items = self.ui.advisorList.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _advisor_chosen(self) -> None:
        key = self._chosen_advisor()
        advisor = next((a for a in self.advisors if a.staff_id == key), None)
        self.ui.advisorLimitEdit.setEnabled(advisor is not None)
        self.ui.setAdvisorLimitButton.setEnabled(advisor is not None)
        self.ui.advisorLimitEdit.setText(
            format(advisor.own, "f") if advisor is not None and advisor.own is not None else ""
        )
        show_error(self.ui.advisorLimitError, "")

    def _set_advisor_limit(self) -> None:
        key = self._chosen_advisor()
        if key is None:
            return
        self.state.runner.run(
            settlement.set_discount_limit,
            self.state.require_ctx(),
            self.state.require_actor(),
            key,
            self.ui.advisorLimitEdit.text(),
            on_done=lambda _none: self._advisor_limit_set(),
            on_error=self._advisor_limit_refused,
        )

    def _advisor_limit_set(self) -> None:
        show_notice(self.ui.advisorLimitError, self.tr("Discount limit saved."))
        self.reload()

    def _advisor_limit_refused(self, err: ExpectedError) -> None:
        """Refused at the field (a negative or non-number amount); nothing changes."""
        show_error(self.ui.advisorLimitError, self.state.message(err))
        self.ui.advisorLimitEdit.setFocus()

    def _enable_retire(self) -> None:
        self.ui.retireCompensationButton.setEnabled(bool(self.ui.compensationList.selectedItems()))

    def _failed(self, err: ExpectedError) -> None:
        show_error(self.ui.statusLabel, self.state.message(err))

    # -- editing ---------------------------------------------------------------------------------
    def _value_added(self) -> tuple[str, ...]:
        items = (self.ui.valueAddedList.item(i) for i in range(self.ui.valueAddedList.count()))
        return tuple(item.text() for item in items if item is not None)

    def _add_value_added(self) -> None:
        text = self.ui.valueAddedEdit.text().strip()
        if not text:
            show_error(self.ui.statusLabel, self.tr("Type the service to add first."))
            return
        if text not in self._value_added():
            self.ui.valueAddedList.addItem(text)
        self.ui.valueAddedEdit.clear()
        self.ui.statusLabel.clear()

    def _remove_value_added(self) -> None:
        for item in self.ui.valueAddedList.selectedItems():
            self.ui.valueAddedList.takeItem(self.ui.valueAddedList.row(item))

    def save(self) -> None:
        self.state.runner.run(
            settlement.set_handover_settings,
            self.state.require_ctx(),
            self.state.require_actor(),
            labor_billing=str(self.ui.laborCombo.currentData()),
            discount_limit=self.ui.discountEdit.text().strip() or "0",
            value_added=self._value_added(),
            service_interval_months=self.ui.monthsSpin.value(),
            service_interval_km=self.ui.kmSpin.value(),
            reminder_lead_days=self.ui.leadDaysSpin.value(),
            on_done=self._saved,
            on_error=self._failed,
        )

    def _saved(self, _settings: HandoverSettings) -> None:
        show_notice(self.ui.statusLabel, self.tr("Settings saved."))
        self.reload()

    def _add_compensation(self) -> None:
        text = self.ui.compensationEdit.text().strip()
        self.state.runner.run(
            dispatch.add_compensation,
            self.state.require_ctx(),
            self.state.require_actor(),
            text,
            on_done=self._compensation_added,
            on_error=self._failed,
        )

    def _retire_compensation(self) -> None:
        items = self.ui.compensationList.selectedItems()
        if not items:
            return
        code = str(items[0].data(Qt.ItemDataRole.UserRole))
        self.state.runner.run(
            dispatch.retire_compensation,
            self.state.require_ctx(),
            self.state.require_actor(),
            code,
            on_done=lambda _none: self._compensation_retired(),
            on_error=self._failed,
        )

    def _compensation_retired(self) -> None:
        show_notice(
            self.ui.statusLabel,
            self.tr("Retired: no longer offered; earlier notices still show it."),
        )
        self.reload()

    def _compensation_added(self, _code: str) -> None:
        self.ui.compensationEdit.clear()
        show_notice(self.ui.statusLabel, self.tr("Compensation added to the list."))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self._fill_labor()
            self._fill_compensations()
            self._fill_advisors()
        super().changeEvent(event)
