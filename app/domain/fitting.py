"""W2 at the bay (issue 8 items 2, 4, 5): the job clock of a labor line, what may be fitted
(the approved line's part number and no more than its quantity), the packaging kept until
the customer's acceptance (forward only), and where a scanned packaging code names a part.

Pure rules; the services gather the facts and raise what these return."""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum

from app.domain.errors import TransitionError, ValidationError
from app.domain.messages import register, register_names

CATALOGUE = register(
    {
        "fitting.line_running": (
            "该工时项目的计时已在进行中",
            "The clock of this labor line is already running",
        ),
        "fitting.line_not_running": (
            "该工时项目没有在计时，不能暂停",
            "The clock of this labor line is not running: nothing to pause",
        ),
        "fitting.line_not_paused": (
            "该工时项目没有暂停，不能继续",
            "This labor line is not paused: nothing to resume",
        ),
        "fitting.line_not_started": (
            "该工时项目还没有开始，不能完工",
            "This labor line has not been started: it cannot be finished",
        ),
        "fitting.line_finished": (
            "该工时项目已完工",
            "This labor line is already finished",
        ),
        "fitting.pause_reason": (
            "请从列表中选择暂停原因",
            "Choose the reason for the pause from the list",
        ),
        "fitting.not_labor": ("只有工时项目才计时", "Only labor lines are clocked"),
        "fitting.not_this_case": (
            "扫到的编码 {scanned} 不是本工单已确认的配件，请核对包装",
            "The scanned code {scanned} is no approved part of this order: check the packaging",
        ),
        "fitting.empty_code": (
            "没有读到配件编码：请重新扫描包装上的条码或二维码",
            "No part number was read: scan the barcode or QR code on the packaging again",
        ),
        "fitting.over_quantity": (
            "{part_no} 已安装 {fitted}，客户确认的数量是 {approved}：不能超量安装",
            "{part_no}: {fitted} already fitted of {approved} approved; no more may be fitted",
        ),
        "fitting.packaging_backwards": (
            "包装状态只能向前推进（当前：{current}）",
            "The packaging state only moves forward (now: {current})",
        ),
        "fitting.unknown_packaging": (
            "未知的包装状态：{state}",
            "Unknown packaging state: {state}",
        ),
        "fitting.source_required": (
            "手写的配件项目必须注明来源（原厂件或认证件）",
            "A free-text part line must state its source (OEM or certified)",
        ),
        "fitting.aftermarket": (
            "只能使用原厂件或认证件（W2），副厂件不能报价安装",
            "Only OEM or certified parts (W2): an aftermarket part cannot be quoted or fitted",
        ),
        "fitting.part_no_required": (
            "原厂或认证配件必须填写配件编号",
            "An OEM or certified part needs its part number",
        ),
        "fitting.extra_not_pending": (
            "所选项目不是待客户确认的追加项目",
            "The chosen lines are not extra lines waiting for the customer's approval",
        ),
        "fitting.extra_none": (
            "没有待客户确认的追加项目",
            "There are no extra lines waiting for the customer's approval",
        ),
        "fitting.approval_method": (
            "请选择确认方式：签字板、纸质签字单或远程确认",
            "Choose how the customer approved: signature pad, paper sheet or remotely",
        ),
        "fitting.approval_channel": (
            "远程确认请注明方式：电话、短信或微信",
            "A remote approval states how: phone, SMS or WeChat",
        ),
        "fitting.approval_signature": (
            "请让客户在签字板上签字",
            "The customer signs on the pad first",
        ),
        "fitting.approval_scan": (
            "请先扫描或拍摄客户签字的纸质确认单",
            "Scan or photograph the paper sheet the customer signed first",
        ),
        "fitting.approval_name": (
            "请填写确认人姓名",
            "Enter the name of the person who approved",
        ),
        "fitting.job_not_active": (
            "工单当前状态为{state}，不能进行车间作业",
            "The order is {state}: no bay work on it now",
        ),
    }
)


class LineClock(StrEnum):
    """Where the clock of one labor line stands (from its last clock row)."""

    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


