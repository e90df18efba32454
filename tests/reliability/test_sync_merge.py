"""SYNC.md §9 tests 10, 11 and 12 at CI size: property-based editing by three workstations
with offline periods (Hypothesis state machine), signed-record immutability, clock skew."""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from headoffice_testing import PG_ENV, BackgroundServer, Device, database
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select, text
from sync_testing import Bay, copy_bay, final_check, make_template, open_bay

from app.domain.lifecycle import Decision
from app.headoffice import schema
from app.headoffice.auth import create_enrollment_code
from app.protocol.wire import payload_sha
from app.services import appointments, reception
from app.services.customers import AssetInput, CustomerInput
from app.services.reception import LineInput
from app.store.models import ServiceCase

SOAK = os.environ.get("BAY_SOAK") == "1"
BACKEND = "postgres" if os.environ.get(PG_ENV) else "sqlite"
FIELDS = ("fault_description", "preliminary_diagnosis", "pending_observation")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("merge-template") / "bay")


def _walk_in(bay: Bay) -> str:
    return appointments.walk_in(
        bay.ctx,
        bay.advisor,
        customer=CustomerInput(name="王伟", phone="13800138000"),
        asset=AssetInput(kind="vehicle", brand="本田", model="雅阁", plate="粤B·D12345", vin=""),
        fault_description="刹车异响",
    ).case_id


def _join(server: BackgroundServer, data_dir: Path, name: str) -> Bay:
    fresh = open_bay(data_dir)
    fresh.client.enroll(server.url, create_enrollment_code(server.engine, "TS01", name))
    fresh.close()
    bay = open_bay(data_dir)
    bay.client.max_retries = 2
    bay.client.backoff_base = 0.01
    return bay


def _conflicts(engine: Any, row_id: str) -> list[dict[str, Any]]:
    cf = schema.conflict
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(cf).where(cf.c.row_id == row_id))]


# -- test 10 ---------------------------------------------------------------------------------


@dataclass
class Write:
    n: int
    bay: int
    column: str
    value: str


@dataclass
class Model:
    server: set[int] = field(default_factory=set)
    known: list[set[int]] = field(default_factory=lambda: [set(), set(), set()])
    unsynced: list[set[int]] = field(default_factory=lambda: [set(), set(), set()])
    superseded: set[int] = field(default_factory=set)
    writes: list[Write] = field(default_factory=list)


class ThreeBays(RuleBasedStateMachine):
    """Three workstations of one dealer and head office; bays go offline and come back, edit
    the same case's fields and add customers; after healing every bay and head office agree,
    and every write is the current value or kept in a conflict (zero silent losses)."""

    template: Path

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="bays-"))
        self._db = database(BACKEND, self.tmp)
        url = self._db.__enter__()
        self.server = BackgroundServer(url, self.tmp / "hq").__enter__()
        first = copy_bay(self.template, self.tmp / "bay0")
        first.client.enroll(
            self.server.url, create_enrollment_code(self.server.engine, "TS01", "0")
        )
        first.client.max_retries = 2
        first.client.backoff_base = 0.01
        self.case_id = _walk_in(first)
        first.client.run_round(verify=False)
        self.bays = [first, _join(self.server, self.tmp / "bay1", "1")]
        self.bays.append(_join(self.server, self.tmp / "bay2", "2"))
        for bay in self.bays:
            bay.client.run_round(verify=False)
        self.online = [True, True, True]
        self.model = Model()
        self.customers: list[str] = []

    def teardown(self) -> None:
        for bay in self.bays:
            bay.close()
        self.server.__exit__(None, None, None)
        self._db.__exit__(None, None, None)
        shutil.rmtree(self.tmp, ignore_errors=True)

    @rule(bay=st.integers(0, 2), column=st.sampled_from(FIELDS), word=st.sampled_from("甲乙丙丁"))
    def edit(self, bay: int, column: str, word: str) -> None:
        model = self.model
        n = len(model.writes)
        value = f"{word}{n}"
        with self.bays[bay].ctx.db.write() as session:
            case = session.get(ServiceCase, self.case_id)
            assert case is not None
            setattr(case, column, value)
        for w in model.writes:
            if w.column == column and (w.n in model.known[bay] or w.bay == bay):
                model.superseded.add(w.n)
        model.writes.append(Write(n, bay, column, value))
        model.unsynced[bay].add(n)

    @rule(bay=st.integers(0, 2))
    def add_customer(self, bay: int) -> None:
        target = self.bays[bay]
        dealer = target.scalar("SELECT v FROM sync_state WHERE k = 'dealer_id'")
        from app.store.models import Customer

        with target.ctx.db.write() as session:
            row = Customer(dealer_id=dealer, name=f"客户{len(self.customers)}", phone="1")
            session.add(row)
            session.flush()
            self.customers.append(row.id)

    @rule(bay=st.integers(0, 2))
    def toggle_network(self, bay: int) -> None:
        self.online[bay] = not self.online[bay]

    @rule(bay=st.integers(0, 2))
    def sync(self, bay: int) -> None:
        if not self.online[bay]:
            return
        self._sync(bay)

    def _sync(self, bay: int) -> None:
        self.bays[bay].client.run_round(verify=False, media=False)
        model = self.model
        model.server |= model.unsynced[bay]
        model.unsynced[bay] = set()
        model.known[bay] = set(model.server)

    @invariant()
    def integrity(self) -> None:
        for bay in self.bays:
            assert bay.scalar("PRAGMA quick_check") == "ok"

    def heal(self) -> None:
        for _ in range(2):
            for bay in range(3):
                self._sync(bay)
        self.bays[0].client.run_round()
        assert final_check(self.server.engine, self.bays) == []
        current = self.bays[0].rows("SELECT * FROM service_case WHERE id = :i", i=self.case_id)[0]
        conflicts = _conflicts(self.server.engine, self.case_id)
        for w in self.model.writes:
            if w.n in self.model.superseded:
                continue
            kept = {c["winner"] for c in conflicts if c["field"] == w.column} | {
                c["loser"] for c in conflicts if c["field"] == w.column
            }
            assert w.value == current._mapping[w.column] or w.value in kept, (
                f"write {w} silently lost"
            )
        here = {r[0] for r in self.bays[2].rows("SELECT id FROM customer")}
        assert set(self.customers) <= here


