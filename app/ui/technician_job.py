"""The technician's job page (issue 8 items 2, 4, 5), page "job" on a case id.

Left: the approved labor lines with a job clock each (start, pause with a reason from the
list, resume, finish) and the brand's operation reference of the chosen line; "Job done"
sends the job to QC. Right, in tabs: the parts to fit (scan the packaging with a
keyboard-wedge scanner into the scan field, or choose the line), the parts fitted with their
packaging photo and state; the bay camera (reads the packaging's QR code or barcode, takes
the packaging photo); extra work found mid-job and the customer's approval of it.

Every action is one service call on a worker; the case's change is announced once."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.domain.actions import allowed_actions
from app.domain.errors import ExpectedError
from app.domain.fitting import PAUSE_REASONS, LineClock, parse_packaging_code
from app.domain.lifecycle import CaseAction
from app.ui.generated.ui_technician_job import Ui_TechnicianJobForm
from app.ui.i18n import (
    QT_TRANSLATE_NOOP,
    decision_label,
    packaging_label,
    part_entry_label,
    pause_reason_label,
    state_label,
    translated,
)
from app.ui.models import Column, RecordTableModel
from app.ui.state import AppState, CaseChanged
from app.ui.widgets import (
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
    from app.media.store import MediaRef
    from app.services.job import FittedPartView, JobView, LaborLineView, PartLineView
    from app.ui.reception.camera import CameraPanel

SCAN_MS = 300
"""How often the camera's newest frame is searched for a code while reading codes."""
SAME_CODE_S = 4.0
"""The camera sees the same label many times a second: one fit per code in this window."""
WEDGE_GAP_S = 0.08
"""A keyboard-wedge scanner types a whole code in a burst (a few ms a key); a person's
keystrokes are further apart. Characters closer than this, ended by Enter, are a scan."""
WEDGE_MIN = 4
"""Shortest code taken as a scan (part numbers are longer)."""

_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)

_CLOCKS = {
    LineClock.NOT_STARTED: QT_TRANSLATE_NOOP("LineClock", "Not started"),
    LineClock.RUNNING: QT_TRANSLATE_NOOP("LineClock", "Running"),
    LineClock.PAUSED: QT_TRANSLATE_NOOP("LineClock", "Paused"),
    LineClock.FINISHED: QT_TRANSLATE_NOOP("LineClock", "Finished"),
}
_GRADES = {
    "oem": QT_TRANSLATE_NOOP("PartGrade", "OEM"),
    "certified": QT_TRANSLATE_NOOP("PartGrade", "Certified"),
    "aftermarket": QT_TRANSLATE_NOOP("PartGrade", "Aftermarket"),
}
_SOURCES = ("oem", "certified")  # W2: OEM or certified parts only
_METHODS = (
    ("remote", QT_TRANSLATE_NOOP("Approval", "Remote approval")),
    ("pad", QT_TRANSLATE_NOOP("Approval", "Signature pad")),
    ("paper", QT_TRANSLATE_NOOP("Approval", "Signed paper sheet")),
)
_CHANNELS = (
    ("phone", QT_TRANSLATE_NOOP("Approval", "Phone call")),
    ("sms", QT_TRANSLATE_NOOP("Approval", "SMS")),
    ("wechat", QT_TRANSLATE_NOOP("Approval", "WeChat")),
)


def _label(context: str, table: dict[Any, str], code: str) -> str:
    text = table.get(code)
    return translated(context, text) if text is not None else ""


