"""W3: the key-steps page ("key_steps", arg: case id). The customer's consent to photos and
video (recorded at signing or here, with how it was given), the key operations of the job
from the catalogue, the steps recorded so far with thumbnails of their photos and clips, and
the bay camera (the same camera sources and preview as intake): a photo or clip goes to the
selected step. A clip cut short by a lost camera is kept and attached; the technician is told."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QHideEvent, QIcon, QPixmap
from PySide6.QtWidgets import QListWidgetItem, QWidget

from app.domain.errors import ExpectedError, UserError
from app.domain.qc import CONSENT_METHODS
from app.media.store import MediaRef
from app.services import messages_floor_qc as _messages  # noqa: F401  (registers codes)
from app.services.context import ServiceContext
from app.services.dto import KeyStepInfo, KeyStepsView, MediaInfo
from app.ui.generated.ui_key_steps import Ui_KeyStepsForm
from app.ui.i18n import QT_TRANSLATE_NOOP, list_join, local_time, translated
from app.ui.state import AppState
from app.ui.widgets import retranslate_form, setup_form, show_error, show_notice

METHOD_LABELS = {
    "at_signing": QT_TRANSLATE_NOOP("ConsentMethod", "At signing the confirmation"),
    "in_person": QT_TRANSLATE_NOOP("ConsentMethod", "In person at the bay"),
    "phone": QT_TRANSLATE_NOOP("ConsentMethod", "By phone"),
    "message": QT_TRANSLATE_NOOP("ConsentMethod", "By text or app message"),
}

STEP_ROLE = int(Qt.ItemDataRole.UserRole)


def method_label(code: str) -> str:
    return translated("ConsentMethod", METHOD_LABELS.get(code, code))


def load_page(ctx: ServiceContext, case_id: str) -> tuple[KeyStepsView, dict[str, str]]:
    """Worker: the page's data and a thumbnail file per media (made once, cached)."""
    from app.media.store import MediaStore
    from app.services import key_steps

    view = key_steps.key_steps_view(ctx, case_id)
    store = MediaStore(ctx.media_dir)
    thumbs: dict[str, str] = {}
    for step in view.steps:
        for media in step.media:
            try:
                thumbs[media.id] = str(store.thumbnail(media.sha256))
            except UserError:
                continue  # bytes not here yet (synced metadata): the row shows without one
    return view, thumbs


