"""Messages of helper "finish" (issues 8 and 9 remaining items): retiring a delay compensation
(W5) and an advisor's discount limit (D4) (zh_CN, en)."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "notfound.compensation": ("找不到补偿项目：{key}", "No such compensation: {key}"),
        "compensation.last": (
            "至少要保留一项补偿：延误通知需要从清单中选择补偿（W5）",
            "Keep at least one compensation: a delay notice offers one from the list (W5)",
        ),
        "settlement.limit_not_settling": (
            "{name} 不负责结算，没有优惠权限可设",
            "{name} does not settle cases: there is no discount limit to set",
        ),
        "compensation.retired": (
            "“{label}”已停用",
            "“{label}” is already retired",
        ),
    }
)
