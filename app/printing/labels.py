"""Printed labels in Chinese (default) and English. Document titles follow the service
standard's own names (《服务工单》 I4, 《服务项目确认单》 P4, 《服务结算单》 D4)."""

from __future__ import annotations

from typing import Any

LABELS: dict[str, tuple[str, str]] = {
    # titles
    "title.work_order": ("服务工单", "Service Work Order"),
    "title.confirmation_sheet": ("服务项目确认单", "Service Item Confirmation Sheet"),
    "title.settlement": ("服务结算单", "Settlement Sheet"),
    # header / QR caption
    "order_no": ("单号", "Order no."),
    "version": ("第{version}版", "Version {version}"),
    "replaces": ("（取代第{previous}版）", " (replaces version {previous})"),
    "model_unrecorded": ("型号未登记", "model not recorded"),
    "page": ("第 {page}/{pages} 页", "Page {page}/{pages}"),
    "printed_at": ("打印时间", "Printed"),
    "check_code": ("校验码", "Check code"),
    "dealer_phone": ("服务电话", "Service phone"),
    # parties
    "section.customer": ("客户与车辆信息", "Customer and vehicle"),
    "section.customer_appliance": ("客户与产品信息", "Customer and appliance"),
    "customer": ("客户", "Customer"),
    "phone": ("电话", "Phone"),
    "preferences": ("服务偏好", "Preferences"),
    "plate": ("车牌号", "Plate"),
    "vin": ("车架号", "VIN"),
    "vehicle_model": ("车型", "Model"),
    "mileage": ("里程", "Mileage"),
    "km": ("{km} 公里", "{km} km"),
    "brand": ("品牌", "Brand"),
    "appliance_model": ("型号", "Model"),
    "serial": ("序列号", "Serial no."),
    "category": ("品类", "Category"),
    "opened_at": ("开单时间", "Opened"),
    "advisor": ("服务顾问", "Service advisor"),
    "colon": ("：", ": "),
    "none": ("无", "none"),
    # diagnosis
    "section.fault": ("故障与诊断", "Fault and diagnosis"),
    "fault": ("故障现象", "Fault symptom"),
    "diagnosis": ("初步诊断", "Preliminary diagnosis"),
    "pending_observation": ("待观察说明", "Pending observation"),
    # plan
    "section.plan": ("推荐维修方案", "Recommended plan"),
    "section.items": ("服务项目", "Service items"),
    "group.mandatory": ("必修项目", "Mandatory items"),
    "group.optional": ("可选保养项目", "Optional maintenance items"),
    "col.no": ("序号", "No."),
    "col.kind": ("类别", "Type"),
    "col.item": ("项目及原因", "Item and reason"),
    "col.item_plain": ("项目", "Item"),
    "col.part": ("配件型号/来源", "Part model / source"),
    "col.qty": ("数量", "Qty"),
    "col.hours": ("工时(h)", "Hours (h)"),
    "col.unit_price": ("单价(元)", "Unit (CNY)"),
    "col.amount": ("金额(元)", "Amount (CNY)"),
    "col.decision": ("客户决定", "Decision"),
    "kind.labor": ("工时", "Labor"),
    "kind.part": ("配件", "Part"),
    "source.oem": ("原厂件", "OEM"),
    "source.certified": ("认证件", "Certified"),
    "decision.pending": ("待确认", "Pending"),
    "decision.approved": ("同意", "Approved"),
    "decision.declined": ("暂不考虑", "Declined"),
    "reason": ("原因", "Reason"),
    "safety": ("【安全相关】", "[Safety] "),
    "group_subtotal": ("小计 {amount} 元，工时 {hours}", "Subtotal CNY {amount}, {hours} h"),
    "no_items": ("（无）", "(none)"),
    "group_recommended": (
        "建议金额 {amount} 元，客户暂不考虑",
        "recommended CNY {amount}, declined by the customer for now",
    ),
    # declined (I5)
    "section.declined": ("客户暂不考虑的项目", "Items declined by the customer"),
    "declined_all": (
        "客户暂不考虑全部推荐项目。",
        "The customer declines all recommended items for now.",
    ),
    "declined_list": ("客户暂不考虑：{items}。", "Declined for now: {items}."),
    "handled_join": ("、", ", "),
    "safety_not_acknowledged": (
        "记录显示客户尚未确认知悉不处理此安全相关项目的风险。",
        "The record shows the customer has not yet acknowledged the safety risk of declining "
        "this item.",
    ),
    "per_hour": ("/h", "/h"),
    "initials": ("本页客户签名缩写", "Customer's initials (this page)"),
    "safety_ack": (
        "客户已知悉不处理此安全相关项目的风险，并确认暂不处理。",
        "The customer was told the safety risk of not doing this item and confirmed declining it.",
    ),
    # totals
    "section.totals": ("费用合计", "Totals"),
    "section.estimate_totals": ("预计费用与工时", "Estimated cost and hours"),
    "total_hours": ("预计工时合计", "Estimated labor hours"),
    "actual_hours": ("工时合计", "Labor hours"),
    "hours_value": ("{hours} 小时", "{hours} h"),
    "labor_total": ("工时费", "Labor"),
    "parts_total": ("配件费", "Parts"),
    "discount_total": ("优惠", "Discounts"),
    "tax": ("税额（税率 {rate}%）", "Tax ({rate}%)"),
    "tax_included": ("其中税额（税率 {rate}%）", "incl. tax ({rate}%)"),
    "grand_total": ("合计", "Total"),
    "estimate_total_note": (
        "不含客户暂不考虑的项目。",
        "Declined items are not included.",
    ),
    # signatures (P4)
    "statement.confirmation": (
        "本人已听取服务顾问的说明，确认以上服务项目、预计工时、配件型号及价格。"
        "维修工作在本人签字确认后方可开始；如需增加项目或费用，须另行征得本人同意。",
        "I have had the items explained and confirm the service items, estimated labor hours, "
        "part models and prices above. Work starts only after my signature; any added item "
        "or cost needs my further consent.",
    ),
    "statement.work_order": (
        "以上为初步诊断与推荐方案，最终施工项目以客户签字的《服务项目确认单》为准。",
        "This is the preliminary diagnosis and recommended plan; the work done is only what "
        "the customer signs on the Service Item Confirmation Sheet.",
    ),
    "statement.settlement": (
        "本人已核对以上实际使用的材料、工时费用及优惠，所见即所付。",
        "I have checked the materials, labor and discounts actually charged above: what "
        "you see is what you pay.",
    ),
    "sign.customer": ("客户签字", "Customer signature"),
    "sign.advisor": ("服务顾问签字", "Service advisor signature"),
    "sign.date": ("日期", "Date"),
    # settlement (D4)
    "section.actual": ("实际材料与工时", "Materials and labor charged"),
    "section.discounts": ("优惠", "Discounts"),
    "section.differences": ("与预估的差异及原因", "Differences from the estimate"),
    "col.description": ("说明", "Description"),
    "col.difference": ("差额(元)", "Difference (CNY)"),
    "not_in_estimate": ("（预估外）", " (not in estimate)"),
    "estimate_total": ("确认单预估合计", "Confirmed estimate total"),
    "difference_total": ("与预估相差", "Difference from estimate"),
    "no_differences": ("实际费用与预估一致。", "The charges match the estimate."),
    # I5: what is handled, in the customer's words (the part or the job, not the labor line)
    "handled_sentence": (
        "仅处理{handled}问题，其他项目客户暂不考虑。",
        "Only these will be handled: {handled}. The customer declines the other items for now.",
    ),
    # English copies: a name the catalogue has no English for is the dealer's own
    "own_name": ("", " (dealer's own name)"),
    # work order: promised time and walk-around (I1, W5)
    "section.intake": ("交车时间与接车环检", "Completion time and walk-around at intake"),
    "promised_at": ("交车时间", "Ready by"),
    "promised_unset": ("尚未约定", "not agreed yet"),
    "fuel": ("油量", "Fuel level"),
    "fuel.F": ("满", "full"),
    "valuables": ("贵重物品", "Valuables"),
    "keys": ("钥匙", "Keys"),
    "keys_value": ("{keys} 把", "{keys}"),
    "damages": ("外观损伤", "Damage"),
    "no_damage": ("接车环检未发现外观损伤", "No damage found at the walk-around"),
    "intake_missing": ("尚未做接车环检", "No walk-around recorded yet"),
    "damage_item": ("{zone}：{kind}（{severity}）", "{zone}: {kind} ({severity})"),
    "damage.scratch": ("划痕", "scratch"),
    "damage.dent": ("凹陷", "dent"),
    "damage.crack": ("裂纹", "crack"),
    "damage.deformation": ("变形", "deformation"),
    "damage.missing": ("缺失", "missing part"),
    "severity.1": ("轻微", "minor"),
    "severity.2": ("中度", "moderate"),
    "severity.3": ("严重", "severe"),
    "zone.front_bumper": ("前保险杠", "front bumper"),
    "zone.hood": ("引擎盖", "hood"),
    "zone.roof": ("车顶", "roof"),
    "zone.trunk": ("后备箱", "trunk"),
    "zone.rear_bumper": ("后保险杠", "rear bumper"),
    "zone.left_front_door": ("左前门", "left front door"),
    "zone.left_rear_door": ("左后门", "left rear door"),
    "zone.right_front_door": ("右前门", "right front door"),
    "zone.right_rear_door": ("右后门", "right rear door"),
    "zone.left_front_fender": ("左前翼子板", "left front fender"),
    "zone.right_front_fender": ("右前翼子板", "right front fender"),
    "zone.left_rear_fender": ("左后翼子板", "left rear fender"),
    "zone.right_rear_fender": ("右后翼子板", "right rear fender"),
    "zone.windshield": ("前挡风玻璃", "windshield"),
    "zone.left_mirror": ("左后视镜", "left mirror"),
    "zone.right_mirror": ("右后视镜", "right mirror"),
    "zone.wheels": ("轮胎轮毂", "wheels"),
    "zone.interior": ("内饰", "interior"),
    "zone.front_panel": ("前面板", "front panel"),
    "zone.top": ("顶部", "top"),
    "zone.left_side": ("左侧", "left side"),
    "zone.right_side": ("右侧", "right side"),
    "zone.back": ("背面", "back"),
    "zone.door": ("门体", "door"),
    "zone.display": ("显示屏", "display"),
    "zone.base": ("底座", "base"),
    # revised confirmation sheet: what changed against the signed version (P4)
    "section.changes": (
        "与已签字的第{version}版相比的变更",
        "What changed since the signed version {version}",
    ),
    "col.change": ("变更", "Change"),
    "col.before": ("第{version}版（已签字）", "Version {version} (signed)"),
    "col.after": ("本版（第{version}版）", "This version ({version})"),
    "change.added": ("新增", "Added"),
    "change.removed": ("删除", "Removed"),
    "change.changed": ("修改", "Changed"),
    "changes_none": ("项目与金额均未变更。", "No item or amount changed."),
    "changes_total": (
        "合计：第{before_version}版 ¥{before} → 本版 ¥{after}（{delta}）",
        "Total: version {before_version} CNY {before} → this version CNY {after} ({delta})",
    ),
    "qty_value": ("数量 {qty}", "qty {qty}"),
}


def label(key: str, lang: str, **params: Any) -> str:
    zh, en = LABELS[key]
    text = zh if lang.startswith("zh") else en
    return text.format(**params) if params else text
