"""Documents of the handover (issue 9 items 2 and 4), in the layout of the others (header,
embedded CJK font, a QR on every page, initials box):

- 《服务结算单》 Settlement Sheet (P4, D4): dealer, case, vehicle or appliance, dates,
  technician and QC inspector, every actual line with part number and source and hours with
  their unit, the differences from the signed estimate with reasons, the amount in Chinese
  capitals, payment line, old-parts handling, the QR of the other forms, signature boxes;
- 《维修记录》 Repair Record (D5): what was found and done, key-step photo thumbnails, parts
  fitted with numbers and source, the QC result;
- 《配件质保卡》 Parts Warranty Card (D5): per part the warranty period and mileage;
- 《保养建议书》 Maintenance Advice (D5): advice and the next service by date and mileage.

Pure rendering: the services (app/services/handover_documents.py) build the dataclasses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from app.domain.capitals import rmb_capitals
from app.printing import sections
from app.printing.fonts import register_cjk_font
from app.printing.layout import (
    CONTENT_WIDTH,
    MUTED,
    Styles,
    draw_qr,
    hours_text,
    money,
    number,
    percent,
    render_story,
    text,
)
from app.printing.model import (
    Asset,
    CaseInfo,
    CustomerInfo,
    DealerHeader,
    RenderedDocument,
)
from app.printing.payload import DocumentKind

ZERO = Decimal("0.00")

_L: dict[str, tuple[str, str]] = {
    "title.settlement": ("服务结算单", "Settlement Sheet"),
    "title.repair_record": ("维修记录", "Repair Record"),
    "title.warranty_card": ("配件质保卡", "Parts Warranty Card"),
    "title.maintenance_advice": ("保养建议书", "Maintenance Advice"),
    "section.work": ("作业信息", "Work"),
    "technician": ("维修技师", "Technician"),
    "qc_inspector": ("质检员", "QC inspector"),
    "qc_at": ("质检时间", "QC passed"),
    "finished_at": ("完工时间", "Work finished"),
    "settled_at": ("结算时间", "Settled"),
    "labor_basis": ("工时计费", "Labor billed by"),
    "basis.clock": ("按实际计时", "job clock"),
    "basis.standard": ("按标准工时", "standard hours"),
    "section.lines": ("实际结算项目", "Actual items"),
    "col.no": ("序号", "No."),
    "col.item": ("项目", "Item"),
    "col.part_no": ("配件编号/工时代码", "Part no. / labor code"),
    "col.source": ("来源", "Source"),
    "col.qty": ("数量/工时", "Qty / hours"),
    "col.unit_price": ("单价(元)", "Unit (CNY)"),
    "col.amount": ("金额(元)", "Amount (CNY)"),
    "source.oem": ("原厂件", "OEM"),
    "source.certified": ("认证件", "Certified"),
    "source.labor": ("工时", "Labor"),
    "unit.hours": ("{hours} 工时(h)", "{hours} h"),
    "unit.clock": ("（计时）", " (clock)"),
    "added_mid_job": ("（作业中追加，客户已确认）", " (added during the work, approved)"),
    "section.differences": ("与预估差异说明", "Differences from the estimate"),
    "col.difference_item": ("差异项目", "Item"),
    "col.estimated": ("预估(元)", "Estimated"),
    "col.actual": ("实际(元)", "Actual"),
    "col.difference": ("差额(元)", "Difference"),
    "col.reason": ("原因", "Reason"),
    "diff.discount": ("优惠", "Discount"),
    "diff.compensation": ("补偿", "Compensation"),
    "diff.warranty": ("保修返修免收", "Warranty rework, not billed"),
    "diff.tax": ("增值税", "VAT"),
    "diff.tax_reason": ("税额随上述差额按 {rate}% 变化", "Tax follows the differences at {rate}%"),
    "diff.sum": ("差异合计", "Differences in total"),
    "no_differences": ("实际费用与预估一致，无差异。", "The actual cost equals the estimate."),
    "section.totals": ("费用合计", "Totals"),
    "hours_total": ("工时合计", "Hours"),
    "labor_total": ("工时费", "Labor"),
    "parts_total": ("材料费", "Parts"),
    "discount_total": ("优惠/补偿", "Discount / compensation"),
    "tax": ("税额({rate}%)", "Tax ({rate}%)"),
    "grand_total": ("应付合计(元)", "Total due (CNY)"),
    "estimate_total": ("预估合计", "Estimated total"),
    "delta_total": ("与预估相差", "Difference from the estimate"),
    "capitals": ("人民币(大写)", "Amount in words (RMB)"),
    "colon": ("：", ": "),
    "payment": (
        "付款方式：□现金  □微信  □支付宝  □银行卡  □挂账      实收金额：________ 元      收款人：________",
        "Payment: □ cash  □ WeChat  □ Alipay  □ card  □ account      Received: ________ CNY      Cashier: ________",
    ),
    "section.old_parts": ("旧件处理", "Old parts"),
    "col.handling": ("处理方式", "Handling"),
    "old.to_customer": ("交还客户", "Handed to the customer"),
    "old.scrapped": ("店内处理（报废）", "Disposed of by the dealer"),
    "old.returned_to_oem": ("返厂", "Returned to the manufacturer"),
    "old.core_exchange": ("以旧换新", "Core exchange"),
    "old.none": ("本单未更换配件，无旧件。", "No part was replaced: no old parts."),
    "section.forms": ("相关单据（扫码查看）", "Related forms (scan the code)"),
    "form.work_order": ("服务工单", "Work order"),
    "form.confirmation_sheet": ("服务项目确认单", "Confirmation sheet"),
    "form.settlement": ("服务结算单", "Settlement sheet"),
    "form.version": ("第{version}版", "version {version}"),
    "form.repair_record": ("维修记录", "Repair record"),
    "form.warranty_card": ("配件质保卡", "Parts warranty card"),
    "form.maintenance_advice": ("保养建议书", "Maintenance advice"),
    "form.at_delivery": ("交车时出具", "given at delivery"),
    "statement.settlement": (
        "以上实际材料、工时、优惠及与预估的每项差异已向本人说明，本人核对无误，所见即所付。",
        "These are the actual materials, labor and discounts of this service; every "
        "difference from the estimate was explained to me. I have checked them: what I see "
        "is what I pay.",
    ),
    "sign.customer": ("客户签字", "Customer signature"),
    "sign.advisor": ("服务顾问", "Service advisor"),
    "sign.date": ("日期", "Date"),
    "section.found": ("检查发现", "What was found"),
    "section.done": ("维修作业", "What was done"),
    "section.photos": ("关键步骤照片", "Key-step photos"),
    "section.parts": ("更换配件", "Parts fitted"),
    "section.qc": ("质检结果", "QC result"),
    "qc.pass": ("合格", "Passed"),
    "qc.fail": ("不合格", "Failed"),
    "qc.round": ("第{round}次质检", "round {round}"),
    "col.batch": ("批次", "Batch"),
    "no_photos": ("本单无关键步骤照片。", "No key-step photos on this order."),
    "no_parts": ("本单未更换配件。", "No parts were fitted."),
    "section.warranty": ("配件质保", "Parts warranty"),
    "col.fitted_on": ("安装日期", "Fitted"),
    "col.warranty": ("质保期限", "Warranty"),
    "col.until": ("质保至", "Valid until"),
    "warranty.value": (
        "{months}个月或{km}公里（先到为准）",
        "{months} months or {km} km, whichever first",
    ),
    "warranty.value_appliance": ("{months}个月", "{months} months"),
    "warranty.until_km": ("{date} 或 {km} 公里", "{date} or {km} km"),
    "warranty.terms": (
        "质保期内因配件本身质量问题导致的故障免费更换（含工时）；人为损坏、事故、改装及未按"
        "保养建议保养的除外。凭本卡及结算单享受质保服务。",
        "Within the warranty a part failing by its own defect is replaced free of charge, "
        "labor included; damage, accidents, modification and missed maintenance are excluded. "
        "Show this card and the settlement sheet.",
    ),
    "section.advice": ("保养建议", "Maintenance advice"),
    "section.next": ("下次保养", "Next service"),
    "next.date": ("下次保养", "Next service date"),
    "next.mileage": ("保养里程", "Next service mileage"),
    "next.rule": ("以先到者为准", "whichever comes first"),
    "next.km": ("{km} 公里", "{km} km"),
    "next.reminder": (
        "我们将在到期前通过短信提醒您，手机：{phone}",
        "We will remind you by text message before then, phone: {phone}",
    ),
    "next.none": ("无", "none"),
    "value_added": ("增值服务", "Value-added services"),
    "mileage_now": ("本次里程", "Mileage now"),
}


def hl(key: str, lang: str, **params: Any) -> str:
    zh, en = _L[key]
    value = zh if lang.startswith("zh") else en
    return value.format(**params) if params else value


# -- data -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetLine:
    kind: str  # labor | part
    code: str
    description: str
    source: str  # oem | certified | ""
    qty: Decimal
    unit: str
    unit_price: Decimal  # parts: unit price; labor: hourly rate
    hours: Decimal
    hours_source: str  # clock | standard | ""
    amount: Decimal
    in_estimate: bool = True


@dataclass(frozen=True)
class SheetDifference:
    kind: str  # labor | part | discount | compensation | tax
    description: str
    estimated: Decimal
    actual: Decimal
    amount: Decimal
    reason: str


@dataclass(frozen=True)
class OldPart:
    description: str
    part_no: str
    handling: str  # to_customer | scrapped | returned_to_oem | core_exchange
    reason: str = ""


@dataclass(frozen=True)
class FormRef:
    kind: str  # DocumentKind value
    version: int
    payload: str
    """The text of its small QR (a reference, not a document payload: see the services)."""
    at_delivery: bool = False
    """A document handed over at delivery (D5), referenced before it is printed."""


@dataclass(frozen=True)
class SheetTotals:
    hours: Decimal
    labor: Decimal
    parts: Decimal
    discount: Decimal
    tax_rate: Decimal
    tax: Decimal
    total: Decimal
    estimate_total: Decimal


@dataclass(frozen=True)
class SettlementSheet:
    dealer: DealerHeader
    customer: CustomerInfo
    asset: Asset
    case: CaseInfo
    version: int
    technician: str
    qc_inspector: str
    finished_at: dt.datetime | None
    qc_at: dt.datetime | None
    settled_at: dt.datetime
    labor_basis: str
    lines: tuple[SheetLine, ...]
    differences: tuple[SheetDifference, ...]
    totals: SheetTotals
    old_parts: tuple[OldPart, ...]
    forms: tuple[FormRef, ...] = ()


@dataclass(frozen=True)
class FittedPart:
    description: str
    part_no: str
    source: str
    qty: Decimal
    batch: str
    fitted_on: dt.date
    warranty_months: int
    warranty_km: int
    until: dt.date
    until_km: int | None


@dataclass(frozen=True)
class Photo:
    title: str
    sha256: str
    path: str = ""
    """The file in the media store, filled in at print time ("" when the bytes are missing)."""


@dataclass(frozen=True)
class QcResult:
    result: str  # pass | fail
    round: int
    inspector: str
    at: dt.datetime
    notes: str


@dataclass(frozen=True)
class RepairRecord:
    dealer: DealerHeader
    customer: CustomerInfo
    asset: Asset
    case: CaseInfo
    version: int
    technician: str
    found: str
    done: tuple[str, ...]
    photos: tuple[Photo, ...]
    parts: tuple[FittedPart, ...]
    qc: tuple[QcResult, ...]


@dataclass(frozen=True)
class WarrantyCard:
    dealer: DealerHeader
    customer: CustomerInfo
    asset: Asset
    case: CaseInfo
    version: int
    vehicle: bool
    parts: tuple[FittedPart, ...]


@dataclass(frozen=True)
class MaintenanceAdvice:
    dealer: DealerHeader
    customer: CustomerInfo
    asset: Asset
    case: CaseInfo
    version: int
    advice: tuple[str, ...]
    next_date: dt.date | None
    next_km: int | None
    mileage_km: int | None
    value_added: tuple[str, ...]
    phone_masked: str


HandoverDocument = SettlementSheet | RepairRecord | WarrantyCard | MaintenanceAdvice

KINDS: dict[DocumentKind, type] = {
    DocumentKind.SETTLEMENT: SettlementSheet,
    DocumentKind.REPAIR_RECORD: RepairRecord,
    DocumentKind.WARRANTY_CARD: WarrantyCard,
    DocumentKind.MAINTENANCE_ADVICE: MaintenanceAdvice,
}


# -- pieces -----------------------------------------------------------------------------------


def _hours(value: Decimal) -> str:
    """Billed hours: one decimal ("1.0"), two when the clock measured finer ("1.37")."""
    if value == value.quantize(Decimal("0.1")):
        return hours_text(value)
    return format(value.quantize(Decimal("0.01")), "f")


def _stamp(value: dt.datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else "—"


def _source(st: Styles, source: str) -> str:
    return hl(f"source.{source}", st.lang) if source in ("oem", "certified") else "—"


def _muted_row(st: Styles, keys: list[str]) -> list[Any]:
    return [st.p(text(hl(k, st.lang)), 8, textColor=MUTED) for k in keys]


def _signed(value: Decimal) -> str:
    return ("+" if value > 0 else "") + money(value)


def _work_facts(st: Styles, doc: SettlementSheet) -> list[Flowable]:
    lang = st.lang
    pairs = [
        (hl("technician", lang), doc.technician or "—"),
        (hl("qc_inspector", lang), doc.qc_inspector or "—"),
        (hl("finished_at", lang), _stamp(doc.finished_at)),
        (hl("qc_at", lang), _stamp(doc.qc_at)),
        (hl("settled_at", lang), _stamp(doc.settled_at)),
        (hl("labor_basis", lang), hl(f"basis.{doc.labor_basis}", lang)),
    ]
    # Under the customer's and the vehicle's facts, without a heading of its own (one page).
    return [st.key_values(pairs, columns=3)]


def _lines_table(st: Styles, lines: tuple[SheetLine, ...]) -> Table:
    lang = st.lang
    rows: list[list[Any]] = [
        _muted_row(
            st,
            [
                "col.no",
                "col.item",
                "col.part_no",
                "col.source",
                "col.qty",
                "col.unit_price",
                "col.amount",
            ],
        )
    ]
    for index, line in enumerate(lines, start=1):
        item = text(line.description)
        if not line.in_estimate:
            item += f'<font size="7" color="#555555">{text(hl("added_mid_job", lang))}</font>'
        if line.kind == "labor":
            qty = text(hl("unit.hours", lang, hours=_hours(line.hours)))
            if line.hours_source == "clock":
                qty += "<br/>" + text(hl("unit.clock", lang).strip())
            source = hl("source.labor", lang)
        else:
            qty = text(f"{number(line.qty)} {line.unit}")
            source = _source(st, line.source)
        rows.append(
            [
                st.p(str(index), 8.5),
                st.p(item, 8.5),
                st.p(text(line.code or "—"), 8),
                st.p(text(source), 8.5),
                st.p(qty, 8.5),
                st.p(money(line.unit_price), 8.5, alignment=2),
                st.p(money(line.amount), 8.5, alignment=2),
            ]
        )
    widths = [9 * mm, 55 * mm, 32 * mm, 16 * mm, 26 * mm, 21 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return st.grid_table(rows, widths)


def _difference_label(st: Styles, diff: SheetDifference) -> str:
    if diff.kind in ("discount", "compensation", "tax", "warranty"):
        return hl(f"diff.{diff.kind}", st.lang)
    return diff.description


def differences_table(st: Styles, doc: SettlementSheet) -> list[Flowable]:
    lang = st.lang
    out: list[Flowable] = [st.heading(hl("section.differences", lang))]
    if not doc.differences:
        out.append(st.p(text(hl("no_differences", lang)), 9))
        return out
    rows: list[list[Any]] = [
        _muted_row(
            st,
            ["col.difference_item", "col.estimated", "col.actual", "col.difference", "col.reason"],
        )
    ]
    for diff in doc.differences:
        reason = diff.reason
        if diff.kind == "tax":
            reason = hl("diff.tax_reason", lang, rate=percent(doc.totals.tax_rate))
        rows.append(
            [
                st.p(text(_difference_label(st, diff)), 8.5),
                st.p(money(diff.estimated), 8.5, alignment=2),
                st.p(money(diff.actual), 8.5, alignment=2),
                st.p(_signed(diff.amount), 8.5, alignment=2),
                st.p(text(reason), 8.5),
            ]
        )
    total = sum((d.amount for d in doc.differences), ZERO)
    rows.append(
        [
            st.p(text(hl("diff.sum", lang)), 8.5),
            "",
            "",
            st.p(_signed(total), 9, alignment=2),
            "",
        ]
    )
    widths = [45 * mm, 22 * mm, 22 * mm, 22 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    out.append(st.grid_table(rows, widths))
    return out


def _totals(st: Styles, doc: SettlementSheet) -> list[Flowable]:
    lang = st.lang
    t = doc.totals
    delta = t.total - t.estimate_total
    cells = [
        (hl("hours_total", lang), hl("unit.hours", lang, hours=_hours(t.hours))),
        (hl("labor_total", lang), money(t.labor)),
        (hl("parts_total", lang), money(t.parts)),
        (hl("discount_total", lang), ("-" + money(t.discount)) if t.discount else "0.00"),
        (hl("tax", lang, rate=percent(t.tax_rate)), money(t.tax)),
        (hl("grand_total", lang), "¥ " + money(t.total)),
        (hl("estimate_total", lang), money(t.estimate_total)),
        (hl("delta_total", lang), _signed(delta)),
    ]
    grand = 5
    widths = [CONTENT_WIDTH / len(cells)] * len(cells)
    rows = [
        [st.p(text(k), 7.5, alignment=1, textColor=MUTED) for k, _ in cells],
        [st.p(text(v), 11 if i == grand else 9, alignment=1) for i, (_, v) in enumerate(cells)],
        # P4: the sum the customer signs under, written out in capitals (大写).
        [st.p(text(hl("capitals", lang) + hl("colon", lang) + rmb_capitals(t.total)), 9.5)]
        + [""] * (len(cells) - 1),
    ]
    table = st.grid_table(
        rows,
        widths,
        header=True,
        extra=[("BOX", (grand, 0), (grand, 1), 1.2, "black"), ("SPAN", (0, 2), (-1, 2))],
    )
    return [st.heading(hl("section.totals", lang)), table]


def _old_parts_table(st: Styles, parts: tuple[OldPart, ...], width: float) -> Flowable:
    lang = st.lang
    if not parts:
        return st.p(text(hl("old.none", lang)), 9)
    rows: list[list[Any]] = [
        _muted_row(st, ["col.item", "col.part_no", "col.handling", "col.reason"])
    ]
    for part in parts:
        key = f"old.{part.handling}"
        handling = hl(key, lang) if key in _L else part.handling
        rows.append(
            [
                st.p(text(part.description), 8.5),
                st.p(text(part.part_no), 8),
                st.p(text(handling), 8.5),
                st.p(text(part.reason or "—"), 8.5),
            ]
        )
    widths = [width * 0.34, width * 0.22, width * 0.2]
    widths.append(width - sum(widths))
    return st.grid_table(rows, widths)


FORM_QR = 15 * mm
"""Side of a reference QR (quiet zone included): a short reference makes a version 1-2 code,
about 0.5 mm a module, read from a phone photo of the page as surely as the page's own."""


