"""Demo data of issue 10 item 6 (P5 figures worth acting on): two quarters of history before
the live month, with variation a service manager would spot on the dashboard and in the
quarterly report.

- A weak advisor (WEAK_ADVISOR): slow to confirm appointments (A2) and arrange urgent ones (A3),
  slow to hand signed jobs to the bay (W1), late with progress updates (W4) and delay notices
  (W5), slow with inquiries and complaints (P3); lower communication scores, more complaints.
- A bay with more rework (REWORK_BAY): more jobs fail QC first (D1) and come back within
  30 / 90 days (comebacks, first-time fix).
- A month with parts delays (`parts_month`, the middle month of the latest full quarter):
  jobs paused for a part, W5 delay notices with the parts reason, long dispatched → finished
  waits.

A few template cases go through the services in the past (real audit log, outbox, signatures),
then `demo_bulk.replicate` copies them across the quarters (fast: the demo runs in test
fixtures), and a few comebacks are opened on the copies through the services. All in one
transaction: a demo killed part-way makes all of it or none. Its own random generator: the
rest of the demo stays the same. Called from app.services.demo by one line.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from app.domain.lifecycle import Decision
from app.services import (
    aftercare,
    appointments,
    bay,
    demo_floor_qc,
    demo_handover_settle,
    demo_parts,
    dispatch,
    kpi,
    reception,
)
from app.services.context import Actor, ServiceContext
from app.services.customers import AssetInput
from app.services.demo_bulk import Template, replicate
from app.services.reception import LineInput
from app.store.engine import get_state, set_state
from app.store.models import Asset, Assignment, ServiceCase

WEAK_ADVISOR = "李娜"
STEADY_ADVISOR = "王芳"
REWORK_BAY = "1号工位"
BAYS = {
    "张强": "1号工位",
    "刘洋": "1号工位",
    "陈杰": "2号工位",
    "杨磊": "3号工位",
    "赵敏": "3号工位",
}
"""The bay of each technician's shifts in the history (as on today's board)."""
APPLIANCE_TECHS = ("杨磊", "赵敏")
SERIAL_PREFIX = {"格力": "GR", "美的": "MD", "海尔": "HR", "海信": "HX", "万和": "WH"}


@dataclass(frozen=True)
class Plan:
    """One template case: who handles it and how each clock goes (minutes)."""

    advisor: str
    tech: str
    booked: int | None
    """Minutes from the booking to its confirmation (A2: 15); None: a walk-in."""
    handoff: int
    """Signature → dispatch (W1: 5)."""
    work: int
    """Minutes of work on the job clock."""
    updates: tuple[int, ...] = ()
    """Progress updates at these minutes of work (W4: every hour past 2 h)."""
    parts: str = ""
    """"timely" | "late": paused waiting for a part, the delay notice 30+ / 10 minutes ahead."""
    hidden_fault: bool = False
    """A timely delay notice for a fault found during the work (no pause)."""
    overrun: bool = False
    """Finished after the promise, no notice (W5 missed)."""
    qc_fail: bool = False
    urgent: bool = False
    fast_track: int = 40
    """Urgent bookings: minutes to arrange the bay (A3: 60)."""
    score: int = 5
    communication: int = 5
    complaint: str = ""
    reply: int = 30
    """Minutes to the first action on the complaint (P3: 2 h)."""


S, W = STEADY_ADVISOR, WEAK_ADVISOR
PLANS: tuple[Plan, ...] = (
    Plan(S, "刘洋", 6, 2, 95, qc_fail=True),
    Plan(W, "刘洋", 35, 14, 165, updates=(140,), score=3, communication=2,
         complaint="communication", reply=190),
    Plan(S, "张强", None, 3, 170, updates=(100, 160), hidden_fault=True),
    Plan(W, "张强", None, 9, 100, overrun=True, qc_fail=True, score=3, communication=2),
    Plan(S, "陈杰", 9, 6, 80, score=4, communication=4),
    Plan(W, "杨磊", 28, 2, 70, score=4, communication=2),
    Plan(S, "赵敏", 5, 2, 75, urgent=True, fast_track=35, score=4),
    Plan(W, "赵敏", 20, 7, 65, urgent=True, fast_track=85, score=3, communication=3),
)  # fmt: skip
"""Steady and weak advisor in turn. Half the rework bay's jobs (张强, 刘洋) fail QC first, the
other bays' none (the live month's random fails apart)."""
PARTS_PLANS: tuple[Plan, ...] = (
    Plan(S, "陈杰", 7, 2, 100, parts="timely", score=4),
    Plan(W, "刘洋", 10, 6, 90, parts="late", score=2, communication=2),
)  # fmt: skip
HISTORY = 140
"""Copies of the templates spread over the quarters (already at head office, like history)."""
COMEBACKS = (
    (REWORK_BAY, 9), (REWORK_BAY, 20), ("2号工位", 60), (REWORK_BAY, 45), (REWORK_BAY, 12),
    (REWORK_BAY, 26),
)  # fmt: skip
"""Comebacks opened on copies closed in a bay, that many days after the closing."""
CASES = len(PLANS) + len(PARTS_PLANS) + HISTORY + len(COMEBACKS)
"""Cases this module adds to a demo of MIN_ORDERS or more (tests counting cases add these)."""
DONE_KEY = "demo_kpi_done"
"""sync_state key written in the same transaction as the history (a resumed demo skips it)."""
MIN_ORDERS = 60
"""Demos asked for fewer orders get no quarters (the small ones tests make keep their counts)."""
INQUIRIES = 24
PARTS_SHARE = 0.55
"""Share of the parts month's cases that wait for a part (elsewhere: OTHER_PARTS_SHARE)."""
OTHER_PARTS_SHARE = 0.04

