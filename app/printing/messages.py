"""Message codes of the printing layer, in Chinese and English (STYLE.md: user errors)."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "printing.font_missing": (
            "找不到打印所需的中文字体“文泉驿微米黑”（WenQuanYi Micro Hei）。"
            "请安装软件包 {package}（例如：sudo apt-get install {package}）后重试。",
            "The Chinese font WenQuanYi Micro Hei needed for printing was not found. "
            "Install the package {package} (e.g. sudo apt-get install {package}) and try again.",
        ),
        "printing.font_unreadable": (
            "中文字体文件 {path} 无法读取：{reason}。请重新安装软件包 {package}。",
            "The Chinese font file {path} cannot be read: {reason}. "
            "Reinstall the package {package}.",
        ),
        "printing.bad_qr": (
            "这个二维码不是本系统打印单据上的二维码（{reason}）。请拍摄或扫描本系统打印的单据。",
            "This QR code does not come from a document printed by ServiceBay ({reason}). "
            "Photograph or scan a document printed by ServiceBay.",
        ),
        "printing.safety_decline_unacknowledged": (
            "安全相关的必修项目“{item}”被客户拒绝，但客户尚未确认知悉风险。"
            "请先记录客户的确认，再打印确认单。",
            "The safety-relevant mandatory item “{item}” was declined but the customer has not "
            "acknowledged the risk. Record the customer's acknowledgement before printing.",
        ),
        "printing.write_failed": (
            "无法写入打印文件 {path}：{reason}。请检查磁盘空间和文件夹权限。",
            "Cannot write the print file {path}: {reason}. Check disk space and folder "
            "permissions.",
        ),
    }
)
