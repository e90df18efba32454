"""D1: the QC inspection page ("qc_inspection", arg: case id). The checklist of the job kind
(a car is road tested and its fluids checked, an appliance gets a function test): each check is
ticked passed, marked FAILED with its reason, or left not checked; torque readings per fastener
checked against the operation's spec at the field, an evidence photo from the bay camera. A pass
needs every check passed; a fail names the checks that failed, each with its reason (or a
reading out of spec). The services refuse the same things (own job, out of spec, no evidence,
a fail without a failed check or its reason); the page says so at the field first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QWidget

from app.domain.errors import ExpectedError
from app.domain.qc import TorqueSpec, check_reading, parse_reading
from app.media.store import MediaRef
from app.services import messages_floor_qc as _messages  # noqa: F401  (registers codes)
from app.services.dto import CaseRef, MediaInfo, QcView, TorqueItem
from app.ui.generated.ui_qc_inspection import Ui_QcInspectionForm
from app.ui.i18n import QT_TRANSLATE_NOOP, list_join, local_time, translated
from app.ui.pages import PAGES
from app.ui.state import AppState
from app.ui.widgets import retranslate_form, setup_form, show_error, show_notice

CHECK_LABELS = {
    "fault_resolved": QT_TRANSLATE_NOOP("QcCheck", "Fault fully resolved (noise gone, works)"),
    "parts_secure": QT_TRANSLATE_NOOP("QcCheck", "Parts fitted firmly"),
    "torque_to_spec": QT_TRANSLATE_NOOP("QcCheck", "Bolt torque to spec"),
    "wiring_secure": QT_TRANSLATE_NOOP("QcCheck", "No loose wiring or connectors"),
    "fluids_ok": QT_TRANSLATE_NOOP("QcCheck", "Fluids at level, no leaks"),
    "clean": QT_TRANSLATE_NOOP("QcCheck", "Clean: oil and marks of the work removed"),
    "road_test": QT_TRANSLATE_NOOP("QcCheck", "Road test passed"),
    "function_test": QT_TRANSLATE_NOOP("QcCheck", "Function test passed (power on, all modes)"),
}


def check_label(code: str) -> str:
    return translated("QcCheck", CHECK_LABELS.get(code, code))


def _spec(item: TorqueItem) -> TorqueSpec:
    return TorqueSpec(item.op_code, item.fastener, item.fastener_en, item.min_nm, item.max_nm)


class QcInspectionPage(QWidget):
    """Page contract of app.ui.pages: `open(case_id)`, `close_requested`, `shutdown()`."""

    close_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qcInspectionPage")
        self.state = state
        self.runner = state.runner.for_owner(self)
        self.ui = Ui_QcInspectionForm()
        setup_form(self.ui, self)
        from app.ui.reception.camera import CameraPanel

        self.camera = CameraPanel(state, self.ui.cameraHost)
        self.camera.record_button.hide()  # evidence is a photo
        # The workstation's camera is chosen on the key-steps or intake screens.
        self.camera.source_label.hide()
        self.camera.source_combo.hide()
        # A smaller preview than the panel's default: with the rounds and the rework notes the
        # page still fits 1366x768 (the photo itself is full size).
        self.camera.preview.setMinimumSize(QSize(320, 180))
        self.ui.cameraHostLayout.addWidget(self.camera)
        self.camera.photo_taken.connect(self._photo_taken)
        self.case_id: str | None = None
        self.view: QcView | None = None
        self.checks: dict[str, QCheckBox] = {}
        """The "passed" tick of each check."""
        self.fails: dict[str, QPushButton] = {}
        """The "failed" toggle of each check; a check neither ticked nor failed is not checked."""
        self.fail_labels: dict[str, QLabel] = {}
        self.fail_reasons: dict[str, QLineEdit] = {}
        self.readings: dict[str, QLineEdit] = {}
        self.reading_errors: dict[str, QLabel] = {}
        self.ui.backButton.clicked.connect(self._back)
        self.ui.passButton.clicked.connect(lambda: self.record(True))
        self.ui.failButton.clicked.connect(lambda: self.record(False))
        self.ui.notesEdit.textChanged.connect(self._enable)
        self.ui.keyStepsButton.setVisible("key_steps" in PAGES)
        self.ui.keyStepsButton.clicked.connect(
            lambda: self.state.open_page_requested.emit("key_steps", self.case_id)
        )
        state.case_changed.connect(self._case_changed)
        show_error(self.ui.actionErrorLabel, "")
        self._enable()

    # -- page contract ---------------------------------------------------------------------

    def open(self, arg: object) -> None:
        self.case_id = str(arg) if arg else None
        show_error(self.ui.actionErrorLabel, "")
        self.ui.notesEdit.clear()
        self.view = None
        self._build_fields()
        self.refresh()
        self.camera.start()

    def shutdown(self) -> None:
        self.camera.stop(wait=True)

    def _back(self) -> None:
        self.camera.stop()
        self.close_requested.emit()

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.case_id is None:
            return
        from app.services import qc

        self.runner.run(
            qc.qc_view, self.state.require_ctx(), self.case_id, on_done=self._show,
            on_error=self._refused,
        )  # fmt: skip

    def _case_changed(self, change: object) -> None:
        if self.case_id is not None and getattr(change, "case_id", None) == self.case_id:
            self.refresh()

    def _show(self, view: QcView) -> None:
        rebuild = self.view is None or self.view.checks != view.checks
        rebuild = rebuild or self.view is None or self.view.torque != view.torque
        self.view = view
        if rebuild:
            self._build_fields()
        self._show_info()
        self._enable()

    def _show_info(self) -> None:
        view = self.view
        if view is None:
            self.ui.caseLabel.setText("")
            self.ui.infoLabel.setText("")
            return
        kind = self.tr("vehicle") if view.job_kind == "vehicle" else self.tr("appliance")
        self.ui.caseLabel.setText(f"{view.order_no} · {view.asset_label} · {kind}")
        # Two lines at most (fault and who worked; the last round and the rework count): the
        # page fits 1366x768 in every round.
        lines = [
            self.tr("Fault: %1").replace("%1", view.fault or "—")
            + " · "
            + self.tr("Worked on by: %1").replace("%1", list_join(view.worked_on_names) or "—")
        ]
        if view.rounds:
            last = view.rounds[-1]
            # D1: what failed, each with the inspector's reason.
            reasons = "; ".join(
                check_label(code) + (f": {why}" if why else "")
                for code, why in (last.failures or tuple((r, "") for r in last.reasons))
            )
            lines.append(
                self.tr("Round %1 %2 by %3 (%4): %5")
                .replace("%1", str(last.round))
                .replace("%2", self.tr("passed") if last.result == "pass" else self.tr("failed"))
                .replace("%3", last.inspector)
                .replace("%4", local_time(last.at, with_date=True))
                .replace("%5", "; ".join(p for p in (reasons, last.notes) if p) or "—")
                + " · "
                + self.tr("Rework so far: %1").replace("%1", str(view.rework_count))
            )
        self.ui.infoLabel.setText("\n".join(lines))
        self.ui.evidenceLabel.setText(
            self.tr("Evidence photos for this round: %1").replace("%1", str(len(view.evidence)))
        )

    def _build_fields(self) -> None:
        for widget in (
            *self.checks.values(),
            *self.fails.values(),
            *self.fail_labels.values(),
            *self.fail_reasons.values(),
            *self.readings.values(),
            *self.reading_errors.values(),
        ):
            widget.deleteLater()
        for label in self.ui.torqueGroup.findChildren(QLabel, "torqueNameLabel"):
            label.deleteLater()
        self.checks, self.readings, self.reading_errors = {}, {}, {}
        self.fails, self.fail_labels, self.fail_reasons = {}, {}, {}
        view = self.view
        if view is None:
            self.ui.torqueGroup.hide()
            self.ui.failuresGroup.hide()
            return
        # Two checks a row, each with its "failed" toggle; the reason of a failed check is
        # asked for in the right column, in place of the evidence photo (the page fits 1366x768).
        for index, code in enumerate(view.checks):
            box = QCheckBox(check_label(code), self.ui.checksGroup)
            box.setObjectName(f"check_{code}")
            fail = QPushButton(self.tr("Failed"), self.ui.checksGroup)
            fail.setObjectName("checkFailButton")
            fail.setCheckable(True)
            reason = QLineEdit(self.ui.failuresBox)
            reason.setObjectName("checkFailReason")
            reason.setPlaceholderText(self.tr("Why it failed (required)"))
            reason.hide()  # shown in the reasons group while the check is marked failed
            label = QLabel(check_label(code), self.ui.failuresBox)
            label.setObjectName("checkFailLabel")
            label.setWordWrap(True)  # in the scroll area: it asks no height of the page
            label.hide()
            self.fail_labels[code] = label
            box.toggled.connect(lambda on, c=code: self._passed_toggled(c, on))
            fail.toggled.connect(lambda on, c=code: self._failed_toggled(c, on))
            reason.textChanged.connect(self._enable)
            row, column = index // 2, (index % 2) * 2
            self.ui.checksLayout.addWidget(box, row, column)
            self.ui.checksLayout.addWidget(fail, row, column + 1)
            self.checks[code] = box
            self.fails[code] = fail
            self.fail_reasons[code] = reason
        self._show_failures()
        self.ui.torqueGroup.setVisible(bool(view.torque))
        for row, item in enumerate(view.torque):
            name = QLabel(self._fastener_text(item), self.ui.torqueGroup)
            name.setObjectName("torqueNameLabel")
            edit = QLineEdit(self.ui.torqueGroup)
            edit.setObjectName("torqueEdit")
            edit.setPlaceholderText(f"{item.min_nm}–{item.max_nm}")
            error = QLabel("", self.ui.torqueGroup)
            error.setObjectName("torqueErrorLabel")
            error.setWordWrap(True)
            show_error(error, "")
            edit.textChanged.connect(lambda _t, key=item.key: self._check_field(key))
            self.ui.torqueLayout.addWidget(name, row, 0)
            self.ui.torqueLayout.addWidget(edit, row, 1)
            self.ui.torqueLayout.addWidget(error, row, 2)
            self.readings[item.key] = edit
            self.reading_errors[item.key] = error
        self.ui.torqueLayout.setRowStretch(len(view.torque), 1)  # the rows stay at the top

    def _fastener_text(self, item: TorqueItem) -> str:
        name = item.fastener if self.state.lang.startswith("zh") else item.fastener_en
        return f"{name or item.fastener} ({item.min_nm}–{item.max_nm})"

    # -- field checks ----------------------------------------------------------------------

    def _passed_toggled(self, code: str, on: bool) -> None:
        if on:
            self.fails[code].setChecked(False)
        self._enable()

    def _failed_toggled(self, code: str, on: bool) -> None:
        """D1: a check marked failed says why (its reason field), and is no longer passed."""
        if on:
            self.checks[code].setChecked(False)
        self._show_failures()
        if on:
            self.fail_reasons[code].setFocus()
        self._enable()

    def _show_failures(self) -> None:
        """The reason fields of the checks marked failed, named, in checklist order; the others
        are hidden and keep what was typed. While a check is marked failed the job cannot pass,
        so the reasons take the evidence photo's place (the photo shows the fault resolved): a
        gloved inspector sees every failed check's field at once, glove-high, no scrolling."""
        layout = self.ui.failuresLayout
        for code, reason in self.fail_reasons.items():
            for widget in (self.fail_labels[code], reason):
                layout.removeWidget(widget)
                widget.hide()
        failed = [code for code, button in self.fails.items() if button.isChecked()]
        for row, code in enumerate(failed):
            layout.addWidget(self.fail_labels[code], row, 0)
            layout.addWidget(self.fail_reasons[code], row, 1)
            self.fail_labels[code].show()
            self.fail_reasons[code].show()
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        for row in range(layout.rowCount()):
            layout.setRowStretch(row, 0)
        layout.setRowStretch(len(failed), 1)  # the rows stay at the top
        # The one hidden first: both shown at once for a moment would grow the window.
        first, second = (
            (self.ui.evidenceGroup, self.ui.failuresGroup)
            if failed
            else (self.ui.failuresGroup, self.ui.evidenceGroup)
        )
        first.hide()
        second.show()

    def _failed(self) -> dict[str, str]:
        return {
            code: self.fail_reasons[code].text().strip()
            for code, button in self.fails.items()
            if button.isChecked()
        }

    def _out_of_spec(self) -> bool:
        """A reading typed outside its spec: a failure by itself (the reading says why)."""
        view = self.view
        for key, edit in self.readings.items():
            item = next((t for t in view.torque if t.key == key), None) if view else None
            if item is None or not edit.text().strip():
                continue
            try:
                value = parse_reading(_spec(item), edit.text())
            except ExpectedError:
                continue
            if not item.min_nm <= value <= item.max_nm:
                return True
        return False

    def _reading_error(self, key: str) -> ExpectedError | None:
        view = self.view
        item = next((t for t in view.torque if t.key == key), None) if view else None
        text = self.readings[key].text().strip()
        if item is None or not text:
            return None
        try:
            check_reading(_spec(item), text)
        except ExpectedError as err:
            return err
        return None

    def _check_field(self, key: str) -> None:
        """D1: a reading out of spec is refused at the field, before any pass."""
        err = self._reading_error(key)
        show_error(self.reading_errors[key], self.state.message(err) if err else "")
        self._enable()

    def _readings_ok(self) -> bool:
        return all(
            edit.text().strip() and self._reading_error(key) is None
            for key, edit in self.readings.items()
        )

    def _enable(self) -> None:
        view = self.view
        open_for_qc = view is not None and view.state == "qc"
        me = self.state.actor.staff_id if self.state.actor else ""
        own = view is not None and me in view.worked_on_by
        all_ticked = bool(self.checks) and all(b.isChecked() for b in self.checks.values())
        failed = self._failed()
        self.ui.passButton.setEnabled(
            open_for_qc
            and not own
            and all_ticked
            and not failed
            and self._readings_ok()
            and bool(view and view.evidence)
        )
        # D1: a fail names what failed, each with its reason; unticked is only "not checked".
        explained = all(failed.values())
        self.ui.failButton.setEnabled(
            open_for_qc and not own and explained and (bool(failed) or self._out_of_spec())
        )
        self.camera.setEnabled(open_for_qc and not own)
        if own:
            show_error(
                self.ui.actionErrorLabel,
                self.tr("You worked on this job: another inspector must inspect it (D1)."),
            )

    # -- actions ---------------------------------------------------------------------------

    def _photo_taken(self, ref: MediaRef) -> None:
        from app.services import qc

        if self.case_id is None:
            return
        self.runner.run(
            qc.attach_evidence, self.state.require_ctx(), self.state.require_actor(),
            self.case_id, ref, on_done=self._evidence_added, on_error=self._refused,
        )  # fmt: skip

    def _evidence_added(self, _info: MediaInfo) -> None:
        show_notice(self.ui.actionErrorLabel, self.tr("Evidence photo added."))
        self.refresh()

    def record(self, passed: bool) -> None:
        from app.services import qc

        if self.case_id is None:
            return
        self.ui.passButton.setEnabled(False)
        self.ui.failButton.setEnabled(False)
        checklist = {code: box.isChecked() for code, box in self.checks.items()}
        readings = {key: edit.text().strip() for key, edit in self.readings.items()}
        self.runner.run(
            qc.record_qc, self.state.require_ctx(), self.state.require_actor(), self.case_id,
            passed=passed, checklist=checklist, failed=self._failed(), readings=readings,
            notes=self.ui.notesEdit.text().strip(),
            on_done=lambda ref: self._recorded(ref, passed), on_error=self._refused,
        )  # fmt: skip

    def _recorded(self, ref: CaseRef, passed: bool) -> None:
        show_notice(
            self.ui.actionErrorLabel,
            (
                self.tr("%1 passed QC: the work record is sealed, ready for delivery.")
                if passed
                else self.tr("%1 failed QC: it goes back to the technician as rework.")
            ).replace("%1", ref.order_no),
        )
        self.ui.notesEdit.clear()
        # The next round starts from a clean checklist.
        for code, box in self.checks.items():
            box.setChecked(False)
            self.fails[code].setChecked(False)
            self.fail_reasons[code].clear()
        self.state.announce(ref.id, ref.state)

    def _refused(self, err: ExpectedError) -> None:
        show_error(self.ui.actionErrorLabel, self.state.message(err))
        self._enable()

    def hideEvent(self, event: QHideEvent) -> None:
        # Another page or the home is shown: the bay camera is released (open() restarts it).
        self.camera.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            for code, box in self.checks.items():
                box.setText(check_label(code))
                self.fails[code].setText(self.tr("Failed"))
                self.fail_reasons[code].setPlaceholderText(self.tr("Why it failed (required)"))
                self.fail_labels[code].setText(check_label(code))
            self._show_info()
        super().changeEvent(event)
