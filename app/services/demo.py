"""A realistic demo dealer: staff in every role, a seeded catalogue, and cases in every
lifecycle state and SLA status, created through the services so the audit log and the
outbox are real. Large volumes are written in batched transactions."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.domain.lifecycle import Decision
from app.domain.roles import Role
from app.domain.validation import with_check_digit
from app.services import (
    aftercare,
    appointments,
    bay,
    demo_floor_qc,
    demo_floor_tech,
    demo_handover_after,
    demo_handover_settle,
    demo_kpi,
    demo_parts,
    dispatch,
    reception,
)
from app.services.context import Actor, ServiceContext
from app.services.customers import AssetInput, CustomerInput
from app.services.demo_bulk import Template, replicate, sent_lag
from app.services.demo_floor_board import add_floor_board
from app.services.demo_kpi import DemoClock
from app.services.reception import LineInput
from app.services.setup import set_up_dealer
from app.services.staff import create_staff, hash_pin
from app.store.engine import get_state, set_state
from app.store.models import CustomerMessage, Dealer, ServiceCase, Staff

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = (
    "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
    "秀英", "桂英", "建华", "志强", "晓东", "海燕", "雪梅", "国平", "丽华", "文博", "子涵", "浩然",
    "欣怡", "宇轩", "梓萱", "一鸣", "思远", "嘉怡", "俊杰", "雨桐",
)  # fmt: skip
CITIES = "ABCDEFGHJK"
VEHICLES = (
    ("广汽本田", "雅阁 2.0L"), ("广汽本田", "飞度 1.5L"), ("东风日产", "轩逸 1.6L"),
    ("广汽丰田", "凯美瑞 2.5L"), ("比亚迪", "汉 EV"), ("一汽大众", "迈腾 330TSI"),
    ("上汽大众", "朗逸 1.5L"), ("吉利", "星越L"), ("长城", "哈弗H6"),
)  # fmt: skip
APPLIANCES = (
    ("格力", "KFR-35GW 空调"), ("美的", "MG100 滚筒洗衣机"), ("海尔", "BCD-470 冰箱"),
    ("海信", "65E5K 电视"), ("万和", "E60 电热水器"),
)  # fmt: skip
FAULTS_VEHICLE = (
    # One tuple per plan of VEHICLE_LINES, so a case's fault and its lines agree (issue 8 item
    # 9); maintenance is due by the odometer.
    ("定期保养（{km}公里）",),
    ("刹车时有尖锐摩擦声", "制动时前轮有金属摩擦异响"),
    ("仪表盘发动机故障灯亮", "冷启动时发动机抖动、加速无力"),
    ("左后视镜被刮碰损坏",),
)  # fmt: skip


VEHICLE_LINES = (
    (("labor", "L-MAINT-A", True, "按保养手册执行的定期保养"), ("part", "15400-RTA-003", True, "机油滤清器到期更换"),
     ("part", "08880-83717", True, "机油到期更换"), ("part", "80292-TBA-A11", False, "空调滤芯已发黑，建议更换")),
    (("labor", "L-BRAKE-F", True, "刹车片磨损到极限，影响制动安全"), ("part", "45022-TBA-A01", True, "前刹车片剩余2mm"),
     ("labor", "L-BRAKE-FLUID", False, "刹车油含水量偏高，建议更换"), ("part", "08203-99938", False, "配合刹车油更换")),
    (("labor", "L-DIAG-OBD", True, "读取故障码定位故障"), ("labor", "L-IGN-COIL", True, "3缸失火，点火线圈故障"),
     ("part", "32100-5PA-A01", True, "点火线圈损坏"), ("part", "12290-R1A-A01", False, "火花塞已到更换周期")),
    (("labor", "L-MIRROR", True, "后视镜总成破损"), ("part", "76200-TBA-H11", True, "左后视镜总成"),
     ("labor", "L-ALIGN", False, "方向盘略偏，建议四轮定位")),
)  # fmt: skip
APPLIANCE_LINES: dict[str, tuple[tuple[tuple[str, str, bool, str], ...], ...]] = {
    "KFR-35GW 空调": (
        (
            ("labor", "L-AC-DIAG", True, "检测空调系统"),
            ("part", "AC-CAP-35UF", True, "启动电容鼓包失效"),
            ("labor", "L-AC-GAS", False, "冷媒压力略低，建议补充"),
            ("part", "AC-R32-1KG", False, "配合加注冷媒"),
        ),
        (
            ("labor", "L-AC-DIAG", True, "检测空调系统"),
            ("labor", "L-AC-PCB", True, "主控板电路烧蚀"),
            ("part", "AC-PCB-KFR35", True, "室内机主控板"),
        ),
    ),
    "MG100 滚筒洗衣机": (
        (
            ("labor", "L-WM-BEARING", True, "滚筒轴承磨损导致异响"),
            ("part", "WM-DRUM-BRG", True, "轴承组件"),
            ("labor", "L-CLEAN", False, "滚筒内部积垢，建议深度清洗"),
        ),
        (
            ("labor", "L-WM-PUMP", True, "排水泵堵转"),
            ("part", "WM-DRAIN-PMP", True, "排水泵"),
            ("part", "WM-DOOR-LOCK", False, "门锁开关接触不良，建议一并更换"),
        ),
    ),
    "BCD-470 冰箱": (
        (
            ("labor", "L-HOME-VISIT", True, "上门检测维修"),
            ("part", "RF-THERM-01", True, "温控器失灵"),
            ("part", "RF-SEAL-DOOR", False, "门封条老化漏冷"),
        ),
    ),
    "65E5K 电视": (
        (
            ("labor", "L-HOME-VISIT", True, "上门检测维修"),
            ("part", "TV-PWR-BOARD", True, "电源板电容失效"),
        ),
    ),
    "E60 电热水器": (
        (
            ("labor", "L-HOME-VISIT", True, "上门检测维修"),
            ("part", "WH-HEAT-2KW", True, "加热管烧断"),
            ("part", "WH-ANODE-MG", False, "镁棒已耗尽，建议更换防止内胆腐蚀"),
        ),
    ),
}
FAULTS_BY_MODEL = {
    "KFR-35GW 空调": ("空调不制冷，外机不转", "空调开机后频繁停机"),
    "MG100 滚筒洗衣机": ("洗衣机脱水时噪音大", "洗衣机不排水"),
    "BCD-470 冰箱": ("冰箱冷藏室不凉",),
    "65E5K 电视": ("电视开机无图像",),
    "E60 电热水器": ("热水器出水不热",),
}


def _plan_and_fault(rng: random.Random, asset: AssetInput) -> tuple[int, str]:
    """A repair plan of the asset and the fault the customer describes for it."""
    if asset.kind == "vehicle":
        plan = demo_parts.plan_for(asset, rng.randrange(len(VEHICLE_LINES)))
        km = max(5000, round((asset.mileage_km or 5000) / 5000) * 5000)
        return plan, rng.choice(FAULTS_VEHICLE[plan]).format(km=km)
    faults = FAULTS_BY_MODEL[asset.model]
    plan = rng.randrange(len(APPLIANCE_LINES[asset.model]))
    return plan, faults[min(plan, len(faults) - 1)]


STATE_WEIGHTS = (
    ("reception", 2), ("inspecting", 2), ("pending_observation", 1), ("estimated", 2),
    ("awaiting_signature", 2), ("confirmed", 3), ("dispatched", 3), ("in_work", 5), ("paused", 1),
    ("qc", 3), ("ready", 3), ("delivered", 4), ("closed", 60), ("cancelled", 5),
)  # fmt: skip
ORDER = [s for s, _ in STATE_WEIGHTS if s != "cancelled"]
FINISHED = ("closed", "cancelled")
LIVE_AGE = {
    "reception": (20, 240), "inspecting": (20, 240), "estimated": (20, 240),
    "awaiting_signature": (20, 240), "confirmed": (20, 110), "dispatched": (20, 120),
    "in_work": (60, 300), "paused": (60, 300), "qc": (120, 420),
    "ready": (3 * 60, 20 * 60), "pending_observation": (3 * 60, 20 * 60),
    "delivered": (2 * 24 * 60, 6 * 24 * 60),
}  # fmt: skip
"""Minutes ago a live (not yet closed) demo case began, by the state it stops in (the demo's
clock stops at now, so a short age ends its last step about now): a signed job waits minutes
for the bay, work in progress began today, a car waiting for its owner or a fault under
observation since yesterday evening, a car delivered in the last days awaiting its follow-up
call (P5: due three days after delivery).
The homes show a few clocks late by minutes or hours, as in a workshop at opening time, not
cases overdue by weeks."""

DEMO_STAFF: tuple[tuple[str, tuple[Role, ...], str, tuple[str, ...], int], ...] = (
    ("王芳", (Role.ADVISOR,), "1111", (), 1),
    ("李娜", (Role.ADVISOR,), "1112", (), 1),
    ("张强", (Role.TEAM_LEAD, Role.TECHNICIAN), "2222", ("engine", "electrical", "brakes"), 5),
    ("刘洋", (Role.TECHNICIAN,), "3331", ("engine", "brakes"), 4),
    ("陈杰", (Role.TECHNICIAN,), "3332", ("body", "paint"), 3),
    ("杨磊", (Role.TECHNICIAN,), "3333", ("appliance", "electrical"), 3),
    ("赵敏", (Role.TECHNICIAN,), "3334", ("appliance", "refrigeration"), 2),
    ("黄伟", (Role.QC_INSPECTOR,), "4444", ("engine", "appliance"), 5),
    ("周静", (Role.MANAGER,), "5555", (), 1),
)
ADMIN = ("系统管理员", "0000")
LIVE_CASES = 250
"""Cases made through every service call; the rest of a large demo is replicated history."""
HISTORY_BATCH = 5000


@dataclass(frozen=True)
class DemoResult:
    staff: list[tuple[str, str, str]]
    orders: int


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = "LVH" + "".join(rng.choice(chars) for _ in range(14))
    return with_check_digit(body)


PROGRESS_KEY = "demo_progress"
"""sync_state key: how far an unfinished demo got (JSON), written in each step's transaction
and removed in the last one, so a demo killed part-way resumes instead of leaving a dealer
with staff and no cases (issue 12 item 8)."""


def demo_in_progress(ctx: ServiceContext) -> bool:
    """A demo was started here and has not finished: `create_demo` continues it."""
    with ctx.db.read() as session:
        return get_state(session, PROGRESS_KEY) is not None


def _save_progress(session: Session, progress: dict[str, int]) -> None:
    set_state(session, PROGRESS_KEY, json.dumps(progress, sort_keys=True))


def create_demo(
    ctx: ServiceContext,
    *,
    orders: int = 2000,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 400,
) -> DemoResult:
    """Make the demo dealer, or finish the one an earlier, interrupted run started (then its
    `orders` and `seed` count, not these). Every step commits with its progress mark."""
    with ctx.db.read() as session:
        saved = get_state(session, PROGRESS_KEY)
    state: dict[str, int] = (
        json.loads(saved)
        if saved
        else {"orders": orders, "seed": seed, "live_done": 0, "history_done": 0}
    )
    orders, seed = state["orders"], state["seed"]
    if not saved:
        with ctx.db.write() as session:
            _save_progress(session, state)
    resumed = state["live_done"] + state["history_done"]
    rng = random.Random(seed if not resumed else f"{seed}:{resumed}")
    real_now = ctx.now()
    if not _dealer_exists(ctx):
        set_up_dealer(
            ctx,
            dealer_code="GZ01",
            dealer_name="广州粤顺汽车与家电售后服务中心",
            workstation_name="前台1号",
            admin_name=ADMIN[0],
            admin_pin=ADMIN[1],
            address="广州市天河区黄埔大道西 88 号",
            phone="020-38881234",
            kind="both",
        )
    demo_parts.seed_brand_parts(ctx)  # issue 8 item 9: each make's own part numbers
    actors = _demo_staff(ctx, rng)
    advisors = [actors["王芳"], actors["李娜"]]
    lead = actors["张强"]
    techs = [actors[n] for n in ("张强", "刘洋", "陈杰", "杨磊", "赵敏")]
    qc = actors["黄伟"]
    manager = actors["周静"]

    states = [s for s, _ in STATE_WEIGHTS]
    weights = [w for _, w in STATE_WEIGHTS]
    live = orders if orders <= LIVE_CASES else LIVE_CASES
    done = state["live_done"]
    while done < live:
        size = min(batch, live - done)
        with ctx.db.write() as session:
            for i in range(size):
                index = done + i
                recent = index >= live - min(max(40, live // 8), live // 3)
                # Every state at least twice, so every screen has something to show.
                target = (
                    states[index % len(states)]
                    if index < 2 * len(states)
                    else rng.choices(states, weights)[0]
                )
                if recent and target in ("closed", "cancelled"):
                    target = rng.choice(ORDER[:-2])
                elif not recent and index >= 2 * len(states) and target not in FINISHED:
                    # Older cases of the month are done: a workshop's live work is recent.
                    target = "closed"
                if target in FINISHED:
                    start = real_now - timedelta(
                        days=rng.uniform(1, 30), minutes=rng.randint(0, 600)
                    )
                else:
                    start = real_now - timedelta(minutes=rng.randint(*LIVE_AGE[target]))
                clock = DemoClock(start, real_now)
                bulk = ctx.bound(session).at(clock)
                _one_case(bulk, rng, clock, target, rng.choice(advisors), lead, techs, qc, manager)
            done += size
            state["live_done"] = done
            _save_progress(session, state)
        if progress:
            progress(done, orders)
    if orders > live:
        _history(ctx, rng, orders - live, real_now, progress, state)
    demo_handover_after.add(ctx, rng, actors, real_now)
    demo_kpi.add(ctx, seed, actors, real_now, orders)  # issue 10 item 6: two quarters
    _demo_appointments(ctx, rng, advisors, real_now)
    demo_floor_tech.add_floor_tech_demo(ctx, seed)  # issue 8: fitted parts, packaging photos
    add_floor_board(ctx, real_now)  # issue 8: shifts, promises, a delay (demo_floor_board)
    _past_messages_sent(ctx, real_now)
    staff_list = [
        (name, "/".join(r.value for r in roles), pin) for name, roles, pin, _, _ in DEMO_STAFF
    ]
    staff_list.append((ADMIN[0], "admin", ADMIN[1]))
    return DemoResult(staff=staff_list, orders=orders)


def _past_messages_sent(ctx: ServiceContext, now: datetime) -> None:
    """The demo's past went out when it happened: only messages due in the last day (and
    reminders not yet due) wait for head office, so an enrolling demo bay does not text
    customers about visits of months ago. (Replicated history is written sent.)"""
    with ctx.db.write() as session:
        waiting = session.execute(
            select(CustomerMessage).where(
                CustomerMessage.status == "queued",
                func.coalesce(CustomerMessage.send_after, CustomerMessage.queued_at)
                < now - timedelta(days=1),
            )
        ).scalars()
        for message in waiting:
            due = message.send_after or message.queued_at
            message.status = "sent"
            message.sent_at = due + sent_lag(message.id)


def _dealer_exists(ctx: ServiceContext) -> bool:
    with ctx.db.read() as session:
        return session.execute(select(func.count()).select_from(Dealer)).scalar_one() > 0


def _demo_staff(ctx: ServiceContext, rng: random.Random) -> dict[str, Actor]:
    """The demo's staff, made in one transaction (those a killed run already made are kept)."""
    actors: dict[str, Actor] = {}
    with ctx.unit() as session:
        existing = {s.name: s for s in session.execute(select(Staff)).scalars()}
        for name, roles, pin, skills, level in DEMO_STAFF:
            staff = existing.get(name)
            if staff is None:
                staff = create_staff(
                    ctx,
                    session,
                    name=name,
                    roles=roles,
                    pin=pin,
                    phone=f"1380013{rng.randint(1000, 9999)}",
                    skills=skills,
                    skill_level=level,
                    pin_hash=hash_pin(pin),
                )
            actors[name] = Actor(staff.id, name, roles)
    return actors


