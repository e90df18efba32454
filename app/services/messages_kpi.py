"""Messages of the service-manager figures and reports (zh_CN, en)."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "kpi.bad_quarter": (
            "季度格式不正确：“{value}”，应写作如 2026Q3",
            "Malformed quarter “{value}”: write it like 2026Q3",
        ),
        "kpi.action_title": (
            "请填写改进措施的标题",
            "Give the improvement action a title",
        ),
        "kpi.action_status": ("改进措施状态无效", "Not a valid state of an improvement action"),
        "kpi.action_missing": ("找不到该改进措施", "No such improvement action"),
    }
)
