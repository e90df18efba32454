"""Messages of the service-manager figures and reports (zh_CN, en)."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "kpi.bad_quarter": (
            "季度格式不正确：“{value}”，应写作如 2026Q3",
            "Malformed quarter “{value}”: write it like 2026Q3",
        ),
    }
)