_COMMENTS = {2: "追加项目没人提前打电话说明", 3: "沟通不太及时", 4: "", 5: "顾问讲解很清楚"}
_COMPLAINTS = {
    "communication": "增加的项目事先没有电话确认，结算时才知道",
    "wait": "说好的时间没修好，也没人提前通知",
}


def window(now: datetime) -> tuple[datetime, datetime]:
    """The history's span: from the start of the quarter before the latest full one to a month
    ago (the live cases fill the last month)."""
    start = kpi.quarter_of(now).previous().previous().start
    return start, (now - timedelta(days=31)).replace(hour=0, minute=0, second=0, microsecond=0)


def parts_month(now: datetime) -> tuple[datetime, datetime]:
    """The month with parts delays: the middle month of the latest full quarter."""
    start = kpi.quarter_of(now).previous().start
    first = start.replace(month=start.month + 1)
    return first, first.replace(month=first.month + 1)


class DemoClock:
    """The demo's time: moves forward step by step, never past the real now (the live
    demo and the past quarters share it)."""

    def __init__(self, start: datetime, ceiling: datetime) -> None:
        self.t = start
        self.ceiling = ceiling

    def __call__(self) -> datetime:
        return self.t

    def advance(self, minutes: float) -> datetime:
        self.t = min(self.t + timedelta(minutes=minutes), self.ceiling)
        return self.t

    def to(self, when: datetime) -> datetime:
        self.t = min(max(self.t, when), self.ceiling)
        return self.t


@dataclass(frozen=True)
class _Staff:
    actors: dict[str, Actor]

    @property
    def lead(self) -> Actor:
        return self.actors["张强"]

    @property
    def qc(self) -> Actor:
        return self.actors["黄伟"]

    @property
    def manager(self) -> Actor:
        return self.actors["周静"]


def add(
    ctx: ServiceContext, seed: int, actors: dict[str, Actor], now: datetime, orders: int
) -> None:
    """The quarters' history (skipped when a resumed demo already made it, and for the small
    demos of fewer than MIN_ORDERS that tests make). After demo_handover_after, which adds
    its complaints only to a demo without any."""
    if orders < MIN_ORDERS:
        return
    start, end = window(now)
    rng = random.Random(f"{seed}:kpi")
    staff = _Staff(actors)
    with ctx.db.write() as session:
        if get_state(session, DONE_KEY):
            return
        set_state(session, DONE_KEY, now.isoformat())
        made: list[tuple[str, Plan]] = []
        plans = [*PLANS, *PARTS_PLANS]
        month = parts_month(now)
        days = (end - start).days - 4
        for index, plan in enumerate(plans):
            if plan.parts:
                day = month[0] + timedelta(days=3 + 8 * PARTS_PLANS.index(plan))
            else:
                day = start + timedelta(days=int(days * (index + 0.5) / len(PLANS)))
            clock = DemoClock(day + timedelta(hours=9, minutes=rng.randint(0, 90)), now)
            bound = ctx.bound(session).at(clock)
            made.append((_template(bound, clock, rng, staff, plan), plan))
        steady = [Template(session, cid) for cid, p in made if not p.parts]
        parts = [Template(session, cid) for cid, p in made if p.parts]

        chosen: list[Template] = []

        def place(r: random.Random) -> tuple[Template, datetime]:
            day = start + timedelta(days=r.randrange(days))
            opened = day + timedelta(hours=8, minutes=r.randint(30, 210))
            share = PARTS_SHARE if month[0] <= day < month[1] else OTHER_PARTS_SHARE
            chosen.append(r.choice(parts if r.random() < share else steady))
            return chosen[-1], opened

        def same_make(r: random.Random, vehicle: bool) -> tuple[dict[str, Any], dict[str, Any]]:
            """A new customer with a vehicle or appliance of the copied case's make and model
            (its fitted parts are of that make)."""
            from app.services.demo import _history_customer

            customer, asset = _history_customer(r, vehicle)
            label = str(chosen[-1].rows["service_case"][0]["asset_label"])
            asset["brand"], _, asset["model"] = label.partition(" ")
            serial = str(asset.get("serial") or "")
            if serial:
                asset["serial"] = SERIAL_PREFIX.get(str(asset["brand"]), "SN") + serial[2:]
            return customer, asset

        replicate(
            session, steady + parts, HISTORY, rng=rng, now=now, make_customer=same_make,
            place=place,
        )  # fmt: skip
        _comebacks(ctx.bound(session), rng, staff, end, now)
        _inquiries(ctx.bound(session), rng, staff, start, end, now)


