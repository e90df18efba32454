"""Fixtures for the domain/store/services/CLI integration tests: a real workstation database
in a temporary directory, set up as a dealer with staff in every role and a clock the test
moves by hand.

Migrating a new database takes about half a second, so the set-up workshop is built once per
session (`workshop_template`) and every test gets its own copy of the files (`workshop`);
module-scoped fixtures make theirs with `workshop_factory`. `Workshop.drive` moves a case
along the happy path; other test modules import `Workshop` and the line codes from here.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import ids_testing
import numpy as np
import pytest
from sqlalchemy import select

from app.domain.lifecycle import Decision
from app.domain.roles import Role
from app.media.store import MediaRef, MediaStore, encode_jpeg
from app.services import (
    aftercare,
    appointments,
    bay,
    dispatch,
    fitting,
    handover,
    qc,
    reception,
)
from app.services import settlement as settle_svc
from app.services.context import Actor, ServiceContext
from app.services.customers import AssetInput, CustomerInput
from app.services.reception import LineInput
from app.services.setup import open_workstation, set_up_dealer
from app.services.staff import add_staff, list_staff, login
from app.store.models import EstimateLine, ServiceCase

WORKSHOP_START = datetime(2026, 11, 27, 9, 0, 0)
"""Naive UTC, as the services store it. A Friday morning, inside the default day shift."""

WORKSHOP_ADMIN = ("系统管理员", "0000")
WORKSHOP_STAFF: tuple[tuple[str, tuple[Role, ...], str, str], ...] = (
    ("王芳", (Role.ADVISOR,), "1111", "13900139001"),
    ("李娜", (Role.ADVISOR,), "1112", "13900139002"),
    ("张强", (Role.TEAM_LEAD,), "2222", "13900139003"),
    ("刘洋", (Role.TECHNICIAN,), "3331", "13900139004"),
    ("陈杰", (Role.TECHNICIAN,), "3332", "13900139005"),
    ("黄伟", (Role.QC_INSPECTOR,), "4444", "13900139006"),
    ("周静", (Role.MANAGER,), "5555", "13900139007"),
)

QC_ALL_PASS = dict.fromkeys(qc.checks_for("vehicle"), True)
DELIVERY_ALL_DONE = dict.fromkeys(handover.CHECKS, True)

# The standard estimate of the helpers: brake job (mandatory, safety-relevant part) plus an
# optional cabin filter.
BRAKE_LABOR = "L-BRAKE-F"
BRAKE_PADS = "45022-TBA-A01"
CABIN_FILTER = "80292-TBA-A11"

HAPPY_PATH = (
    "reception",
    "inspecting",
    "estimated",
    "awaiting_signature",
    "confirmed",
    "dispatched",
    "in_work",
    "qc",
    "ready",
    "delivered",
    "closed",
)


class WorkshopClock:
    """The services' clock; tests move it explicitly."""

    def __init__(self, start: datetime) -> None:
        self.t = start

    def __call__(self) -> datetime:
        return self.t

    def advance(self, **delta: float) -> datetime:
        self.t += timedelta(**delta)
        return self.t

    def set(self, when: datetime) -> datetime:
        self.t = when
        return self.t


