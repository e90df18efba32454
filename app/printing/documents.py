"""Render the printed documents of a case to PDF.

- 《服务工单》 Service Work Order (I4): fault symptom, preliminary diagnosis, the recommended
  plan split into mandatory parts and optional maintenance items, estimated cost and hours.
- 《服务项目确认单》 Service Item Confirmation Sheet (P4): hours, part models and prices, each
  line's decision, declined items with "only XX handled" (I5), totals, signature boxes and the
  statement that work starts only after the customer's signature.
- 《服务结算单》 Settlement Sheet (P4, D4): actual materials and labor, discounts, and every
  difference from the estimate with its reason.

Every page carries a QR code with the case, order number, kind, version, content hash and
page n/m (payload.py), so a photo of the signed paper leads back to the exact version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from app.domain.errors import ValidationError
from app.printing import messages as _messages  # noqa: F401  (registers printing.* codes)
from app.printing.fonts import register_cjk_font
from app.printing.labels import label
from app.printing.layout import (
    CONTENT_WIDTH,
    DECLINED,
    MUTED,
    SHADE,
    PageHeader,
    Styles,
    build_pdf,
    mask_phone,
    money,
    number,
    percent,
    text,
)
from app.printing.model import (
    ZERO,
    ApplianceAsset,
    Asset,
    CaseInfo,
    CustomerInfo,
    DealerHeader,
    Decision,
    Discount,
    EstimateDifference,
    EstimateDocument,
    EstimateLine,
    LineKind,
    PartSource,
    RenderedDocument,
    SettlementDocument,
    SettlementLine,
    Totals,
    VehicleAsset,
    compute_totals,
    yuan,
)
from app.printing.payload import DocumentKind, content_hash, encode_payload

__all__ = [
    "ApplianceAsset",
    "Asset",
    "CaseInfo",
    "CustomerInfo",
    "DealerHeader",
    "Decision",
    "Discount",
    "EstimateDifference",
    "EstimateDocument",
    "EstimateLine",
    "LineKind",
    "PartSource",
    "RenderedDocument",
    "SettlementDocument",
    "SettlementLine",
    "Totals",
    "compute_totals",
    "render_confirmation_sheet",
    "render_document",
    "render_settlement",
    "render_work_order",
    "yuan",
]

AnyDocument = EstimateDocument | SettlementDocument


# ---------------------------------------------------------------- shared sections


def _parties(st: Styles, customer: CustomerInfo, asset: Asset, case: CaseInfo) -> list[Flowable]:
    lang = st.lang
    none = label("none", lang)
    pairs: list[tuple[str, str]] = [
        (label("customer", lang), customer.name),
        (label("phone", lang), mask_phone(customer.phone)),
    ]
    if isinstance(asset, VehicleAsset):
        section = label("section.customer", lang)
        pairs += [
            (label("plate", lang), asset.plate),
            (label("vin", lang), asset.vin),
            (label("vehicle_model", lang), asset.model),
            (
                label("mileage", lang),
                label("km", lang, km=f"{asset.mileage_km:,}")
                if asset.mileage_km is not None
                else none,
            ),
        ]
    else:
        section = label("section.customer_appliance", lang)
        pairs += [
            (label("brand", lang), asset.brand),
            (label("appliance_model", lang), asset.model),
            (label("serial", lang), asset.serial),
            (label("category", lang), asset.category or none),
        ]
    advisor = case.advisor + (f"  {case.advisor_phone}" if case.advisor_phone else "")
    pairs += [
        (label("opened_at", lang), f"{case.opened_at:%Y-%m-%d %H:%M}"),
        (label("advisor", lang), advisor),
    ]
    joiner = "、" if lang.startswith("zh") else "; "
    pairs.append((label("preferences", lang), joiner.join(customer.preferences) or none))
    return [st.heading(section), st.key_values(pairs)]


def _fault(st: Styles, case: CaseInfo) -> list[Flowable]:
    lang = st.lang
    pairs = [(label("fault", lang), case.fault_description)]
    if case.preliminary_diagnosis:
        pairs.append((label("diagnosis", lang), case.preliminary_diagnosis))
    if case.pending_observation:
        pairs.append((label("pending_observation", lang), case.pending_observation))
    return [st.heading(label("section.fault", lang)), st.key_values(pairs, columns=1)]


def _part_cell(st: Styles, kind: LineKind, model: str, source: PartSource | None) -> Any:
    if kind is LineKind.LABOR and not model:
        return st.p("—", 8)
    parts = [text(model)] if model else []
    if source is not None:
        parts.append(
            f'<font color="#555555">{text(label("source." + source.value, st.lang))}</font>'
        )
    return st.p("<br/>".join(parts) or "—", 8)


def _item_cell(
    st: Styles, line: EstimateLine | SettlementLine, *, show_decision_inline: bool
) -> Any:
    lang = st.lang
    head = ""
    if isinstance(line, EstimateLine) and line.safety_relevant:
        head = f'<font color="#b01a1a">{text(label("safety", lang))}</font>'
    markup = head + text(line.description)
    details = [text(line.code)] if line.code else []
    if isinstance(line, EstimateLine):
        if line.reason:
            details.append(
                f"{text(label('reason', lang))}{label('colon', lang)}{text(line.reason)}"
            )
        if show_decision_inline and line.decision is Decision.DECLINED:
            markup += f'  <font color="#b01a1a">[{text(label("decision.declined", lang))}]</font>'
    elif not line.in_estimate:
        markup += f'<font color="#b01a1a">{text(label("not_in_estimate", lang))}</font>'
    if details:
        markup += f'<br/><font size="7" color="#555555">{" · ".join(details)}</font>'
    return st.p(markup, 8.5)


def _amount_cell(st: Styles, value: str, *, declined: bool = False) -> Any:
    markup = f"<strike>{value}</strike>" if declined else value
    return st.p(markup, 8.5, alignment=2)


def _line_rows(
    st: Styles,
    lines: Sequence[EstimateLine | SettlementLine],
    first_no: int,
    *,
    with_decision: bool,
) -> list[list[Any]]:
    lang = st.lang
    rows: list[list[Any]] = []
    for offset, line in enumerate(lines):
        declined = isinstance(line, EstimateLine) and line.decision is Decision.DECLINED
        row: list[Any] = [
            st.p(str(first_no + offset), 8.5),
            st.p(text(label("kind." + line.kind.value, lang)), 8.5),
            _item_cell(st, line, show_decision_inline=not with_decision),
            _part_cell(st, line.kind, line.part_model, line.part_source),
            _amount_cell(st, number(line.quantity)),
            _amount_cell(st, number(line.hours) if line.hours else "—"),
            _amount_cell(st, money(line.unit_price), declined=declined),
            _amount_cell(st, money(line.amount), declined=declined),
        ]
        if with_decision and isinstance(line, EstimateLine):
            color = {Decision.DECLINED: "#b01a1a", Decision.PENDING: "#555555"}.get(
                line.decision, "#000000"
            )
            row.append(
                st.p(
                    f'<font color="{color}">{text(label("decision." + line.decision.value, lang))}</font>',
                    8.5,
                )
            )
        rows.append(row)
    return rows


def _lines_table(
    st: Styles,
    lines: Sequence[EstimateLine | SettlementLine],
    first_no: int = 1,
    *,
    with_decision: bool = False,
) -> Table:
    lang = st.lang
    keys = ["col.no", "col.kind", "col.item", "col.part", "col.qty", "col.hours"]
    keys += ["col.unit_price", "col.amount"]
    widths = [8, 10, 0, 33, 9, 10, 18, 19]
    if with_decision:
        keys.append("col.decision")
        widths.append(15 if lang.startswith("zh") else 17)
    widths_mm = [w * mm for w in widths]
    widths_mm[2] = CONTENT_WIDTH - sum(widths_mm)
    header = [st.p(text(label(key, lang)), 8, textColor=MUTED) for key in keys]
    rows = [header]
    if lines:
        rows += _line_rows(st, lines, first_no, with_decision=with_decision)
    else:
        rows.append([st.p(text(label("no_items", lang)), 8.5)] + [""] * (len(keys) - 1))
    extra: list[tuple[Any, ...]] = []
    if not lines:
        extra.append(("SPAN", (0, 1), (-1, 1)))
    return st.grid_table(rows, widths_mm, extra=extra)


def _totals_table(
    st: Styles,
    totals: Totals,
    *,
    hours_key: str,
    extra_rows: Sequence[tuple[str, str]] = (),
) -> Table:
    lang = st.lang
    rows: list[tuple[str, str]] = [
        (label(hours_key, lang), label("hours_value", lang, hours=number(totals.hours))),
        (label("labor_total", lang), money(totals.labor)),
        (label("parts_total", lang), money(totals.parts)),
    ]
    if totals.discount:
        rows.append((label("discount_total", lang), "-" + money(totals.discount)))
    tax_key = "tax_included" if totals.tax_included else "tax"
    rows.append((label(tax_key, lang, rate=percent(totals.tax_rate)), money(totals.tax)))
    rows.append((label("grand_total", lang), "¥ " + money(totals.total)))
    # One row of figures across the page (labels above values) keeps the totals, the
    # statement and the signature boxes on the page with the items for a typical estimate.
    grand = len(rows) - 1
    rows += extra_rows
    widths = [CONTENT_WIDTH / len(rows)] * len(rows)
    cells = [
        [st.p(text(key), 8, alignment=1, textColor=MUTED) for key, _ in rows],
        [
            st.p(text(value), 12 if i == grand else 9.5, alignment=1)
            for i, (_, value) in enumerate(rows)
        ],
    ]
    table = st.grid_table(
        cells,
        widths,
        header=False,
        extra=[
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("BOX", (grand, 0), (grand, 1), 1.2, "black"),
            ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
        ],
    )
    return table


def _closing(
    st: Styles, totals_block: list[Flowable], statement_key: str, advisor: str
) -> Flowable:
    """Totals, statement and signature boxes never split across pages (P4: the customer
    signs, on the same sheet, the sum they have just read)."""
    return KeepTogether(
        [
            *totals_block,
            Spacer(1, 2.5 * mm),
            st.p(text(label(statement_key, st.lang)), 9.5),
            Spacer(1, 2 * mm),
            st.signature_boxes(advisor),
        ]
    )


def _estimate_totals(st: Styles, doc: EstimateDocument, heading_key: str) -> list[Flowable]:
    block: list[Flowable] = [
        st.heading(label(heading_key, st.lang)),
        _totals_table(st, doc.totals, hours_key="total_hours"),
    ]
    if any(not line.counted for line in doc.lines):
        block.append(
            st.p(text(label("estimate_total_note", st.lang)), 8, alignment=2, textColor=MUTED)
        )
    return block


def _check_estimate(doc: EstimateDocument) -> None:
    for line in doc.lines:
        if (
            line.decision is Decision.DECLINED
            and line.mandatory
            and line.safety_relevant
            and not line.acknowledged
        ):
            # I5 + issue 3: declining a safety-relevant mandatory line needs the customer's
            # explicit acknowledgement; never print a sheet for signature without it.
            raise ValidationError("printing.safety_decline_unacknowledged", item=line.description)
    doc.totals.check()
    counted = [line for line in doc.lines if line.counted]
    labor = sum((ln.amount for ln in counted if ln.kind is LineKind.LABOR), ZERO)
    parts = sum((ln.amount for ln in counted if ln.kind is LineKind.PART), ZERO)
    if (labor, parts) != (doc.totals.labor, doc.totals.parts):
        raise ValueError(
            f"estimate totals {doc.totals.labor}/{doc.totals.parts} differ from the lines "
            f"{labor}/{parts}"
        )


def _render(
    kind: DocumentKind,
    doc: AnyDocument,
    story: list[Flowable],
    out_path: Path,
    lang: str,
    printed_at: dt.datetime | None,
) -> RenderedDocument:
    full_hash = content_hash(doc)
    case = doc.case
    header = PageHeader(
        dealer_name=doc.dealer.name,
        dealer_address=doc.dealer.address,
        dealer_phone=doc.dealer.phone,
        title=label("title." + kind.value, lang),
        order_no=case.order_no,
        version=doc.version,
        check_code=full_hash[:16],
        printed_at=printed_at or dt.datetime.now(),
        lang=lang,
    )

    def payload_for_page(page: int, pages: int) -> str:
        return encode_payload(
            case_id=case.case_id,
            order_no=case.order_no,
            kind=kind,
            version=doc.version,
            content_hash=full_hash,
            page=page,
            pages=pages,
        )

    pages, payloads = build_pdf(Path(out_path), story, header, payload_for_page)
    return RenderedDocument(
        path=Path(out_path),
        kind=kind,
        order_no=case.order_no,
        case_id=case.case_id,
        version=doc.version,
        content_hash=full_hash,
        page_count=pages,
        payloads=payloads,
    )


# ---------------------------------------------------------------- the documents


def render_work_order(
    doc: EstimateDocument,
    out_path: Path,
    lang: str = "zh_CN",
    *,
    printed_at: dt.datetime | None = None,
) -> RenderedDocument:
    """《服务工单》 (I4): fault, preliminary diagnosis, mandatory and optional items, estimate."""
    _check_estimate(doc)
    st = Styles(register_cjk_font(), lang)
    story: list[Flowable] = [*_parties(st, doc.customer, doc.asset, doc.case)]
    story += _fault(st, doc.case)
    story.append(st.heading(label("section.plan", lang)))
    mandatory = [line for line in doc.lines if line.mandatory]
    optional = [line for line in doc.lines if not line.mandatory]
    number_ = 1
    for group_key, group in (("group.mandatory", mandatory), ("group.optional", optional)):
        subtotal = sum((ln.amount for ln in group if ln.counted), ZERO)
        hours = sum((ln.hours for ln in group if ln.counted), ZERO)
        caption = (
            f"{text(label(group_key, lang))}　"
            f'<font size="8" color="#555555">'
            f"{text(label('group_subtotal', lang, amount=money(subtotal), hours=number(hours)))}"
            "</font>"
        )
        story += [Spacer(1, 1.5 * mm), st.p(caption, 9.5), Spacer(1, 1 * mm)]
        story.append(_lines_table(st, group, number_))
        number_ += len(group)
    story.append(
        _closing(
            st,
            _estimate_totals(st, doc, "section.estimate_totals"),
            "statement.work_order",
            doc.case.advisor,
        )
    )
    return _render(DocumentKind.WORK_ORDER, doc, story, out_path, lang, printed_at)


def _declined_section(st: Styles, lines: Sequence[EstimateLine]) -> list[Flowable]:
    """I5: declined items stay on the sheet, with "仅处理XX问题，其他项目客户暂不考虑"."""
    lang = st.lang
    declined = [line for line in lines if line.decision is Decision.DECLINED]
    if not declined:
        return []
    handled = [line.description for line in lines if line.counted]
    sentence = (
        label("declined_sentence", lang, handled=label("handled_join", lang).join(handled))
        if handled
        else label("declined_all", lang)
    )
    joiner = label("handled_join", lang)
    items = joiner.join(line.description for line in declined)
    flow: list[Flowable] = [
        st.heading(label("section.declined", lang)),
        st.p(text(sentence), 10, textColor=DECLINED),
        st.p(text(label("declined_list", lang, items=items)), 9),
    ]
    for line in declined:
        if line.safety_relevant:
            markup = (
                f'<font color="#b01a1a">{text(label("safety", lang))}{text(line.description)}{label("colon", lang)}'
                f"{text(label('safety_ack', lang))}</font>"
            )
            flow.append(st.p(markup, 9))
    return flow


def render_confirmation_sheet(
    doc: EstimateDocument,
    out_path: Path,
    lang: str = "zh_CN",
    *,
    printed_at: dt.datetime | None = None,
) -> RenderedDocument:
    """《服务项目确认单》 (P4): what the customer signs before any work starts."""
    _check_estimate(doc)
    st = Styles(register_cjk_font(), lang)
    story: list[Flowable] = [*_parties(st, doc.customer, doc.asset, doc.case)]
    story += _fault(st, doc.case)
    story.append(st.heading(label("section.items", lang)))
    ordered = [line for line in doc.lines if line.mandatory]
    ordered += [line for line in doc.lines if not line.mandatory]
    story.append(_lines_table(st, ordered, with_decision=True))
    story += _declined_section(st, ordered)
    story.append(
        _closing(
            st,
            _estimate_totals(st, doc, "section.totals"),
            "statement.confirmation",
            doc.case.advisor,
        )
    )
    return _render(DocumentKind.CONFIRMATION_SHEET, doc, story, out_path, lang, printed_at)


def _check_settlement(doc: SettlementDocument) -> None:
    doc.totals.check()
    labor = sum((ln.amount for ln in doc.lines if ln.kind is LineKind.LABOR), ZERO)
    parts = sum((ln.amount for ln in doc.lines if ln.kind is LineKind.PART), ZERO)
    discount = sum((d.amount for d in doc.discounts), ZERO)
    if (labor, parts, discount) != (doc.totals.labor, doc.totals.parts, doc.totals.discount):
        raise ValueError("settlement totals differ from its lines and discounts")


def render_settlement(
    doc: SettlementDocument,
    out_path: Path,
    lang: str = "zh_CN",
    *,
    printed_at: dt.datetime | None = None,
) -> RenderedDocument:
    """《服务结算单》 (P4, D4): actual materials, labor, discounts, differences with reasons."""
    _check_settlement(doc)
    st = Styles(register_cjk_font(), lang)
    story: list[Flowable] = [*_parties(st, doc.customer, doc.asset, doc.case)]
    story.append(st.heading(label("section.actual", lang)))
    story.append(_lines_table(st, doc.lines))
    if doc.discounts:
        story.append(st.heading(label("section.discounts", lang)))
        rows: list[list[Any]] = [
            [
                st.p(text(label("col.description", lang)), 8, textColor=MUTED),
                st.p(text(label("col.amount", lang)), 8, textColor=MUTED),
            ]
        ]
        rows += [
            [st.p(text(d.description), 8.5), _amount_cell(st, "-" + money(d.amount))]
            for d in doc.discounts
        ]
        story.append(st.grid_table(rows, [CONTENT_WIDTH - 30 * mm, 30 * mm]))
    story.append(st.heading(label("section.differences", lang)))
    if doc.differences:
        rows = [
            [
                st.p(text(label(key, lang)), 8, textColor=MUTED)
                for key in ("col.description", "reason", "col.difference")
            ]
        ]
        rows += [
            [
                st.p(text(d.description), 8.5),
                st.p(text(d.reason), 8.5),
                _amount_cell(st, ("+" if d.amount > 0 else "") + money(d.amount)),
            ]
            for d in doc.differences
        ]
        story.append(st.grid_table(rows, [60 * mm, CONTENT_WIDTH - 90 * mm, 30 * mm]))
    else:
        story.append(st.p(text(label("no_differences", lang)), 9))
    delta = doc.totals.total - doc.estimate_total
    totals_block: list[Flowable] = [
        st.heading(label("section.totals", lang)),
        _totals_table(
            st,
            doc.totals,
            hours_key="actual_hours",
            extra_rows=[
                (label("estimate_total", lang), money(doc.estimate_total)),
                (label("difference_total", lang), ("+" if delta > 0 else "") + money(delta)),
            ],
        ),
    ]
    story.append(_closing(st, totals_block, "statement.settlement", doc.case.advisor))
    return _render(DocumentKind.SETTLEMENT, doc, story, out_path, lang, printed_at)


def render_document(
    kind: DocumentKind | str,
    doc: AnyDocument,
    out_path: Path,
    lang: str = "zh_CN",
    *,
    printed_at: dt.datetime | None = None,
) -> RenderedDocument:
    """Dispatch by kind (CLI `print work-order|confirmation`, batch printing)."""
    kind = DocumentKind(kind)
    if kind is DocumentKind.SETTLEMENT and isinstance(doc, SettlementDocument):
        return render_settlement(doc, out_path, lang, printed_at=printed_at)
    if isinstance(doc, EstimateDocument):
        if kind is DocumentKind.WORK_ORDER:
            return render_work_order(doc, out_path, lang, printed_at=printed_at)
        if kind is DocumentKind.CONFIRMATION_SHEET:
            return render_confirmation_sheet(doc, out_path, lang, printed_at=printed_at)
    raise ValueError(f"cannot render {kind.value} from {type(doc).__name__}")