def _template(
    ctx: ServiceContext, clock: DemoClock, rng: random.Random, staff: _Staff, plan: Plan
) -> str:
    """One case through the services, from the booking (or walk-in) to its closing."""
    from app.services.demo import _asset, _customer, _plan_and_fault

    advisor = staff.actors[plan.advisor]
    vehicle = plan.tech not in APPLIANCE_TECHS
    customer, asset = _customer(rng), _asset(rng, vehicle)
    lines_plan, fault = _plan_and_fault(rng, asset)
    if plan.booked is None:
        case_id = appointments.walk_in(
            ctx, advisor, customer=customer, asset=asset, fault_description=fault,
            urgent=plan.urgent,
        ).case_id  # fmt: skip
    else:
        booked = clock.t
        appt = appointments.book(
            ctx, advisor, customer=customer, asset=asset, channel=rng.choice(appointments.CHANNELS),
            desired_at=booked + timedelta(hours=2), fault_description=fault, urgent=plan.urgent,
        )  # fmt: skip
        clock.advance(plan.booked)
        appointments.confirm(ctx, advisor, appt.id)  # A2
        if plan.urgent:
            clock.to(booked + timedelta(minutes=plan.fast_track))
            appointments.arrange_fast_track(ctx, advisor, appt.id, bay=BAYS[plan.tech])  # A3
        clock.to(booked + timedelta(hours=2, minutes=rng.randint(-10, 15)))
        case_id = appointments.arrive(
            ctx, advisor, appt.id, identity_checked=True, appointment_checked=True
        ).case_id
    _work_through(ctx, clock, rng, staff, plan, case_id, asset, lines_plan, fault, customer.name)
    return case_id