def _history(
    ctx: ServiceContext,
    rng: random.Random,
    count: int,
    now: datetime,
    progress: Callable[[int, int], None] | None,
    state: dict[str, int],
) -> None:
    with ctx.db.read() as session:
        ids = session.execute(
            select(ServiceCase.id).where(ServiceCase.state.in_(("closed", "cancelled")))
        ).scalars()
        templates = [Template(session, case_id) for case_id in ids]
    written = state["history_done"]
    while written < count:
        size = min(HISTORY_BATCH, count - written)
        with ctx.db.write() as session:
            replicate(session, templates, size, rng=rng, now=now, make_customer=_history_customer)
            written += size
            state["history_done"] = written
            _save_progress(session, state)
        if progress:
            progress(state["live_done"] + written, state["orders"])


def _history_customer(
    rng: random.Random, vehicle: bool
) -> tuple[dict[str, object], dict[str, object]]:
    c = _customer(rng)
    a = _asset(rng, vehicle)
    customer: dict[str, object] = {
        "name": c.name, "phone": c.phone, "needs_guidance": bool(c.needs_guidance),
        "prefers_speed": bool(c.prefers_speed), "preferred_channel": c.preferred_channel or "sms",
        "language": c.language or "zh_CN", "notes": "", "deleted_at": None,
        "server_version": 1,
    }  # fmt: skip
    asset: dict[str, object] = {
        "kind": a.kind, "brand": a.brand, "model": a.model, "plate": a.plate, "vin": a.vin, "serial": a.serial,
        "mileage_km": a.mileage_km, "purchased_on": None, "deleted_at": None, "server_version": 1,
    }  # fmt: skip
    return customer, asset


