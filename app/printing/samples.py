"""Realistic sample documents for print previews, the demo, tests and benchmarks."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from app.printing.model import (
    ApplianceAsset,
    CaseInfo,
    CustomerInfo,
    DealerHeader,
    Decision,
    Discount,
    EstimateDifference,
    EstimateDocument,
    EstimateLine,
    LineKind,
    PartSource,
    SettlementDocument,
    SettlementLine,
    VehicleAsset,
    compute_totals,
    yuan,
)

SAMPLE_CASE_ID = uuid.UUID("0192f3a4-5b6c-7d8e-9f01-23456789abcd")
SAMPLE_PHONE = "13812345678"
VAT = Decimal("0.13")

DEALER = DealerHeader(
    name="上海浦江汽车销售服务有限公司",
    address="上海市浦东新区川沙路 1288 号",
    phone="400-820-1234",
)


def sample_lines() -> tuple[EstimateLine, ...]:
    return (
        EstimateLine(
            kind=LineKind.PART,
            code="04465-33480",
            description="前刹车片（一套）",
            part_model="丰田原厂 04465-33480",
            part_source=PartSource.OEM,
            quantity=Decimal(1),
            unit_price=yuan("680.00"),
            mandatory=True,
            reason="刹车片剩余厚度 2 毫米，低于 3 毫米的安全限值",
            decision=Decision.APPROVED,
            safety_relevant=True,
        ),
        EstimateLine(
            kind=LineKind.LABOR,
            code="L-BRK-01",
            description="更换前刹车片工时",
            unit_price=yuan("240.00"),
            hours=Decimal("1.2"),
            mandatory=True,
            reason="拆装前轮、更换刹车片并试车",
            decision=Decision.APPROVED,
        ),
        EstimateLine(
            kind=LineKind.PART,
            code="08880-83717",
            description="机油 0W-20（4 升）",
            part_model="嘉实多极护 0W-20 认证件",
            part_source=PartSource.CERTIFIED,
            quantity=Decimal(1),
            unit_price=yuan("398.00"),
            mandatory=False,
            reason="距上次保养已行驶 9,800 公里，建议更换",
            decision=Decision.APPROVED,
        ),
        EstimateLine(
            kind=LineKind.LABOR,
            code="L-ALN-02",
            description="四轮定位",
            unit_price=yuan("280.00"),
            hours=Decimal("1.0"),
            mandatory=False,
            reason="轮胎内侧偏磨，建议做四轮定位",
            decision=Decision.DECLINED,
        ),
        EstimateLine(
            kind=LineKind.PART,
            code="87139-33010",
            description="空调滤清器",
            part_model="丰田原厂 87139-33010",
            part_source=PartSource.OEM,
            quantity=Decimal(1),
            unit_price=yuan("168.00"),
            mandatory=False,
            reason="滤芯发黑，影响车内空气质量",
            decision=Decision.DECLINED,
        ),
    )


def sample_estimate_document(
    *,
    version: int = 3,
    lines: tuple[EstimateLine, ...] | None = None,
    customer_phone: str = SAMPLE_PHONE,
    case_id: uuid.UUID = SAMPLE_CASE_ID,
    order_no: str = "WO-D01-20261127-0042",
) -> EstimateDocument:
    chosen = sample_lines() if lines is None else lines
    return EstimateDocument(
        dealer=DEALER,
        customer=CustomerInfo(
            name="王建国",
            phone=customer_phone,
            preferences=("需要操作指导", "微信联系"),
        ),
        asset=VehicleAsset(
            plate="沪A·12345",
            vin="LVGBM53K4CG012345",
            model="丰田凯美瑞 2.0L 2022款",
            mileage_km=48_620,
        ),
        case=CaseInfo(
            case_id=case_id,
            order_no=order_no,
            opened_at=dt.datetime(2026, 11, 27, 9, 12),
            advisor="李娜",
            advisor_phone="021-5888 6666",
            fault_description="制动时前轮有尖锐异响，低速时明显；方向盘轻微抖动。",
            preliminary_diagnosis="前刹车片磨损到限，刹车盘表面轻微划痕；轮胎内侧偏磨。",
            pending_observation="方向盘抖动未能在试车中复现，交车前再做一次高速试车观察。",
        ),
        lines=chosen,
        totals=compute_totals(chosen, VAT),
        version=version,
    )


def many_lines(count: int) -> tuple[EstimateLine, ...]:
    """A long estimate (a major overhaul) to exercise page breaks and repeated headers."""
    return tuple(
        EstimateLine(
            kind=LineKind.PART if i % 2 else LineKind.LABOR,
            code=f"P-{i:04d}",
            description=f"第 {i} 项：发动机大修配件与工时，含拆装、清洗和检测",
            part_model=f"原厂件 {i:04d}-A" if i % 2 else "",
            part_source=PartSource.OEM if i % 2 else None,
            quantity=Decimal(1 + i % 3),
            unit_price=yuan(Decimal(35 + i) + Decimal("0.50")),
            hours=Decimal("0.5") if i % 2 == 0 else Decimal(0),
            mandatory=i % 3 != 0,
            reason="检测发现磨损超出标准，建议更换" if i % 3 else "保养建议项目",
            decision=Decision.APPROVED if i % 5 else Decision.DECLINED,
        )
        for i in range(1, count + 1)
    )


def sample_appliance_document(*, version: int = 1) -> EstimateDocument:
    lines = (
        EstimateLine(
            kind=LineKind.PART,
            code="KFR-35-CAP",
            description="压缩机启动电容",
            part_model="格力原厂 35μF",
            part_source=PartSource.OEM,
            unit_price=yuan("85.00"),
            reason="电容容量衰减，压缩机无法启动",
            decision=Decision.APPROVED,
        ),
        EstimateLine(
            kind=LineKind.LABOR,
            code="L-AC-01",
            description="上门检测及更换电容",
            unit_price=yuan("120.00"),
            hours=Decimal("1"),
            reason="上门服务",
            decision=Decision.APPROVED,
        ),
    )
    doc = sample_estimate_document(version=version, lines=lines, order_no="WO-D01-20261127-0043")
    return EstimateDocument(
        dealer=doc.dealer,
        customer=doc.customer,
        asset=ApplianceAsset(
            brand="格力", model="KFR-35GW", serial="GR2024A0012345", category="空调"
        ),
        case=CaseInfo(
            case_id=uuid.UUID("0192f3a4-5b6c-7d8e-9f01-23456789abce"),
            order_no="WO-D01-20261127-0043",
            opened_at=dt.datetime(2026, 11, 27, 10, 5),
            advisor="张伟",
            fault_description="空调开机后外机不启动，室内机吹自然风。",
            preliminary_diagnosis="压缩机启动电容失效。",
        ),
        lines=lines,
        totals=compute_totals(lines, VAT),
        version=version,
    )


def sample_settlement_document(*, version: int = 1) -> SettlementDocument:
    lines = (
        SettlementLine(
            kind=LineKind.PART,
            code="04465-33480",
            description="前刹车片（一套）",
            part_model="丰田原厂 04465-33480",
            part_source=PartSource.OEM,
            unit_price=yuan("680.00"),
        ),
        SettlementLine(
            kind=LineKind.LABOR,
            code="L-BRK-01",
            description="更换前刹车片工时",
            unit_price=yuan("240.00"),
            hours=Decimal("1.2"),
        ),
        SettlementLine(
            kind=LineKind.PART,
            code="08880-83717",
            description="机油 0W-20（4 升）",
            part_model="嘉实多极护 0W-20 认证件",
            part_source=PartSource.CERTIFIED,
            unit_price=yuan("398.00"),
        ),
        SettlementLine(
            kind=LineKind.PART,
            code="90915-YZZD4",
            description="机油滤清器",
            part_model="丰田原厂 90915-YZZD4",
            part_source=PartSource.OEM,
            unit_price=yuan("120.00"),
            in_estimate=False,
        ),
    )
    discounts = (Discount(description="会员工时费 9 折", amount=yuan("24.00")),)
    estimate = sample_estimate_document()
    totals = compute_totals(lines, VAT, discount=yuan("24.00"))
    return SettlementDocument(
        dealer=DEALER,
        customer=estimate.customer,
        asset=estimate.asset,
        case=estimate.case,
        lines=lines,
        totals=totals,
        estimate_total=estimate.totals.total,
        version=version,
        discounts=discounts,
        differences=(
            EstimateDifference(
                description="增加机油滤清器",
                amount=yuan("120.00"),
                reason="拆检发现原机油滤清器渗漏，经客户电话同意后更换，比预估多 120 元",
            ),
            EstimateDifference(
                description="会员工时费优惠",
                amount=yuan("-24.00"),
                reason="会员权益",
            ),
            EstimateDifference(
                description="税额",
                amount=yuan("12.48"),
                reason="随以上差额按 13% 计税",
            ),
        ),
    )