def _work_through(
    ctx: ServiceContext,
    clock: DemoClock,
    rng: random.Random,
    staff: _Staff,
    plan: Plan,
    case_id: str,
    asset: object,
    lines_plan: int,
    fault: str,
    customer_name: str,
) -> None:
    """An opened case from the intake to its closing, each step when the plan says."""
    from app.services.demo import APPLIANCE_LINES, VEHICLE_LINES

    advisor, tech = staff.actors[plan.advisor], staff.actors[plan.tech]
    vehicle = getattr(asset, "kind", "vehicle") == "vehicle"
    clock.advance(rng.randint(3, 8))
    reception.start_inspection(ctx, advisor, case_id)
    reception.record_inspection(
        ctx, advisor, case_id, identity_checked=True, appointment_checked=True,
        mileage_km=getattr(asset, "mileage_km", None), fuel_level=rng.choice(("1/4", "1/2", "3/4")),
        keys=1, fault_reproduced=True, reproduction_note="与客户一同确认故障现象",
    )  # fmt: skip
    reception.set_diagnosis(ctx, advisor, case_id, "初步判断：" + fault)
    model = str(getattr(asset, "model", ""))
    lines: list[Any] = list((VEHICLE_LINES if vehicle else APPLIANCE_LINES[model])[lines_plan])
    if vehicle:  # issue 8 item 9: the make's own part numbers (asset: an input or a row)
        make = AssetInput(kind="vehicle", brand=str(getattr(asset, "brand", "")), model=model)
        lines = demo_parts.brand_lines(make, lines)
    ids = [
        reception.add_line(
            ctx, advisor, case_id, LineInput(kind=kind, code=code, mandatory=must, reason=why)
        )
        for kind, code, must, why in lines
    ]
    clock.advance(rng.randint(6, 15))
    reception.finish_estimate(ctx, advisor, case_id)
    decline = rng.random() < 0.4
    for line_id, (_, _, must, _) in zip(ids, lines, strict=True):
        reception.decide(
            ctx, advisor, line_id, Decision.DECLINED if decline and not must else Decision.APPROVED
        )
    reception.request_signature(ctx, advisor, case_id)
    clock.advance(rng.randint(3, 10))
    reception.sign_confirmation(
        ctx, advisor, case_id, signer_name=customer_name, method=rng.choice(("pad", "paper"))
    )
    day = clock.t.replace(hour=8, minute=0, second=0, microsecond=0)
    dispatch.add_shift(
        ctx, staff.lead, tech.staff_id, day, day + timedelta(hours=12), bay=BAYS[plan.tech]
    )
    clock.advance(plan.handoff)  # W1
    dispatch.dispatch(ctx, staff.lead, case_id)
    dispatch.assign(
        ctx, staff.lead, case_id, tech.staff_id, difficulty=rng.randint(1, 3),
        reason="技能匹配，加班处理",
    )  # fmt: skip
    clock.advance(rng.randint(4, 12) if plan.urgent else rng.randint(8, 35))
    bay.start_work(ctx, tech, case_id)
    demo_handover_settle.fit_parts(ctx, tech, case_id, rng)
    promise = clock.t + timedelta(minutes=plan.work + 60)
    dispatch.set_promise(ctx, advisor, case_id, promise)
    _work(ctx, clock, staff, plan, case_id, promise)
    clock.advance(rng.randint(8, 25))
    if plan.qc_fail:  # D1: back to the bay, reworked, passed on the second round
        demo_floor_qc.qc_fail(ctx, staff.qc, case_id, rng)
        clock.advance(rng.randint(20, 45))
        bay.finish_work(ctx, tech, case_id)
        clock.advance(rng.randint(8, 15))
    demo_floor_qc.qc_pass(ctx, staff.qc, case_id, vehicle=vehicle)
    clock.advance(rng.randint(25, 90))
    demo_handover_settle.settle_and_deliver(ctx, advisor, case_id, rng, clock.t, customer_name)
    clock.advance(rng.randint(5, 20))
    scores = dict.fromkeys(aftercare.FEEDBACK_CATEGORIES, plan.score)
    scores["communication"] = plan.communication
    if plan.parts or plan.overrun:
        scores["wait"] = min(plan.score, 3)
    aftercare.record_feedback(
        ctx, advisor, case_id, score=plan.score, category_scores=scores,
        comment=_COMMENTS[max(plan.communication, 2)],
    )  # fmt: skip
    clock.advance(rng.randint(60, 600))
    aftercare.close(ctx, advisor, case_id)
    if plan.complaint:
        _complaint(ctx, clock, staff, plan, case_id)


def _work(
    ctx: ServiceContext,
    clock: DemoClock,
    staff: _Staff,
    plan: Plan,
    case_id: str,
    promise: datetime,
) -> None:
    """The job clock: progress updates at their minutes of work (W4), the parts pause and its
    notice (W5), a hidden fault announced in time, or an overrun."""
    advisor, tech = staff.actors[plan.advisor], staff.actors[plan.tech]
    done = 0
    marks = sorted(
        {*plan.updates, *((30,) if plan.parts else ()), *((50,) if plan.hidden_fault else ())}
    )
    for mark in marks:
        clock.advance(mark - done)
        done = mark
        if mark in plan.updates:
            dispatch.progress_update(ctx, advisor, case_id, "拆检完成，正在更换配件，按计划进行")
        if plan.hidden_fault and mark == 50:
            promise = clock.t + timedelta(minutes=plan.work - done + 90)
            dispatch.announce_delay(
                ctx, advisor, case_id, reason_code="hidden_fault",
                reason="拆检发现隐藏故障，需增加检修时间", new_eta=promise, compensation="car_wash",
            )  # fmt: skip
        if plan.parts and mark == 30:
            bay.pause_work(ctx, tech, case_id, "等待配件到货")
            back = (clock.t + timedelta(days=2)).replace(hour=9, minute=30)
            new_eta = back + timedelta(minutes=plan.work, hours=2)
            if plan.parts == "late":  # told ten minutes before the promise
                clock.to(promise - timedelta(minutes=10))
            else:
                clock.advance(15)
            dispatch.announce_delay(
                ctx, advisor, case_id, reason_code="parts_out_of_stock",
                reason="原厂配件缺货，已从中心库调货", new_eta=new_eta, compensation="car_wash",
                late_ok=plan.parts == "late",
            )  # fmt: skip
            clock.to(back)
            bay.resume_work(ctx, tech, case_id)
    clock.advance(plan.work - done)
    if plan.overrun:
        clock.to(promise + timedelta(minutes=40))
    bay.finish_work(ctx, tech, case_id)


