"""Messages of the settlement and delivery services (issue 9 items 1–4; zh_CN, en)."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "reception.kind.repair_record": ("维修记录", "repair record"),
        "reception.kind.warranty_card": ("配件质保卡", "parts warranty card"),
        "reception.kind.maintenance_advice": ("保养建议书", "maintenance advice"),
        "settlement.reason_required": (
            "「{item}」与预估不同，请写明原因（如：拆检发现隐患，加换××，比预估多120元）",
            "\u201c{item}\u201d differs from the estimate: give the reason (e.g. hidden fault "
            "found, XX added, 120 yuan more)",
        ),
        "settlement.discount_over_limit": (
            "优惠 {amount} 元超出您的权限（最多 {limit} 元），请经理审批",
            "A discount of {amount} yuan is beyond your limit ({limit} yuan): ask the manager",
        ),
        "settlement.discount_reason": ("请写明优惠原因", "Give the reason for the discount"),
        "settlement.compensation_reason": (
            "请写明补偿原因（如：延误交车）",
            "Give the reason for the compensation (e.g. late delivery)",
        ),
        "settlement.no_signed_estimate": (
            "工单 {order_no} 没有客户签字的服务项目确认单，不能结算",
            "Order {order_no} has no confirmation sheet signed by the customer: cannot settle",
        ),
        "settlement.state": (
            "工单 {order_no} 当前不能结算（需完工待质检或质检通过）",
            "Order {order_no} cannot be settled now (work must be finished)",
        ),
        "settlement.signed": (
            "结算单第 {version} 版已由客户签字，不能再修改",
            "Settlement version {version} is signed by the customer and cannot be changed",
        ),
        "settlement.none": (
            "工单 {order_no} 还没有结算单",
            "Order {order_no} has no settlement yet",
        ),
        "settlement.signer": ("请填写签字人姓名", "Enter the name of the person signing"),
        "delivery.not_signed": (
            "结算单尚未经客户签字，不能交车（D4）：请先在结算页签字",
            "The settlement is not signed by the customer: sign it on the settlement page "
            "before delivery (D4)",
        ),
        "delivery.qc_not_passed": (
            "质检尚未通过，不能交车（D1）",
            "QC has not passed: the vehicle cannot be delivered (D1)",
        ),
        "delivery.check_missing": ("交车前请完成：{items}", "Before delivery, complete: {items}"),
        "delivery.old_part_choice": (
            "请为旧件「{item}」选择：交还客户或由店内处理",
            "Choose for the old part \u201c{item}\u201d: hand it to the customer or dispose of it",
        ),
        "delivery.value_added_unknown": (
            "「{item}」不在本店增值服务清单中",
            "\u201c{item}\u201d is not on the dealer's list of services",
        ),
        "delivery.not_delivered": (
            "工单 {order_no} 尚未交车，不能打印交车文件",
            "Order {order_no} is not delivered yet: no delivery documents",
        ),
    }
)