class KeyStepsPage(QWidget):
    """Page contract of app.ui.pages: `open(case_id)`, `close_requested`, `shutdown()`."""

    close_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyStepsPage")
        self.state = state
        self.runner = state.runner.for_owner(self)
        self.ui = Ui_KeyStepsForm()
        setup_form(self.ui, self)
        from app.ui.reception.camera import CameraPanel

        self.camera = CameraPanel(state, self.ui.cameraHost)
        self.ui.cameraHostLayout.addWidget(self.camera)
        self.camera.photo_taken.connect(self._media_taken)
        self.camera.clip_recorded.connect(self._media_taken)
        self.camera.camera_failed.connect(self._camera_failed)
        self.case_id: str | None = None
        self.view: KeyStepsView | None = None
        self.pending_step: str | None = None
        self.camera_message = ""  # a lost camera's message, kept beside the attach notice
        self.ui.stepsList.setIconSize(QSize(96, 72))
        self.ui.backButton.clicked.connect(self._back)
        self.ui.consentYesButton.clicked.connect(lambda: self.record_consent(True))
        self.ui.consentNoButton.clicked.connect(lambda: self.record_consent(False))
        self.ui.addStepButton.clicked.connect(self.add_step)
        self.ui.titleEdit.returnPressed.connect(self.add_step)
        self.ui.lineCombo.currentIndexChanged.connect(self._line_chosen)
        self.ui.stepsList.currentItemChanged.connect(lambda *_a: self._enable())
        state.case_changed.connect(self._case_changed)
        self._fill_methods()
        show_error(self.ui.actionErrorLabel, "")
        self._enable()

    # -- page contract ---------------------------------------------------------------------

    def open(self, arg: object) -> None:
        self.case_id = str(arg) if arg else None
        self.view = None
        self.pending_step = None
        self.camera_message = ""
        self.ui.titleEdit.clear()
        self.ui.stepsList.clear()
        show_error(self.ui.actionErrorLabel, "")
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
        self.runner.run(
            load_page, self.state.require_ctx(), self.case_id, on_done=self._show,
            on_error=self._refused,
        )  # fmt: skip

    def _case_changed(self, change: object) -> None:
        if self.case_id is not None and getattr(change, "case_id", None) == self.case_id:
            self.refresh()

    def _show(self, loaded: tuple[KeyStepsView, dict[str, str]]) -> None:
        view, thumbs = loaded
        first = self.view is None
        self.view = view
        self.ui.caseLabel.setText(f"{view.order_no} · {view.asset_label} · {view.customer_name}")
        self._show_consent()
        if first:
            self._fill_lines()
        selected = self.selected_step() or self.pending_step
        self.ui.stepsList.clear()
        for step in view.steps:
            item = QListWidgetItem(self._step_text(step))
            item.setData(STEP_ROLE, step.id)
            if step.media and step.media[-1].id in thumbs:
                item.setIcon(QIcon(QPixmap(thumbs[step.media[-1].id])))
            self.ui.stepsList.addItem(item)
            if step.id == selected:
                self.ui.stepsList.setCurrentItem(item)
        if self.ui.stepsList.currentItem() is None and self.ui.stepsList.count():
            self.ui.stepsList.setCurrentRow(self.ui.stepsList.count() - 1)
        self._enable()

    def _show_consent(self) -> None:
        consent = self.view.consent if self.view else None
        if consent is None:
            text = self.tr("No answer on record yet: ask the customer before any photo or video.")
        else:
            text = (
                self.tr("Customer agreed %1, recorded by %2 at %3.")
                if consent.given
                else self.tr("Customer refused %1, recorded by %2 at %3: no photos or video.")
            )
            text = (
                text.replace("%1", method_label(consent.method).lower()
                             if not self.state.lang.startswith("zh")
                             else method_label(consent.method))
                .replace("%2", consent.recorded_by)
                .replace("%3", local_time(consent.at, with_date=True))
            )  # fmt: skip
        self.ui.consentLabel.setText(text)
        self.ui.consentLabel.setProperty("tone", "" if consent and consent.given else "warn")

    def _fill_methods(self) -> None:
        current = self.ui.consentMethodCombo.currentData()
        self.ui.consentMethodCombo.clear()
        for code in CONSENT_METHODS:
            self.ui.consentMethodCombo.addItem(method_label(code), code)
        index = self.ui.consentMethodCombo.findData(current or "in_person")
        self.ui.consentMethodCombo.setCurrentIndex(max(0, index))

    def _fill_lines(self) -> None:
        self.ui.lineCombo.blockSignals(True)
        self.ui.lineCombo.clear()
        for line in self.view.key_lines if self.view else ():
            self.ui.lineCombo.addItem(self.tr("Key operation: %1").replace("%1", line.description),
                                      line.line_id)  # fmt: skip
        self.ui.lineCombo.addItem(self.tr("Other step of this job"), None)
        self.ui.lineCombo.blockSignals(False)
        self._line_chosen()

    def _line_chosen(self) -> None:
        line_id = self.ui.lineCombo.currentData()
        line = (
            next((k for k in self.view.key_lines if k.line_id == line_id), None)
            if self.view
            else None
        )
        if line is not None and not self.ui.titleEdit.text().strip():
            self.ui.titleEdit.setText(line.description)
        self._enable()

    def _step_text(self, step: KeyStepInfo) -> str:
        parts = [step.title]
        if step.line and step.line != step.title:
            parts.append(step.line)
        photos = sum(1 for m in step.media if m.mime.startswith("image/"))
        clips = [
            s
            for m, s in zip(step.media, step.media_seconds, strict=False)
            if m.mime.startswith("video/")
        ]
        media = []
        if photos:
            media.append(self.tr("%n photo(s)", "", photos))
        for seconds in clips:
            media.append(self.tr("video %1 s").replace("%1", f"{seconds or 0:.1f}"))
        parts.append(list_join(media) if media else self.tr("no photo or video"))
        parts.append(
            (self.tr("with consent") if step.consent else self.tr("without consent"))
            + " · " + step.recorded_by + " " + local_time(step.at)
        )  # fmt: skip
        return "\n".join(parts)

    def selected_step(self) -> str | None:
        item = self.ui.stepsList.currentItem()
        return str(item.data(STEP_ROLE)) if item is not None else None

    def _enable(self) -> None:
        open_job = self.view is not None and self.view.state in ("in_work", "paused", "qc")
        self.ui.addStepButton.setEnabled(open_job and bool(self.ui.titleEdit.text().strip()))
        self.ui.consentYesButton.setEnabled(self.view is not None)
        self.ui.consentNoButton.setEnabled(self.view is not None)

    # -- actions ---------------------------------------------------------------------------

    def record_consent(self, given: bool) -> None:
        from app.services import key_steps

        if self.case_id is None:
            return
        self.runner.run(
            key_steps.record_consent, self.state.require_ctx(), self.state.require_actor(),
            self.case_id, given=given, method=self.ui.consentMethodCombo.currentData(),
            on_done=lambda _id: self._done(self.tr("The customer's answer is recorded.")),
            on_error=self._refused,
        )  # fmt: skip

    def add_step(self) -> None:
        from app.services import key_steps

        if self.case_id is None or not self.ui.addStepButton.isEnabled():
            return
        self.ui.addStepButton.setEnabled(False)
        consent = self.view.consent if self.view else None
        # The customer refused: the step is written down without pictures. No answer yet: the
        # service refuses and the technician is asked to get one first (W3).
        refused = consent is not None and not consent.given
        self.runner.run(
            key_steps.record_key_step, self.state.require_ctx(), self.state.require_actor(),
            self.case_id, title=self.ui.titleEdit.text().strip(),
            line_id=self.ui.lineCombo.currentData(), with_media=not refused,
            on_done=self._step_added, on_error=self._refused,
        )  # fmt: skip

    def _step_added(self, step_id: str) -> None:
        self.pending_step = step_id
        self.ui.titleEdit.clear()
        consent = self.view.consent if self.view else None
        if consent is not None and not consent.given:
            self._done(self.tr("Step recorded without photos or video: the customer refused."))
        else:
            self._done(self.tr("Step recorded: take a photo or record a video of it."))

    def _media_taken(self, ref: MediaRef) -> None:
        from app.services import key_steps

        step = self.selected_step()
        if step is None:
            show_error(self.ui.actionErrorLabel, self.tr("Record or select a step first."))
            return
        self.runner.run(
            key_steps.attach_media, self.state.require_ctx(), self.state.require_actor(), step,
            ref, on_done=self._media_added, on_error=self._refused,
        )  # fmt: skip

    def _media_added(self, info: MediaInfo) -> None:
        self.pending_step = info.subject_id
        notice = (
            self.tr("Video attached to the step.")
            if info.mime.startswith("video/")
            else self.tr("Photo attached to the step.")
        )
        self._done(notice)
        if self.camera_message:
            # The camera was lost mid-recording: the partial clip is attached; say both.
            show_error(self.ui.actionErrorLabel, f"{self.camera_message}\n{notice}")
            self.camera_message = ""

    def _camera_failed(self, message: str) -> None:
        # A lost camera: the clip up to the last frame is kept and attached (clip_recorded).
        self.camera_message = message
        show_error(self.ui.actionErrorLabel, message)

    def _done(self, notice: str) -> None:
        show_notice(self.ui.actionErrorLabel, notice)
        if self.view is not None and self.case_id is not None:
            self.state.announce(self.case_id, self.view.state)
        else:
            self.refresh()

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
            self._fill_methods()
            if self.view is not None:
                self._fill_lines()
                self.refresh()
        super().changeEvent(event)
