"""Messages of the guards the end-to-end case walk found missing (issues 8 and 9), zh_CN and
en."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "progress.placeholder": (
            "请先把模板中的 %1、%2 换成实际内容（配件、剩余小时），再发送给客户",
            "Replace the template's %1 and %2 with the part and the hours before sending",
        ),
    }
)
