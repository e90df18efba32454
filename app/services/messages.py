"""Messages of the services' errors (zh_CN, en)."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "auth.bad_pin": ("PIN 码不正确，请重试", "Wrong PIN, please try again"),
        "auth.inactive": ("该员工账号已停用", "This staff account is deactivated"),
        "auth.pin_format": ("PIN 码须为4到8位数字", "A PIN is 4 to 8 digits"),
        "setup.already": ("本工作站已完成初始化", "This workstation is already set up"),
        "setup.not_yet": ("工作站尚未初始化：请先创建经销商", "This workstation is not set up yet"),
        "setup.dealer_code": (
            "经销商代码须为2到8位字母或数字",
            "The dealer code is 2 to 8 letters or digits",
        ),
        "notfound.case": ("找不到工单：{key}", "No such case: {key}"),
        "notfound.staff": ("找不到员工：{key}", "No such staff member: {key}"),
        "notfound.appointment": ("找不到预约：{key}", "No such appointment: {key}"),
        "notfound.line": ("找不到维修项目：{key}", "No such estimate line: {key}"),
        "notfound.part": (
            "配件号“{key}”不在配件目录中",
            "Part number “{key}” is not in the catalogue",
        ),
        "notfound.labor": ("工时代码“{key}”不存在", "Labor operation “{key}” does not exist"),
        "notfound.customer": ("找不到客户：{key}", "No such customer: {key}"),
        "notfound.inquiry": ("找不到咨询：{key}", "No such inquiry: {key}"),
        "case.not_technician": ("{name} 不是技师", "{name} is not a technician"),
        "case.not_assigned_to_you": (
            "此工单未分配给您",
            "This job is not assigned to you",
        ),
        "case.qty": ("数量必须大于0", "The quantity must be greater than 0"),
        "case.hours": ("工时不能为负数", "Hours cannot be negative"),
        "case.signed_line_locked": (
            "已签字版本中的项目不能修改：请修订报价并重新签字",
            "Lines of a signed version cannot change: revise the estimate and sign again",
        ),
        "case.snapshot_mismatch": (
            "签字的版本（{signed}）不是当前版本（{current}），请打印最新确认单",
            "The signed version ({signed}) is not the current one ({current}): print the latest sheet",
        ),
        "case.same_owner": ("新负责人与原负责人相同", "The new owner is the current owner"),
        "case.reason_required": ("请填写原因", "Please give a reason"),
        "case.promise_past": (
            "新的完工时间必须晚于现在",
            "The new completion time must be in the future",
        ),
        "case.score": ("评分须为1到5", "The score is 1 to 5"),
        "case.rework_source": (
            "只能对已交车或已关闭的工单发起返修",
            "Rework can only be opened on a delivered or closed case",
        ),
        "appointment.past": ("预约时间不能早于现在", "The appointment time cannot be in the past"),
        "appointment.channel": ("未知的预约渠道：{value}", "Unknown booking channel: {value}"),
        "messaging.bad_template": (
            "模板格式有误：花括号必须成对，例如 {customer}",
            "The template is malformed: braces come in pairs, e.g. {customer}",
        ),
        "messaging.unknown_placeholder": (
            "模板中有无法填写的占位符：{names}",
            "The template has placeholders that cannot be filled: {names}",
        ),
        "asset.kind": (
            "请填写车牌/车架号或家电型号与序列号",
            "Give a plate or VIN, or a model and serial",
        ),
    }
)
