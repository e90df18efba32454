"""Messages of the technician bay services (issue 8 items 2, 4, 5): zh_CN and en. The rule
codes (fitting.*) are registered by app.domain.fitting; these are the services' own."""

from __future__ import annotations

from app.domain import fitting as _domain  # noqa: F401  (registers the fitting.* rule codes)
from app.domain.messages import register

CATALOGUE = register(
    {
        "fitting.photo_missing": (
            "照片没有保存成功，请重新拍摄",
            "The photo was not stored: take it again",
        ),
        "fitting.not_a_photo": ("请选择一张照片（JPEG 或 PNG）", "Choose a photo (JPEG or PNG)"),
        "fitting.reason_required": (
            "请说明追加项目的原因",
            "Say why the extra work is needed",
        ),
        "fitting.no_lines": ("请至少添加一个追加项目", "Add at least one extra line"),
    }
)
