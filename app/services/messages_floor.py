"""Messages of the dispatch board and the promise, progress and delay services (issue 8 items
1, 6, 7: W1, W4, W5), zh_CN and en."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "dispatch.reason_off_shift": (
            "{name} 现在不当班：指派前请填写原因",
            "{name} is not on shift now: give a reason to assign anyway",
        ),
        "dispatch.reason_busy_urgent": (
            "{name} 正在做紧急工单 {order_no}：指派前请填写原因",
            "{name} is on urgent job {order_no}: give a reason to assign anyway",
        ),
        "dispatch.not_open": (
            "工单 {order_no} 当前状态不能派工",
            "{order_no} cannot be assigned in its current state",
        ),
        "promise.past": (
            "承诺完工时间必须晚于现在",
            "The promised completion time must be later than now",
        ),
        "promise.later_needs_notice": (
            "推迟承诺完工时间必须发送延误通知（原因、新时间、补偿）",
            "Moving the promise later needs a delay notice (reason, new time, compensation)",
        ),
        "promise.none": (
            "工单还没有承诺完工时间：请先设定",
            "The case has no promised completion time yet: set one first",
        ),
        "delay.reason_code": ("请从列表中选择延误原因", "Choose the reason for the delay"),
        "delay.reason_empty": (
            "请写明延误原因（客户会看到）",
            "Describe the reason for the delay (the customer reads it)",
        ),
        "delay.not_later": (
            "新完工时间 {new} 必须晚于原承诺时间 {old}",
            "The new completion time {new} must be later than the promised {old}",
        ),
        "delay.compensation_empty": (
            "请从补偿列表中选择一项补偿",
            "Choose a compensation from the list",
        ),
        "delay.compensation_unknown": (
            "补偿“{value}”不在本店的补偿列表中",
            "“{value}” is not on the dealer's compensation list",
        ),
        "delay.too_late": (
            "距承诺完工时间 {promised} 已不足 30 分钟（W5）。如仍要通知客户，请勾选“逾期通知”，"
            "本次将记为 W5 未达标",
            "Less than 30 minutes before the promised {promised} (W5). To tell the customer "
            "anyway tick “Late notice”: it is recorded as a W5 miss",
        ),
        "delay.answer": ("请选择客户的答复", "Choose the customer's answer"),
        "delay.answered": (
            "客户已答复过这次延误通知",
            "The customer has already answered this delay notice",
        ),
        "notfound.delay": ("找不到延误通知：{key}", "No such delay notice: {key}"),
        "progress.not_working": (
            "工单 {order_no} 不在维修中：不需要进展通知",
            "{order_no} is not being worked on: no progress update is due",
        ),
        "progress.empty": ("请填写进展内容", "Write what the customer should hear"),
        "compensation.empty": ("补偿名称不能为空", "The compensation needs a name"),
    }
)
