"""Intake inspection (I1 b, I2, I3): damage on the diagram with photos and a clip from the live
camera, markup over a photo, the on-site checks, diagnostic readings, pending observation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QWidget,
)

from app.media.store import MediaRef
from app.services.dto import CaseDetail
from app.ui.generated.ui_reception_intake import Ui_ReceptionIntakeForm
from app.ui.i18n import list_join
from app.ui.reception.camera import CameraPanel
from app.ui.reception.diagram import zone_name
from app.ui.reception.env import CountedTasks, fill, key_of, set_tone, translate
from app.ui.state import AppState
from app.ui.widgets import setup_form

if TYPE_CHECKING:
    from app.services.reception import InspectionInfo

DAMAGE_KINDS = (
    ("scratch", "Scratch"),
    ("dent", "Dent"),
    ("crack", "Crack"),
    ("deformation", "Deformation"),
    ("missing", "Missing part"),
)
SEVERITIES = ((1, "Minor"), (2, "Moderate"), (3, "Severe"))
FUEL = ("", "1/4", "1/2", "3/4", "F")
REPRODUCED = (
    ("untried", "Not tried yet"),
    ("yes", "Reproduced together"),
    ("no", "Did not show"),
)


def load_thumbnails(ctx: Any, shas: list[str], full: bool = False) -> dict[str, QImage]:
    """Worker side: thumbnails (or full photos) decoded into QImages (QPixmaps are made on
    the GUI thread)."""
    from app.media.store import MediaStore

    store = MediaStore(ctx.media_dir)
    images = {}
    for sha in shas:
        path = store.path_of(sha) if full else store.thumbnail(sha)
        image = QImage(str(path))
        if not image.isNull():
            images[sha] = image
    return images


class IntakePage(CountedTasks, QWidget):
    """Signals: changed(object) — the `CaseRef` after an action; detail_loaded(object);
    case_moved(object) — the `CaseDetail` after opening the case changed it (see set_case)."""

    changed = Signal(object)
    detail_loaded = Signal(object)
    case_moved = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receptionIntake")
        self.state = state
        self.runner = state.runner.for_owner(self)
        self.case_id = ""
        self.detail: CaseDetail | None = None
        self.damage_id: str | None = None
        self.photo_id: str | None = None
        self.pending = 0
        self._refresh_seq = 0
        self._thumbs_requested: set[str] = set()
        # The static layout is forms/reception_intake.ui; the diagram and the markup canvas are
        # promoted widgets, the camera panel (it needs the AppState) goes into its tab here.
        self.ui = Ui_ReceptionIntakeForm()
        setup_form(self.ui, self)
        ui = self.ui
        self.diagram = ui.zoneDiagram
        self.zone_label = ui.zoneLabel
        self.kind_combo = ui.damageKindCombo
        self.severity_combo = ui.severityCombo
        self.note_edit = ui.damageNoteEdit
        self.mark_button = ui.markDamageButton
        self.damage_list = ui.damageList
        self.damage_box = ui.damageBox
        # Issue 7 item 9: one tap marks the selected zone with a kind and takes its photo.
        self.quick_buttons = {
            "scratch": ui.quickScratchButton,
            "dent": ui.quickDentButton,
            "crack": ui.quickCrackButton,
            "deformation": ui.quickDeformationButton,
            "missing": ui.quickMissingButton,
        }
        self._photo_after_mark = False
        self.camera = CameraPanel(state, ui.cameraTab)
        ui.cameraLayout.addWidget(self.camera)
        self.photo_list = ui.photoList
        self.photo_list.setWrapping(False)
        self.canvas = ui.markupCanvas
        self.tool_combo = ui.markupToolCombo
        self.markup_note_edit = ui.markupNoteEdit
        self.undo_button = ui.undoMarkupButton
        self.save_markup_button = ui.saveMarkupButton
        self.media_tabs = ui.mediaTabs
        self.identity_check = ui.intakeIdentityCheck
        self.appointment_check = ui.intakeAppointmentCheck
        self.mileage_spin = ui.mileageSpin
        self.fuel_combo = ui.fuelCombo
        for level in FUEL:
            self.fuel_combo.addItem(level or "-", level or "-")
        self.valuables_edit = ui.valuablesEdit
        self.keys_spin = ui.keysSpin
        self.noise_check = ui.noiseCheck
        self.start_check = ui.startCheck
        self.reproduced_combo = ui.reproducedCombo
        self.reproduction_edit = ui.reproductionEdit
        self.save_inspection_button = ui.saveInspectionButton
        self.obd_edit = ui.obdCodeEdit
        self.reading_value_edit = ui.readingValueEdit
        self.add_reading_button = ui.addReadingButton
        self.readings_label = ui.readingsLabel
        self.diagnosis_edit = ui.diagnosisEdit
        self.save_diagnosis_button = ui.saveDiagnosisButton
        self.observation_edit = ui.observationEdit
        self.pend_button = ui.pendObservationButton
        self.status_label = ui.intakeStatus
        self.check_box = ui.checkBox
        self.labels: dict[str, QLabel] = {
            "Mileage (km)": ui.mileageLabel,
            "Fuel level": ui.fuelLabel,
            "Valuables": ui.valuablesLabel,
            "Keys": ui.keysLabel,
            "Fault reproduction": ui.reproducedLabel,
            "Observed": ui.observedLabel,
            "OBD code / tester": ui.obdLabel,
            "Preliminary diagnosis": ui.diagnosisLabel,
            "Pending observation": ui.observationLabel,
        }

        self.diagram.zone_tapped.connect(self._zone_tapped)
        self.mark_button.clicked.connect(self.mark_damage)
        for kind, button in self.quick_buttons.items():
            button.clicked.connect(lambda _checked=False, k=kind: self.mark_with_photo(k))
        self.damage_list.currentItemChanged.connect(self._damage_selected)
        self.camera.photo_taken.connect(self._photo_taken)
        self.camera.clip_recorded.connect(self._clip_recorded)
        self.photo_list.currentItemChanged.connect(self._photo_selected)
        self.tool_combo.currentIndexChanged.connect(self._tool_changed)
        self.markup_note_edit.textChanged.connect(self._tool_changed)
        self.canvas.markup_changed.connect(lambda: self.save_markup_button.setEnabled(True))
        self.undo_button.clicked.connect(self.canvas.undo)
        self.save_markup_button.clicked.connect(self.save_markup)
        self.save_inspection_button.clicked.connect(self.save_inspection)
        self.add_reading_button.clicked.connect(self.add_reading)
        self.save_diagnosis_button.clicked.connect(self.save_diagnosis)
        self.pend_button.clicked.connect(self.pend_observation)
        self.retranslate()

    def retranslate(self) -> None:
        self.damage_box.setTitle(translate("Reception", "Damage: tap a zone, then its kind"))
        self.check_box.setTitle(translate("Reception", "On-site check with the customer"))
        for key, label in self.labels.items():
            label.setText(translate("Reception", key))
        self.kind_combo.clear()
        for key, text in DAMAGE_KINDS:
            self.kind_combo.addItem(translate("Reception", text), key)
        self.severity_combo.clear()
        for level, text in SEVERITIES:
            self.severity_combo.addItem(translate("Reception", text), str(level))
        self.reproduced_combo.clear()
        for value, text in REPRODUCED:
            self.reproduced_combo.addItem(translate("Reception", text), value)
        self.tool_combo.clear()
        for key, text in (("arrow", "Arrow"), ("circle", "Circle"), ("note", "Note")):
            self.tool_combo.addItem(translate("Reception", text), key)
        self.note_edit.setPlaceholderText(translate("Reception", "Note on the damage (optional)"))
        self.markup_note_edit.setPlaceholderText(
            translate("Reception", "Note text, then tap the photo")
        )
        self.mark_button.setText(translate("Reception", "Mark damage"))
        for kind, text in DAMAGE_KINDS:
            self.quick_buttons[kind].setText(translate("Reception", text))
        self.media_tabs.setTabText(0, translate("Reception", "Camera"))
        self.media_tabs.setTabText(1, translate("Reception", "Markup"))
        self.undo_button.setText(translate("Reception", "Undo"))
        self.save_markup_button.setText(translate("Reception", "Save markup"))
        self.identity_check.setText(translate("Reception", "Identity confirmed"))
        self.appointment_check.setText(translate("Reception", "Appointment confirmed"))
        self.noise_check.setText(translate("Reception", "Abnormal noise"))
        self.start_check.setText(translate("Reception", "Starts / powers on normally"))
        self.valuables_edit.setPlaceholderText(
            translate("Reception", "e.g. none / sunglasses in the glovebox")
        )
        self.obd_edit.setPlaceholderText(translate("Reception", "e.g. P0301"))
        self.reading_value_edit.setPlaceholderText(translate("Reception", "value"))
        self.add_reading_button.setText(translate("Reception", "Add reading"))
        self.save_inspection_button.setText(translate("Reception", "Save check"))
        self.save_diagnosis_button.setText(translate("Reception", "Save diagnosis"))
        self.pend_button.setText(translate("Reception", "Not shown: pending observation"))
        self.camera.retranslate()
        self._fit_check_column()
        self._zone_tapped(self.diagram.selected)

    # -- case ------------------------------------------------------------------------------

    def set_case(
        self,
        case_id: str,
        identity_checked: bool,
        appointment_checked: bool,
        *,
        announce: bool = False,
    ) -> None:
        """Show a case; a case still in reception starts its inspection. `case_moved` is
        emitted once when that start happened or `announce` is set."""
        from app.services import reception
        from app.services.queries import case_detail

        self.case_id = case_id
        self.identity_check.setChecked(identity_checked)
        self.appointment_check.setChecked(appointment_checked)

        def open_case(key: str) -> tuple[CaseDetail, bool, InspectionInfo | None]:
            ctx = self.state.require_ctx()
            detail = case_detail(ctx, key)
            started = detail.state == "reception"
            if started:
                reception.start_inspection(ctx, self.state.require_actor(), key)
                detail = case_detail(ctx, key)
            return detail, started, reception.recorded_inspection(ctx, key)

        def opened(result: tuple[CaseDetail, bool, InspectionInfo | None], seq: int) -> None:
            detail, started, inspection = result
            self._show_newest(detail, seq)
            if inspection is not None:
                self._show_inspection(inspection)
            if started or announce:
                self.case_moved.emit(detail)

        self._refresh_seq += 1
        self._run(
            open_case,
            case_id,
            on_done=lambda result, seq=self._refresh_seq: opened(result, seq),
        )
        self.camera.start()

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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_check_column()  # the theme's sizes are known once the page is polished

    def _fit_check_column(self) -> None:
        """The check column scrolls vertically only: make it as wide as its widest row."""
        scroll = self.ui.checkScroll
        needed = self.ui.checkContents.minimumSizeHint().width()
        scroll.setMinimumWidth(needed + scroll.verticalScrollBar().sizeHint().width() + 4)

    def _show_inspection(self, info: InspectionInfo) -> None:
        """Show the recorded check, so saving again keeps what was recorded."""
        self.identity_check.setChecked(info.identity_checked)
        self.appointment_check.setChecked(info.appointment_checked)
        if info.mileage_km is not None:
            self.mileage_spin.setValue(info.mileage_km)
        fuel = self.fuel_combo.findData(info.fuel_level or "-")
        if fuel >= 0:
            self.fuel_combo.setCurrentIndex(fuel)
        self.valuables_edit.setText(info.valuables)
        self.keys_spin.setValue(info.keys)
        checks = info.functional_checks
        if "abnormal_noise" in checks:
            self.noise_check.setChecked(checks["abnormal_noise"] == "fault")
        if "starts" in checks:
            self.start_check.setChecked(checks["starts"] == "ok")
        reproduced = {True: "yes", False: "no", None: "untried"}[info.fault_reproduced]
        index = self.reproduced_combo.findData(reproduced)
        if index >= 0:
            self.reproduced_combo.setCurrentIndex(index)
        self.reproduction_edit.setText(info.reproduction_note)

    def _ok(self, text: str) -> None:
        set_tone(self.status_label, "ok")
        self.status_label.setText(text)

    def _ok_refresh(self, text: str) -> None:
        self._ok(text)
        self.refresh()

    def _ok_changed(self, text: str, ref: Any) -> None:
        self._ok(text)
        self.changed.emit(ref)

    def _reading_added(self) -> None:
        self.obd_edit.clear()
        self.reading_value_edit.clear()
        self.refresh()

    def _show(self, detail: CaseDetail) -> None:
        first = self.detail is None or self.detail.id != detail.id
        self.detail = detail
        if first:
            self.diagram.set_kind(detail.asset.kind)
            if detail.asset.mileage_km:
                self.mileage_spin.setValue(detail.asset.mileage_km)
            # An appliance has no mileage, fuel or keys (issue 7 item 8).
            vehicle = detail.asset.kind == "vehicle"
            ui = self.ui
            for widget in (
                ui.mileageSpin,
                ui.mileageLabel,
                ui.fuelCombo,
                ui.fuelLabel,
                ui.keysSpin,
                ui.keysLabel,
            ):
                widget.setVisible(vehicle)
        counts: dict[str, int] = {}
        for damage in detail.damages:
            counts[damage.zone] = counts.get(damage.zone, 0) + 1
        self.diagram.set_marks(counts)
        current = self.damage_id
        self.damage_list.blockSignals(True)
        self.damage_list.clear()
        for damage in detail.damages:
            kind = translate("Reception", dict(DAMAGE_KINDS).get(damage.kind, damage.kind))
            severity = translate("Reception", dict(SEVERITIES).get(damage.severity, ""))
            media = [m for m in detail.media if m.subject_id == damage.id]
            photos = sum(1 for m in media if m.mime.startswith("image/"))
            text = fill(
                translate("Reception", "%1 · %2 · %3 · %4 photo(s)"),
                zone_name(damage.zone),
                kind,
                severity,
                photos,
            )
            clips = len(media) - photos
            if clips:
                text += fill(translate("Reception", ", %1 video(s)"), clips)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, damage.id)
            self.damage_list.addItem(item)
            if damage.id == current:
                self.damage_list.setCurrentItem(item)
        self.damage_list.blockSignals(False)
        readings = [
            str(e.detail.get("code", "")).upper()
            for e in detail.events
            if e.kind == "diagnostic_reading"
        ]
        self.readings_label.setText(
            fill(translate("Reception", "Readings: %1"), list_join(readings) or "-")
        )
        if detail.preliminary_diagnosis and not self.diagnosis_edit.toPlainText():
            self.diagnosis_edit.setPlainText(detail.preliminary_diagnosis)
        # Photos and clips (a clip by the thumbnail of its first frame and its real length).
        pictures = [
            m
            for m in detail.media
            if m.mime.startswith(("image/", "video/")) and m.purpose in ("damage", "intake")
        ]
        # Each photo's thumbnail is requested once, however many refreshes overlap.
        new = [m for m in pictures if m.id not in self._thumbs_requested]
        self._thumbs_requested.update(m.id for m in new)
        if new:
            self._run(
                load_thumbnails,
                self.state.require_ctx(),
                [m.sha256 for m in new],
                on_done=lambda images, new=new: self._add_thumbnails(new, images),
            )
        self.detail_loaded.emit(detail)

    def _add_thumbnails(self, media: list[Any], images: dict[str, QImage]) -> None:
        for info in media:
            image = images.get(info.sha256)
            if info.mime.startswith("video/"):
                label = translate("Reception", "Video %1 s").replace(
                    "%1", f"{info.duration_s or 0:.1f}"
                )
                item = QListWidgetItem(f"{zone_name(info.zone)} {label}" if info.zone else label)
            else:
                item = QListWidgetItem(
                    zone_name(info.zone) if info.zone else translate("Reception", "Photo")
                )
            if image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, info.sha256)
            item.setData(Qt.ItemDataRole.UserRole + 2, info.mime)
            self.photo_list.addItem(item)

    # -- damage ----------------------------------------------------------------------------

    def _zone_tapped(self, zone: str) -> None:
        self.mark_button.setEnabled(bool(zone) and bool(self.case_id))
        for button in self.quick_buttons.values():
            button.setEnabled(bool(zone) and bool(self.case_id))
        self.zone_label.setText(
            fill(translate("Reception", "Zone: %1"), zone_name(zone))
            if zone
            else translate("Reception", "Tap the damaged zone on the diagram")
        )

    def mark_with_photo(self, kind: str) -> None:
        """One tap: mark the selected zone with `kind` (severity and note as set) and take
        its photo when the camera is live."""
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self._photo_after_mark = True
        self.mark_damage()

    def mark_damage(self) -> None:
        from app.services import reception

        zone = self.diagram.selected
        if not zone:
            self._photo_after_mark = False
            return
        self.mark_button.setEnabled(False)
        for button in self.quick_buttons.values():
            button.setEnabled(False)
        self._run(
            reception.mark_damage,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            zone=zone,
            kind=key_of(self.kind_combo, "scratch"),
            severity=int(key_of(self.severity_combo, "1")),
            note=self.note_edit.text().strip(),
            on_done=self._marked,
        )

    def _marked(self, mark_id: str) -> None:
        self.damage_id = mark_id
        self.mark_button.setEnabled(True)
        for button in self.quick_buttons.values():
            button.setEnabled(True)
        self.note_edit.clear()
        self._ok(translate("Reception", "Damage marked: take its photos now"))
        self.refresh()
        if self._photo_after_mark and self.camera.photo_button.isEnabled():
            self.camera.take_photo()
        self._photo_after_mark = False

    def _after_failure(self) -> None:
        self._photo_after_mark = False
        self._zone_tapped(self.diagram.selected)

    def _damage_selected(self, item: QListWidgetItem | None) -> None:
        self.damage_id = item.data(Qt.ItemDataRole.UserRole) if item else None

    # -- photos and clips ------------------------------------------------------------------

    def _photo_taken(self, ref: MediaRef) -> None:
        from app.services.media_files import attach_photo

        purpose = "damage" if self.damage_id else "intake"
        self._run(
            attach_photo,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            ref,
            purpose,
            self.damage_id,
            "" if self.damage_id else self.diagram.selected,
            on_done=lambda _info: self._ok_refresh(translate("Reception", "Photo saved")),
        )

    def _clip_recorded(self, ref: MediaRef) -> None:
        from app.services.media_files import attach_video

        purpose = "damage" if self.damage_id else "intake"
        self._run(
            attach_video,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            ref,
            purpose,
            self.damage_id,
            "" if self.damage_id else self.diagram.selected,
            on_done=lambda _info: self._ok_refresh(translate("Reception", "Video saved")),
        )

    # -- markup ----------------------------------------------------------------------------

    def _photo_selected(self, item: QListWidgetItem | None) -> None:
        from app.services.media_files import markup_of

        if item is None:
            return
        if str(item.data(Qt.ItemDataRole.UserRole + 2) or "").startswith("video/"):
            self.photo_id = None  # a clip: no markup (its thumbnail and length are in the list)
            return
        self.photo_id = str(item.data(Qt.ItemDataRole.UserRole))
        sha = str(item.data(Qt.ItemDataRole.UserRole + 1))

        def load(media_id: str) -> tuple[dict[str, QImage], str]:
            return load_thumbnails(self.state.require_ctx(), [sha], full=True), markup_of(
                self.state.require_ctx(), media_id
            )

        self._run(load, self.photo_id, on_done=lambda r: self._show_photo(sha, *r))

    def _show_photo(self, sha: str, images: dict[str, QImage], markup_json: str) -> None:
        from app.media import markup as markup_data

        image = images.get(sha)
        if image is None:
            return
        self.canvas.set_photo(QPixmap.fromImage(image), markup_data.from_json(markup_json))
        self.save_markup_button.setEnabled(False)
        self.media_tabs.setCurrentIndex(1)

    def _tool_changed(self) -> None:
        self.canvas.tool = key_of(self.tool_combo, "arrow")
        self.canvas.note_text = self.markup_note_edit.text()

    def save_markup(self) -> None:
        from app.services.media_files import set_markup

        if not self.photo_id:
            return
        self.save_markup_button.setEnabled(False)
        self._run(
            set_markup,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.photo_id,
            self.canvas.to_json(),
            on_done=lambda _info: self._ok(
                translate("Reception", "Markup saved; the original photo is untouched")
            ),
        )

    # -- checks, readings, diagnosis, pending observation ---------------------------------

    def save_inspection(self) -> None:
        from app.services import reception

        checks = {
            "abnormal_noise": "fault" if self.noise_check.isChecked() else "ok",
            "starts": "ok" if self.start_check.isChecked() else "fault",
        }
        vehicle = self.detail is None or self.detail.asset.kind == "vehicle"
        self._run(
            reception.record_inspection,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            identity_checked=self.identity_check.isChecked(),
            appointment_checked=self.appointment_check.isChecked(),
            mileage_km=self.mileage_spin.value() if vehicle else None,
            fuel_level=key_of(self.fuel_combo).strip("-"),
            valuables=self.valuables_edit.text().strip(),
            keys=self.keys_spin.value(),
            functional_checks=checks,
            fault_reproduced={"yes": True, "no": False}.get(key_of(self.reproduced_combo)),
            reproduction_note=self.reproduction_edit.text().strip(),
            on_done=lambda ref: self._ok_changed(translate("Reception", "Check saved"), ref),
        )

    def add_reading(self) -> None:
        from app.services import reception

        tool = "obd" if self.detail is None or self.detail.asset.kind == "vehicle" else "tester"
        self._run(
            reception.add_reading,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            tool=tool,
            code=self.obd_edit.text(),
            value=self.reading_value_edit.text().strip(),
            on_done=lambda _ref: self._reading_added(),
        )

    def save_diagnosis(self) -> None:
        from app.services import reception

        self._run(
            reception.set_diagnosis,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            self.diagnosis_edit.toPlainText(),
            on_done=lambda ref: self._ok_changed(translate("Reception", "Diagnosis saved"), ref),
        )

    def pend_observation(self) -> None:
        from app.services import reception

        self._run(
            reception.pend_observation,
            self.state.require_ctx(),
            self.state.require_actor(),
            self.case_id,
            self.observation_edit.toPlainText(),
            on_done=lambda ref: self._ok_changed(
                translate("Reception", "Pending observation recorded"), ref
            ),
        )

    def leave(self) -> None:
        self.camera.stop(wait=True)
