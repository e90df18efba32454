"""First start on an empty database: set up a real dealer, or create the demo workshop (on a
worker, with a progress bar) and show its logins with their PINs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from app.domain.errors import UserError
from app.services.dto import DealerInfo
from app.ui.generated.ui_setup import Ui_SetupForm
from app.ui.i18n import QT_TRANSLATE_NOOP, roles_label
from app.ui.models import Column, RecordTableModel
from app.ui.state import AppState
from app.ui.widgets import retranslate_form, setup_form, setup_table, show_error

DEMO_ORDERS = 2000


class SetupPage(QWidget):
    """Signals:

    dealer_created(object): the `DealerInfo` as soon as the dealer exists (real or demo).
    set_up(object): the same, when the user is ready to log in.
    """

    dealer_created = Signal(object)
    set_up = Signal(object)

    def __init__(
        self, state: AppState, demo_orders: int = DEMO_ORDERS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.demo_orders = demo_orders
        self.ui = Ui_SetupForm()
        setup_form(self.ui, self)
        self.logins = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r[0]),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Role"),
                    lambda r: roles_label(tuple(str(r[1]).split("/"))),
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "PIN"), lambda r: r[2]),
            ],
            key=lambda r: f"{r[0]}/{r[1]}",
            parent=self,
        )
        setup_table(self.ui.demoLoginsView, self.logins)
        self.ui.demoLoginsView.setVisible(False)
        self.ui.demoProgress.setVisible(False)
        self.ui.continueButton.setVisible(False)
        show_error(self.ui.setupErrorLabel, "")
        self.ui.createDealerButton.clicked.connect(self.create_dealer)
        self.ui.createDemoButton.clicked.connect(self.create_demo)
        self.ui.continueButton.clicked.connect(self._continue)
        self._dealer: DealerInfo | None = None

    # -- a real dealer -------------------------------------------------------------------------
    def create_dealer(self) -> None:
        from app.services import setup

        ui = self.ui
        fields = (ui.dealerCodeEdit, ui.dealerNameEdit, ui.workstationNameEdit, ui.adminNameEdit)
        if any(not field.text().strip() for field in fields):
            show_error(ui.setupErrorLabel, self.tr("Please fill in every field."))
            return
        if ui.adminPinEdit.text() != ui.adminPinConfirmEdit.text():
            show_error(ui.setupErrorLabel, self.tr("The two PINs differ. Please enter them again."))
            ui.adminPinEdit.clear()
            ui.adminPinConfirmEdit.clear()
            return
        show_error(ui.setupErrorLabel, "")
        self._set_busy(True)
        self.state.runner.run(
            setup.set_up_dealer,
            self.state.require_ctx(),
            dealer_code=ui.dealerCodeEdit.text().strip(),
            dealer_name=ui.dealerNameEdit.text().strip(),
            workstation_name=ui.workstationNameEdit.text().strip(),
            admin_name=ui.adminNameEdit.text().strip(),
            admin_pin=ui.adminPinEdit.text(),
            on_done=self._dealer_created,
            on_error=self._failed,
            on_crash=self._crashed,
        )

    def _dealer_created(self, dealer: DealerInfo) -> None:
        self._set_busy(False)
        self.dealer_created.emit(dealer)
        self.set_up.emit(dealer)

    def _crashed(self, _details: str) -> None:
        self._set_busy(False)
        self.ui.demoProgress.setVisible(False)
        self.ui.demoStatusLabel.setText("")
        show_error(
            self.ui.setupErrorLabel,
            self.tr("That did not work because of an error in ServiceBay; a report was saved."),
        )

    def _failed(self, err: UserError) -> None:
        self._set_busy(False)
        self.ui.demoProgress.setVisible(False)
        show_error(self.ui.setupErrorLabel, self.state.message(err))

    # -- the demo workshop ---------------------------------------------------------------------
    def create_demo(self) -> None:
        from app.services import demo

        self._set_busy(True)
        self.ui.demoProgress.setVisible(True)
        self.ui.demoProgress.setRange(0, 0)
        self.ui.demoStatusLabel.setText(self.tr("Creating the demo workshop…"))
        self.state.runner.run(
            _demo_then_dealer,
            demo.create_demo,
            self.state.require_ctx(),
            self.demo_orders,
            on_done=self._demo_created,
            on_error=self._failed,
            on_progress=self._progress,
            on_crash=self._crashed,
        )

    def _progress(self, done: int, total: int) -> None:
        self.ui.demoProgress.setRange(0, max(total, 1))
        self.ui.demoProgress.setValue(done)

    def _demo_created(self, outcome: tuple[Any, DealerInfo]) -> None:
        result, dealer = outcome
        self._dealer = dealer
        self.dealer_created.emit(dealer)
        self.ui.demoProgress.setRange(0, 1)
        self.ui.demoProgress.setValue(1)
        self.ui.demoStatusLabel.setText(
            self.tr(
                "The demo workshop is ready with %n case(s). Log in with one of these PINs:",
                "",
                result.orders,
            )
        )
        self.logins.set_records(list(result.staff))
        self.ui.demoLayout.removeItem(self.ui.demoSpacer)  # the logins table takes the room
        self.ui.demoLoginsView.setVisible(True)
        self.ui.continueButton.setVisible(True)
        self.ui.continueButton.setEnabled(True)
        self.ui.continueButton.setFocus()

    def _continue(self) -> None:
        if self._dealer is not None:
            self.set_up.emit(self._dealer)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.ui.createDealerButton, self.ui.createDemoButton):
            button.setEnabled(not busy and self._dealer is None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self.logins.retranslate()
        super().changeEvent(event)


def _demo_then_dealer(
    create_demo: Any, ctx: Any, orders: int, progress: Any = None
) -> tuple[Any, DealerInfo]:
    """Runs on the worker: the demo, then who we now are (one round-trip for the GUI)."""
    from app.services import setup

    result = create_demo(ctx, orders=orders, progress=progress)
    ctx.db.checkpoint()  # a big write: fold the WAL back so the next start does not scan it
    return result, setup.dealer_info(ctx)