def line_clock_state(last_kind: str | None) -> LineClock:
    if last_kind is None:
        return LineClock.NOT_STARTED
    if last_kind in ("start", "resume"):
        return LineClock.RUNNING
    if last_kind == "pause":
        return LineClock.PAUSED
    return LineClock.FINISHED


PAUSE_REASONS = ("waiting_parts", "waiting_customer", "break", "other_job")
"""A pause names its reason from this list (the bay screen shows them translated)."""


def check_clock(current: LineClock, kind: str, reason: str = "") -> None:
    """Per-line clock moves: start (also again after a finish, for QC rework), pause with a
    reason from the list, resume, finish."""
    if kind == "start":
        if current in (LineClock.RUNNING, LineClock.PAUSED):
            raise TransitionError("fitting.line_running")
    elif kind == "pause":
        if current is not LineClock.RUNNING:
            raise TransitionError("fitting.line_not_running")
        if reason not in PAUSE_REASONS:
            raise ValidationError("fitting.pause_reason")
    elif kind == "resume":
        if current is not LineClock.PAUSED:
            raise TransitionError("fitting.line_not_paused")
    elif kind == "finish":
        if current is LineClock.NOT_STARTED:
            raise TransitionError("fitting.line_not_started")
        if current is LineClock.FINISHED:
            raise TransitionError("fitting.line_finished")


class Packaging(StrEnum):
    KEPT = "kept"
    SHOWN = "shown_to_customer"
    HANDED = "handed_to_customer"
    DISPOSED = "disposed"


PACKAGING_RANK = {
    Packaging.KEPT: 0,
    Packaging.SHOWN: 1,
    Packaging.HANDED: 2,
    Packaging.DISPOSED: 2,
}

register_names(
    "current",
    {
        "kept": ("保留中", "kept"),
        "shown_to_customer": ("已给客户查看", "shown to the customer"),
        "handed_to_customer": ("已交给客户", "handed to the customer"),
        "disposed": ("已处理", "disposed of"),
    },
)


def check_packaging(current: str, new: str) -> Packaging:
    """W2: the packaging is kept until the customer's acceptance: kept → shown to the customer
    → handed over or disposed of; never back."""
    try:
        target = Packaging(new)
    except ValueError:
        raise ValidationError("fitting.unknown_packaging", state=new) from None
    now = Packaging(current) if current in Packaging._value2member_map_ else Packaging.KEPT
    if PACKAGING_RANK[target] <= PACKAGING_RANK[now]:
        raise TransitionError("fitting.packaging_backwards", current=now.value)
    if target in (Packaging.HANDED, Packaging.DISPOSED) and now is not Packaging.SHOWN:
        # Shown to the customer first: the packaging proves what was fitted.
        raise TransitionError("fitting.packaging_backwards", current=now.value)
    return target


def check_quantity(part_no: str, approved: Decimal, fitted: Decimal, adding: Decimal) -> None:
    """W2: no more than the customer approved (today the same line could be fitted twice)."""
    if adding <= 0 or fitted + adding > approved:
        raise TransitionError(
            "fitting.over_quantity",
            part_no=part_no,
            fitted=_qty(fitted),
            approved=_qty(approved),
        )


def _qty(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


_KEYED = re.compile(r"(?:^|[;|,\s])(?:P|PN|PART|件号)[:=]\s*([A-Za-z0-9.\-_/]+)", re.IGNORECASE)
_BATCH = re.compile(r"(?:^|[;|,\s])(?:B|BATCH|LOT|批次)[:=]\s*([A-Za-z0-9.\-_/]+)", re.IGNORECASE)


def parse_packaging_code(text: str) -> tuple[str, str]:
    """(part number, batch) from what a scanner read off the packaging: the bare part number
    (1D barcodes), or a keyed QR such as ``P:45022-TBA-A01;B:B2026-11``."""
    raw = text.strip().replace("\r", "").replace("\n", ";")
    keyed = _KEYED.search(raw)
    batch = _BATCH.search(raw)
    part_no = keyed.group(1) if keyed else raw.split(";")[0].strip()
    return part_no.strip().upper(), batch.group(1) if batch else ""
