"""The workstation against the real head-office server on loopback (PostgreSQL): the
workstation code head office allocates numbers the bay's orders (issue 12 item 7), and the
answers RATE_LIMITED / UNAVAILABLE / CONFLICT are waited out as ``Retry-After`` says and shown
to a person in words, never as a protocol code; the worker's internal error likewise."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from headoffice_testing import PG_ENV, BackgroundServer, database
from sqlalchemy import create_engine, text
from sync_testing import Bay, copy_bay, final_check, make_template, open_bay

from app.domain.errors import UserError
from app.headoffice.auth import create_enrollment_code
from app.services import appointments
from app.services.context import Actor
from app.services.customers import AssetInput, CustomerInput
from app.services.staff import list_staff
from app.store.engine import set_state
from app.sync.client import RetryLater, SyncFailed
from app.sync.worker import SyncWorker

pytestmark = pytest.mark.postgres

PROTOCOL_CODES = ("RATE_LIMITED", "UNAVAILABLE", "CONFLICT", "(see log)", "HTTP")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("errors-template") / "bay")


@pytest.fixture
def pg_url(tmp_path: Path) -> Iterator[str]:
    if not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} unset")
    with database("postgres", tmp_path) as url:
        yield url


def _walk_in(bay: Bay, plate: str) -> str:
    return appointments.walk_in(
        bay.ctx,
        bay.advisor,
        customer=CustomerInput(name="王伟", phone="13800138000"),
        asset=AssetInput(kind="vehicle", brand="广汽本田", model="雅阁", plate=plate, vin=""),
        fault_description="刹车异响",
    ).order_no


def open_bay_actors(bay: Bay) -> dict[str, Actor]:
    return {s.name: Actor(staff_id=s.id, name=s.name, roles=s.roles) for s in list_staff(bay.ctx)}


def _state(bay: Bay, key: str) -> Any:
    return bay.scalar("SELECT v FROM sync_state WHERE k = :k", k=key)


def _readable(message: str) -> None:
    assert message
    for code in PROTOCOL_CODES:
        assert code not in message, message


# -- workstation codes (issue 12 item 7) ---------------------------------------------------


def test_bays_joining_before_either_synced_number_orders_with_head_offices_codes(
    template: Path, pg_url: str, tmp_path: Path
) -> None:
    dealer = f"D{uuid.uuid4().hex[:6].upper()}"
    with BackgroundServer(pg_url, tmp_path / "media") as server:
        first = copy_bay(template, tmp_path / "first")
        with first.ctx.db.write() as session:
            set_state(session, "dealer_code", dealer)
        first.client.enroll(server.url, create_enrollment_code(server.engine, dealer, "first"))
        first.client.run_round()
        # Two new bays enroll, both before either syncs: each pulled only workstation "A".
        second = open_bay(tmp_path / "second")
        third = open_bay(tmp_path / "third")
        try:
            second.client.enroll(server.url, create_enrollment_code(server.engine, dealer, "2"))
            third.client.enroll(server.url, create_enrollment_code(server.engine, dealer, "3"))
            for bay in (second, third):  # staff arrived with the dealer's data
                bay.actors.update(open_bay_actors(bay))
            codes = [_state(b, "workstation_code") for b in (first, second, third)]
            assert codes == ["A", "B", "C"]
            orders = [_walk_in(b, f"粤B·E1234{n}") for n, b in enumerate((first, second, third))]
            prefixes = [order.split("-")[1] for order in orders]
            assert prefixes == [f"{dealer}A", f"{dealer}B", f"{dealer}C"]
            for bay in (second, third, first, second, third):
                bay.client.run_round()
            stored = {
                r[0]
                for r in second.rows(
                    "SELECT code FROM workstation WHERE dealer_id = :d",
                    d=_state(second, "dealer_id"),
                )
            }
            assert {"A", "B", "C"} <= stored
            assert final_check(server.engine, [first, second, third]) == []
        finally:
            for bay in (first, second, third):
                bay.close()


def test_a_bay_set_up_on_its_own_takes_the_code_head_office_allocates(
    template: Path, pg_url: str, tmp_path: Path
) -> None:
    """Two workstations each set the dealer up ("A" by default); the later one to enroll is
    given "B" by head office and numbers its next orders with it."""
    dealer = f"D{uuid.uuid4().hex[:6].upper()}"
    with BackgroundServer(pg_url, tmp_path / "media") as server:
        bays = [open_bay(make_template(tmp_path / name, dealer)) for name in ("one", "two")]
        try:
            for n, bay in enumerate(bays):
                bay.client.enroll(server.url, create_enrollment_code(server.engine, dealer, str(n)))
            assert [_state(b, "workstation_code") for b in bays] == ["A", "B"]
            own = _state(bays[1], "workstation_id")
            assert bays[1].scalar("SELECT code FROM workstation WHERE id = :i", i=own) == "B"
            assert _walk_in(bays[1], "粤B·F12345").split("-")[1] == f"{dealer}B"
        finally:
            for bay in bays:
                bay.close()


# -- RATE_LIMITED ------------------------------------------------------------------------


def test_enrollment_rate_limited_says_when_to_try_again(
    template: Path, pg_url: str, tmp_path: Path
) -> None:
    with BackgroundServer(pg_url, tmp_path / "media", enroll_rate=(2, 60.0)) as server:
        bay = open_bay(tmp_path / "bay")
        try:
            for _ in range(2):
                with pytest.raises(UserError) as refused:
                    bay.client.enroll(server.url, "0000-0000-0000-0000")
                assert refused.value.code == "sync.enroll_code_invalid"
                _readable(refused.value.message("zh_CN"))
            with pytest.raises(RetryLater) as limited:
                bay.client.enroll(server.url, "0000-0000-0000-0000")
            assert limited.value.code == "sync.rate_limited"
            assert 1 <= limited.value.retry_after <= 61
            seconds = str(limited.value.params["seconds"])
            for lang in ("zh_CN", "en"):
                text_ = limited.value.message(lang)
                _readable(text_)
                assert seconds in text_
            assert not bay.client.enrolled
        finally:
            bay.close()


# -- UNAVAILABLE (a busy database) ---------------------------------------------------------


class _Lock:
    """Another session holding head office's device table: the server's own statements
    give up after ``lock_timeout`` and it answers 503 UNAVAILABLE with Retry-After."""

    def __init__(self, url: str) -> None:
        self.engine = create_engine(url)
        self.conn = self.engine.connect()
        self.held = False

    def take(self) -> None:
        self.conn.execute(text("LOCK TABLE device IN ACCESS EXCLUSIVE MODE"))
        self.held = True

    def release(self) -> None:
        if self.held:
            self.conn.rollback()
            self.held = False

    def close(self) -> None:
        self.release()
        self.conn.close()
        self.engine.dispose()


def _short_lock_timeout(url: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        name = conn.execute(text("SELECT current_database()")).scalar_one()
        conn.execute(text(f"ALTER DATABASE \"{name}\" SET lock_timeout = '300ms'"))
    engine.dispose()


def test_busy_head_office_is_waited_out_as_retry_after_says(
    template: Path, pg_url: str, tmp_path: Path
) -> None:
    _short_lock_timeout(pg_url)
    dealer = f"D{uuid.uuid4().hex[:6].upper()}"
    with BackgroundServer(pg_url, tmp_path / "media") as server:
        bay = copy_bay(template, tmp_path / "bay")
        lock = _Lock(pg_url)
        try:
            with bay.ctx.db.write() as session:
                set_state(session, "dealer_code", dealer)
            bay.client.enroll(server.url, create_enrollment_code(server.engine, dealer, "b"))
            waited: list[float] = []

            def sleep(seconds: float) -> None:
                waited.append(seconds)
                lock.release()  # the database frees up while the bay waits

            bay.client.sleep = sleep
            bay.client.backoff_base = 0.01
            lock.take()
            report = bay.client.run_round()
            assert report.waiting == 0
            assert waited
            assert waited[0] >= 2  # the server's Retry-After, not the 10 ms backoff
            # Busy for longer than the retries: the round ends with a message in words and
            # the worker does not try again before head office said.
            _walk_in(bay, "粤B·G12345")
            bay.client.sleep = lambda _s: None
            lock.take()
            with pytest.raises(RetryLater) as busy:
                bay.client.run_round()
            assert busy.value.code == "sync.unavailable"
            assert busy.value.retry_after >= 2
            for lang in ("zh_CN", "en"):
                _readable(busy.value.message(lang))
            worker = SyncWorker(bay.ctx.db, bay.data_dir / "media", client=bay.client)
            import time

            from app.sync.transport import Backoff

            before = time.monotonic()
            next_round = worker._round(Backoff(0.01, 0.02))
            assert next_round - before >= 2
            status = worker.status()
            assert status.last_error is not None
            _readable(status.last_error)
            lock.release()
            assert bay.client.run_round().waiting == 0
            assert final_check(server.engine, [bay]) == []
        finally:
            lock.close()
            bay.close()


# -- CONFLICT ------------------------------------------------------------------------------


def test_a_batch_head_office_refuses_as_conflicting_stays_queued_and_is_named(
    template: Path, pg_url: str, tmp_path: Path
) -> None:
    dealer = f"D{uuid.uuid4().hex[:6].upper()}"
    with BackgroundServer(pg_url, tmp_path / "media") as server:
        bay = copy_bay(template, tmp_path / "bay")
        guard = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        try:
            with bay.ctx.db.write() as session:
                set_state(session, "dealer_code", dealer)
            bay.client.enroll(server.url, create_enrollment_code(server.engine, dealer, "b"))
            bay.client.run_round()
            # Head office's database refuses new service cases (a constraint of its own).
            with guard.connect() as conn:
                conn.execute(
                    text(
                        "ALTER TABLE row_state ADD CONSTRAINT test_no_cases "
                        "CHECK (tbl <> 'service_case') NOT VALID"
                    )
                )
            _walk_in(bay, "粤B·H12345")
            waiting = bay.scalar("SELECT count(*) FROM sync_outbox")
            with pytest.raises(SyncFailed) as refused:
                bay.client.run_round()
            assert refused.value.code == "sync.conflict"
            for lang in ("zh_CN", "en"):
                _readable(refused.value.message(lang))
            assert bay.scalar("SELECT count(*) FROM sync_outbox") == waiting
            with guard.connect() as conn:
                conn.execute(text("ALTER TABLE row_state DROP CONSTRAINT test_no_cases"))
            assert bay.client.run_round().waiting == 0
            assert final_check(server.engine, [bay]) == []
        finally:
            guard.dispose()
            bay.close()


# -- the worker's own failure --------------------------------------------------------------


@pytest.mark.expect_log_errors("sync round failed")
def test_an_internal_error_of_the_worker_reaches_the_person_translated(
    template: Path, tmp_path: Path
) -> None:
    bay = copy_bay(template, tmp_path / "bay")
    try:
        for lang in ("zh_CN", "en"):
            worker = SyncWorker(bay.ctx.db, bay.data_dir / "media", client=bay.client, lang=lang)

            def broken(**_kw: Any) -> Any:
                raise RuntimeError("a bug")

            worker.client.run_round = broken  # type: ignore[method-assign]
            from app.sync.transport import Backoff

            worker._round(Backoff())
            status = worker.status()
            assert status.last_error == SyncFailed("sync.internal_error").message(lang)
            _readable(status.last_error)
    finally:
        bay.close()