def test_10_three_bays_edit_offline_and_converge(template: Path) -> None:
    ThreeBays.template = template

    class Healing(ThreeBays):
        def teardown(self) -> None:
            try:
                self.heal()
            finally:
                super().teardown()

    run_state_machine_as_test(
        Healing,
        settings=settings(
            max_examples=200 if SOAK else 3,
            stateful_step_count=60 if SOAK else 14,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=not SOAK,
            database=None,
        ),
    )


# -- test 11 ---------------------------------------------------------------------------------


def _signed_case(bay: Bay) -> str:
    case_id = _walk_in(bay)
    ctx, advisor = bay.ctx, bay.advisor
    reception.start_inspection(ctx, advisor, case_id)
    reception.record_inspection(
        ctx, advisor, case_id, identity_checked=True, appointment_checked=True
    )
    line = reception.add_line(
        ctx,
        advisor,
        case_id,
        LineInput(kind="labor", code="L-BRAKE-F", mandatory=True, reason="检查"),
    )
    reception.finish_estimate(ctx, advisor, case_id)
    reception.decide(ctx, advisor, line, Decision.APPROVED)
    reception.request_signature(ctx, advisor, case_id)
    reception.sign_confirmation(ctx, advisor, case_id, signer_name="王伟", method="pad")
    return case_id


def _forge(bay: Bay, tbl: str, row_id: str, op: str, values: dict[str, Any]) -> str:
    """An outbox row no honest workstation writes (a tampered or buggy client)."""
    stamp = bay.ctx.db.hlc.now()
    fields = {k: {"v": v, "hlc": stamp} for k, v in values.items()}
    change_id = str(uuid.uuid4())
    with bay.ctx.db.write() as session:
        session.execute(
            text(
                "INSERT INTO sync_outbox (change_id, tx_id, tbl, row_id, op, base_version, "
                "fields, hlc, payload_sha, created_at) VALUES (:c, :t, :tbl, :r, :op, 1, :f, :h, "
                ":p, '2026-11-27T09:00:00Z')"
            ),
            {
                "c": change_id,
                "t": str(uuid.uuid4()),
                "tbl": tbl,
                "r": row_id,
                "op": op,
                "f": json.dumps(fields, ensure_ascii=False),
                "h": stamp,
                "p": payload_sha(tbl, row_id, op, fields),
            },
        )
    return change_id


@pytest.fixture
def server(tmp_path: Path) -> Iterator[BackgroundServer]:
    with database(BACKEND, tmp_path) as url, BackgroundServer(url, tmp_path / "hq") as srv:
        yield srv