def _qty(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _hours(value: Decimal) -> str:
    return QCoreApplication.translate("Job", "%1 h").replace("%1", f"{value:.2f}")


class TechnicianJobPage(QWidget):
    """Signals: close_requested() — back to the technician's home (page contract)."""

    close_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.runner = state.runner.for_owner(self)
        self.ui = Ui_TechnicianJobForm()
        setup_form(self.ui, self)
        self.case_id: str | None = None
        self.view: JobView | None = None
        self._loaded_at: datetime | None = None
        self.camera: CameraPanel | None = None
        self._decoding = False
        self._last_code: tuple[str, float] = ("", 0.0)
        self._wedge: tuple[str, float] = ("", 0.0)
        self.labor: RecordTableModel[LaborLineView] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Operation"), self._operation),
                Column(QT_TRANSLATE_NOOP("Columns", "Standard"), lambda r: _hours(r.hours)),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Worked"),
                    self._worked,
                    live=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Clock"),
                    lambda r: _label("LineClock", _CLOCKS, r.clock),
                    tone=lambda r: "met" if r.clock is LineClock.RUNNING else None,
                ),
            ],
            key=lambda r: r.id,
            parent=self,
        )
        self.parts: RecordTableModel[PartLineView] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Part number"), lambda r: r.code or "—"),
                Column(QT_TRANSLATE_NOOP("Columns", "Part"), self._part_name),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Fitted"),
                    lambda r: f"{_qty(r.fitted_qty)} / {_qty(r.qty)}",
                    tone=lambda r: "met" if r.fitted_qty >= r.qty else None,
                ),
            ],
            key=lambda r: r.id,
            parent=self,
        )
        self.fitted: RecordTableModel[FittedPartView] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Fitted part"), self._fitted_name),
                Column(QT_TRANSLATE_NOOP("Columns", "Qty"), lambda r: _qty(r.qty)),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Packaging"),
                    lambda r: packaging_label(r.packaging_state),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Photo"),
                    lambda r: (
                        QCoreApplication.translate("Columns", "Yes")
                        if r.photo_sha256
                        else QCoreApplication.translate("Columns", "No")
                    ),
                    tone=lambda r: None if r.photo_sha256 else "due_soon",
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "By"),
                    lambda r: part_entry_label(r.entry),
                ),
            ],
            key=lambda r: r.id,
            parent=self,
        )
        self.extra: RecordTableModel[PartLineView | LaborLineView] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Extra line"), self._extra_name),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Decision"),
                    lambda r: decision_label(r.decision),
                    tone=lambda r: "due_soon" if r.decision == "pending" else "met",
                ),
            ],
            key=lambda r: r.id,
            parent=self,
        )
        setup_table(self.ui.laborView, self.labor, stretch_column=0)
        set_widths(self.ui.laborView, {1: 90, 2: 110, 3: 110})
        setup_table(self.ui.partsView, self.parts, stretch_column=1)
        set_widths(self.ui.partsView, {0: 150, 2: 90})
        setup_table(self.ui.fittedView, self.fitted, stretch_column=0)
        set_widths(self.ui.fittedView, {1: 50, 2: 110, 3: 60, 4: 70})
        setup_table(self.ui.extraView, self.extra, stretch_column=0)
        set_widths(self.ui.extraView, {1: 120})
        self._fill_combos()
        ui = self.ui
        ui.backButton.clicked.connect(self.close_requested.emit)
        ui.keyStepsButton.clicked.connect(self._key_steps)
        ui.startLineButton.clicked.connect(lambda: self.clock("start"))
        ui.pauseLineButton.clicked.connect(lambda: self.clock("pause"))
        ui.resumeLineButton.clicked.connect(lambda: self.clock("resume"))
        ui.finishLineButton.clicked.connect(lambda: self.clock("finish"))
        ui.jobDoneButton.clicked.connect(self.job_done)
        ui.scanEdit.returnPressed.connect(self.fit_typed)
        ui.fitButton.clicked.connect(self.fit_typed)
        ui.fitChosenButton.clicked.connect(self.fit_chosen)
        ui.shownButton.clicked.connect(lambda: self.packaging("shown_to_customer"))
        ui.handedButton.clicked.connect(lambda: self.packaging("handed_to_customer"))
        ui.disposedButton.clicked.connect(lambda: self.packaging("disposed"))
        ui.photoFileButton.clicked.connect(self.photo_from_file)
        ui.addExtraButton.clicked.connect(self.add_extra)
        ui.approveButton.clicked.connect(self.approve)
        ui.clearPadButton.clicked.connect(ui.signaturePad.clear)
        ui.scanSheetButton.clicked.connect(self.approve_from_sheet)
        ui.approvalMethodCombo.currentIndexChanged.connect(self._method_changed)
        ui.readCodesButton.toggled.connect(self._read_codes)
        ui.tabs.currentChanged.connect(self._tab_changed)
        for view in (ui.laborView, ui.partsView, ui.fittedView):
            view.selectionModel().selectionChanged.connect(self._enable)
        ui.keyStepsButton.setVisible(self._has_page("key_steps"))
        self.scan_timer = QTimer(self)
        self.scan_timer.setInterval(SCAN_MS)
        self.scan_timer.timeout.connect(self._scan_frame)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(1000)
        self.tick_timer.timeout.connect(self.labor.tick)
        state.case_changed.connect(self._case_changed)
        for label in (ui.actionErrorLabel, ui.scanErrorLabel, ui.extraErrorLabel):
            show_error(label, "")
        self._method_changed()
        self._retranslate_texts()
        self._enable()

    # -- page contract ----------------------------------------------------------------------

    @staticmethod
    def _has_page(name: str) -> bool:
        from app.ui.pages import PAGES

        return name in PAGES

    def open(self, arg: object) -> None:
        self.case_id = str(arg) if arg else None
        self.view = None
        for label in (self.ui.actionErrorLabel, self.ui.scanErrorLabel, self.ui.extraErrorLabel):
            show_error(label, "")
        self.ui.tabs.setCurrentIndex(0)
        self.refresh()
        self.ui.scanEdit.setFocus()

    def shutdown(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.scan_timer.stop()
        self.tick_timer.stop()
        if self.camera is not None:
            self.camera.stop(wait=True)

    def showEvent(self, event: Any) -> None:
        self.tick_timer.start()
        app = QApplication.instance()
        if app is not None:
            # W2: a scanner's burst lands in the scan field whatever has the focus on the page
            # (a table, a button), not only when the scan field has it.
            app.installEventFilter(self)
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._wedge = ("", 0.0)
        self.tick_timer.stop()
        self.ui.readCodesButton.setChecked(False)
        if self.camera is not None:
            self.camera.stop()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if not self.isAncestorOf(watched) or isinstance(watched, _TEXT_INPUTS):
            return False  # typing into a field of its own goes to that field
        key_event = cast(QKeyEvent, event)
        now = time.monotonic()
        buffer, last = self._wedge
        if now - last > WEDGE_GAP_S:
            buffer = ""
        if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._wedge = ("", now)
            if len(buffer) >= WEDGE_MIN:
                self.ui.tabs.setCurrentWidget(self.ui.partsTab)
                self.ui.scanEdit.setText(buffer)
                self.fit_code(buffer, "wedge")
                return True
            return False
        text = key_event.text()
        if text and text.isprintable() and not text.isspace():
            self._wedge = (buffer + text, now)
            return True
        return False

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        from app.services import job

        if self.case_id is None:
            return
        self.runner.run(
            job.job_view,
            self.state.require_ctx(),
            self.case_id,
            on_done=self._show,
            on_error=lambda err: show_error(self.ui.actionErrorLabel, self.state.message(err)),
        )

    def _case_changed(self, change: CaseChanged) -> None:
        if change.case_id == self.case_id and self.isVisible():
            self.refresh()

    def _show(self, view: JobView) -> None:
        if view.id != self.case_id:
            return
        self.view = view
        self._loaded_at = self.state.now()
        self.ui.caseLabel.setText(
            f"{view.order_no} · {view.asset_label} {view.plate} · {state_label(view.state)}"
        )
        keys = {
            v: selected_key(v) for v in (self.ui.laborView, self.ui.partsView, self.ui.fittedView)
        }
        self.labor.set_records(view.labor)
        self.parts.set_records([p for p in view.parts if p.decision == "approved"])
        self.fitted.set_records(view.fitted)
        extras: list[PartLineView | LaborLineView] = [ln for ln in view.labor if ln.extra]
        extras.extend(p for p in view.parts if p.extra)
        self.extra.set_records(extras)
        for v, key in keys.items():
            if not select_key(v, key) and v.model().rowCount():
                if v is self.ui.laborView:
                    v.selectRow(0)
                elif v is self.ui.fittedView:
                    v.selectRow(v.model().rowCount() - 1)
        self._enable()

    # -- texts ------------------------------------------------------------------------------

    def _operation(self, r: LaborLineView) -> str:
        text = r.description
        if r.extra:
            text = self.tr("Extra: %1").replace("%1", text)
        if r.decision != "approved":
            text += f" ({decision_label(r.decision)})"
        return text

    def _worked(self, r: LaborLineView) -> str:
        hours = r.worked_hours
        if r.running_since is not None and self._loaded_at is not None:
            # Live: the service summed the clock up to when the view loaded; add since then.
            since = (self.state.now() - self._loaded_at).total_seconds()
            hours += Decimal(str(max(0.0, since) / 3600))
            return _hours(hours) + " ▶"
        return _hours(hours)

    def _part_name(self, r: PartLineView) -> str:
        grade = _label("PartGrade", _GRADES, r.grade)
        text = f"{r.description} · {grade}" if grade else r.description
        return self.tr("Extra: %1").replace("%1", text) if r.extra else text

    def _fitted_name(self, r: FittedPartView) -> str:
        return f"{r.part_no} {r.description}".strip()

    def _extra_name(self, r: PartLineView | LaborLineView) -> str:
        code = f"{r.code} " if r.code else ""
        return f"{code}{r.description}"

    def _fill_combos(self) -> None:
        ui = self.ui
        current = ui.pauseReasonCombo.currentIndex()
        ui.pauseReasonCombo.clear()
        for code in PAUSE_REASONS:
            ui.pauseReasonCombo.addItem(pause_reason_label(code), code)
        ui.pauseReasonCombo.setCurrentIndex(max(0, current))
        current = ui.extraSourceCombo.currentIndex()
        ui.extraSourceCombo.clear()
        ui.extraSourceCombo.addItem(self.tr("Source…"), "")
        for code in _SOURCES:
            ui.extraSourceCombo.addItem(_label("PartGrade", _GRADES, code), code)
        ui.extraSourceCombo.setCurrentIndex(max(0, current))
        for combo, items in (
            (ui.approvalMethodCombo, _METHODS),
            (ui.approvalChannelCombo, _CHANNELS),
        ):
            current = combo.currentIndex()
            combo.clear()
            for code, text in items:
                combo.addItem(translated("Approval", text), code)
            combo.setCurrentIndex(max(0, current))

    def _retranslate_texts(self) -> None:
        self.ui.cameraHintLabel.setText(
            self.tr(
                "Hold the packaging's QR code or barcode in front of the bay camera and press "
                "“Read codes”; “Take photo” stores the packaging photo of the chosen fitted part."
            )
        )
        self.ui.clockHintLabel.setText(
            self.tr("The first line started starts the job; the last line finished sends it to QC.")
        )
        self._show_reference()

    # -- enabling ---------------------------------------------------------------------------

    def _line(self) -> LaborLineView | None:
        key = selected_key(self.ui.laborView)
        row = self.labor.row_of(key) if key else -1
        return self.labor.record(row) if row >= 0 else None

    def _can(self) -> frozenset[CaseAction]:
        view, actor = self.view, self.state.actor
        if view is None or actor is None:
            return frozenset()
        return allowed_actions(
            view.state, actor.roles, is_assignee=view.technician_id == actor.staff_id
        )

    def _enable(self) -> None:
        ui = self.ui
        can = self._can()
        line = self._line()
        working = bool(can & {CaseAction.START_WORK, CaseAction.PAUSE, CaseAction.RESUME,
                              CaseAction.FINISH_WORK})  # fmt: skip
        clock = line.clock if line is not None and line.decision == "approved" else None
        ui.startLineButton.setEnabled(
            working and clock in (LineClock.NOT_STARTED, LineClock.FINISHED)
        )
        ui.pauseLineButton.setEnabled(working and clock is LineClock.RUNNING)
        ui.pauseReasonCombo.setEnabled(working and clock is LineClock.RUNNING)
        ui.resumeLineButton.setEnabled(working and clock is LineClock.PAUSED)
        ui.finishLineButton.setEnabled(working and clock in (LineClock.RUNNING, LineClock.PAUSED))
        in_bay = CaseAction.FINISH_WORK in can or CaseAction.RESUME in can
        ui.jobDoneButton.setEnabled(in_bay)
        ui.fitChosenButton.setEnabled(in_bay and selected_key(ui.partsView) is not None)
        has_fitted = selected_key(ui.fittedView) is not None
        for button in (ui.shownButton, ui.handedButton, ui.disposedButton, ui.photoFileButton):
            button.setEnabled(has_fitted)
        self._show_reference()

    def _show_reference(self) -> None:
        line = self._line()
        if line is None:
            self.ui.referenceLabel.setText("")
            return
        reference = line.manual_ref or self.tr("The catalogue has no manual reference for it.")
        text = self.tr("Operation reference: %1").replace("%1", reference)
        if line.key_operation:
            text += "\n" + self.tr("Key operation: record the key steps (W3).")
        self.ui.referenceLabel.setText(text)

    # -- running a service call ---------------------------------------------------------------

    def _run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        label: Any,
        notice: str,
        done: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> None:
        def ok(result: Any) -> None:
            show_notice(label, notice)
            if done is not None:
                done(result)
            if self.case_id is not None:
                state = (
                    result.state
                    if hasattr(result, "state")
                    else (self.view.state if self.view else "")
                )
                self.state.announce(self.case_id, state)

        def refused(err: ExpectedError) -> None:
            show_error(label, self.state.message(err))
            self._enable()

        self.runner.run(
            fn,
            self.state.require_ctx(),
            self.state.require_actor(),
            *args,
            on_done=ok,
            on_error=refused,
            **kwargs,
        )

    # -- job clock (item 2) --------------------------------------------------------------------

    def clock(self, kind: str) -> None:
        from app.services import job

        line = self._line()
        if line is None:
            show_error(self.ui.actionErrorLabel, self.tr("Choose a labor line first."))
            return
        reason = str(self.ui.pauseReasonCombo.currentData()) if kind == "pause" else ""
        notices = {
            "start": self.tr("Clock started: %1"),
            "pause": self.tr("Clock paused: %1"),
            "resume": self.tr("Clock resumed: %1"),
            "finish": self.tr("Line finished: %1"),
        }
        for button in (self.ui.startLineButton, self.ui.pauseLineButton,
                       self.ui.resumeLineButton, self.ui.finishLineButton):  # fmt: skip
            button.setEnabled(False)
        self._run(
            job.line_clock, line.id, kind, reason,
            label=self.ui.actionErrorLabel, notice=notices[kind].replace("%1", line.description),
        )  # fmt: skip

    def job_done(self) -> None:
        from app.services import job

        if self.case_id is None:
            return
        self.ui.jobDoneButton.setEnabled(False)
        self._run(
            job.job_done, self.case_id,
            label=self.ui.actionErrorLabel, notice=self.tr("Job done: it goes to QC now."),
        )  # fmt: skip

    def _key_steps(self) -> None:
        if self.case_id is not None:
            self.state.open_page_requested.emit("key_steps", self.case_id)

    # -- parts (item 4) ------------------------------------------------------------------------

    def fit_typed(self) -> None:
        """What the keyboard-wedge scanner typed (it ends with Enter), or a typed number."""
        code = self.ui.scanEdit.text().strip()
        if not code:
            show_error(self.ui.scanErrorLabel, self.state.message(_empty_code()))
            return
        self.fit_code(code, "wedge")

    def fit_code(self, code: str, entry: str) -> None:
        from app.services import fitting

        if self.case_id is None:
            return

        def fitted(_use_id: str) -> None:
            self.ui.scanEdit.clear()
            self.ui.scanEdit.setFocus()

        self._run(
            fitting.fit_scanned, self.case_id, code, entry=entry, done=fitted,
            label=self.ui.scanErrorLabel,
            notice=self.tr("Fitted: %1. Keep its packaging for the customer.").replace(
                "%1", parse_packaging_code(code)[0]
            ),
        )  # fmt: skip

    def fit_chosen(self) -> None:
        from app.services import fitting

        key = selected_key(self.ui.partsView)
        row = self.parts.row_of(key) if key else -1
        if row < 0:
            show_error(self.ui.scanErrorLabel, self.tr("Choose a part line first."))
            return
        part = self.parts.record(row)
        self._run(
            fitting.fit_part, part.id, part_no=part.code, qty=None, entry="chosen",
            label=self.ui.scanErrorLabel,
            notice=self.tr("Fitted: %1. Keep its packaging for the customer.").replace(
                "%1", part.code or part.description
            ),
        )  # fmt: skip

    def _fitted_part(self) -> FittedPartView | None:
        key = selected_key(self.ui.fittedView)
        row = self.fitted.row_of(key) if key else -1
        return self.fitted.record(row) if row >= 0 else None

    def packaging(self, new_state: str) -> None:
        from app.services import fitting

        part = self._fitted_part()
        if part is None:
            return
        self._run(
            fitting.set_packaging_state, part.id, new_state,
            label=self.ui.scanErrorLabel,
            notice=self.tr("Packaging of %1: %2").replace("%1", part.part_no).replace(
                "%2", packaging_label(new_state)
            ),
        )  # fmt: skip

    def photo_from_file(self) -> None:
        part = self._fitted_part()
        if part is None:
            return
        path = self.state.dialogs.open_image(self, self.tr("Photo of the packaging"))
        if path is None:
            return
        self.attach_photo_file(part.id, path)

    def attach_photo_file(self, part_use_id: str, path: Path) -> None:
        from app.services import fitting

        def store_and_attach(ctx: Any, actor: Any, image: Path) -> str:
            from app.media.store import MediaStore

            ref = MediaStore(ctx.media_dir).import_image(image)
            return fitting.attach_packaging_photo(ctx, actor, part_use_id, ref)

        self._run(
            store_and_attach, path,
            label=self.ui.scanErrorLabel, notice=self.tr("Packaging photo stored."),
        )  # fmt: skip

    def _photo_taken(self, ref: MediaRef) -> None:
        from app.services import fitting

        part = self._fitted_part()
        if part is None:
            show_error(self.ui.scanErrorLabel, self.tr("Choose the fitted part the photo shows."))
            return
        self._run(
            fitting.attach_packaging_photo, part.id, ref,
            label=self.ui.scanErrorLabel, notice=self.tr("Packaging photo stored."),
        )  # fmt: skip

    # -- bay camera -----------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if self.ui.tabs.widget(index) is self.ui.cameraTab:
            self.start_camera()
        elif self.camera is not None:
            self.ui.readCodesButton.setChecked(False)
            self.camera.stop()

    def start_camera(self) -> None:
        from app.ui.reception.camera import CameraPanel

        if self.camera is None:
            self.camera = CameraPanel(self.state, self.ui.cameraHost)
            self.camera.setObjectName("jobCamera")
            self.camera.record_button.hide()  # packaging photos only (key-step video: W3 page)
            self.ui.cameraHostLayout.addWidget(self.camera)
            self.camera.photo_taken.connect(self._photo_taken)
            self.camera.camera_failed.connect(lambda text: show_error(self.ui.scanErrorLabel, text))
        self.camera.start()

    def _read_codes(self, on: bool) -> None:
        if on:
            self._last_code = ("", 0.0)
            self.scan_timer.start()
        else:
            self.scan_timer.stop()

    def _scan_frame(self) -> None:
        from app.media.packaging_codes import decode_packaging

        camera = self.camera
        session = camera.session if camera is not None else None
        frame = session.latest() if session is not None else None
        if frame is None or self._decoding:
            return
        self._decoding = True
        self.runner.run(
            decode_packaging, frame.image, on_done=self._decoded, on_error=self._decode_failed
        )

    def _decode_failed(self, err: ExpectedError) -> None:
        self._decoding = False

    def _decoded(self, codes: list[str]) -> None:
        self._decoding = False
        if not codes or not self.ui.readCodesButton.isChecked():
            return
        code = codes[0]
        last, at = self._last_code
        now = time.monotonic()
        if code == last and now - at < SAME_CODE_S:
            return
        self._last_code = (code, now)
        self.fit_code(code, "camera")

    # -- extra work (item 5) -------------------------------------------------------------------

    def add_extra(self) -> None:
        from app.services import fitting
        from app.services.reception import LineInput

        ui = self.ui
        if self.case_id is None:
            return
        code = ui.extraCodeEdit.text().strip().upper()
        qty = ui.extraQtyEdit.text().strip() or "1"
        kind = "labor" if code.startswith("L-") else "part"
        line = LineInput(
            kind=kind,
            code=code,
            description=ui.extraDescriptionEdit.text().strip(),
            qty=qty if kind == "part" else "1",
            source=str(ui.extraSourceCombo.currentData() or ""),
            part_no=ui.extraPartNoEdit.text().strip(),
            reason=ui.extraReasonEdit.text().strip(),
        )
        if not code and not line.description:
            show_error(ui.extraErrorLabel, self.tr("Enter a catalogue code or describe the part."))
            return

        def added(_ids: list[str]) -> None:
            for edit in (ui.extraCodeEdit, ui.extraDescriptionEdit, ui.extraPartNoEdit,
                         ui.extraQtyEdit):  # fmt: skip
                edit.clear()

        self._run(
            fitting.add_extra_lines, self.case_id, [line], ui.extraReasonEdit.text(),
            done=added, label=ui.extraErrorLabel,
            notice=self.tr("Extra line added: the customer approves it before it is fitted."),
        )  # fmt: skip

    def _method_changed(self) -> None:
        method = self.ui.approvalMethodCombo.currentData()
        self.ui.approvalChannelCombo.setVisible(method == "remote")
        self.ui.signaturePad.setVisible(method == "pad")
        self.ui.clearPadButton.setVisible(method == "pad")
        self.ui.scanSheetButton.setVisible(method == "paper")
        self.ui.approveButton.setVisible(method != "paper")

    def _approval_args(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "approved_ids": [ln.id for ln in self.extra.records() if ln.decision == "pending"],
            "approver_name": ui.approverEdit.text().strip(),
            "method": str(ui.approvalMethodCombo.currentData()),
            "channel": str(ui.approvalChannelCombo.currentData() or ""),
        }

    def approve(self) -> None:
        from app.services import fitting

        if self.case_id is None:
            return
        args = self._approval_args()
        if args["method"] == "pad":
            args["strokes"] = [list(s) for s in self.ui.signaturePad.strokes]
        self._run(
            fitting.approve_extra, self.case_id, **args,
            done=lambda _id: self.ui.signaturePad.clear(), label=self.ui.extraErrorLabel,
            notice=self.tr("The customer's approval is recorded: the extra lines may be done."),
        )  # fmt: skip

    def approve_from_sheet(self) -> None:
        from app.services import fitting

        if self.case_id is None:
            return
        path = self.state.dialogs.open_image(self, self.tr("Photo or scan of the signed sheet"))
        if path is None:
            return
        args = self._approval_args()
        case_id = self.case_id

        def store_and_approve(ctx: Any, actor: Any, image: Path) -> str:
            from app.media.store import MediaStore

            ref = MediaStore(ctx.media_dir).import_image(image)
            return fitting.approve_extra(ctx, actor, case_id, scan=ref, **args)

        self._run(
            store_and_approve, path, label=self.ui.extraErrorLabel,
            notice=self.tr("The customer's approval is recorded: the extra lines may be done."),
        )  # fmt: skip

    # -- language -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self._fill_combos()
            self._retranslate_texts()
            for model in (self.labor, self.parts, self.fitted, self.extra):
                model.retranslate()
            if self.view is not None:
                self._show(self.view)
            if self.camera is not None:
                self.camera.retranslate()
        super().changeEvent(event)


def _empty_code() -> ExpectedError:
    from app.domain.errors import ValidationError
    from app.services import messages_fitting as _messages  # noqa: F401

    return ValidationError("fitting.empty_code")
