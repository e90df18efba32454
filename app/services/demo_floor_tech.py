"""The demo's technician bay (issue 8 items 2, 4, 9): the brand's operation references in the
labor catalogue, and on the recent cases that reached the bay the parts fitted from their
approved lines (only parts of the vehicle's or appliance's brand and kind), each with a
photo of its packaging (a rendered label with the part's QR code) and the packaging state
the case has reached: kept in the bay, shown to the customer when ready, handed over or
disposed of after delivery. The job clocks per labor line come from the bay services the
demo already calls (app.services.job.case_level_clock).

Runs once, after the demo's cases exist; under a second for 30 cases."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

import cv2
import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.roles import Role
from app.media.store import MediaStore, encode_jpeg
from app.services import demo_parts
from app.services.context import Actor, ServiceContext
from app.services.media_files import media_row
from app.store.engine import applying_remote, get_state, set_state
from app.store.models import Asset, EstimateLine, JobClock, LaborOp, PartUse, ServiceCase

DONE_KEY = "demo_floor_tech_done"
CASES = 30
"""Recent cases given fitted parts (the demo must stay fast: it runs in test fixtures)."""

MANUAL_REFS: dict[str, str] = {
    "L-MAINT-A": "维修手册 第2章 定期保养 2-04：A类保养作业项目与机油加注量",
    "L-MAINT-B": "维修手册 第2章 定期保养 2-06：B类保养（含空滤、空调滤芯、火花塞检查）",
    "L-BRAKE-F": "维修手册 第19章 制动系统 19-12：前制动摩擦片更换，卡钳导向螺栓 34 N·m",
    "L-BRAKE-DISC": "维修手册 第19章 制动系统 19-15：前制动盘更换，轮毂螺母 108 N·m",
    "L-BRAKE-FLUID": "维修手册 第19章 制动系统 19-03：制动液更换与排气顺序（右后→左后→右前→左前）",
    "L-DIAG-OBD": "维修手册 第11章 发动机电控 11-02：故障码读取与冻结帧分析",
    "L-ENGINE-OVH": "维修手册 第7章 发动机机械 7-30：发动机解体与装配，缸盖螺栓按顺序分三次紧固",
    "L-IGN-COIL": "维修手册 第4章 点火系统 4-08：点火线圈拆装，固定螺栓 12 N·m",
    "L-BATTERY": "维修手册 第22章 电源系统 22-05：蓄电池更换与系统初始化",
    "L-RADIATOR": "维修手册 第10章 冷却系统 10-11：散热器更换与冷却液排气",
    "L-SHOCK": "维修手册 第18章 悬架 18-07：前减震器总成更换，顶部螺母 49 N·m",
    "L-ECU": "维修手册 第11章 发动机电控 11-40：ECU 更换与防盗匹配编程",
    "L-AC-COMP": "空调维修手册 第5章 5-03：压缩机更换、抽真空与冷媒定量加注",
    "L-AC-PCB": "空调维修手册 第7章 7-02：室内机主控板更换（断电放电后作业）",
    "L-AC-GAS": "空调维修手册 第5章 5-01：冷媒检漏与补充（R32 按铭牌充注量）",
    "L-WM-BEARING": "洗衣机维修手册 第4章 4-06：滚筒轴承与油封更换",
    "L-WM-PUMP": "洗衣机维修手册 第3章 3-02：排水泵拆装与排水测试",
    "L-RF-COMP": "冰箱维修手册 第6章 6-04：压缩机更换、焊接与保压检漏",
}
"""Where the brand's technical manual describes each operation (W2: work follows it)."""

APPLIANCE_PARTS = {"空调": "AC-", "洗衣机": "WM-", "冰箱": "RF-", "电视": "TV-", "热水器": "WH-"}
"""An appliance takes only the parts of its kind (part numbers by prefix)."""
EXTRA_CASES = 2
"""In-work cases where the technician found extra work, approved remotely and fitted."""
EXTRA_PARTS = (
    ("08203-99938", "制动液含水量超标（3.5%）", "电话告知费用 96 元，客户同意更换"),
    ("76622-TBA-A01", "雨刮片老化开裂，刮水不净", "电话告知费用 168 元，客户同意更换"),
    ("80292-TBA-A11", "空调滤芯严重脏堵", "电话告知费用 158 元，客户同意更换"),
)
VEHICLE_BRANDS = demo_parts.MAKES
"""The makes whose part numbers the demo catalogue has (demo_parts, issue 8 item 9)."""


