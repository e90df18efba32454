"""Print preview (QtPdf), printing through the system dialog, and the customer's signature:
on the on-screen pad or by scanning a photo of the signed paper (P4)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QWidget,
)

from app.services.dto import CaseDetail
from app.ui.generated.ui_reception_sign import Ui_ReceptionSignForm
from app.ui.reception.env import CountedTasks, fill, set_tone, translate
from app.ui.state import AppState
from app.ui.widgets import setup_form


class SignPage(CountedTasks, QWidget):
    """Signals:

    printed(object): the `PrintedDocument` now shown in the preview.
    signed(object): the `CaseRef` once the confirmation sheet is signed (pad or paper).
    scan_read(object): the `ScanResult` of a filed scan.
    """

    printed = Signal(object)
    signed = Signal(object)
    scan_read = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receptionSign")
        self.state = state
        self.runner = state.runner.for_owner(self)
        self.case_id = ""
        self.detail: CaseDetail | None = None
        self.document: Any = None
        self.pending = 0
        self._refresh_seq = 0
        self.scan_seconds: float | None = None
        self._buffer: QBuffer | None = None
        # The static layout is forms/reception_sign.ui; the PDF view and the signature pad
        # are promoted widgets.
        self.ui = Ui_ReceptionSignForm()
        setup_form(self.ui, self)
        ui = self.ui
        self.pdf = QPdfDocument(self)
        self.pdf_view = ui.pdfView
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_sheet_button = ui.printConfirmationButton
        self.print_order_button = ui.printWorkOrderButton
        self.printer_button = ui.sendToPrinterButton
        self.pad = ui.signaturePad
        self.signer_edit = ui.signerEdit
        self.clear_button = ui.clearSignatureButton
        self.sign_button = ui.signOnPadButton
        self.scan_button = ui.scanPaperButton
        self.state_label = ui.signStateLabel
        self.status_label = ui.signStatus
        self.preview_box = ui.previewBox
        self.sign_box = ui.signBox

        self.print_sheet_button.clicked.connect(lambda: self.print_document("confirmation"))
        self.print_order_button.clicked.connect(lambda: self.print_document("work-order"))
        self.printer_button.clicked.connect(self.send_to_printer)
        self.pad.signature_changed.connect(self._pad_changed)
        self.clear_button.clicked.connect(self.pad.clear)
        self.sign_button.clicked.connect(self.sign_on_pad)
        self.scan_button.clicked.connect(self.scan_paper)
        self.retranslate()

    def retranslate(self) -> None:
        self.preview_box.setTitle(translate("Reception", "Print preview"))
        self.sign_box.setTitle(translate("Reception", "Customer signature"))
        self.print_sheet_button.setText(translate("Reception", "Confirmation sheet"))
        self.print_order_button.setText(translate("Reception", "Work order"))
        self.printer_button.setText(translate("Reception", "Print…"))
        self.signer_edit.setPlaceholderText(translate("Reception", "Signer's name"))
        self.clear_button.setText(translate("Reception", "Clear"))
        self.sign_button.setText(translate("Reception", "Sign on screen"))
        self.scan_button.setText(translate("Reception", "Scan signed paper…"))
        self._show_state()

    # -- case ------------------------------------------------------------------------------

    def set_case(self, case_id: str) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        from app.services.queries import case_detail

        if self.case_id:
            self._refresh_seq += 1
            self._run(
                case_detail,
                self.state.require_ctx(),
                self.case_id,
                on_done=lambda detail, seq=self._refresh_seq: self._show_newest(detail, seq),
            )

    def _show_newest(self, detail: CaseDetail, seq: int) -> None:
        # Reads run in parallel on the pool: an older read landing last must not win.
        if seq == self._refresh_seq:
            self._show(detail)

    def _after_failure(self) -> None:
        self._buttons(True)

    def _buttons(self, on: bool) -> None:
        for button in (self.print_sheet_button, self.print_order_button, self.scan_button):
            button.setEnabled(on)
        self.sign_button.setEnabled(on and self.pad.has_signature())

    def _show(self, detail: CaseDetail) -> None:
        self.detail = detail
        if not self.signer_edit.text():
            self.signer_edit.setText(detail.customer.name)
        self._show_state()

    def _show_state(self) -> None:
        detail = self.detail
        if detail is None:
            self.state_label.setText(translate("Reception", "Open a case first."))
            return
        if detail.signed_version is not None and detail.signed_version == detail.estimate_version:
            text = fill(
                translate("Reception", "Version %1 signed ✓ — work may start"),
                detail.signed_version,
            )
            set_tone(self.state_label, "done")
        elif detail.state == "awaiting_signature":
            text = fill(
                translate("Reception", "Version %1 awaits the customer's signature"),
                detail.estimate_version,
            )
            set_tone(self.state_label, "warn")
        else:
            text = translate(
                "Reception", "Record the customer's decisions first, then ask for the signature."
            )
            set_tone(self.state_label, "")
        self.state_label.setText(fill(translate("Reception", "%1 · %2"), detail.order_no, text))

    # -- printing --------------------------------------------------------------------------

    def print_document(self, kind: str) -> None:
        from app.services.documents import print_document

        def render(case_id: str) -> tuple[Any, bytes]:
            printed = print_document(
                self.state.require_ctx(), self.state.require_actor(), case_id, kind
            )
            return printed, printed.path.read_bytes()

        self._buttons(False)
        set_tone(self.status_label, "")
        self.status_label.setText(translate("Reception", "Generating PDF…"))
        self._run(render, self.case_id, on_done=self._printed)

    def _printed(self, result: tuple[Any, bytes]) -> None:
        printed, data = result
        self.document = printed
        # Parsed from memory: the file was read on the worker.
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.close()
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._buttons(True)
        self.printer_button.setEnabled(True)
        self.status_label.setText(
            fill(
                translate("Reception", "%1 version %2, %3 page(s)"),
                printed.order_no,
                printed.version,
                printed.page_count,
            )
        )
        self.printed.emit(printed)
        self.refresh()

    def send_to_printer(self) -> None:
        if self.document is None:
            return
        dialogs = self.state.dialogs
        if dialogs.print_pdf(self, Path(self.document.path)):
            self.status_label.setText(translate("Reception", "Sent to the printer"))

    # -- signatures ------------------------------------------------------------------------

    def _pad_changed(self) -> None:
        self.sign_button.setEnabled(self.pad.has_signature())

    def sign_on_pad(self) -> None:
        from app.services.documents import sign_on_pad

        if not self.pad.has_signature():
            return
        png = self.pad.png_bytes()  # painted from the vectors, in memory
        strokes = [list(s) for s in self.pad.strokes]
        self._buttons(False)
        self._run(
            sign_on_pad,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            self.signer_edit.text(),
            strokes,
            png,
            on_done=self._signed,
        )

    def _signed(self, ref: Any) -> None:
        self._buttons(True)
        set_tone(self.status_label, "ok")
        self.status_label.setText(translate("Reception", "Signed. The case can be dispatched."))
        self.signed.emit(ref)
        self.refresh()

    def scan_paper(self) -> None:
        """Issue 11: the page is filed on the case it belongs to; paper of another case is
        named and filed there only after the user says so. An empty signature box is refused
        by the service (shown like any other refusal)."""
        from app.domain.messages import render
        from app.services.documents import ScanOfOtherCase, attach_scan

        dialogs = self.state.dialogs
        path = dialogs.open_image(self, translate("Reception", "Photo or scan of the signed page"))
        if path is None:
            return
        signer = self.signer_edit.text().strip()

        def attach(image: Path, expected: str | None) -> tuple[Any, float]:
            started = time.perf_counter()
            try:
                result = attach_scan(
                    self.state.require_ctx(),
                    self.state.require_actor(),
                    image,
                    signer_name=signer or None,
                    expected_case_id=expected,
                )
            except ScanOfOtherCase as other:
                return other, time.perf_counter() - started
            return result, time.perf_counter() - started

        def done(result: tuple[Any, float]) -> None:
            other = result[0]
            if not isinstance(other, ScanOfOtherCase):
                self._scanned(result)
                return
            lang, said, order_no = (
                self.state.lang,
                other.message(self.state.lang),
                other.finding.order_no,
            )
            question = render(
                "reception.scan_other_case_ask", lang, message=said, order_no=order_no
            )
            if dialogs.confirm(self, render("reception.scan_other_case_title", lang), question):
                self._run(attach, path, other.finding.case_id, on_done=done)
                return
            self._buttons(True)
            set_tone(self.status_label, "error")
            self.status_label.setText(render("reception.scan_other_case_kept", lang, message=said))

        self._buttons(False)
        set_tone(self.status_label, "")
        self.status_label.setText(translate("Reception", "Reading the QR code…"))
        self._run(attach, path, self.case_id or None, on_done=done)

    def _scanned(self, result: tuple[Any, float]) -> None:
        from app.services.documents import kind_label

        scan, seconds = result
        self.scan_seconds = seconds
        found = scan.finding
        self._buttons(True)
        set_tone(self.status_label, "ok")
        text = fill(
            translate("Reception", "Read %1 · %2 · version %3 in %4 s; filed on that version."),
            found.order_no,
            kind_label(found.kind, self.state.lang),
            found.version,
            f"{seconds:.2f}",
        )
        if scan.signed:
            text += " " + translate("Reception", "Signed on paper.")
        elif scan.note:
            text += " " + scan.note
        self.status_label.setText(text)
        self.scan_read.emit(scan)
        if scan.signed:
            self.signed.emit(scan.case)
        self.refresh()
