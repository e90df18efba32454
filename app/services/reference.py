"""Reference data: the parts catalogue and labor operations. Head office owns them; a new
workstation starts with a realistic seed, applied as if it came from head office."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound
from app.domain.money import from_fen, to_fen
from app.services.context import ServiceContext
from app.services.dto import LaborInfo, PartInfo
from app.store.engine import applying_remote
from app.store.models import LaborOp, Part

# part_no, name, English name, grade, price (yuan), applies to, safety relevant
PARTS: tuple[tuple[str, str, str, str, str, str, bool], ...] = (
    ("15400-RTA-003", "机油滤清器", "Oil filter", "oem", "68.00", "vehicle", False),
    (
        "08880-83717",
        "全合成机油 0W-20（4L）",
        "Full synthetic oil 0W-20 (4 L)",
        "oem",
        "398.00",
        "vehicle",
        False,
    ),
    ("17220-5PA-A00", "空气滤清器滤芯", "Air filter element", "oem", "128.00", "vehicle", False),
    (
        "80292-TBA-A11",
        "空调滤芯（活性炭）",
        "Cabin filter (activated carbon)",
        "oem",
        "158.00",
        "vehicle",
        False,
    ),
    (
        "45022-TBA-A01",
        "前刹车片（一套）",
        "Front brake pads (set)",
        "oem",
        "580.00",
        "vehicle",
        True,
    ),
    (
        "43022-TBA-A01",
        "后刹车片（一套）",
        "Rear brake pads (set)",
        "oem",
        "460.00",
        "vehicle",
        True,
    ),
    ("45251-TBA-A00", "前刹车盘", "Front brake disc", "oem", "720.00", "vehicle", True),
    ("08203-99938", "刹车油 DOT4（1L）", "Brake fluid DOT4 (1 L)", "oem", "96.00", "vehicle", True),
    ("12290-R1A-A01", "火花塞（铱金）", "Spark plug (iridium)", "oem", "115.00", "vehicle", False),
    (
        "31500-TBA-A01",
        "蓄电池 12V 60Ah",
        "Battery 12 V 60 Ah",
        "certified",
        "850.00",
        "vehicle",
        False,
    ),
    ("19010-5PA-A01", "散热器总成", "Radiator assembly", "oem", "1680.00", "vehicle", False),
    ("08CLA-G01-8M0", "防冻液（4L）", "Coolant (4 L)", "oem", "188.00", "vehicle", False),
    ("31170-5PA-A01", "发电机皮带", "Alternator belt", "oem", "268.00", "vehicle", False),
    (
        "51605-TBA-A03",
        "前减震器（左）",
        "Front shock absorber (left)",
        "oem",
        "1350.00",
        "vehicle",
        True,
    ),
    ("76200-TBA-H11", "左后视镜总成", "Left mirror assembly", "oem", "1480.00", "vehicle", False),
    ("71101-TBA-A00", "前保险杠皮", "Front bumper cover", "oem", "1980.00", "vehicle", False),
    ("33100-TBA-H01", "左前大灯总成", "Left headlamp assembly", "oem", "3260.00", "vehicle", False),
    (
        "76622-TBA-A01",
        "雨刮片（一对）",
        "Wiper blades (pair)",
        "certified",
        "168.00",
        "vehicle",
        False,
    ),
    ("42751-MIC-215", "轮胎 215/55R17", "Tyre 215/55R17", "certified", "860.00", "vehicle", True),
    ("06430-TBA-A00", "手刹拉索", "Parking brake cable", "oem", "390.00", "vehicle", True),
    (
        "37820-5PA-A05",
        "发动机控制单元（ECU）",
        "Engine control unit (ECU)",
        "oem",
        "5200.00",
        "vehicle",
        True,
    ),
    ("32100-5PA-A01", "点火线圈", "Ignition coil", "oem", "420.00", "vehicle", False),
    (
        "AC-COMP-1.5P",
        "空调压缩机（1.5匹）",
        "AC compressor (1.5 HP)",
        "oem",
        "1280.00",
        "appliance",
        False,
    ),
    ("AC-CAP-35UF", "启动电容 35μF", "Start capacitor 35 µF", "oem", "45.00", "appliance", True),
    ("AC-PCB-KFR35", "室内机主控板", "Indoor unit main board", "oem", "460.00", "appliance", True),
    (
        "AC-R32-1KG",
        "R32 冷媒（1kg）",
        "R32 refrigerant (1 kg)",
        "certified",
        "150.00",
        "appliance",
        False,
    ),
    ("AC-FAN-MOTOR", "室外风机电机", "Outdoor fan motor", "oem", "380.00", "appliance", False),
    (
        "WM-DRUM-BRG",
        "洗衣机滚筒轴承组件",
        "Washer drum bearing kit",
        "oem",
        "320.00",
        "appliance",
        False,
    ),
    ("WM-DRAIN-PMP", "排水泵", "Drain pump", "oem", "160.00", "appliance", False),
    ("WM-DOOR-LOCK", "门锁开关", "Door lock switch", "oem", "95.00", "appliance", True),
    ("RF-THERM-01", "冰箱温控器", "Refrigerator thermostat", "oem", "130.00", "appliance", False),
    ("RF-COMP-0.8", "冰箱压缩机", "Refrigerator compressor", "oem", "980.00", "appliance", False),
    (
        "RF-SEAL-DOOR",
        "冰箱门封条",
        "Refrigerator door seal",
        "certified",
        "120.00",
        "appliance",
        False,
    ),
    ("TV-PWR-BOARD", "电视电源板", "TV power board", "oem", "420.00", "appliance", True),
    (
        "WH-HEAT-2KW",
        "热水器加热管 2kW",
        "Water heater element 2 kW",
        "oem",
        "210.00",
        "appliance",
        True,
    ),
    (
        "WH-ANODE-MG",
        "热水器镁棒",
        "Water heater magnesium anode",
        "oem",
        "85.00",
        "appliance",
        False,
    ),
)

# code, name, English name, standard hours, rate (yuan/h), applies to, difficulty, key op (W3)
LABOR: tuple[tuple[str, str, str, str, str, str, int, bool], ...] = (
    (
        "L-MAINT-A",
        "常规保养（A类）",
        "Routine maintenance (A)",
        "0.8",
        "180.00",
        "vehicle",
        1,
        False,
    ),
    (
        "L-MAINT-B",
        "常规保养（B类）",
        "Routine maintenance (B)",
        "1.5",
        "180.00",
        "vehicle",
        2,
        False,
    ),
    ("L-BRAKE-F", "更换前刹车片", "Replace front brake pads", "1.0", "200.00", "vehicle", 2, True),
    (
        "L-BRAKE-DISC",
        "更换前刹车盘",
        "Replace front brake discs",
        "1.8",
        "200.00",
        "vehicle",
        3,
        True,
    ),
    ("L-BRAKE-FLUID", "更换刹车油", "Replace brake fluid", "0.8", "180.00", "vehicle", 2, True),
    ("L-DIAG-OBD", "OBD 故障诊断", "OBD diagnosis", "0.5", "220.00", "vehicle", 2, False),
    ("L-ENGINE-OVH", "发动机大修", "Engine overhaul", "12.0", "260.00", "vehicle", 5, True),
    ("L-IGN-COIL", "更换点火线圈", "Replace ignition coil", "0.6", "200.00", "vehicle", 2, False),
    ("L-BATTERY", "更换蓄电池", "Replace battery", "0.3", "150.00", "vehicle", 1, False),
    ("L-RADIATOR", "更换散热器", "Replace radiator", "2.5", "220.00", "vehicle", 3, True),
    ("L-SHOCK", "更换减震器", "Replace shock absorber", "1.6", "220.00", "vehicle", 3, True),
    (
        "L-BODY-PAINT",
        "钣金喷漆（每面）",
        "Body and paint (per panel)",
        "3.0",
        "240.00",
        "vehicle",
        3,
        False,
    ),
    ("L-MIRROR", "更换后视镜", "Replace mirror", "0.6", "180.00", "vehicle", 1, False),
    ("L-ALIGN", "四轮定位", "Wheel alignment", "0.8", "200.00", "vehicle", 2, False),
    ("L-TYRE", "更换轮胎（每条）", "Replace tyre (each)", "0.3", "120.00", "vehicle", 1, False),
    ("L-ECU", "更换并编程 ECU", "Replace and program ECU", "2.0", "300.00", "vehicle", 4, True),
    ("L-AC-DIAG", "空调检测", "Air-conditioner diagnosis", "0.5", "120.00", "appliance", 1, False),
    ("L-AC-COMP", "更换空调压缩机", "Replace AC compressor", "3.0", "160.00", "appliance", 4, True),
    (
        "L-AC-PCB",
        "更换主控板（电路作业）",
        "Replace main board (circuit work)",
        "1.0",
        "160.00",
        "appliance",
        3,
        True,
    ),
    ("L-AC-GAS", "加注冷媒", "Recharge refrigerant", "0.8", "140.00", "appliance", 2, False),
    (
        "L-WM-BEARING",
        "更换滚筒轴承",
        "Replace drum bearings",
        "2.5",
        "150.00",
        "appliance",
        3,
        False,
    ),
    ("L-WM-PUMP", "更换排水泵", "Replace drain pump", "0.8", "120.00", "appliance", 1, False),
    (
        "L-RF-COMP",
        "更换冰箱压缩机（焊接）",
        "Replace fridge compressor (brazing)",
        "3.5",
        "160.00",
        "appliance",
        4,
        True,
    ),
    ("L-HOME-VISIT", "上门服务", "Home visit", "1.0", "100.00", "appliance", 1, False),
    ("L-CLEAN", "深度清洗", "Deep cleaning", "1.0", "100.00", "appliance", 1, False),
)


def _nm(fastener: str, fastener_en: str, low: str, high: str) -> dict[str, str]:
    return {"fastener": fastener, "fastener_en": fastener_en, "min_nm": low, "max_nm": high}


TORQUE_SPECS: dict[str, list[dict[str, str]]] = {
    # D1: torque to spec per fastener, checked by QC where the operation has one.
    "L-BRAKE-F": [
        _nm("卡钳导向销螺栓", "Caliper guide pin bolt", "25", "32"),
        _nm("轮毂螺母", "Wheel nuts", "110", "130"),
    ],
    "L-BRAKE-DISC": [
        _nm("卡钳支架螺栓", "Caliper bracket bolt", "100", "120"),
        _nm("轮毂螺母", "Wheel nuts", "110", "130"),
    ],
    "L-SHOCK": [
        _nm("减震器顶座螺母", "Strut top nut", "45", "55"),
        _nm("减震器下支架螺栓", "Strut-to-knuckle bolt", "130", "150"),
    ],
    "L-TYRE": [_nm("轮毂螺母", "Wheel nuts", "110", "130")],
    "L-ENGINE-OVH": [_nm("缸盖螺栓（第一遍）", "Cylinder head bolts (stage 1)", "55", "65")],
    "L-BATTERY": [_nm("蓄电池端子夹", "Battery terminal clamp", "5", "7")],
    "L-AC-COMP": [_nm("压缩机地脚螺栓", "Compressor mounting bolt", "8", "12")],
    "L-WM-BEARING": [_nm("滚筒皮带轮螺栓", "Drum pulley bolt", "25", "30")],
}


def seed_catalogue(session: Session, now: datetime) -> None:
    """Load the seed catalogue as reference data (read-only afterwards)."""
    if session.execute(select(Part.id).limit(1)).first() is not None:
        return
    with applying_remote(session):
        for part_no, name, name_en, grade, price, applies, safety in PARTS:
            session.add(
                Part(
                    part_no=part_no,
                    name=name,
                    name_en=name_en,
                    grade=grade,
                    price_fen=to_fen(Decimal(price)),
                    applies_to=applies,
                    safety_relevant=safety,
                    created_at=now,
                )
            )
        for code, name, name_en, hours, rate, applies, difficulty, key_op in LABOR:
            session.add(
                LaborOp(
                    code=code,
                    name=name,
                    name_en=name_en,
                    hours=hours,
                    rate_fen=to_fen(Decimal(rate)),
                    applies_to=applies,
                    difficulty=difficulty,
                    key_operation=key_op,
                    torque_spec=json.dumps(TORQUE_SPECS.get(code, []), ensure_ascii=False),
                    created_at=now,
                )
            )
        session.flush()


def part_info(part: Part) -> PartInfo:
    return PartInfo(
        id=part.id,
        part_no=part.part_no,
        name=part.name,
        name_en=part.name_en,
        grade=part.grade,
        price=from_fen(part.price_fen),
        applies_to=part.applies_to,
        safety_relevant=part.safety_relevant,
    )


def labor_info(op: LaborOp) -> LaborInfo:
    return LaborInfo(
        id=op.id,
        code=op.code,
        name=op.name,
        name_en=op.name_en,
        hours=Decimal(op.hours),
        rate=from_fen(op.rate_fen),
        applies_to=op.applies_to,
        difficulty=op.difficulty,
        key_operation=op.key_operation,
    )


def find_part(session: Session, part_no: str) -> Part:
    part = session.execute(
        select(Part).where(Part.part_no == part_no.strip().upper(), Part.deleted_at.is_(None))
    ).scalar_one_or_none()
    if part is None:
        part = session.execute(
            select(Part).where(Part.part_no == part_no.strip(), Part.deleted_at.is_(None))
        ).scalar_one_or_none()
    if part is None:
        raise NotFound("notfound.part", key=part_no)
    return part


def find_labor(session: Session, code: str) -> LaborOp:
    op = session.execute(select(LaborOp).where(LaborOp.code == code.strip())).scalar_one_or_none()
    if op is None:
        raise NotFound("notfound.labor", key=code)
    return op


def search_parts(ctx: ServiceContext, text: str = "", applies_to: str = "") -> list[PartInfo]:
    with ctx.reading() as session:
        query = select(Part).where(Part.deleted_at.is_(None)).order_by(Part.part_no)
        if text:
            like = f"%{text.strip()}%"
            query = query.where(
                or_(Part.part_no.like(like), Part.name.like(like), Part.name_en.like(like))
            )
        if applies_to:
            query = query.where(Part.applies_to == applies_to)
        return [part_info(p) for p in session.execute(query).scalars()]


def list_labor(ctx: ServiceContext, applies_to: str = "") -> list[LaborInfo]:
    with ctx.reading() as session:
        query = select(LaborOp).where(LaborOp.deleted_at.is_(None)).order_by(LaborOp.code)
        if applies_to:
            query = query.where(LaborOp.applies_to == applies_to)
        return [labor_info(op) for op in session.execute(query).scalars()]
