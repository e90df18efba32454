"""Messages of the front-desk services: duty roster, inquiries, message templates (zh_CN, en)."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "notfound.duty": ("找不到值班记录：{key}", "No such duty: {key}"),
        "desk.duty_order": (
            "值班结束时间必须晚于开始时间",
            "The duty must end after it starts",
        ),
        "desk.duty_too_long": (
            "一次值班最长 {hours} 小时，请分成几段排班",
            "A duty lasts at most {hours} hours: split it into several",
        ),
        "desk.duty_overlap": (
            "{name} 在 {start} – {end} 已有值班",
            "{name} is already on duty {start} – {end}",
        ),
        "desk.duty_channel": ("未知的值班渠道：{value}", "Unknown duty channel: {value}"),
        "desk.duty_inactive": (
            "{name} 已停用，不能排班",
            "{name} is no longer active and cannot be put on duty",
        ),
        "desk.duty_cannot_answer": (
            "{name} 的岗位不负责答复客户咨询，不能排入值班",
            "{name}'s role does not answer customer inquiries: not on the duty roster",
        ),
        "desk.unnamed_customer": ("尾号{last4}的客户", "Customer …{last4}"),
        "desk.inquiry_channel": ("未知的咨询渠道：{value}", "Unknown inquiry channel: {value}"),
        "desk.template_kind": ("未知的消息模板：{kind}", "Unknown message template: {kind}"),
        "desk.template_lang": ("不支持的模板语言：{lang}", "Unsupported template language: {lang}"),
        "desk.template_empty": ("模板内容不能为空", "The template text cannot be empty"),
        "desk.template_syntax": (
            "模板中的花括号不成对（{detail}）：占位符写作 {{customer}}，普通花括号请写两遍",
            "Unbalanced braces in the template ({detail}): placeholders look like "
            "{{customer}}, a literal brace is written twice",
        ),
        "desk.template_unknown": (
            "模板中有未知的占位符：{names}。可用的占位符：{allowed}",
            "Unknown placeholders in the template: {names}. Available: {allowed}",
        ),
    }
)