@dataclass
class Workshop:
    """A set-up dealer: context, clock and one logged-in actor per role."""

    ctx: ServiceContext
    clock: WorkshopClock
    data_dir: Path
    admin: Actor
    advisor: Actor
    advisor2: Actor
    lead: Actor
    tech: Actor
    tech2: Actor
    qc: Actor
    manager: Actor
    pins: dict[str, str] = field(default_factory=dict)

    # -- reading ----------------------------------------------------------------------------
    def state(self, case_id: str) -> str:
        with self.ctx.db.read() as session:
            case = session.get(ServiceCase, case_id)
            assert case is not None
            return case.state

    def lines(self, case_id: str) -> dict[str, str]:
        """Estimate line ids of a case keyed by catalogue code."""
        with self.ctx.db.read() as session:
            rows = session.execute(
                select(EstimateLine.code, EstimateLine.id).where(
                    EstimateLine.case_id == case_id, EstimateLine.deleted_at.is_(None)
                )
            )
            return {row[0]: row[1] for row in rows}

    def scalar(self, sql: str, **params: object) -> object:
        """Raw SQL with ids as the ORM shows them (`ids_testing`)."""
        with self.ctx.db.read() as session:
            return ids_testing.scalar(session, sql, params)

    # -- acting -----------------------------------------------------------------------------
    def walk_in(
        self,
        *,
        name: str = "王伟",
        phone: str = "13800138000",
        plate: str = "粤B·D12345",
        vin: str = "",
        urgent: bool = False,
        by: Actor | None = None,
        fault: str = "刹车时有尖锐摩擦声",
    ) -> str:
        opened = appointments.walk_in(
            self.ctx,
            by or self.advisor,
            customer=CustomerInput(name=name, phone=phone),
            asset=AssetInput(
                kind="vehicle", brand="广汽本田", model="雅阁 2.0L", plate=plate, vin=vin
            ),
            fault_description=fault,
            urgent=urgent,
        )
        return opened.case_id

    def add_standard_lines(self, case_id: str) -> dict[str, str]:
        for code, kind, mandatory in (
            (BRAKE_LABOR, "labor", True),
            (BRAKE_PADS, "part", True),
            (CABIN_FILTER, "part", False),
        ):
            reception.add_line(
                self.ctx,
                self.advisor,
                case_id,
                LineInput(kind=kind, code=code, mandatory=mandatory, reason="检查结果"),
            )
        return self.lines(case_id)

    def evidence_photo(self, seed: int = 0) -> MediaRef:
        """A JPEG in the media store (an evidence or key-step photo)."""
        image = np.full((48, 64, 3), (seed * 37) % 255, dtype=np.uint8)
        return MediaStore(self.ctx.media_dir).put_photo(encode_jpeg(image))

    def pass_qc(self, case_id: str, inspector: Actor | None = None) -> None:
        """D1: a clean pass: an evidence photo, every check, every reading within spec."""
        actor = inspector or self.qc
        qc.attach_evidence(self.ctx, actor, case_id, self.evidence_photo())
        checklist, readings = qc.ideal_inputs(qc.qc_view(self.ctx, case_id))
        qc.record_qc(self.ctx, actor, case_id, passed=True, checklist=checklist, readings=readings)

    def drive(self, case_id: str, target: str) -> None:
        """Move a case along the happy path until it reaches `target`, a minute per step."""
        ctx, clock = self.ctx, self.clock
        while (state := self.state(case_id)) != target:
            assert HAPPY_PATH.index(state) < HAPPY_PATH.index(target), (state, target)
            clock.advance(minutes=1)
            if state == "reception":
                reception.start_inspection(ctx, self.advisor, case_id)
                reception.record_inspection(
                    ctx, self.advisor, case_id, identity_checked=True, appointment_checked=True
                )
            elif state == "inspecting":
                if not self.lines(case_id):
                    self.add_standard_lines(case_id)
                reception.finish_estimate(ctx, self.advisor, case_id)
            elif state == "estimated":
                for code, line_id in self.lines(case_id).items():
                    decision = Decision.DECLINED if code == CABIN_FILTER else Decision.APPROVED
                    reception.decide(ctx, self.advisor, line_id, decision)
                reception.request_signature(ctx, self.advisor, case_id)
            elif state == "awaiting_signature":
                reception.sign_confirmation(
                    ctx, self.advisor, case_id, signer_name="王伟", method="pad"
                )
            elif state == "confirmed":
                dispatch.dispatch(ctx, self.lead, case_id)
                dispatch.assign(ctx, self.lead, case_id, self.tech.staff_id)
            elif state == "dispatched":
                bay.start_work(ctx, self.tech, case_id)
            elif state == "in_work":
                part_line = self.lines(case_id).get(BRAKE_PADS)
                if part_line is not None:
                    fitting.fit_part(ctx, self.tech, part_line, part_no=BRAKE_PADS, batch="B2026")
                bay.finish_work(ctx, self.tech, case_id)
            elif state == "qc":
                self.pass_qc(case_id)
            elif state == "ready":
                settle_svc.settle(ctx, self.advisor, case_id)
                settle_svc.sign_settlement(
                    ctx, self.advisor, case_id, signer_name="王伟", method="pad"
                )
                handover.deliver(ctx, self.advisor, case_id, checklist=DELIVERY_ALL_DONE)
            elif state == "delivered":
                aftercare.record_feedback(ctx, self.advisor, case_id, score=5, comment="满意")
                aftercare.close(ctx, self.advisor, case_id)
            else:  # pragma: no cover - the assertion above already stops this
                raise AssertionError(state)


def _actors(ctx: ServiceContext) -> dict[str, Actor]:
    # Logging in eight people per test would cost argon2 time; `login` has its own tests.
    return {s.name: Actor(staff_id=s.id, name=s.name, roles=s.roles) for s in list_staff(ctx)}


@pytest.fixture(scope="session")
def workshop_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, set-up workshop database, built once and copied by `workshop`."""
    data_dir = tmp_path_factory.mktemp("workshop-template")
    ctx = open_workstation(data_dir).at(WorkshopClock(WORKSHOP_START - timedelta(days=30)))
    set_up_dealer(
        ctx,
        dealer_code="TS01",
        dealer_name="测试汽车售后服务中心",
        workstation_name="前台1号",
        admin_name=WORKSHOP_ADMIN[0],
        admin_pin=WORKSHOP_ADMIN[1],
        phone="020-38881234",
    )
    admin = next(s for s in list_staff(ctx) if s.name == WORKSHOP_ADMIN[0])
    admin_actor = login(ctx, admin.id, WORKSHOP_ADMIN[1])
    for name, roles, pin, phone in WORKSHOP_STAFF:
        add_staff(ctx, admin_actor, name=name, roles=roles, pin=pin, phone=phone)
    ctx.db.dispose()  # the last connection closing checkpoints the WAL into the file
    return data_dir


WorkshopFactory = Callable[[Path], Workshop]


@pytest.fixture(scope="session")
def workshop_factory(workshop_template: Path) -> WorkshopFactory:
    """Copies the template into a directory and opens it there (for module-scoped fixtures;
    dispose `ws.ctx.db` when done)."""

    def make(data_dir: Path) -> Workshop:
        shutil.copytree(workshop_template, data_dir)
        clock = WorkshopClock(WORKSHOP_START)
        ctx = open_workstation(data_dir).at(clock)
        pins = {WORKSHOP_ADMIN[0]: WORKSHOP_ADMIN[1], **{s[0]: s[2] for s in WORKSHOP_STAFF}}
        actors = _actors(ctx)
        return Workshop(
            ctx=ctx,
            clock=clock,
            data_dir=data_dir,
            admin=actors[WORKSHOP_ADMIN[0]],
            advisor=actors["王芳"],
            advisor2=actors["李娜"],
            lead=actors["张强"],
            tech=actors["刘洋"],
            tech2=actors["陈杰"],
            qc=actors["黄伟"],
            manager=actors["周静"],
            pins=pins,
        )

    return make


@pytest.fixture
def workshop(workshop_factory: WorkshopFactory, tmp_path: Path) -> Iterator[Workshop]:
    """A dealer of its own for one test, with staff in every role and a hand-moved clock."""
    ws = workshop_factory(tmp_path / "workshop")
    yield ws
    ws.ctx.db.dispose()
