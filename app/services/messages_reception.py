"""Messages of the reception bay's documents, scans, signatures and media (zh_CN, en)."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "reception.no_settlement": (
            "工单 {order_no} 还没有结算单，无法打印",
            "Case {order_no} has no settlement yet: nothing to print",
        ),
        "reception.no_estimate": (
            "工单 {order_no} 还没有报价项目，无法打印",
            "Case {order_no} has no estimate lines yet: nothing to print",
        ),
        "reception.document_kind": (
            "未知的单据类型：{kind}",
            "Unknown document kind: {kind}",
        ),
        "reception.scan_unknown_case": (
            "扫描件上的工单 {order_no} 不在本工作站的记录中",
            "The scanned case {order_no} is not on this workstation",
        ),
        "reception.scan_not_printed": (
            "{order_no} 的{kind}第 {version} 版从未在本工作站打印，无法归档扫描件",
            "Version {version} of the {kind} of {order_no} was never printed here: "
            "the scan cannot be filed",
        ),
        "reception.scan_outdated": (
            "这是过期的{kind}（第 {version} 版），{order_no} 当前为第 {current} 版：请打印最新版本重新签字",
            "This {kind} is outdated (version {version}); {order_no} is now at version "
            "{current}: print the latest version and sign again",
        ),
        "reception.scan_changed": (
            "{order_no} 的{kind}第 {version} 版在打印后已修改，纸质件已过期：请重新打印后签字",
            "The {kind} of {order_no} version {version} changed after it was printed: "
            "the paper copy is outdated, print it again",
        ),
        "reception.signature_image": (
            "签名图片无法读取，请重新签名",
            "The signature image cannot be read: please sign again",
        ),
        "reception.signature_empty": ("请先签名", "Please sign first"),
        "reception.media_kind": (
            "文件类型不符：需要{wanted}，收到 {mime}",
            "Wrong kind of file: a {wanted} was expected, got {mime}",
        ),
        "reception.media_purpose": (
            "未知的照片用途：{purpose}",
            "Unknown media purpose: {purpose}",
        ),
        "reception.media_missing": (
            "媒体文件 {sha} 不在媒体库中",
            "Media file {sha} is not in the media store",
        ),
        "notfound.media": ("找不到媒体记录：{key}", "No such media record: {key}"),
        "reception.kind.work_order": ("服务工单", "service work order"),
        "reception.kind.confirmation_sheet": ("服务项目确认单", "confirmation sheet"),
        "reception.kind.settlement": ("服务结算单", "settlement sheet"),
        "reception.kind.delivery": ("交车单", "delivery record"),
        "reception.pref.needs_guidance": ("需要操作指导", "needs operating guidance"),
        "reception.pref.prefers_speed": ("注重效率与便捷", "prefers speed"),
        "reception.pref.channel": ("首选联系方式：{channel}", "preferred contact: {channel}"),
        "reception.channel.sms": ("短信", "SMS"),
        "reception.channel.app": ("APP消息", "app message"),
        "reception.channel.phone": ("电话", "phone call"),
        "reception.channel.wechat": ("微信", "WeChat"),
    }
)