def add_floor_tech_demo(ctx: ServiceContext, seed: int = 1) -> None:
    rng = random.Random(f"floor-tech:{seed}")
    store = MediaStore(ctx.media_dir)
    with ctx.db.write() as session:
        if get_state(session, DONE_KEY):
            return
        _manual_refs(session)
        found = session.execute(
            select(ServiceCase)
            .where(
                ServiceCase.state.in_(("in_work", "paused", "qc", "ready", "delivered", "closed")),
                ServiceCase.technician_id.is_not(None),
            )
            .order_by(ServiceCase.opened_at.desc())
            .limit(CASES)
        ).scalars()
        for case in list(found):
            _fit_parts(ctx, session, store, case, rng)
        in_bay = session.execute(
            select(ServiceCase)
            .where(
                ServiceCase.state.in_(("in_work", "paused")),
                ServiceCase.technician_id.is_not(None),
            )
            .order_by(ServiceCase.state, ServiceCase.opened_at.desc())  # in work first
        ).scalars()
        for case in [c for c in in_bay if _has_make_parts(session, c)][:EXTRA_CASES]:
            if case.state == "paused" and case.technician_id is not None:
                # The awaited part came: the technician resumes and finds more wear.
                from app.services import bay

                tech = Actor(staff_id=case.technician_id, name="", roles=(Role.TECHNICIAN,))
                resumed = ctx.bound(session).at(_fixed(ctx.now() - timedelta(minutes=40)))
                bay.resume_work(resumed, tech, case.id)
            _extra_work(ctx, session, store, case)
        set_state(session, DONE_KEY, "1")


def _manual_refs(session: Session) -> None:
    with applying_remote(session):
        for op in session.execute(select(LaborOp).where(LaborOp.code.in_(MANUAL_REFS))).scalars():
            if not op.manual_ref:
                op.manual_ref = MANUAL_REFS[op.code]
        session.flush()


def _right_part(asset: Asset, part_no: str) -> bool:
    if asset.kind == "vehicle":
        return asset.brand in VEHICLE_BRANDS and demo_parts.belongs(asset.brand, part_no)
    prefix = next((p for kind, p in APPLIANCE_PARTS.items() if kind in asset.model), None)
    return prefix is not None and part_no.startswith(prefix)


def _has_make_parts(session: Session, case: ServiceCase) -> bool:
    asset = session.get(Asset, case.asset_id)
    return asset is not None and asset.kind == "vehicle" and asset.brand in VEHICLE_BRANDS


def _extra_work(
    ctx: ServiceContext, session: Session, store: MediaStore, case: ServiceCase
) -> None:
    """Issue 8 item 5: a worn or contaminated part found mid-job, approved by the customer on
    a phone call to the advisor, then fitted by the bay camera reading its packaging."""
    from app.services import fitting
    from app.services.reception import LineInput

    codes = set(
        session.execute(select(EstimateLine.code).where(EstimateLine.case_id == case.id)).scalars()
    )
    asset = session.get(Asset, case.asset_id)
    brand = asset.brand if asset is not None else ""
    # The make's own number of each extra part (issue 8 item 9).
    extras = [
        (code, finding, note)
        for honda, finding, note in EXTRA_PARTS
        if (code := demo_parts.part_for(brand, honda)) is not None
    ]
    choice = next((p for p in extras if p[0] not in codes), None)
    if choice is None or case.technician_id is None:
        return
    part_no, finding, note = choice
    tech = Actor(staff_id=case.technician_id, name="", roles=(Role.TECHNICIAN,))
    advisor = Actor(staff_id=case.owner_id, name="", roles=(Role.ADVISOR,))
    now = ctx.now()
    found = ctx.bound(session).at(_fixed(now - timedelta(minutes=25)))
    (line_id,) = fitting.add_extra_lines(
        found, tech, case.id,
        [LineInput(kind="part", code=part_no, reason=finding)],
        "拆检时发现：" + finding,
    )  # fmt: skip
    fitting.approve_extra(
        ctx.bound(session).at(_fixed(now - timedelta(minutes=15))), advisor, case.id,
        approved_ids=[line_id], approver_name=case.customer_name or "客户", method="remote",
        channel="phone", note=note,
    )  # fmt: skip
    fit_at = ctx.bound(session).at(_fixed(now - timedelta(minutes=8)))
    batch = f"B{now:%Y%m}-518"
    use_id = fitting.fit_scanned(fit_at, tech, case.id, f"P:{part_no};B:{batch}", entry="camera")
    ref = store.put_photo(encode_jpeg(packaging_label(part_no, batch)))
    fitting.attach_packaging_photo(fit_at, tech, use_id, ref)


