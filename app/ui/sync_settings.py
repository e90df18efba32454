"""Head-office sync settings and details (issue 12): an administrator enrolls this workstation
(server address, one-time code, the dealer's own certificate authority) with the same checks
as the command line, and anyone opening the status-bar indicator sees the last sync, what
waits, uploads, and the conflicts and refusals to review.

Every database read and the enrollment itself run on the TaskRunner, never on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.domain.errors import UserError
from app.ui.generated.ui_sync_settings import Ui_SyncSettingsForm
from app.ui.widgets import setup_form, show_error

if TYPE_CHECKING:
    from app.store.engine import Database
    from app.sync.worker import SyncWorker
    from app.ui.tasks import TaskRunner


@dataclass(frozen=True)
class SyncDetails:
    enrolled: bool
    server_url: str
    dealer_code: str
    last_success: str | None
    waiting: int
    uploads_waiting: int
    open_issues: int


def load_details(db: Database, media_dir: Path) -> SyncDetails:
    """What the dialog shows (worker thread)."""
    from app.sync import local
    from app.sync.client import SyncClient

    client = SyncClient(db, media_dir)
    try:
        uploads = len(client.media_queue())
    finally:
        client.close()
    return SyncDetails(
        enrolled=bool(local.state(db, "server_url") and local.state(db, "device_secret")),
        server_url=local.state(db, "server_url") or "",
        dealer_code=local.state(db, "dealer_code") or "",
        last_success=local.state(db, "last_success_at"),
        waiting=local.pending_count(db),
        uploads_waiting=uploads,
        open_issues=len(local.open_issues(db)),
    )


def enroll_workstation(
    db: Database, media_dir: Path, server: str, code: str, ca_file: str, insecure: bool
) -> Any:
    """Enroll as `enroll --server --code [--ca-file] [--insecure]` does (worker thread)."""
    from app.sync.client import SyncClient

    client = SyncClient(db, media_dir)
    try:
        return client.enroll(
            server.strip(), code.strip(), ca_file=ca_file.strip() or None, insecure=insecure
        )
    finally:
        client.close()


def _when(iso: str | None) -> str:
    if not iso:
        return "—"
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


class SyncSettingsDialog(QDialog):
    """Sync details and, while not enrolled, the enrollment form."""

    def __init__(
        self,
        db: Database,
        media_dir: Path,
        runner: TaskRunner,
        lang: str,
        worker: SyncWorker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncSettingsDialog")
        self.db = db
        self.media_dir = media_dir
        self.runner = runner
        self.lang = lang
        self.worker = worker
        self.ui = Ui_SyncSettingsForm()
        setup_form(self.ui, self)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.enrollButton.clicked.connect(self.enroll)
        self.ui.browseCaButton.clicked.connect(self.choose_ca)
        self.ui.reviewButton.clicked.connect(self.review)
        show_error(self.ui.enrollErrorLabel, "")
        self.details: SyncDetails | None = None
        self.reload()

    # -- details -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.runner.run(load_details, self.db, self.media_dir, on_done=self.show_details)

    def show_details(self, details: SyncDetails) -> None:
        self.details = details
        ui = self.ui
        if details.enrolled:
            ui.enrolledValue.setText(
                self.tr("Enrolled: %1 (dealer %2)")
                .replace("%1", details.server_url)
                .replace("%2", details.dealer_code)
            )
        else:
            ui.enrolledValue.setText(self.tr("Not enrolled: this workstation works on its own"))
        ui.lastSyncValue.setText(_when(details.last_success))
        ui.waitingValue.setText(str(details.waiting))
        ui.uploadsValue.setText(str(details.uploads_waiting))
        ui.issuesValue.setText(str(details.open_issues))
        ui.reviewButton.setEnabled(details.open_issues > 0 and self.worker is not None)
        status = self.worker.status() if self.worker is not None else None
        ui.lastErrorValue.setText((status.last_error if status else None) or "—")
        ui.enrollGroup.setEnabled(not details.enrolled)

    def review(self) -> None:
        if self.worker is None:
            return
        from app.ui.sync_indicator import SyncInboxDialog

        SyncInboxDialog(self.worker, self).exec()
        self.reload()

    # -- enrollment ----------------------------------------------------------------------------
    def choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate authority file"), "", self.tr("Certificates (*.pem *.crt)")
        )
        if path:
            self.ui.caFileEdit.setText(path)

    def enroll(self) -> None:
        ui = self.ui
        if not ui.serverEdit.text().strip() or not ui.codeEdit.text().strip():
            show_error(ui.enrollErrorLabel, self.tr("Enter the server address and the code."))
            return
        show_error(ui.enrollErrorLabel, "")
        ui.enrollButton.setEnabled(False)
        self.runner.run(
            enroll_workstation,
            self.db,
            self.media_dir,
            ui.serverEdit.text(),
            ui.codeEdit.text(),
            ui.caFileEdit.text(),
            ui.insecureCheck.isChecked(),
            on_done=self.enrolled,
            on_error=self.refused,
        )

    def enrolled(self, _done: Any) -> None:
        self.ui.enrollButton.setEnabled(True)
        self.ui.codeEdit.clear()
        self.reload()

    def refused(self, error: UserError) -> None:
        self.ui.enrollButton.setEnabled(True)
        show_error(self.ui.enrollErrorLabel, error.message(self.lang))
