"""The status bar's sync indicator: shows the worker's snapshot (online, waiting, upload
progress, last sync), and opens the conflicts and rejections so a person can resolve them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from headoffice_testing import BackgroundServer, database
from pytestqt.qtbot import QtBot
from sync_testing import copy_bay, make_template

from app.headoffice.auth import create_enrollment_code
from app.sync.client import UploadProgress
from app.sync.local import Issue, record_issues
from app.sync.worker import SyncStatus
from app.ui.sync_indicator import SyncInboxDialog, SyncIndicator


@pytest.fixture
def server(tmp_path: Path) -> Iterator[BackgroundServer]:
    with database("sqlite", tmp_path) as url, BackgroundServer(url, tmp_path / "hq") as srv:
        yield srv


def test_indicator_follows_the_worker_and_resolves_issues(
    qtbot: QtBot, tmp_path: Path, server: BackgroundServer
) -> None:
    bay = copy_bay(make_template(tmp_path / "template"), tmp_path / "bay")
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    indicator.setText("Offline — not enrolled")
    assert indicator.start_for(bay.data_dir, bay.ctx.db) is None  # not enrolled: no worker
    assert indicator.text() == "Offline — not enrolled"
    bay.client.enroll(server.url, create_enrollment_code(server.engine, "TS01", "bay"))
    worker = indicator.start_for(bay.data_dir, bay.ctx.db)
    assert worker is not None
    try:
        qtbot.waitUntil(lambda: worker.status().last_success is not None, timeout=60_000)
        indicator.refresh()
        assert "Online" in indicator.text()
        assert indicator.progress.isHidden()
        # An upload in progress shows a progress bar.
        indicator.show_status(SyncStatus(online=True, upload=UploadProgress("a" * 64, 50, 100)))
        assert not indicator.progress.isHidden()
        assert indicator.progress.value() == 500
        with bay.ctx.db.write() as session:
            record_issues(
                session,
                [Issue("r1", "rejected", "signature", "s1", '{"reason": "immutable"}')],
            )
        worker.nudge()
        qtbot.waitUntil(lambda: worker.status().open_issues >= 1, timeout=30_000)
        indicator.refresh()
        assert not indicator.issues_button.isHidden()
        dialog = SyncInboxDialog(worker)
        qtbot.addWidget(dialog)
        texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert any("immutable" in t for t in texts)
        for _ in range(dialog.list.count()):
            dialog.resolve_selected()
        assert dialog.list.count() == 0
        assert worker.issues() == []
    finally:
        indicator.detach()
        bay.close()
    assert not worker.alive