def _complaint(
    ctx: ServiceContext, clock: DemoClock, staff: _Staff, plan: Plan, case_id: str
) -> None:
    """After the closing: the customer complains; the owner acts within `plan.reply` minutes
    (P3), the manager resolves it, the customer accepts."""
    advisor = staff.actors[plan.advisor]
    clock.to((clock.t + timedelta(days=1)).replace(hour=10, minute=15))
    complaint = aftercare.open_complaint(
        ctx, advisor, case_id, category=plan.complaint, description=_COMPLAINTS[plan.complaint]
    )
    clock.advance(plan.reply)
    aftercare.act_on_complaint(ctx, advisor, complaint, "电话致歉，说明情况")
    clock.advance(60 * 24)
    aftercare.resolve_complaint(ctx, staff.manager, complaint, "赠送保养券，顾问沟通培训")
    clock.advance(60 * 24)
    aftercare.close_complaint(ctx, advisor, complaint, answer="客户接受处理", satisfied=True)


def _comebacks(
    ctx: ServiceContext, rng: random.Random, staff: _Staff, end: datetime, now: datetime
) -> None:
    """Comebacks on copies closed in a bay: the same asset back within 30 / 90 days, repaired
    under warranty in the same bay."""
    with ctx.reading() as session:
        rows = session.execute(
            select(ServiceCase.id, ServiceCase.closed_at, Assignment.bay, ServiceCase.asset_id)
            .join(Assignment, Assignment.case_id == ServiceCase.id)
            .where(
                ServiceCase.state == "closed",
                ServiceCase.closed_at < end,
                ServiceCase.rework_of_id.is_(None),
                ServiceCase.server_version == 1,  # a copy (history)
                Assignment.active.is_(True),
                Assignment.bay.in_({b for b, _ in COMEBACKS}),
            )
            .order_by(ServiceCase.closed_at)
        ).all()
    used: set[str] = set()
    by_bay = {name: [r for r in rows if r.bay == name] for name, _ in COMEBACKS}
    for number, (bay_name, days) in enumerate(COMEBACKS):
        fits = [
            r
            for r in by_bay[bay_name]
            if r.id not in used and r.closed_at + timedelta(days=days + 3) < end
        ]
        if not fits:
            continue
        row = fits[len(fits) * number // len(COMEBACKS)]  # spread over the quarters
        used.add(row.id)
        opened = (row.closed_at + timedelta(days=days)).replace(hour=9, minute=20)
        clock = DemoClock(opened, now)
        timed = ctx.at(clock)
        with ctx.reading() as session:
            case = session.get(ServiceCase, row.id)
            assert case is not None
            owner = next(a for a in staff.actors.values() if a.staff_id == case.owner_id)
            tech = next(a for a in staff.actors.values() if a.staff_id == case.technician_id)
            asset = session.get(Asset, row.asset_id)
            name = case.customer_name
        case_id = aftercare.open_rework(
            timed, owner, row.id, reason="同一故障再次出现，返厂检查", warranty=True
        )
        plan = Plan(owner.name, tech.name, None, 2, 70, urgent=True, score=3, communication=4)
        vehicle = asset is not None and asset.kind == "vehicle"
        _work_through(timed, clock, rng, staff, plan, case_id, asset, 1 if vehicle else 0,
                      "同一故障再次出现", name)  # fmt: skip


def _inquiries(
    ctx: ServiceContext,
    rng: random.Random,
    staff: _Staff,
    start: datetime,
    end: datetime,
    now: datetime,
) -> None:
    """P3: customers' questions by phone and app; the weak advisor answers late about half the
    time (2 h; urgent ones 30 minutes)."""
    span = (end - start).days
    for n in range(INQUIRIES):
        weak = n % 2 == 1
        urgent = n % 4 == 3
        clock = DemoClock(start + timedelta(days=span * n // INQUIRIES, hours=10), now)
        timed = ctx.at(clock)
        advisor = staff.actors[WEAK_ADVISOR if weak else STEADY_ADVISOR]
        info = appointments.log_inquiry(
            timed, advisor, customer=None, channel=rng.choice(("hotline", "app")),
            question="保养大概需要多长时间？费用多少？", urgent=urgent,
        )  # fmt: skip
        limit = 30 if urgent else 120
        late = weak and n % 4 != 1
        clock.advance(rng.randint(limit + 20, limit * 2) if late else rng.randint(5, limit - 5))
        appointments.reply_inquiry(timed, advisor, info.id, "已电话回复客户，并预约了时间")
