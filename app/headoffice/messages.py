"""Message catalogue of the head-office package (user-facing errors of its command line)."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "ho.import_missing": (
            "找不到参考数据文件：{path}",
            "Reference data file not found: {path}",
        ),
        "ho.import_table": (
            "无法确定参考数据的表（文件名或 tbl 列）：{path}",
            "Cannot tell which table the reference data is for (file name or tbl column): {path}",
        ),
        "ho.import_key": (
            "{table} 的行缺少 id 或 {column}",
            "A {table} row has neither id nor {column}",
        ),
        "ho.import_dealer": (
            "{table} 的行必须写明经销商（dealer 列）",
            "{table} rows must name their dealer (dealer column)",
        ),
        "ho.unknown_device": ("没有这台工作站：{device}", "No such workstation: {device}"),
    }
)