def _packaging_state(case_state: str, rng: random.Random) -> str:
    if case_state in ("in_work", "paused", "qc"):
        return "kept"
    if case_state == "ready":
        return "shown_to_customer"
    return rng.choice(("handed_to_customer", "handed_to_customer", "disposed"))


def _fit_parts(
    ctx: ServiceContext, session: Session, store: MediaStore, case: ServiceCase, rng: random.Random
) -> None:
    asset = session.get(Asset, case.asset_id)
    if asset is None or case.technician_id is None:
        return
    lines = [
        line
        for line in session.execute(
            select(EstimateLine).where(
                EstimateLine.case_id == case.id,
                EstimateLine.kind == "part",
                EstimateLine.decision == "approved",
                EstimateLine.deleted_at.is_(None),
            )
        ).scalars()
        if line.code and _right_part(asset, line.code)
    ]
    if not lines:
        return
    fitted = session.scalar(
        select(func.count()).select_from(PartUse).where(PartUse.case_id == case.id)
    )
    if fitted:
        return
    clocks = session.execute(
        select(JobClock.kind, JobClock.at).where(JobClock.case_id == case.id).order_by(JobClock.at)
    ).all()
    if not clocks:
        return
    began = clocks[0][1]
    ended = next((at for kind, at in reversed(clocks) if kind == "finish"), None)
    window = max(5.0, ((ended or began + timedelta(minutes=45)) - began).total_seconds() / 60)
    tech = Actor(staff_id=case.technician_id, name="", roles=(Role.TECHNICIAN,))
    for index, line in enumerate(lines):
        at = began + timedelta(minutes=window * (index + 1) / (len(lines) + 1))
        batch = f"B{at:%Y%m}-{rng.randint(100, 999)}"
        use = PartUse(
            dealer_id=case.dealer_id,
            case_id=case.id,
            line_id=line.id,
            part_no=line.code,
            grade=line.part_grade,
            batch=batch,
            qty=line.qty,
            packaging_state=_packaging_state(case.state, rng),
            fitted_by=case.technician_id,
            fitted_at=at,
            entry=rng.choice(("wedge", "wedge", "camera", "chosen")),
            created_at=at,
        )
        session.add(use)
        session.flush()
        ref = store.put_photo(encode_jpeg(packaging_label(line.code, batch)))
        at_ctx = ctx.bound(session).at(_fixed(at + timedelta(minutes=1)))
        # The part_use and media rows are their timeline entries, as the services write them
        # (app.services.timeline, issue 12): no part_fitted or media_attached event.
        session.add(media_row(at_ctx, case, tech, ref, "packaging", use.id))


def _fixed(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


def packaging_label(part_no: str, batch: str) -> np.ndarray:
    """A photo-like picture of a part's box: cardboard, a white label with the part number,
    the batch and the QR code the bay camera reads (``P:<part no>;B:<batch>``)."""
    image = np.full((360, 480, 3), (96, 150, 196), np.uint8)  # cardboard (BGR)
    cv2.rectangle(image, (40, 50), (440, 310), (245, 245, 245), -1)
    qr = cv2.QRCodeEncoder.create().encode(f"P:{part_no};B:{batch}")
    qr = cv2.resize(qr, (150, 150), interpolation=cv2.INTER_NEAREST)
    image[110:260, 270:420] = cv2.cvtColor(qr, cv2.COLOR_GRAY2BGR)
    font = cv2.FONT_HERSHEY_SIMPLEX
    cv2.putText(image, "GENUINE PARTS", (60, 90), font, 0.8, (40, 40, 160), 2, cv2.LINE_AA)
    cv2.putText(image, part_no, (60, 150), font, 0.7, (20, 20, 20), 2, cv2.LINE_AA)
    cv2.putText(image, f"LOT {batch}", (60, 190), font, 0.6, (60, 60, 60), 1, cv2.LINE_AA)
    cv2.putText(image, "QTY 1", (60, 230), font, 0.6, (60, 60, 60), 1, cv2.LINE_AA)
    return cv2.GaussianBlur(image, (3, 3), 0)
