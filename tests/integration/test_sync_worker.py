"""The background sync worker the GUI runs: its own thread, rounds after local changes,
status snapshots for the indicator, inbox items that can be resolved, offline handling."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from headoffice_testing import BackgroundServer, database
from sync_testing import copy_bay, make_template

from app.headoffice.auth import create_enrollment_code
from app.store.engine import set_state
from app.store.models import Customer
from app.sync.client import RoundReport
from app.sync.worker import SyncStatus, SyncWorker


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("worker-template") / "bay")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[BackgroundServer]:
    with database("sqlite", tmp_path) as url, BackgroundServer(url, tmp_path / "hq") as srv:
        yield srv


def _until(worker: SyncWorker, test: Callable[[SyncStatus], bool], limit: float = 60) -> SyncStatus:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        status = worker.status()
        if test(status):
            return status
        time.sleep(0.05)
    raise AssertionError(f"worker never reached the state; last: {worker.status()}")


def test_worker_syncs_in_its_own_thread_after_local_changes(
    template: Path, tmp_path: Path, server: BackgroundServer
) -> None:
    bay = copy_bay(template, tmp_path / "bay")
    bay.client.enroll(server.url, create_enrollment_code(server.engine, "TS01", "bay"))
    rounds_in: list[str] = []
    worker = SyncWorker(bay.ctx.db, bay.ctx.media_dir, interval=3600, debounce=0.1)
    original = worker.client.run_round

    def spy(*, verify: bool = True, media: bool = True) -> RoundReport:
        rounds_in.append(threading.current_thread().name)
        return original(verify=verify, media=media)

    worker.client.run_round = spy  # type: ignore[method-assign]
    try:
        assert worker.status().online is None
        worker.start()
        first = _until(worker, lambda s: s.last_success is not None)
        assert first.online is True
        assert first.waiting == 0
        # A local commit: the worker notices the outbox grew and syncs soon after.
        dealer = bay.scalar("SELECT v FROM sync_state WHERE k = 'dealer_id'")
        with bay.ctx.db.write() as session:
            session.add(Customer(dealer_id=dealer, name="新客户", phone="1"))
        _until(worker, lambda s: s.waiting > 0 or worker.rounds >= 2)
        _until(worker, lambda s: worker.rounds >= 2 and s.waiting == 0)
        assert rounds_in
        assert "sync-worker" in set(rounds_in)
        assert threading.main_thread().name not in rounds_in
        # Conflicts and rejections wait in the inbox until a person resolves them.
        with bay.ctx.db.write() as session:
            from app.sync.local import Issue, record_issues

            record_issues(session, [Issue("x1", "rejected", "customer", "r1", "{}")])
        worker.nudge()
        _until(worker, lambda s: s.open_issues >= 1)
        items = worker.issues()
        assert [i.id for i in items if i.kind == "rejected"] == ["x1"]
        worker.resolve("x1")
        assert all(i.id != "x1" for i in worker.issues())
        # Head office gone: offline, with the error for the indicator; nothing is lost.
        with bay.ctx.db.write() as session:
            set_state(session, "server_url", "http://127.0.0.1:9")
        with bay.ctx.db.write() as session:
            session.add(Customer(dealer_id=dealer, name="离线客户", phone="2"))
        worker.sync_now()
        offline = _until(worker, lambda s: s.online is False)
        assert offline.last_error
        assert offline.waiting >= 1
    finally:
        worker.stop()
        bay.close()
    assert not worker.alive
