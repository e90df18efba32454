"""Page "delivery" (case id): the handover to the customer (D2–D6; issue 9 items 3 and 4).

The acceptance checklist (repair demonstrated, settlement explained, old parts and packaging
shown), the customer's choice per old part actually replaced (hand over or dispose), the
value-added services done from the dealer's list, the next service date; delivery is refused
until QC passed and the settlement is signed (said in a banner and at the button). After the
delivery the repair record, parts warranty card and maintenance advice are printed, previewed
here and sent to the printer."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QDate, QEvent, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from app.domain.errors import ExpectedError
from app.domain.messages import render
from app.domain.roles import Action, allowed
from app.ui.generated.ui_delivery_page import Ui_DeliveryPageForm
from app.ui.i18n import list_join
from app.ui.widgets import retranslate_form, setup_form, show_error, show_notice

if TYPE_CHECKING:
    from app.services.handover import DeliveryFacts
    from app.ui.state import AppState

DOCUMENT_KINDS = ("repair_record", "warranty_card", "maintenance_advice")
GUARD_MESSAGES = {
    "lifecycle.d4_unsigned_settlement": "delivery.not_signed",
    "lifecycle.d1_qc_not_passed": "delivery.qc_not_passed",
}


def print_all(ctx: Any, actor: Any, case_id: str) -> list[tuple[Any, bytes]]:
    """On a worker: the three documents of the delivery (D5), each a recorded print."""
    from app.services.documents import print_document

    out = []
    for kind in DOCUMENT_KINDS:
        printed = print_document(ctx, actor, case_id, kind)
        out.append((printed, printed.path.read_bytes()))
    return out


class DeliveryPage(QWidget):
    """Signals: close_requested() back to the home."""

    close_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.runner = state.runner.for_owner(self)
        self.ui = Ui_DeliveryPageForm()
        setup_form(self.ui, self)
        ui = self.ui
        self.case_id = ""
        self.pending = 0
        self.facts: DeliveryFacts | None = None
        self.part_choices: dict[str, QComboBox] = {}
        self.value_checks: dict[str, QCheckBox] = {}
        self.documents: dict[str, tuple[Any, bytes]] = {}
        self.shown_kind = ""
        self._buffer: QBuffer | None = None
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(ui.previewHost)
        self.pdf_view.setObjectName("deliveryPdfView")
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        ui.previewHostLayout.addWidget(self.pdf_view)
        ui.backButton.clicked.connect(self.close_requested)
        ui.openSettlementButton.clicked.connect(
            lambda: state.open_page_requested.emit("settlement", self.case_id)
        )
        # Once delivered, the way on is the customer's feedback (P5).
        ui.feedbackButton.clicked.connect(
            lambda: state.open_page_requested.emit("feedback", self.case_id)
        )
        ui.deliverButton.clicked.connect(self.deliver)
        ui.repairRecordButton.clicked.connect(lambda: self.show_document("repair_record"))
        ui.warrantyButton.clicked.connect(lambda: self.show_document("warranty_card"))
        ui.adviceButton.clicked.connect(lambda: self.show_document("maintenance_advice"))
        ui.printButton.clicked.connect(self.send_to_printer)
        for check in self._checks().values():
            check.toggled.connect(self._clear_error)
        state.case_changed.connect(self._case_changed)

    def _checks(self) -> dict[str, QCheckBox]:
        ui = self.ui
        return {
            "demonstrated": ui.demonstratedCheck,
            "settlement_explained": ui.settlementExplainedCheck,
            "old_parts_shown": ui.oldPartsShownCheck,
            "packaging_shown": ui.packagingShownCheck,
        }

    # -- the page contract ---------------------------------------------------------------

    def open(self, arg: object) -> None:
        from app.ui.pages import PAGES

        case_id = str(arg or "")
        self.ui.openSettlementButton.setVisible("settlement" in PAGES)
        if case_id != self.case_id:
            # Another case: a fresh checklist. The same case again keeps what was ticked.
            self.case_id = case_id
            self.facts = None
            for check in self._checks().values():
                check.setChecked(False)
            self.part_choices = {}
            while self.ui.oldPartsForm.rowCount():
                self.ui.oldPartsForm.removeRow(0)
            self.documents = {}
            self.shown_kind = ""
            self.pdf.close()
            self.ui.documentsStatus.clear()
        self._clear_error()
        self.refresh()

    def _case_changed(self, change: Any) -> None:
        if change.case_id == self.case_id and self.isVisible() and not self.pending:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self._show()
        super().changeEvent(event)

    def _run(self, fn: Any, *args: Any, on_done: Any, on_error: Any = None) -> None:
        self.pending += 1
        self._update_buttons()

        def done(result: Any) -> None:
            self.pending -= 1
            on_done(result)
            self._update_buttons()

        def failed(err: ExpectedError) -> None:
            self.pending -= 1
            (on_error or self._failed)(err)
            self._update_buttons()

        self.runner.run(fn, *args, on_done=done, on_error=failed)

    def refresh(self) -> None:
        from app.services.handover import facts

        if self.case_id:
            self._run(facts, self.state.require_ctx(), self.case_id, on_done=self._loaded)

    def _loaded(self, facts: DeliveryFacts) -> None:
        first = self.facts is None or self.facts.case_id != facts.case_id
        self.facts = facts
        if first:
            self.ui.nextServiceEdit.setDate(
                QDate(facts.next_date.year, facts.next_date.month, facts.next_date.day)
            )
        self._show()

    # -- showing ---------------------------------------------------------------------------

    def _show(self) -> None:
        facts = self.facts
        ui = self.ui
        if facts is None:
            return
        ui.deliveryTitle.setText(self.tr("Delivery · %1").replace("%1", facts.order_no))
        self._show_guard()
        self._build_parts()
        self._build_value_added()
        if facts.delivered:
            self._show_recorded(facts)
        has_parts = bool(facts.parts)
        ui.oldPartsShownCheck.setVisible(has_parts)  # D3: only for parts actually replaced
        ui.packagingShownCheck.setVisible(has_parts)
        ui.noOldParts.setVisible(not has_parts)
        ui.oldPartsArea.setVisible(has_parts)
        ui.nextKmLabel.setText(
            self.tr("or at %1 km, whichever comes first").replace("%1", f"{facts.next_km:,}")
            if facts.next_km
            else ""
        )
        self._update_buttons()

    def _show_guard(self) -> None:
        facts = self.facts
        banner = self.ui.guardBanner
        assert facts is not None
        if facts.delivered:
            show_notice(banner, self.tr("Delivered. Hand over the documents below."))
        elif not facts.qc_passed:
            show_error(banner, render("delivery.qc_not_passed", self.state.lang))
        elif not facts.settlement_signed:
            show_error(banner, render("delivery.not_signed", self.state.lang))
        else:
            show_notice(
                banner,
                self.tr("QC passed and the settlement is signed: go through the checklist."),
            )

    def _show_recorded(self, facts: DeliveryFacts) -> None:
        """A delivered case shows what was recorded (read-only: the boxes are disabled)."""
        for key, check in self._checks().items():
            check.setChecked(key in facts.recorded_checklist)
        for part in facts.parts:
            combo = self.part_choices.get(part.use_id)
            if combo is not None:
                index = combo.findData(part.disposition)
                combo.setCurrentIndex(max(0, index))
        for item, check in self.value_checks.items():
            check.setChecked(item in facts.recorded_value_added)
        if facts.recorded_next is not None:
            day = facts.recorded_next
            self.ui.nextServiceEdit.setDate(QDate(day.year, day.month, day.day))

    def _build_parts(self) -> None:
        facts = self.facts
        assert facts is not None
        form = self.ui.oldPartsForm
        keys = [p.use_id for p in facts.parts]
        if keys == list(self.part_choices):
            return
        while form.rowCount():
            form.removeRow(0)
        self.part_choices = {}
        for part in facts.parts:
            label = QLabel(f"{part.description}  {part.part_no}")
            label.setWordWrap(True)
            combo = QComboBox()
            combo.setObjectName(f"oldPart_{part.use_id}")
            combo.addItem(self.tr("— the customer chooses —"), "")
            combo.addItem(self.tr("Hand over to the customer"), "to_customer")
            combo.addItem(self.tr("Leave with the dealer for disposal"), "scrapped")
            combo.currentIndexChanged.connect(self._clear_error)
            form.addRow(label, combo)
            self.part_choices[part.use_id] = combo

    def _build_value_added(self) -> None:
        facts = self.facts
        assert facts is not None
        layout = self.ui.valueAddedLayout
        if list(facts.value_added_offer) == list(self.value_checks):
            return
        for check in self.value_checks.values():
            layout.removeWidget(check)
            check.deleteLater()
        self.value_checks = {}
        for item in facts.value_added_offer:
            check = QCheckBox(item)
            check.setObjectName("valueAdded")
            layout.addWidget(check)
            self.value_checks[item] = check
        self.ui.noValueAdded.setVisible(not facts.value_added_offer)

    def _update_buttons(self) -> None:
        ui = self.ui
        facts = self.facts
        actor = self.state.actor
        may = actor is not None and allowed(actor.roles, Action.DELIVER)
        delivered = bool(facts and facts.delivered)
        ui.deliverButton.setEnabled(
            may and facts is not None and not delivered and not self.pending
        )
        for box in (ui.checksBox, ui.oldPartsBox, ui.valueAddedBox, ui.nextServiceEdit):
            box.setEnabled(not delivered)
        from app.ui.pages import PAGES

        ui.feedbackButton.setVisible(delivered and "feedback" in PAGES)
        for button in (ui.repairRecordButton, ui.warrantyButton, ui.adviceButton):
            button.setEnabled(delivered and not self.pending)
        ui.printButton.setEnabled(bool(self.shown_kind) and not self.pending)

    # -- errors ----------------------------------------------------------------------------

    def _clear_error(self) -> None:
        self.ui.deliverError.clear()
        self.ui.deliverError.setVisible(False)
        for combo in self.part_choices.values():
            if combo.property("invalid"):
                combo.setProperty("invalid", False)
                combo.style().unpolish(combo)
                combo.style().polish(combo)

    def _failed(self, err: ExpectedError) -> None:
        code = GUARD_MESSAGES.get(err.code)
        text = render(code, self.state.lang) if code else self.state.message(err)
        field = str(err.params.get("field", ""))
        if err.code == "delivery.old_part_choice" and field in self.part_choices:
            combo = self.part_choices[field]
            combo.setProperty("invalid", True)
            combo.style().unpolish(combo)
            combo.style().polish(combo)
            combo.setFocus()
        elif err.code == "validate.required":
            text = self._missing_text(field)
        show_error(self.ui.deliverError, text)

    def _missing_text(self, field: str) -> str:
        names = {
            "demonstrated": self.tr("demonstrate the repair"),
            "settlement_explained": self.tr("go through the settlement"),
            "old_parts_shown": self.tr("show the old parts"),
            "packaging_shown": self.tr("show the packaging"),
        }
        items = list_join(names.get(f.strip(), f.strip()) for f in field.split(","))
        return render("delivery.check_missing", self.state.lang, items=items)

    # -- actions ---------------------------------------------------------------------------

    def deliver(self) -> None:
        from app.services.handover import deliver

        self._clear_error()
        checklist = {key: check.isChecked() for key, check in self._checks().items()}
        old_parts = {
            key: str(combo.currentData() or "") for key, combo in self.part_choices.items()
        }
        value_added = tuple(item for item, check in self.value_checks.items() if check.isChecked())
        picked = self.ui.nextServiceEdit.date()
        day = date(picked.year(), picked.month(), picked.day())

        def run(ctx: Any, actor: Any, case_id: str) -> Any:
            return deliver(
                ctx, actor, case_id, checklist=checklist, old_parts=old_parts,
                value_added=value_added, next_service_on=day,
            )  # fmt: skip

        self._run(
            run,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            on_done=self._delivered,
        )

    def _delivered(self, ref: Any) -> None:
        self.state.announce(ref.id, ref.state)
        show_notice(self.ui.documentsStatus, self.tr("Delivered. Printing the documents…"))
        self.refresh()
        self._run(
            print_all,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            on_done=self._printed_all,
        )

    def _printed_all(self, results: list[tuple[Any, bytes]]) -> None:
        for printed, data in results:
            self.documents[printed.kind] = (printed, data)
        self._preview("repair_record")
        show_notice(
            self.ui.documentsStatus,
            self.tr("Repair record, warranty card and maintenance advice printed."),
        )

    def show_document(self, kind: str) -> None:
        if kind in self.documents:
            self._preview(kind)
            return
        from app.services.documents import print_document

        def render_one(ctx: Any, actor: Any, case_id: str) -> list[tuple[Any, bytes]]:
            printed = print_document(ctx, actor, case_id, kind)
            return [(printed, printed.path.read_bytes())]

        self._run(
            render_one,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            on_done=lambda results: self._one_printed(kind, results[0]),
        )

    def _one_printed(self, kind: str, result: tuple[Any, bytes]) -> None:
        self.documents[kind] = result
        self._preview(kind)

    def _preview(self, kind: str) -> None:
        _printed, data = self.documents[kind]
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.close()
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.shown_kind = kind
        self._update_buttons()

    def send_to_printer(self) -> None:
        if self.shown_kind in self.documents:
            printed = self.documents[self.shown_kind][0]
            if self.state.dialogs.print_pdf(self, Path(printed.path)):
                show_notice(self.ui.documentsStatus, self.tr("Sent to the printer"))
