"""Messages of the manager's KPI targets (issue 10 item 2), zh_CN and en."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "kpi_targets.unknown": ("未知的考核目标：{key}", "Unknown KPI target: {key}"),
        "kpi_targets.share": (
            "{key} 的准时率目标须在 1% 到 100% 之间（输入的是 {value}）",
            "The on-time target of {key} must lie between 1 % and 100 % (got {value})",
        ),
        "kpi_targets.minutes": (
            "环节等待目标须在 1 到 10,000 分钟之间（输入的是 {value}）",
            "A stage's waiting target must lie between 1 and 10,000 minutes (got {value})",
        ),
    }
)