class _QrCell(Flowable):  # type: ignore[misc]  # reportlab has no type stubs
    """The small QR of another form of the case (scan it to find that form)."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        draw_qr(self.canv, self.payload, 0, 0, self.size)


def _form_caption(st: Styles, form: FormRef) -> str:
    lang = st.lang
    caption = hl(f"form.{form.kind}", lang)
    if form.at_delivery:
        return caption + "<br/>" + text(hl("form.at_delivery", lang))
    return caption + "<br/>" + text(hl("form.version", lang, version=form.version))


def _forms_strip(st: Styles, forms: tuple[FormRef, ...]) -> Table:
    """The QR of each of the case's other forms with its name (issue 9 item 2), in one row:
    the work order and the confirmation sheet as printed, and the documents handed over at
    delivery. The scan-back of the signed sheet tells them from the page's own QR by their
    text (a reference, never a document payload: see app/media/qr.py)."""
    lang = st.lang
    label_width = 20 * mm
    cell = (CONTENT_WIDTH - label_width) / max(len(forms), 1)
    cells: list[Any] = [st.p(text(hl("section.forms", lang)), 7.5, textColor=MUTED)]
    for form in forms:
        inner = Table(
            [[_QrCell(form.payload, FORM_QR), st.p(_form_caption(st, form), 7)]],
            colWidths=[FORM_QR + 1 * mm, cell - FORM_QR - 1 * mm],
        )
        inner.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), st.font),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        cells.append(inner)
    table = Table([cells], colWidths=[label_width] + [cell] * len(forms), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _old_parts_and_forms(st: Styles, doc: SettlementSheet) -> list[Flowable]:
    """D3 old parts, and under them the QR of the case's other forms, so the signed sheet
    leads back to them."""
    out: list[Flowable] = [
        st.heading(hl("section.old_parts", st.lang)),
        _old_parts_table(st, doc.old_parts, CONTENT_WIDTH),
    ]
    if doc.forms:
        out += [Spacer(1, 1.5 * mm), _forms_strip(st, doc.forms)]
    return out


def _render(
    kind: DocumentKind,
    doc: HandoverDocument,
    story: list[Flowable],
    out_path: Path | str,
    lang: str,
    printed_at: dt.datetime | None,
    content_key: str | None,
) -> RenderedDocument:
    return render_story(
        kind, doc, hl(f"title.{kind.value}", lang), story, out_path, lang, printed_at,
        content_key,
    )  # fmt: skip


# -- the documents ----------------------------------------------------------------------------


def render_settlement_sheet(
    doc: SettlementSheet,
    out_path: Path | str,
    lang: str = "zh_CN",
    *,
    printed_at: dt.datetime | None = None,
    content_key: str | None = None,
) -> RenderedDocument:
    """《服务结算单》 (P4, D4)."""
    explained = sum((d.amount for d in doc.differences), ZERO)
    if explained != doc.totals.total - doc.totals.estimate_total:
        # P4: never print differences that do not explain the difference of the totals.
        raise ValueError(f"differences {explained} do not explain the totals")
    st = Styles(register_cjk_font(), lang)
    story: list[Flowable] = [*sections.parties(st, doc.customer, doc.asset, doc.case)]
    story += _work_facts(st, doc)
    story += [st.heading(hl("section.lines", lang)), _lines_table(st, doc.lines)]
    story += differences_table(st, doc)
    story += _old_parts_and_forms(st, doc)
    closing = [
        *_totals(st, doc),
        Spacer(1, 1 * mm),
        st.p(text(hl("payment", lang)), 8.5),
        st.p(text(hl("statement.settlement", lang)), 9),
        Spacer(1, 1 * mm),
        st.signature_boxes(doc.case.advisor),
    ]
    story.append(KeepTogether(closing))
    return _render(DocumentKind.SETTLEMENT, doc, story, out_path, lang, printed_at, content_key)


def _parts_table(st: Styles, parts: tuple[FittedPart, ...], warranty: bool, vehicle: bool) -> Table:
    lang = st.lang
    keys = ["col.item", "col.part_no", "col.source", "col.qty"]
    keys += ["col.fitted_on", "col.warranty", "col.until"] if warranty else ["col.batch"]
    rows: list[list[Any]] = [_muted_row(st, keys)]
    for part in parts:
        row = [
            st.p(text(part.description), 8.5),
            st.p(text(part.part_no), 8),
            st.p(text(_source(st, part.source)), 8.5),
            st.p(number(part.qty), 8.5),
        ]
        if warranty:
            period = (
                hl("warranty.value", lang, months=part.warranty_months, km=f"{part.warranty_km:,}")
                if vehicle
                else hl("warranty.value_appliance", lang, months=part.warranty_months)
            )
            until = (
                hl(
                    "warranty.until_km",
                    lang,
                    date=f"{part.until:%Y-%m-%d}",
                    km=f"{part.until_km:,}",
                )
                if vehicle and part.until_km is not None
                else f"{part.until:%Y-%m-%d}"
            )
            row += [
                st.p(f"{part.fitted_on:%Y-%m-%d}", 8),
                st.p(text(period), 8),
                st.p(text(until), 8),
            ]
        else:
            row.append(st.p(text(part.batch or "—"), 8))
        rows.append(row)
    if warranty:
        widths = [38 * mm, 28 * mm, 15 * mm, 10 * mm, 20 * mm, 36 * mm]
    else:
        widths = [70 * mm, 40 * mm, 20 * mm, 15 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return st.grid_table(rows, widths)


def _photos(st: Styles, photos: tuple[Photo, ...]) -> list[Flowable]:
    out: list[Flowable] = [st.heading(hl("section.photos", st.lang))]
    usable = [p for p in photos if p.path]
    if not usable:
        out.append(st.p(text(hl("no_photos", st.lang)), 9))
        return out
    per_row = 4
    width = CONTENT_WIDTH / per_row
    cells: list[list[Any]] = []
    for start in range(0, len(usable), per_row):
        row: list[Any] = []
        for photo in usable[start : start + per_row]:
            image = Image(photo.path, width=width - 4 * mm, height=(width - 4 * mm) * 0.75)
            image.hAlign = "CENTER"
            row.append([image, st.p(text(photo.title), 7.5, alignment=1)])
        row += [""] * (per_row - len(row))
        cells.append(row)
    table = Table(cells, colWidths=[width] * per_row, hAlign="LEFT")
    table.setStyle(
        TableStyle([("FONTNAME", (0, 0), (-1, -1), st.font), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    out.append(table)
    return out


def render_repair_record(
    doc: RepairRecord,
    out_path: Path | str,
    lang: str = "zh_CN",
    *,
    printed_at: dt.datetime | None = None,
    content_key: str | None = None,
) -> RenderedDocument:
    """《维修记录》 (D5): found, done, key-step photos, parts fitted, QC result."""
    st = Styles(register_cjk_font(), lang)
    story: list[Flowable] = [*sections.parties(st, doc.customer, doc.asset, doc.case)]
    story += [
        st.heading(hl("section.found", lang)),
        st.p(text(doc.found or "—"), 9),
        st.heading(hl("section.done", lang)),
        st.key_values([(hl("technician", lang), doc.technician or "—")], columns=1),
    ]
    story += [st.p(text(f"{i}. {item}"), 9) for i, item in enumerate(doc.done, start=1)]
    story += _photos(st, doc.photos)
    story.append(st.heading(hl("section.parts", lang)))
    story.append(
        _parts_table(st, doc.parts, warranty=False, vehicle=True)
        if doc.parts
        else st.p(text(hl("no_parts", lang)), 9)
    )
    story.append(st.heading(hl("section.qc", lang)))
    qc_rows = [
        (
            hl("qc.round", lang, round=q.round),
            f"{hl('qc.' + q.result, lang)}  {q.inspector}  {_stamp(q.at)}"
            + (f"  {q.notes}" if q.notes else ""),
        )
        for q in doc.qc
    ]
    story.append(st.key_values(qc_rows or [("—", "—")], columns=1))
    return _render(DocumentKind.REPAIR_RECORD, doc, story, out_path, lang, printed_at, content_key)


def render_warranty_card(
    doc: WarrantyCard,
    out_path: Path | str,
    lang: str = "zh_CN",
    *,
    printed_at: dt.datetime | None = None,
    content_key: str | None = None,
) -> RenderedDocument:
    """《配件质保卡》 (D5): per part its warranty period and mileage from the catalogue."""
    st = Styles(register_cjk_font(), lang)
    story: list[Flowable] = [*sections.parties(st, doc.customer, doc.asset, doc.case)]
    story.append(st.heading(hl("section.warranty", lang)))
    story.append(
        _parts_table(st, doc.parts, warranty=True, vehicle=doc.vehicle)
        if doc.parts
        else st.p(text(hl("no_parts", lang)), 9)
    )
    story += [Spacer(1, 3 * mm), st.p(text(hl("warranty.terms", lang)), 8.5)]
    return _render(DocumentKind.WARRANTY_CARD, doc, story, out_path, lang, printed_at, content_key)


def render_maintenance_advice(
    doc: MaintenanceAdvice,
    out_path: Path | str,
    lang: str = "zh_CN",
    *,
    printed_at: dt.datetime | None = None,
    content_key: str | None = None,
) -> RenderedDocument:
    """《保养建议书》 (D5): advice, the next service by date and mileage, the reminder."""
    st = Styles(register_cjk_font(), lang)
    story: list[Flowable] = [*sections.parties(st, doc.customer, doc.asset, doc.case)]
    story.append(st.heading(hl("section.advice", lang)))
    story += [st.p(text(f"{i}. {item}"), 9.5) for i, item in enumerate(doc.advice, start=1)]
    none = hl("next.none", lang)
    pairs = [
        (hl("next.date", lang), f"{doc.next_date:%Y-%m-%d}" if doc.next_date else none),
        (
            hl("next.mileage", lang),
            hl("next.km", lang, km=f"{doc.next_km:,}") if doc.next_km else none,
        ),
        (
            hl("mileage_now", lang),
            hl("next.km", lang, km=f"{doc.mileage_km:,}") if doc.mileage_km else none,
        ),
        (hl("value_added", lang), "、".join(doc.value_added) if doc.value_added else none),
    ]
    story += [
        st.heading(hl("section.next", lang)),
        st.key_values(pairs),
        st.p(text(hl("next.rule", lang)), 8.5, textColor=MUTED),
        Spacer(1, 2 * mm),
        st.p(text(hl("next.reminder", lang, phone=doc.phone_masked)), 9),
    ]
    return _render(
        DocumentKind.MAINTENANCE_ADVICE, doc, story, out_path, lang, printed_at, content_key
    )


RENDERERS: dict[DocumentKind, Callable[..., RenderedDocument]] = {
    DocumentKind.SETTLEMENT: render_settlement_sheet,
    DocumentKind.REPAIR_RECORD: render_repair_record,
    DocumentKind.WARRANTY_CARD: render_warranty_card,
    DocumentKind.MAINTENANCE_ADVICE: render_maintenance_advice,
}


def render_handover(
    kind: DocumentKind,
    doc: HandoverDocument,
    out_path: Path | str,
    lang: str = "zh_CN",
    *,
    printed_at: dt.datetime | None = None,
    content_key: str | None = None,
) -> RenderedDocument:
    return RENDERERS[kind](doc, out_path, lang, printed_at=printed_at, content_key=content_key)