def test_11_signed_records_stay_as_signed(
    template: Path, tmp_path: Path, server: BackgroundServer
) -> None:
    bay = copy_bay(template, tmp_path / "bay")
    bay.client.enroll(server.url, create_enrollment_code(server.engine, "TS01", "bay"))
    try:
        case_id = _signed_case(bay)
        bay.client.run_round()
        sig_id, snapshot_sha = bay.rows("SELECT id, snapshot_sha256 FROM signature")[0]
        assert bay.scalar("SELECT count(*) FROM sync_inbox_issue WHERE kind = 'resign'") == 0
        rs = schema.row_state

        def held() -> tuple[Any, Any]:
            with server.engine.connect() as conn:
                row = conn.execute(
                    select(rs.c.row, rs.c.content_sha).where(
                        rs.c.tbl == "signature", rs.c.row_id == sig_id
                    )
                ).one()
            data = row.row if isinstance(row.row, dict) else json.loads(row.row)
            return data, row.content_sha

        before = held()
        assert before[0]["snapshot_sha256"] == snapshot_sha
        # The workstation's own database refuses to change a signature, whoever asks.
        for sql in (
            "UPDATE signature SET signer_name = 'x'",
            "DELETE FROM signature",
        ):
            with pytest.raises(Exception, match="insert-only"), bay.ctx.db.write() as session:
                session.execute(text(sql))
        # Randomized tampering that reaches the outbox anyway: every attempt is refused.
        rng = random.Random(11)
        attempts = []
        for _ in range(60 if SOAK else 12):
            kind = rng.choice(["update", "delete", "other_content"])
            if kind == "update":
                attempts.append(_forge(bay, "signature", sig_id, "update", {"signer_name": "假"}))
            elif kind == "delete":
                attempts.append(_forge(bay, "signature", sig_id, "delete", {}))
            else:
                attempts.append(
                    _forge(bay, "signature", sig_id, "append", {"signer_name": f"假{rng.random()}"})
                )
        report = bay.client.run_round()
        assert report.rejected == len(attempts)
        assert report.waiting == 0  # refused changes never block the queue
        inbox = {r[0] for r in bay.rows("SELECT id FROM sync_inbox_issue WHERE kind='rejected'")}
        assert set(attempts) <= inbox
        with server.engine.connect() as conn:
            rc = schema.rejected_change
            refused = set(conn.execute(select(rc.c.change_id)).scalars())
        assert set(attempts) <= refused
        assert held() == before
        # Head office's database refuses direct SQL on signed rows too.
        with pytest.raises(Exception), server.engine.begin() as conn:  # noqa: B017, PT011
            conn.execute(
                rs.update()
                .where(rs.c.tbl == "signature", rs.c.row_id == sig_id)
                .values(row={"signer_name": "x"})
            )
        assert held() == before
        # A late edit from another bay that never saw the signature: kept, and the case is
        # flagged "re-sign required" at every bay.
        other = Device.enroll(server.url, create_enrollment_code(server.engine, "TS01", "late"))
        late = other.push(
            [
                other.change(
                    "service_case", case_id, "update", {"fault_description": "其实是异响"}, 1
                )
            ]
        )
        assert late.status_code == 200
        bay.client.run_round()
        assert bay.scalar("SELECT fault_description FROM service_case WHERE id=:i", i=case_id) == (
            "其实是异响"
        )
        assert bay.scalar("SELECT count(*) FROM sync_inbox_issue WHERE kind='resign'") == 1
        assert bay.scalar("SELECT snapshot_sha256 FROM signature") == snapshot_sha
        other.close()
        assert final_check(server.engine, [bay]) == []
    finally:
        bay.close()


# -- test 12 ---------------------------------------------------------------------------------

DAY_MS = 24 * 3600 * 1000


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _shifted(offset_ms: int) -> Callable[[], int]:
    """A wall clock `offset_ms` off (SYNC.md §9 e: injected through the HLC's provider)."""
    return lambda: _now_ms() + offset_ms