def _customer(rng: random.Random) -> CustomerInput:
    name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    return CustomerInput(
        name=name,
        phone=f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}",
        needs_guidance=rng.random() < 0.2,
        prefers_speed=rng.random() < 0.3,
        preferred_channel=rng.choice(("sms", "sms", "app")),
    )


def _asset(rng: random.Random, vehicle: bool) -> AssetInput:
    if vehicle:
        brand, model = rng.choice(VEHICLES)
        tail = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4))
        plate = f"粤{rng.choice(CITIES)}·{rng.choice('ABCDEFGHJK')}{tail}"
        if brand == "比亚迪":
            plate = f"粤{rng.choice(CITIES)}·D{rng.randint(10000, 99999)}"
        return AssetInput(
            kind="vehicle",
            brand=brand,
            model=model,
            plate=plate,
            vin=_vin(rng),
            mileage_km=rng.randint(3000, 160000),
        )
    brand, model = rng.choice(APPLIANCES)
    prefix = {"格力": "GR", "美的": "MD", "海尔": "HR", "海信": "HX", "万和": "WH"}[brand]
    serial = f"{prefix}{rng.randint(10**9, 10**10 - 1)}"
    return AssetInput(kind="appliance", brand=brand, model=model, serial=serial)


def _one_case(
    ctx: ServiceContext,
    rng: random.Random,
    clock: DemoClock,
    target: str,
    advisor: Actor,
    lead: Actor,
    techs: list[Actor],
    qc: Actor,
    manager: Actor,
) -> None:
    vehicle = rng.random() < 0.7
    customer = _customer(rng)
    asset = _asset(rng, vehicle)
    plan, fault = _plan_and_fault(rng, asset)
    urgent = rng.random() < 0.1
    stop = "cancelled" if target == "cancelled" else target
    cancel_at = rng.choice(ORDER[:6]) if target == "cancelled" else ""

    def reached(state: str) -> bool:
        if target == "cancelled":
            return ORDER.index(state) <= ORDER.index(cancel_at)
        return ORDER.index(state) <= ORDER.index(stop)

    if rng.random() < 0.6:
        appt = appointments.book(
            ctx, advisor, customer=customer, asset=asset, channel=rng.choice(appointments.CHANNELS),
            desired_at=clock.advance(rng.randint(1, 20)), fault_description=fault, urgent=urgent,
        )  # fmt: skip
        clock.advance(rng.choice((3, 6, 9, 12, 14, 25)))
        appointments.confirm(ctx, advisor, appt.id)
        clock.advance(rng.randint(10, 90))
        opened = appointments.arrive(
            ctx, advisor, appt.id, identity_checked=True, appointment_checked=True
        )
    else:
        opened = appointments.walk_in(
            ctx, advisor, customer=customer, asset=asset, fault_description=fault, urgent=urgent
        )
    case_id = opened.case_id

    def finish() -> None:
        if target == "cancelled":
            clock.advance(rng.randint(5, 60))
            aftercare.cancel(
                ctx, manager if rng.random() < 0.3 else advisor, case_id, "客户决定暂不维修"
            )

    if not reached("inspecting"):
        return finish()
    clock.advance(rng.randint(2, 10))
    reception.start_inspection(ctx, advisor, case_id)
    reception.record_inspection(
        ctx, advisor, case_id, identity_checked=True, appointment_checked=True,
        mileage_km=asset.mileage_km, fuel_level=rng.choice(("1/4", "1/2", "3/4", "满")), keys=1,
        fault_reproduced=rng.random() < 0.8, reproduction_note="与客户一同确认故障现象",
    )  # fmt: skip
    if rng.random() < 0.4:
        zone = rng.choice(reception.ZONES_VEHICLE if vehicle else reception.ZONES_APPLIANCE)
        reception.mark_damage(
            ctx,
            advisor,
            case_id,
            zone=zone,
            kind=rng.choice(reception.DAMAGE_KINDS),
            severity=rng.randint(1, 3),
            note="接车时已有",
        )
    if target == "pending_observation" or (
        target == "cancelled" and cancel_at == "pending_observation"
    ):
        reception.pend_observation(
            ctx, advisor, case_id, "异响未复现：建议冷车状态下再次试车，重点检查正时皮带与张紧轮"
        )
        return finish()
    if not reached("estimated"):
        return finish()
    reception.set_diagnosis(ctx, advisor, case_id, "初步判断：" + fault)
    lines = demo_parts.brand_lines(
        asset, (VEHICLE_LINES if vehicle else APPLIANCE_LINES[asset.model])[plan]
    )
    ids = [
        reception.add_line(
            ctx,
            advisor,
            case_id,
            LineInput(kind=kind, code=code, mandatory=mandatory, reason=reason),
        )
        for kind, code, mandatory, reason in lines
    ]
    clock.advance(rng.randint(5, 20))
    reception.finish_estimate(ctx, advisor, case_id)
    if not reached("awaiting_signature"):
        return finish()
    # The optional items of a plan go together (the brake fluid with its labor), so the
    # customer takes or declines them as one.
    decline_optional = rng.random() < 0.4
    for line_id, (_, _, mandatory, _) in zip(ids, lines, strict=True):
        declined = not mandatory and decline_optional
        reception.decide(
            ctx, advisor, line_id, Decision.DECLINED if declined else Decision.APPROVED
        )
    reception.request_signature(ctx, advisor, case_id)
    if not reached("confirmed"):
        return finish()
    clock.advance(rng.randint(2, 15))
    reception.sign_confirmation(
        ctx, advisor, case_id, signer_name=customer.name, method=rng.choice(("pad", "paper"))
    )
    if not reached("dispatched"):
        return finish()
    clock.advance(rng.choice((1, 2, 3, 4, 6, 9)))
    dispatch.dispatch(ctx, lead, case_id)
    tech = rng.choice(techs)
    dispatch.assign(
        ctx, lead, case_id, tech.staff_id, difficulty=rng.randint(1, 4), reason="技能匹配，加班处理"
    )
    if not reached("in_work"):
        return finish()
    clock.advance(rng.randint(3, 40))
    bay.start_work(ctx, tech, case_id)
    demo_handover_settle.fit_parts(ctx, tech, case_id, rng)
    dispatch.set_promise(ctx, advisor, case_id, clock.t + timedelta(minutes=rng.randint(60, 240)))
    demo_floor_qc.key_step(ctx, advisor, tech, case_id, rng, vehicle=vehicle)  # W3
    if target == "paused":
        clock.advance(rng.randint(10, 60))
        bay.pause_work(ctx, tech, case_id, "等待配件到货")
        if rng.random() < 0.5:
            dispatch.announce_delay(
                ctx,
                advisor,
                case_id,
                reason_code="parts_out_of_stock",
                reason="配件缺货，需从中心库调货",
                new_eta=clock.t + timedelta(hours=5),
                compensation="car_wash",
                late_ok=True,
            )
        return finish()
    if target == "in_work" and rng.random() < 0.4:
        clock.advance(rng.randint(30, 70))
        dispatch.progress_update(ctx, advisor, case_id, "拆检完成，正在更换配件，预计1.5小时后完工")
    if not reached("qc"):
        return finish()
    clock.advance(rng.randint(30, 150))
    bay.finish_work(ctx, tech, case_id)
    if not reached("ready"):
        return finish()
    clock.advance(rng.randint(5, 30))
    if rng.random() < 0.12:
        demo_floor_qc.qc_fail(ctx, qc, case_id, rng)  # D1: back to the bay as rework
        clock.advance(rng.randint(10, 30))
        bay.finish_work(ctx, tech, case_id)
        clock.advance(rng.randint(5, 15))
    demo_floor_qc.qc_pass(ctx, qc, case_id, vehicle=vehicle)
    if not reached("delivered"):
        return finish()
    clock.advance(rng.randint(20, 120))
    demo_handover_settle.settle_and_deliver(ctx, advisor, case_id, rng, clock.t, customer.name)
    if not reached("closed"):
        return finish()
    clock.advance(rng.randint(60, 60 * 48))
    demo_handover_after.closing_feedback(ctx, rng, advisor, case_id)
    aftercare.close(ctx, advisor, case_id)
    return None


