"""Page "settlement" (case id): the settlement from the actual work (P4, D4; issue 9 items 1
and 2). Tab 1: the parts fitted and labor done, every difference from the signed estimate
with the reason the advisor tells the customer, discount (within the advisor's limit) and
compensation; recorded as a new settlement version. Tab 2: the settlement sheet (服务结算单)
previewed and printed, signed by the customer on the pad or on paper (scan back). A signed
settlement is final: the page shows it read-only."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.domain.capitals import rmb_capitals
from app.domain.errors import ExpectedError
from app.domain.roles import Action, allowed
from app.ui.generated.ui_settlement_page import Ui_SettlementPageForm
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models import Column, RecordTableModel
from app.ui.widgets import (
    retranslate_form,
    set_widths,
    setup_form,
    setup_table,
    show_error,
    show_notice,
)

if TYPE_CHECKING:
    from app.services.settlement import SettlementDraft
    from app.ui.state import AppState

MONEY_FIELDS = ("discount", "compensation")


@dataclass(frozen=True)
class LineRow:
    key: str
    item: str
    code: str
    source: str
    qty: str
    amount: str


@dataclass(frozen=True)
class DiffRow:
    key: str
    kind: str
    item: str
    estimated: str
    actual: str
    amount: str
    reason: str


def _signed(value: Decimal) -> str:
    return ("+" if value > 0 else "") + f"{value:,.2f}"


def load(ctx: Any, actor: Any, case_id: str, inputs: dict[str, Any]) -> tuple[Any, Any]:
    """On a worker: the draft with the inputs typed so far, and the latest recorded one."""
    from app.services import settlement as settle_svc

    snap = settle_svc.latest_snapshot(ctx, case_id)
    try:
        draft = settle_svc.draft(ctx, actor, case_id, **inputs)
    except ExpectedError:
        if snap is None or not snap["signed"]:
            raise
        draft = None  # a signed settlement is shown as signed, whatever changed since
    return draft, snap


class SettlementPage(QWidget):
    """Signals: close_requested() back to the home."""

    close_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.runner = state.runner.for_owner(self)
        self.ui = Ui_SettlementPageForm()
        setup_form(self.ui, self)
        ui = self.ui
        self.case_id = ""
        self.pending = 0
        self.draft: SettlementDraft | None = None
        self.snapshot: dict[str, Any] | None = None
        self.document: Any = None
        self.reason_edits: dict[str, QLineEdit] = {}
        self._buffer: QBuffer | None = None
        self.lines_model: RecordTableModel[LineRow] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Item"), lambda r: r.item),
                Column(QT_TRANSLATE_NOOP("Columns", "Part no. / labor code"), lambda r: r.code),
                Column(QT_TRANSLATE_NOOP("Columns", "Source"), lambda r: r.source),
                Column(QT_TRANSLATE_NOOP("Columns", "Qty / hours"), lambda r: r.qty),
                Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda r: r.amount),
            ],
            key=lambda r: r.key,
            parent=self,
        )
        setup_table(ui.linesView, self.lines_model, stretch_column=0)
        set_widths(ui.linesView, {1: 150, 2: 80, 3: 120, 4: 100})
        self.diff_model: RecordTableModel[DiffRow] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Difference"), lambda r: r.item),
                Column(QT_TRANSLATE_NOOP("Columns", "Estimated"), lambda r: r.estimated),
                Column(QT_TRANSLATE_NOOP("Columns", "Actual"), lambda r: r.actual),
                Column(QT_TRANSLATE_NOOP("Columns", "Change"), lambda r: r.amount),
                Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: self._reason_of(r)),
            ],
            key=lambda r: r.key,
            parent=self,
        )
        setup_table(ui.differencesView, self.diff_model, stretch_column=4)
        set_widths(ui.differencesView, {0: 170, 1: 90, 2: 90, 3: 90})
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(ui.previewHost)
        self.pdf_view.setObjectName("settlementPdfView")
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        ui.previewHostLayout.addWidget(self.pdf_view)
        ui.sendToPrinterButton.setEnabled(False)
        ui.signButton.setEnabled(False)

        ui.backButton.clicked.connect(self.close_requested)
        ui.openDeliveryButton.clicked.connect(self._open_delivery)
        ui.discountEdit.editingFinished.connect(self.recompute)
        ui.compensationEdit.editingFinished.connect(self.recompute)
        ui.settleButton.clicked.connect(self.settle)
        ui.printSheetButton.clicked.connect(self.show_sheet)
        ui.sendToPrinterButton.clicked.connect(self.send_to_printer)
        ui.signaturePad.signature_changed.connect(self._update_buttons)
        ui.clearSignatureButton.clicked.connect(ui.signaturePad.clear)
        ui.signButton.clicked.connect(self.sign_on_pad)
        ui.scanButton.clicked.connect(self.scan_paper)
        state.case_changed.connect(self._case_changed)
        self._clear_errors()

    # -- the page contract ---------------------------------------------------------------

    def open(self, arg: object) -> None:
        from app.ui.pages import PAGES

        self.case_id = str(arg or "")
        self.ui.openDeliveryButton.setVisible("delivery" in PAGES)
        self.ui.settleTabs.setCurrentIndex(0)
        self.ui.discountEdit.clear()
        self.ui.discountReasonEdit.clear()
        self.ui.compensationEdit.clear()
        self.ui.compensationReasonEdit.clear()
        self.ui.signaturePad.clear()
        self.ui.signerEdit.clear()
        self.ui.signStatus.clear()
        self.ui.settleStatus.clear()
        self.reason_edits = {}
        self.document = None
        self.pdf.close()
        self.ui.sendToPrinterButton.setEnabled(False)
        self.refresh()

    def _open_delivery(self) -> None:
        self.state.open_page_requested.emit("delivery", self.case_id)

    def _case_changed(self, change: Any) -> None:
        if change.case_id == self.case_id and self.isVisible() and not self.pending:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self.lines_model.retranslate()
            self.diff_model.retranslate()
            self._show()
        super().changeEvent(event)

    # -- loading --------------------------------------------------------------------------

    def _inputs(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "discount": ui.discountEdit.text().strip() or "0",
            "discount_reason": ui.discountReasonEdit.text(),
            "compensation": ui.compensationEdit.text().strip() or "0",
            "compensation_reason": ui.compensationReasonEdit.text(),
            "reasons": {key: edit.text() for key, edit in self.reason_edits.items()},
        }

    def _run(self, fn: Any, *args: Any, on_done: Any, on_error: Any = None) -> None:
        self.pending += 1

        def done(result: Any) -> None:
            self.pending -= 1
            on_done(result)

        def failed(err: ExpectedError) -> None:
            self.pending -= 1
            (on_error or self._failed)(err)

        self.runner.run(fn, *args, on_done=done, on_error=failed)

    def refresh(self) -> None:
        if not self.case_id:
            return
        self._run(
            load,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            self._inputs(),
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def recompute(self) -> None:
        """The totals follow the discount and compensation typed (nothing is recorded)."""
        self._clear_errors()
        self.refresh()

    def _load_failed(self, err: ExpectedError) -> None:
        code = getattr(err, "code", "")
        if code.startswith(("money.", "settlement.discount")):
            self._field_error(err)
            return
        self.draft = None
        self.snapshot = None
        show_error(self.ui.stateBanner, self.state.message(err))
        self._update_buttons()

    def _loaded(self, result: tuple[Any, Any]) -> None:
        self.draft, self.snapshot = result
        self._show()

    # -- showing ---------------------------------------------------------------------------

    def _source(self, kind: str, grade: str) -> str:
        if kind == "labor":
            return self.tr("Labor")
        return {"oem": self.tr("OEM"), "certified": self.tr("Certified")}.get(grade, "—")

    def _qty(self, kind: str, qty: Decimal, hours: Decimal, source: str) -> str:
        if kind == "labor":
            text = self.tr("%1 h").replace("%1", format(hours, "f"))
            return text + (" " + self.tr("(clock)") if source == "clock" else "")
        return format(qty.normalize(), "f")

    def _diff_item(self, kind: str, description: str) -> str:
        names = {
            "discount": self.tr("Discount"),
            "compensation": self.tr("Compensation"),
            "warranty": self.tr("Warranty rework, not billed"),
            "tax": self.tr("VAT on the differences"),
        }
        return names.get(kind, description)

    def _signed_view(self) -> bool:
        return bool(self.snapshot and self.snapshot.get("signed"))

    def _rows(self) -> tuple[list[LineRow], list[DiffRow]]:
        if self._signed_view() or self.draft is None:
            snap = self.snapshot or {"lines": [], "differences": []}
            lines = [
                LineRow(
                    ln["key"],
                    ln["description"],
                    ln["code"],
                    self._source(ln["kind"], ln["grade"]),
                    self._qty(
                        ln["kind"], Decimal(ln["qty"]), Decimal(ln["hours"]), ln["hours_source"]
                    ),
                    f"{Decimal(ln['amount']):,.2f}",
                )
                for ln in snap["lines"]
            ]
            diffs = [
                DiffRow(
                    d["key"],
                    d["kind"],
                    self._diff_item(d["kind"], d["description"]),
                    f"{Decimal(d['estimated']):,.2f}",
                    f"{Decimal(d['actual']):,.2f}",
                    _signed(Decimal(d["amount"])),
                    d["reason"],
                )
                for d in snap["differences"]
            ]
            return lines, diffs
        result = self.draft.result
        lines = [
            LineRow(
                ln.key,
                ln.description,
                ln.code,
                self._source(ln.kind, ln.grade),
                self._qty(ln.kind, ln.qty, ln.hours, ln.hours_source),
                f"{ln.amount:,.2f}",
            )
            for ln in result.lines
        ]
        diffs = [
            DiffRow(
                d.key,
                d.kind,
                self._diff_item(d.kind, d.description),
                f"{d.estimated:,.2f}",
                f"{d.actual:,.2f}",
                _signed(d.amount),
                d.reason,
            )
            for d in result.differences
        ]
        return lines, diffs

    def _reason_of(self, row: DiffRow) -> str:
        if row.kind == "tax":
            return self.tr("Tax follows the differences")
        if row.kind in MONEY_FIELDS:
            money_edit = (
                self.ui.discountReasonEdit
                if row.kind == "discount"
                else self.ui.compensationReasonEdit
            )
            return money_edit.text() if not self._signed_view() else row.reason
        edit = self.reason_edits.get(row.key)
        return edit.text() if edit is not None and not self._signed_view() else row.reason

    def _show(self) -> None:
        ui = self.ui
        lines, diffs = self._rows()
        signed = self._signed_view()
        ui.reasonsBox.setVisible(not signed)  # the table shows the signed reasons
        if signed and self.snapshot is not None:
            # What was signed, read-only: the discount and compensation with their reasons.
            given = {a["kind"]: a for a in self.snapshot.get("adjustments", [])}
            for kind, amount_edit, reason_edit in (
                ("discount", ui.discountEdit, ui.discountReasonEdit),
                ("compensation", ui.compensationEdit, ui.compensationReasonEdit),
            ):
                amount_edit.setText(given[kind]["amount"] if kind in given else "")
                reason_edit.setText(given[kind]["reason"] if kind in given else "")
        self._build_reasons(diffs)
        self.lines_model.set_records(lines)
        self.diff_model.set_records(diffs)
        order = self.draft.order_no if self.draft else (self.snapshot or {}).get("order_no", "")
        ui.settlementTitle.setText(self.tr("Settlement · %1").replace("%1", order))
        self._show_totals(diffs)
        self._show_state()
        self._update_buttons()

    def _build_reasons(self, diffs: list[DiffRow]) -> None:
        """One reason field per difference of a line (discount and compensation have theirs
        beside the amount; the tax row follows the others)."""
        form = self.ui.reasonsForm
        wanted = [d for d in diffs if d.kind not in ("tax", *MONEY_FIELDS)]
        if [d.key for d in wanted] == list(self.reason_edits) and not self._signed_view():
            return
        typed = {key: edit.text() for key, edit in self.reason_edits.items()}
        while form.rowCount():
            form.removeRow(0)
        self.reason_edits = {}
        for diff in wanted:
            label = QLabel(f"{diff.item}  {diff.amount}")
            label.setWordWrap(True)
            edit = QLineEdit()
            edit.setObjectName(f"reason_{diff.key}")
            edit.setPlaceholderText(self.tr("e.g. hidden fault found, part added"))
            edit.setText(typed.get(diff.key, diff.reason))
            edit.setReadOnly(self._signed_view())
            edit.textChanged.connect(self._reason_typed)
            form.addRow(label, edit)
            self.reason_edits[diff.key] = edit
        if not wanted:
            note = QLabel(self.tr("No line differs from the signed estimate."))
            note.setWordWrap(True)
            form.addRow(note)

    def _reason_typed(self) -> None:
        self.diff_model.set_records(self.diff_model.records())
        sender = self.sender()
        if isinstance(sender, QLineEdit) and sender.text().strip():
            self.ui.reasonError.clear()
            self.ui.reasonError.setVisible(False)
            sender.setProperty("invalid", False)
            sender.style().unpolish(sender)
            sender.style().polish(sender)

    def _show_totals(self, diffs: list[DiffRow]) -> None:
        if self._signed_view() or self.draft is None:
            snap = self.snapshot or {}
            if not snap:
                self.ui.totalsLabel.clear()
                return
            estimate = Decimal(snap["estimate"]["total"])
            total = Decimal(snap["total"])
        else:
            estimate = self.draft.result.estimate.total
            total = self.draft.result.actual.total
        delta = total - estimate
        if not diffs:
            same = self.tr("Same as the signed estimate.")
        else:
            same = (
                self.tr("%1 difference(s) explain %2 exactly.")
                .replace("%1", str(len(diffs)))
                .replace("%2", _signed(delta))
            )
        self.ui.totalsLabel.setText(
            self.tr("Estimate %1 · To pay <b>%2</b> · Change %3").replace("%1", f"{estimate:,.2f}")
            .replace("%2", f"¥{total:,.2f}").replace("%3", _signed(delta))
            + "<br/>" + rmb_capitals(total) + "<br/>" + same
        )  # fmt: skip

    def _show_state(self) -> None:
        banner = self.ui.stateBanner
        snap = self.snapshot
        if snap and snap.get("signed"):
            method = (
                self.tr("on paper")
                if snap.get("signed_method") == "paper"
                else self.tr("on the pad")
            )
            show_notice(
                banner,
                self.tr("Version %1 signed by %2 %3: final, never changed.")
                .replace("%1", str(snap["version"])).replace("%2", snap["signed_by"])
                .replace("%3", method),
            )  # fmt: skip
            self.ui.signState.setText(banner.text())
        elif snap:
            show_notice(
                banner,
                self.tr("Version %1 recorded, waiting for the customer's signature.").replace(
                    "%1", str(snap["version"])
                ),
            )
            self.ui.signState.setText(
                self.tr("Go through the sheet with the customer, then sign version %1.").replace(
                    "%1", str(snap["version"])
                )
            )
        else:
            banner.clear()
            banner.setVisible(False)
            self.ui.signState.setText(self.tr("Record the settlement first."))
        if self.draft is not None and self.draft.discount_limit is not None:
            self.ui.discountEdit.setToolTip(
                self.tr("Your limit: %1 yuan").replace("%1", f"{self.draft.discount_limit:,.2f}")
            )

    def _update_buttons(self) -> None:
        ui = self.ui
        actor = self.state.actor
        may = actor is not None and allowed(actor.roles, Action.SETTLE)
        signed = self._signed_view()
        recorded = bool(self.snapshot) and not signed
        editable = may and self.draft is not None and not signed and not self.pending
        for widget in (
            ui.discountEdit,
            ui.discountReasonEdit,
            ui.compensationEdit,
            ui.compensationReasonEdit,
        ):
            widget.setReadOnly(not editable)
        ui.settleButton.setEnabled(editable)
        ui.printSheetButton.setEnabled(bool(self.snapshot) and not self.pending)
        ui.signButton.setEnabled(may and recorded and ui.signaturePad.has_signature())
        ui.scanButton.setEnabled(may and recorded and not self.pending)
        ui.clearSignatureButton.setEnabled(recorded)

    # -- errors at the field ---------------------------------------------------------------

    def _clear_errors(self) -> None:
        for label in (self.ui.reasonError, self.ui.discountError, self.ui.compensationError):
            label.clear()
            label.setVisible(False)
        for edit in self.reason_edits.values():
            edit.setProperty("invalid", False)

    def _field_error(self, err: ExpectedError) -> None:
        ui = self.ui
        field = str(err.params.get("field", ""))
        text = self.state.message(err)
        if err.code == "settlement.signer":
            show_error(ui.signStatus, text)
            ui.signerEdit.setFocus()
        elif err.code == "settlement.reason_required" and field in self.reason_edits:
            edit = self.reason_edits[field]
            edit.setProperty("invalid", True)
            edit.style().unpolish(edit)
            edit.style().polish(edit)
            edit.setFocus()
            ui.reasonsArea.ensureWidgetVisible(edit)
            show_error(ui.reasonError, text)
        elif field == "compensation" or err.code == "settlement.compensation_reason":
            show_error(ui.compensationError, text)
            ui.compensationReasonEdit.setFocus()
        elif field == "discount" or err.code.startswith("settlement.discount"):
            show_error(ui.discountError, text)
            (
                ui.discountReasonEdit
                if err.code == "settlement.discount_reason"
                else ui.discountEdit
            ).setFocus()
        else:
            show_error(ui.discountError if err.code.startswith("money.") else ui.stateBanner, text)

    def _failed(self, err: ExpectedError) -> None:
        self._update_buttons()
        if err.code.startswith(("settlement.", "money.")) and err.code not in (
            "settlement.signed",
            "settlement.state",
            "settlement.no_signed_estimate",
        ):
            self._field_error(err)
            return
        show_error(self.ui.settleStatus, self.state.message(err))
        show_error(self.ui.signStatus, self.state.message(err))

    # -- actions ---------------------------------------------------------------------------

    def settle(self) -> None:
        from app.services import settlement as settle_svc

        self._clear_errors()
        inputs = self._inputs()
        self.ui.settleButton.setEnabled(False)
        self._run(
            lambda ctx, actor, case_id: settle_svc.settle(ctx, actor, case_id, **inputs),
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            on_done=self._settled,
        )

    def _settled(self, ref: Any) -> None:
        show_notice(self.ui.settleStatus, self.tr("Settlement recorded."))
        self.state.announce(ref.id, ref.state)
        self.ui.settleTabs.setCurrentIndex(1)
        self.refresh()
        self.show_sheet()

    def show_sheet(self) -> None:
        from app.services.documents import print_document

        def render(ctx: Any, actor: Any, case_id: str) -> tuple[Any, bytes]:
            printed = print_document(ctx, actor, case_id, "settlement")
            return printed, printed.path.read_bytes()

        self.ui.signStatus.setText(self.tr("Generating PDF…"))
        self._run(
            render,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            on_done=self._sheet_shown,
        )

    def _sheet_shown(self, result: tuple[Any, bytes]) -> None:
        printed, data = result
        self.document = printed
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.close()
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.ui.sendToPrinterButton.setEnabled(True)
        self.ui.signStatus.setText(
            self.tr("Settlement sheet version %1, %2 page(s).")
            .replace("%1", str(printed.version)).replace("%2", str(printed.page_count))
        )  # fmt: skip
        self._update_buttons()

    def send_to_printer(self) -> None:
        if self.document is not None and self.state.dialogs.print_pdf(
            self, Path(self.document.path)
        ):
            show_notice(self.ui.signStatus, self.tr("Sent to the printer"))

    def sign_on_pad(self) -> None:
        from app.services.settlement import sign_settlement_on_pad

        pad = self.ui.signaturePad
        if not pad.has_signature():
            return
        png = pad.png_bytes()
        strokes = [list(s) for s in pad.strokes]
        self.ui.signButton.setEnabled(False)
        self._run(
            sign_settlement_on_pad,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            self.ui.signerEdit.text(),
            strokes,
            png,
            on_done=self._signed,
        )

    def _signed(self, ref: Any) -> None:
        show_notice(self.ui.signStatus, self.tr("Signed. The case can be delivered."))
        self.state.announce(ref.id, ref.state)
        self.refresh()

    def scan_paper(self) -> None:
        from app.services.documents import attach_scan

        path = self.state.dialogs.open_image(self, self.tr("Photo or scan of the signed sheet"))
        if path is None:
            return
        signer = self.ui.signerEdit.text().strip() or None
        self.ui.signStatus.setText(self.tr("Reading the QR code…"))
        self._run(
            lambda ctx, actor, image: attach_scan(
                ctx, actor, image, signer_name=signer, expected_case_id=self.case_id
            ),
            self.state.require_ctx(),
            self.state.require_actor(),
            path,
            on_done=self._scanned,
        )

    def _scanned(self, result: Any) -> None:
        if result.signed:
            self._signed(result.case)
            return
        show_notice(self.ui.signStatus, result.note or self.tr("Filed on the case."))
        self.refresh()