def test_12_clock_ahead_keeps_the_queue_and_never_wins(
    template: Path, tmp_path: Path, server: BackgroundServer
) -> None:
    bay = copy_bay(template, tmp_path / "bay")
    bay.client.enroll(server.url, create_enrollment_code(server.engine, "TS01", "bay"))
    try:
        case_id = _walk_in(bay)
        bay.client.run_round()
        other = _join(server, tmp_path / "other", "other")
        # The bay's clock runs 3 days ahead: its edit is stamped in the future.
        skew = 3 * DAY_MS
        bay.ctx.db.hlc._wall_ms = lambda: _now_ms() + skew
        bay.client.wall_ms = lambda: _now_ms() + skew
        with bay.ctx.db.write() as session:
            case = session.get(ServiceCase, case_id)
            assert case is not None
            case.fault_description = "时钟超前时的修改"
        queued = bay.scalar("SELECT count(*) FROM sync_outbox")
        report = bay.client.run_round()
        assert report.clock_blocked
        assert bay.scalar("SELECT count(*) FROM sync_outbox") == queued  # queue intact
        # Another bay edits the same field later in real time.
        with other.ctx.db.write() as session:
            case = session.get(ServiceCase, case_id)
            assert case is not None
            case.fault_description = "另一工位随后的修改"
        # Once the clock is fixed, everything syncs and the skewed stamp wins nothing.
        bay.ctx.db.hlc._wall_ms = _now_ms
        bay.client.wall_ms = _now_ms
        bay.client.run_round()
        assert bay.scalar("SELECT count(*) FROM sync_outbox") == 0
        stamps = [r[0] for r in bay.rows("SELECT updated_hlc FROM service_case")]
        assert all(int(s[:16]) < _now_ms() + 60_000 for s in stamps if s)
        time.sleep(0.01)
        with other.ctx.db.write() as session:
            case = session.get(ServiceCase, case_id)
            assert case is not None
            case.fault_description = "另一工位最后的修改"
        for b in (other, bay, other):
            b.client.run_round()
        final = bay.scalar("SELECT fault_description FROM service_case WHERE id=:i", i=case_id)
        assert final == "另一工位最后的修改"
        kept = {c["loser"] for c in _conflicts(server.engine, case_id)} | {
            c["winner"] for c in _conflicts(server.engine, case_id)
        }
        assert "时钟超前时的修改" in kept or final == "时钟超前时的修改"
        assert final_check(server.engine, [bay, other]) == []
        other.close()
    finally:
        bay.close()


def test_12_server_refusal_keeps_the_queue(tmp_path: Path, template: Path) -> None:
    """Head office's own check (SYNC.md §5.4): stamps too far ahead of *its* clock are refused
    with CLOCK_SKEW, nothing of the batch is kept, and the workstation keeps its queue."""
    with (
        database(BACKEND, tmp_path) as url,
        BackgroundServer(url, tmp_path / "hq", now_ms=lambda: _now_ms() - DAY_MS) as server,
    ):
        bay = copy_bay(template, tmp_path / "bay")
        bay.client.enroll(server.url, create_enrollment_code(server.engine, "TS01", "bay"))
        try:
            queued = bay.scalar("SELECT count(*) FROM sync_outbox")
            report = bay.client.run_round(verify=False)
            assert report.clock_blocked
            assert report.pushed == 0
            assert bay.scalar("SELECT count(*) FROM sync_outbox") == queued
        finally:
            bay.close()


def test_12_clock_behind_and_stepping_back_stay_monotonic(
    template: Path, tmp_path: Path, server: BackgroundServer
) -> None:
    bay = copy_bay(template, tmp_path / "bay")
    bay.client.enroll(server.url, create_enrollment_code(server.engine, "TS01", "bay"))
    try:
        case_id = _walk_in(bay)
        bay.client.run_round()
        other = _join(server, tmp_path / "other", "other")
        with other.ctx.db.write() as session:
            case = session.get(ServiceCase, case_id)
            assert case is not None
            case.preliminary_diagnosis = "实时的诊断"
        other.client.run_round()
        before = bay.scalar("SELECT max(hlc) FROM sync_outbox") or bay.ctx.db.hlc.last()
        # -3 days, then a step back of one hour mid-session: stamps never go backwards.
        for offset in (-3 * DAY_MS, -3 * DAY_MS - 3600 * 1000):
            bay.ctx.db.hlc._wall_ms = _shifted(offset)
            with bay.ctx.db.write() as session:
                case = session.get(ServiceCase, case_id)
                assert case is not None
                case.preliminary_diagnosis = f"慢钟{offset}"
        stamps = [r[0] for r in bay.rows("SELECT hlc FROM sync_outbox ORDER BY local_seq")]
        assert stamps == sorted(stamps)
        assert stamps[0] > before
        bay.client.run_round()
        other.client.run_round()
        final = other.scalar(
            "SELECT preliminary_diagnosis FROM service_case WHERE id=:i", i=case_id
        )
        kept = {c["loser"] for c in _conflicts(server.engine, case_id)} | {
            c["winner"] for c in _conflicts(server.engine, case_id)
        }
        for value in ("实时的诊断", f"慢钟{-3 * DAY_MS - 3600 * 1000}"):
            assert value == final or value in kept, f"{value} silently lost"
        assert final_check(server.engine, [bay, other]) == []
        other.close()
    finally:
        bay.close()
