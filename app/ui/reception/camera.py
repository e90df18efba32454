"""Live camera preview with Take photo and Record/Stop (issue 3 "Camera and media").

The capture runs on app.media.capture's own thread; this widget only pulls the newest frame
on a GUI timer (newest wins, repaints throttled to the timer) and builds the QPixmap on the
GUI thread. Taking a photo and stopping a recording block on disk I/O, so they run on the
TaskRunner's pool; results come back as signals.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import UserError
from app.media.capture import CameraLostEvent, CaptureSession
from app.media.store import MediaRef, MediaStore
from app.ui.reception.env import camera_setting, fill, translate
from app.ui.state import AppState

log = logging.getLogger(__name__)

PREVIEW_MS = 40  # 25 repaints a second at most, whatever the source delivers
DEVICES = 2  # USB cameras offered by number (device:0, device:1)


def source_name(spec: str) -> str:
    """A camera setting as a person reads it: never a path or a URL with its credentials."""
    lowered = spec.strip().lower()
    if lowered.startswith("device:"):
        number = lowered.split(":", 1)[1].strip()
        return (
            fill(translate("Reception", "USB camera %1"), int(number) + 1)
            if number.isdigit()
            else translate("Reception", "Camera")
        )
    if lowered.startswith(("rtsp://", "rtsps://", "http://", "https://")):
        from urllib.parse import urlsplit

        return fill(
            translate("Reception", "Network camera %1"), urlsplit(spec.strip()).hostname or ""
        )
    if lowered.startswith("file:"):
        return fill(
            translate("Reception", "Recorded video %1"), Path(spec.strip()[len("file:") :]).stem
        )
    return translate("Reception", "Demo video (built in)")


def demo_camera_spec(data_dir: Path, subject: str = "car") -> str:
    """The bundled demo clip as a camera (made once; blocking: call from a worker)."""
    from app.media.demo_clip import ensure_demo_clip

    clip = ensure_demo_clip(data_dir / "demo" / f"{subject}.mp4", subject=subject)  # type: ignore[arg-type]
    return f"file:{clip}"


def _stop_session(session: CaptureSession) -> str:
    session.stop()
    return session.source.name


class _Relay(QObject):
    """Session events (background threads) re-emitted as queued Qt signals."""

    camera_lost = Signal(object)
    open_failed = Signal(object)


class CameraPanel(QWidget):
    """Signals:

    photo_taken(object): the `MediaRef` of a stored JPEG.
    clip_recorded(object): the `MediaRef` of a stored mp4v clip (also a partial one).
    camera_failed(str): a translated message (camera lost, cannot open).
    """

    photo_taken = Signal(object)
    clip_recorded = Signal(object)
    camera_failed = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPanel")
        self.state = state
        self.runner = state.runner.for_owner(self)
        self.camera_spec = camera_setting()
        self.session: CaptureSession | None = None
        self._opening = False
        self._wanted = False
        self._relay = _Relay(self)
        self._relay.camera_lost.connect(self._lost)
        self._relay.open_failed.connect(self._open_failed)
        self._last_index = -1
        self.frames_shown = 0
        self.preview = QLabel(self)
        self.preview.setObjectName("cameraPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(QSize(320, 240))
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.photo_button = QPushButton(self)
        self.photo_button.setObjectName("takePhotoButton")
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("recordButton")
        self.record_button.setCheckable(True)
        self.status = QLabel(self)
        self.status.setObjectName("cameraStatus")
        self.status.setWordWrap(True)
        # The camera setting (also QSettings "reception/camera"): device:0, rtsp://…, http://…,
        # file:/clip.mp4; empty = the bundled demo clip. A person picks it by a name they
        # understand (issue 7 item 8: no file path or URL on the screen); choosing switches.
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("cameraSourceCombo")
        buttons = QHBoxLayout()
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.record_button)
        source = QHBoxLayout()
        self.source_label = QLabel(self)
        self.source_label.setObjectName("cameraSourceLabel")
        source.addWidget(self.source_label)
        source.addWidget(self.source_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addLayout(source)
        self.photo_button.clicked.connect(self.take_photo)
        self.source_combo.activated.connect(self._source_chosen)
        self.record_button.clicked.connect(self._record_clicked)
        self.timer = QTimer(self)
        self.timer.setInterval(PREVIEW_MS)
        self.timer.timeout.connect(self._show_latest)
        self.retranslate()
        self._set_enabled(False)

    def retranslate(self) -> None:
        self.photo_button.setText(translate("Reception", "Take photo"))
        self.record_button.setText(
            translate("Reception", "Stop recording")
            if self.record_button.isChecked()
            else translate("Reception", "Record video")
        )
        self.source_label.setText(translate("Reception", "Camera"))
        self._fill_sources()
        if self.session is None:
            self.preview.setText(translate("Reception", "Camera off"))

    def _fill_sources(self) -> None:
        """The cameras a person can pick, by name; the configured one selected."""
        combo = self.source_combo
        combo.blockSignals(True)
        combo.clear()
        choices = [("", translate("Reception", "Demo video (built in)"))]
        choices += [
            (f"device:{n}", fill(translate("Reception", "USB camera %1"), n + 1))
            for n in range(DEVICES)
        ]
        if self.camera_spec not in dict(choices):
            choices.append((self.camera_spec, source_name(self.camera_spec)))
        for spec, name in choices:
            combo.addItem(name, spec or "demo")
        combo.setCurrentIndex(combo.findData(self.camera_spec or "demo"))
        combo.blockSignals(False)

    def _source_chosen(self, index: int) -> None:
        spec = str(self.source_combo.itemData(index) or "")
        self.switch_source("" if spec == "demo" else spec)

    def _set_enabled(self, on: bool) -> None:
        self.photo_button.setEnabled(on)
        self.record_button.setEnabled(on)

    # -- life cycle ------------------------------------------------------------------------

    def start(self) -> None:
        """Open the configured camera (or the demo clip) off the GUI thread."""
        self._wanted = True
        if self.session is not None or self._opening:
            return  # already open, or the demo clip is being made for it
        self.preview.setText(translate("Reception", "Opening camera…"))
        spec = self.camera_spec
        if spec:
            self._open(spec)
        else:
            self._opening = True
            self.runner.run(
                demo_camera_spec,
                self.state.require_ctx().data_dir,
                on_done=self._open,
                on_error=self._failed,
            )

    def _open(self, spec: str) -> None:
        from app.media.sources import source_from_spec

        self._opening = False
        if not self._wanted or self.session is not None:
            return  # stopped while the demo clip was being made
        try:
            source = source_from_spec(spec)
            store = MediaStore(self.state.require_ctx().media_dir)
        except UserError as err:
            self._failed(err)
            return
        session = CaptureSession(source, store)
        session.camera_lost.connect(lambda value: self._relay.camera_lost.emit(value))
        session.open_failed.connect(lambda value: self._relay.open_failed.emit(value))
        self.session = session
        session.start()  # returns at once; the source opens on the capture thread
        self.timer.start()

    def set_source(self, spec: str) -> None:
        """Use `spec` from now on in this panel (not saved as the workstation's setting)."""
        self.camera_spec = spec
        self._fill_sources()

    def switch_source(self, spec: str) -> None:
        """Keep the new camera setting for this workstation and reopen the preview."""
        from PySide6.QtCore import QSettings

        from app.ui.reception.env import CAMERA_KEY

        spec = spec.strip()
        QSettings().setValue(CAMERA_KEY, spec)
        self.set_source(spec)
        self.stop()
        self._last_index = -1
        self.start()

    def stop(self, wait: bool = False) -> None:
        """Stop the preview. The capture thread is joined (and a running recording finalized,
        nothing lost) on a worker, or here when `wait` (closing the window)."""
        self._wanted = False
        self.timer.stop()
        session, self.session = self.session, None
        if session is not None:
            if wait:
                session.stop()
            else:
                self.runner.run(_stop_session, session, on_done=lambda _r: None)
        self._set_enabled(False)

    # -- preview ---------------------------------------------------------------------------

    def _show_latest(self) -> None:
        session = self.session
        frame = session.latest() if session else None
        if frame is None or frame.index == self._last_index:
            return
        self._last_index = frame.index
        height, width = frame.image.shape[:2]
        image = QImage(
            frame.image.data, width, height, frame.image.strides[0], QImage.Format.Format_BGR888
        )
        pixmap = QPixmap.fromImage(image).scaled(
            self.preview.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
        self.preview.setPixmap(pixmap)
        self.frames_shown += 1
        if not self.photo_button.isEnabled() and not self.record_button.isChecked():
            self._set_enabled(True)
        if session is not None and session.is_recording:
            self.status.setText(
                fill(translate("Reception", "Recording… %1 s"), f"{session.recording_seconds:.1f}")
            )

    # -- photo and video -------------------------------------------------------------------

    def take_photo(self) -> None:
        if self.session is None:
            return
        self.photo_button.setEnabled(False)
        self.runner.run(
            self.session.take_photo, on_done=self._photo_done, on_error=self._photo_failed
        )

    def _photo_done(self, ref: MediaRef) -> None:
        self.photo_button.setEnabled(True)
        self.status.setText(translate("Reception", "Photo taken"))
        self.photo_taken.emit(ref)

    def _photo_failed(self, err: UserError) -> None:
        self.photo_button.setEnabled(True)
        self._failed(err)

    def _record_clicked(self, checked: bool) -> None:
        session = self.session
        if session is None:
            return
        if checked:
            try:
                session.start_recording(max_seconds=60.0)
            except UserError as err:
                self.record_button.setChecked(False)
                self._failed(err)
                return
            self.photo_button.setEnabled(True)  # a photo while recording keeps the preview
        else:
            self.record_button.setEnabled(False)
            self.runner.run(
                session.stop_recording, on_done=self._clip_done, on_error=self._clip_failed
            )
        self.retranslate()

    def _clip_done(self, ref: MediaRef) -> None:
        self.record_button.setEnabled(True)
        self.status.setText(
            fill(translate("Reception", "Video saved (%1 s)"), f"{ref.duration_s or 0:.1f}")
        )
        self.clip_recorded.emit(ref)

    def _clip_failed(self, err: UserError) -> None:
        self.record_button.setEnabled(True)
        self._failed(err)

    def _lost(self, event: CameraLostEvent) -> None:
        # The clip up to the last frame is kept (capture.py); tell the user, keep the rest.
        self.record_button.setChecked(False)
        self.retranslate()
        message = event.message(self.state.lang)
        self.status.setText(message)
        self.camera_failed.emit(message)
        if event.clip is not None:
            self.clip_recorded.emit(event.clip)

    def _open_failed(self, err: UserError) -> None:
        self._failed(err)

    def _failed(self, err: UserError) -> None:
        self._opening = False
        message = err.message(self.state.lang)
        log.warning("camera: %s", message)
        self.status.setText(message)
        if self.session is None:
            self.preview.setText(message)
        self.camera_failed.emit(message)