def _demo_appointments(
    ctx: ServiceContext, rng: random.Random, advisors: list[Actor], now: datetime
) -> None:
    """Today's appointment book: some waiting for the 15-minute confirmation (A2), some
    urgent ones on the 1-hour fast track (A3), some confirmed for later today. The last step
    of the demo: one transaction that also removes the progress mark."""
    with ctx.db.write() as session:
        for minutes_ago, urgent, confirm in (
            (3, False, False),
            (12, False, False),
            (25, False, False),
            (20, True, False),
            (50, False, True),
            (8, True, True),
        ):
            clock = DemoClock(now - timedelta(minutes=minutes_ago), now)
            bulk = ctx.bound(session).at(clock)
            vehicle = rng.random() < 0.7
            asset = _asset(rng, vehicle)
            _plan, fault = _plan_and_fault(rng, asset)
            appt = appointments.book(
                bulk, rng.choice(advisors), customer=_customer(rng), asset=asset, channel=rng.choice(appointments.CHANNELS),
                desired_at=now + timedelta(hours=rng.randint(1, 6)), fault_description=fault, urgent=urgent,
            )  # fmt: skip
            if confirm:
                clock.advance(rng.randint(4, 12))
                appointments.confirm(bulk, rng.choice(advisors), appt.id)
        session.execute(text("DELETE FROM sync_state WHERE k = :k"), {"k": PROGRESS_KEY})
