"""Issue 12 in the app: an administrator enrolls the workstation from the sync settings (same
checks as the command line), and the dialog shows what waits and the last sync."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from headoffice_testing import BackgroundServer, database
from pytestqt.qtbot import QtBot
from sync_testing import make_template

from app.headoffice.auth import create_enrollment_code
from app.services.setup import open_workstation
from app.store.engine import set_state
from app.ui.sync_settings import SyncSettingsDialog
from app.ui.tasks import TaskRunner


@pytest.fixture
def workstation(tmp_path: Path) -> Iterator[object]:
    data_dir = make_template(tmp_path / "bay")
    ctx = open_workstation(data_dir)
    yield ctx
    ctx.db.dispose()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[BackgroundServer]:
    with database("sqlite", tmp_path) as url, BackgroundServer(url, tmp_path / "hq") as srv:
        yield srv


def _dialog(qtbot: QtBot, ctx: object, lang: str) -> SyncSettingsDialog:
    runner = TaskRunner()
    dialog = SyncSettingsDialog(ctx.db, ctx.media_dir, runner, lang)  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog._runner_keepalive = runner  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.details is not None, timeout=10_000)
    return dialog


def test_plain_http_to_another_machine_is_refused_with_a_clear_message(
    qtbot: QtBot, workstation: object
) -> None:
    dialog = _dialog(qtbot, workstation, "en")
    assert dialog.ui.enrollGroup.isEnabled()
    assert dialog.details is not None
    assert not dialog.details.enrolled
    assert dialog.ui.waitingValue.text() == str(dialog.details.waiting)
    dialog.ui.serverEdit.setText("http://192.0.2.1:8765")
    dialog.ui.codeEdit.setText("AAAA-BBBB")
    dialog.ui.enrollButton.click()
    qtbot.waitUntil(lambda: dialog.ui.enrollErrorLabel.text() != "", timeout=10_000)
    assert "unencrypted" in dialog.ui.enrollErrorLabel.text()
    assert dialog.ui.enrollButton.isEnabled()


def test_an_administrator_enrolls_from_the_dialog(
    qtbot: QtBot, workstation: object, server: BackgroundServer, tmp_path: Path
) -> None:
    dealer = f"D{uuid.uuid4().hex[:6].upper()}"
    with workstation.db.write() as session:  # type: ignore[attr-defined]
        set_state(session, "dealer_code", dealer)
    dialog = _dialog(qtbot, workstation, "zh_CN")
    dialog.ui.serverEdit.setText(server.url)
    dialog.ui.codeEdit.setText(create_enrollment_code(server.engine, dealer, "bay"))
    dialog.ui.enrollButton.click()
    qtbot.waitUntil(lambda: dialog.details is not None and dialog.details.enrolled, timeout=20_000)
    assert not dialog.ui.enrollGroup.isEnabled()
    assert server.url in dialog.ui.enrolledValue.text()
    assert int(dialog.ui.waitingValue.text()) > 0  # set-up waits for the first push
    dialog.resize(1000, 640)
    dialog.grab().save(str(tmp_path / "sync_settings.png"))


def test_the_indicator_opens_the_details_on_click(
    qtbot: QtBot, workstation: object, server: BackgroundServer
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.sync.worker import SyncWorker
    from app.ui.sync_indicator import SyncIndicator

    dealer = f"D{uuid.uuid4().hex[:6].upper()}"
    db = workstation.db  # type: ignore[attr-defined]
    with db.write() as session:
        set_state(session, "dealer_code", dealer)
    worker = SyncWorker(db, workstation.media_dir)  # type: ignore[attr-defined]
    worker.client.enroll(server.url, create_enrollment_code(server.engine, dealer, "bay"))
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    indicator.worker = worker  # attached without starting the background loop
    opened: list[SyncSettingsDialog] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SyncSettingsDialog):
            opened.append(dialog)
            qtbot.waitUntil(lambda: dialog.details is not None, timeout=10_000)
            dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, close_it)
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    assert opened, "a click opens the sync details"
    details = opened[0].details
    assert details is not None
    assert details.enrolled
    assert not opened[0].ui.enrollGroup.isEnabled()
    worker.client.close()


def test_enrolled_from_the_admin_home_the_status_bar_syncs_at_once(
    qtbot: QtBot,
    tmp_path: Path,
    server: BackgroundServer,
    make_shell: object,
    log_in: object,
) -> None:
    """After the administrator enrolled in the sync settings, the status bar kept "Offline —
    not enrolled" and nothing synced until the app was started again."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.domain.roles import Role

    data_dir = make_template(tmp_path / "bay")
    dealer = f"D{uuid.uuid4().hex[:6].upper()}"
    ctx = open_workstation(data_dir)
    with ctx.db.write() as session:
        set_state(session, "dealer_code", dealer)
    ctx.db.dispose()
    shell = make_shell(data_dir, lang="en")  # type: ignore[operator]
    log_in(shell, "admin", name="系统管理员", pin="0000")  # type: ignore[operator]
    window = shell.window
    home = window.homes[Role.ADMIN]
    assert window.sync_indicator is None
    assert "not enrolled" in window.sync_label.text()
    code = create_enrollment_code(server.engine, dealer, "bay")
    enrolled: list[bool] = []

    def enroll() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SyncSettingsDialog)
        qtbot.waitUntil(lambda: dialog.details is not None, timeout=10_000)
        dialog.ui.serverEdit.setText(server.url)
        dialog.ui.codeEdit.setText(code)
        dialog.ui.enrollButton.click()
        qtbot.waitUntil(
            lambda: dialog.details is not None and dialog.details.enrolled, timeout=20_000
        )
        enrolled.append(True)
        dialog.accept()

    QTimer.singleShot(200, enroll)
    home.sync_button.click()
    assert enrolled
    qtbot.waitUntil(lambda: window.sync_indicator is not None, timeout=10_000)
    assert not window.sync_label.isVisible()
    assert window.sync_indicator.isVisible()
    window.sync_indicator.detach()  # type: ignore[attr-defined]
