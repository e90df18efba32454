"""The always-visible sync indicator of the status bar (issue 4): online/offline, changes
waiting, an upload in progress with its progress bar, the last successful sync, and the
conflicts or rejections waiting for a person, which a click opens and marks resolved.

It only reads `SyncWorker.status()` snapshots on a timer: every round, upload and database
write of sync runs on the worker's own thread, never on the GUI thread.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.sync.worker import InboxItem, SyncStatus, SyncWorker

log = logging.getLogger(__name__)

POLL_MS = 1000
CLOCK_BOUND_MS = 5 * 60 * 1000
"""SYNC.md §5.1: beyond this the workstation asks to fix the clock."""


def _when(iso: str | None) -> str:
    if not iso:
        return "—"
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return moment.strftime("%H:%M")


class SyncIndicator(QWidget):
    """Status-bar widget. Until `attach` it shows the text given with `setText` (e.g. "not
    enrolled"), so the window can treat it like the label it replaces."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.worker: SyncWorker | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.label = QLabel(self)
        self.label.setObjectName("syncStatusLabel")
        self.label.setProperty("role", "sync")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncUploadProgress")
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.issues_button = QToolButton(self)
        self.issues_button.setObjectName("syncIssuesButton")
        self.issues_button.setAutoRaise(True)
        self.issues_button.hide()
        self.issues_button.clicked.connect(self.open_inbox)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.issues_button)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh)
        self.lang = "zh_CN"
        self._runner: Any = None
        # A click anywhere on the indicator opens the details (issue 12).
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Click for sync details"))

    # -- the label it replaces ---------------------------------------------------------------
    def setText(self, text: str) -> None:
        if self.worker is None:
            self.label.setText(text)

    def text(self) -> str:
        return self.label.text()

    # -- wiring ------------------------------------------------------------------------------
    def attach(self, worker: SyncWorker) -> None:
        """Show `worker`'s status from now on (and stop it when the application quits)."""
        self.worker = worker
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.detach)
        self.timer.start()
        self.refresh()

    def start_for(self, data_dir: Path, db: Any) -> SyncWorker | None:
        """Start background sync for an opened workstation database (`db`: its Database),
        if it is enrolled; returns the worker. Everything heavy happens on its thread."""
        from app.sync.worker import SyncWorker

        worker = SyncWorker(db, data_dir / "media")
        if not worker.client.enrolled:
            worker.client.close()
            return None
        worker.start()
        self.attach(worker)
        return worker

    def mouseReleaseEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.open_details()
        super().mouseReleaseEvent(event)

    def open_details(self) -> None:
        """Last sync, what waits, uploads, and the conflicts and refusals to review."""
        if self.worker is None:
            return
        from app.ui.sync_settings import SyncSettingsDialog
        from app.ui.tasks import TaskRunner

        if self._runner is None:
            self._runner = TaskRunner(parent=self)
        dialog = SyncSettingsDialog(
            self.worker.db, self.worker.client.media_dir, self._runner, self.lang, self.worker, self
        )
        dialog.exec()
        self.refresh()

    def detach(self) -> None:
        self.timer.stop()
        if self.worker is not None:
            self.worker.stop()
            self.worker = None

    # -- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.worker is None:
            return
        self.show_status(self.worker.status())

    def show_status(self, status: SyncStatus) -> None:
        if status.online is False:
            head = self.tr("Offline")
        elif status.syncing:
            head = self.tr("Syncing…")
        elif status.online:
            head = self.tr("Online")
        else:
            head = self.tr("Connecting…")
        parts = [head]
        if status.waiting:
            parts.append(self.tr("%1 changes waiting").replace("%1", str(status.waiting)))
        parts.append(self.tr("last sync %1").replace("%1", _when(status.last_success)))
        if status.clock_blocked or abs(status.clock_skew_ms) > CLOCK_BOUND_MS:
            parts.append(self.tr("fix the clock (nothing is lost)"))
        self.label.setText(" · ".join(parts))
        self.label.setToolTip(status.last_error or "")
        upload = status.upload
        if upload is not None and upload.size:
            self.progress.setMaximum(1000)
            self.progress.setValue(int(upload.sent * 1000 / upload.size))
            self.progress.setFormat(
                self.tr("Uploading %1 MB").replace("%1", f"{upload.size / 1048576:.0f}")
            )
            self.progress.show()
        else:
            self.progress.hide()
        if status.open_issues:
            self.issues_button.setText(
                self.tr("%1 to review").replace("%1", str(status.open_issues))
            )
            self.issues_button.show()
        else:
            self.issues_button.hide()

    def open_inbox(self) -> None:
        if self.worker is None:
            return
        dialog = SyncInboxDialog(self.worker, self)
        dialog.exec()
        self.refresh()


def describe(item: InboxItem) -> str:
    """One line a person can act on."""
    try:
        detail: dict[str, Any] = json.loads(item.detail or "{}")
    except ValueError:
        detail = {}
    if item.kind == "conflict":
        return (
            QCoreApplication.translate(
                "SyncIndicator", "Conflict in %1.%2: kept %3, overwritten %4"
            )
            .replace("%1", item.tbl)
            .replace("%2", str(detail.get("field", "")))
            .replace("%3", repr(detail.get("winner")))
            .replace("%4", repr(detail.get("loser")))
        )
    if item.kind == "rejected":
        return (
            QCoreApplication.translate("SyncIndicator", "Refused by head office (%1): %2 %3")
            .replace("%1", str(detail.get("reason", "")))
            .replace("%2", item.tbl)
            .replace("%3", str(detail.get("detail") or ""))
        )
    if item.kind == "resign":
        return QCoreApplication.translate(
            "SyncIndicator", "Signed case changed since signing: re-sign required"
        )
    return QCoreApplication.translate("SyncIndicator", "Sync alarm: %1").replace(
        "%1", str(detail.get("kind", item.id))
    )


class SyncInboxDialog(QDialog):
    """Conflicts, rejections and alarms waiting for a person; each can be marked resolved."""

    def __init__(self, worker: SyncWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncInboxDialog")
        self.setWindowTitle(self.tr("Sync: to review"))
        self.worker = worker
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("syncInboxList")
        layout.addWidget(self.list)
        self.resolve_button = QPushButton(self.tr("Mark resolved"), self)
        self.resolve_button.setObjectName("syncResolveButton")
        self.resolve_button.clicked.connect(self.resolve_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.resolve_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        self.resize(640, 360)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for item in self.worker.issues():
            entry = QListWidgetItem(describe(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(entry)
        self.resolve_button.setEnabled(self.list.count() > 0)
        if self.list.count():
            self.list.setCurrentRow(0)

    def resolve_selected(self) -> None:
        entry = self.list.currentItem()
        if entry is None:
            return
        self.worker.resolve(str(entry.data(Qt.ItemDataRole.UserRole)))
        self.reload()
