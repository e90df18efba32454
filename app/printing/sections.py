"""Sections shared by the printed documents: parties, fault and diagnosis, item tables,
totals and the closing statement with signature boxes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from app.printing.labels import label
from app.printing.layout import (
    CONTENT_WIDTH,
    MUTED,
    SHADE,
    Styles,
    hours_text,
    mask_phone,
    money,
    number,
    percent,
    text,
)
from app.printing.model import (
    Asset,
    CaseInfo,
    CustomerInfo,
    Decision,
    EstimateDocument,
    EstimateLine,
    LineKind,
    PartSource,
    SettlementLine,
    Totals,
    VehicleAsset,
)


def parties(st: Styles, customer: CustomerInfo, asset: Asset, case: CaseInfo) -> list[Flowable]:
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
        ]
        if asset.category:  # an unknown category is left out rather than printed as "none"
            pairs.append((label("category", lang), asset.category))
    advisor = case.advisor + (f"  {case.advisor_phone}" if case.advisor_phone else "")
    pairs += [
        (label("opened_at", lang), f"{case.opened_at:%Y-%m-%d %H:%M}"),
        (label("advisor", lang), advisor),
    ]
    joiner = "、" if lang.startswith("zh") else "; "
    pairs.append((label("preferences", lang), joiner.join(customer.preferences) or none))
    return [st.heading(section), st.key_values(pairs)]


def fault(st: Styles, case: CaseInfo) -> list[Flowable]:
    lang = st.lang
    pairs = [(label("fault", lang), case.fault_description)]
    if case.preliminary_diagnosis:
        pairs.append((label("diagnosis", lang), case.preliminary_diagnosis))
    if case.pending_observation:
        pairs.append((label("pending_observation", lang), case.pending_observation))
    return [st.heading(label("section.fault", lang)), st.key_values(pairs, columns=1)]


def part_cell(st: Styles, kind: LineKind, model: str, source: PartSource | None) -> Any:
    if kind is LineKind.LABOR and not model:
        return st.p("—", 8)
    if kind is LineKind.PART and not model:
        # Issue 11: a part without a number says so rather than printing the source alone.
        model = label("model_unrecorded", st.lang)
    parts = [text(model)] if model else []
    if source is not None:
        parts.append(
            f'<font color="#555555">{text(label("source." + source.value, st.lang))}</font>'
        )
    return st.p("<br/>".join(parts) or "—", 8)


def item_cell(
    st: Styles, line: EstimateLine | SettlementLine, *, show_decision_inline: bool
) -> Any:
    lang = st.lang
    head = ""
    if isinstance(line, EstimateLine) and line.safety_relevant:
        head = f'<font color="#b01a1a">{text(label("safety", lang))}</font>'
    markup = head + text(line.description)
    if line.own_name and not lang.startswith("zh"):
        # An English copy keeps a name the catalogue has no English for, and says why.
        markup += f'<font size="7" color="#555555">{text(label("own_name", lang))}</font>'
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


def amount_cell(st: Styles, value: str, *, declined: bool = False) -> Any:
    markup = f"<strike>{value}</strike>" if declined else value
    return st.p(markup, 8.5, alignment=2)


def line_rows(
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
        # Labor is one amount (hours x rate): the unit column shows the hourly rate, not the
        # line amount (issue 11: "工时 3, 单价 720, 金额 720").
        labor_rate = (
            line.amount / line.hours
            if line.kind is LineKind.LABOR and line.hours and line.quantity == 1
            else None
        )
        row: list[Any] = [
            st.p(str(first_no + offset), 8.5),
            st.p(text(label("kind." + line.kind.value, lang)), 8.5),
            item_cell(st, line, show_decision_inline=not with_decision),
            part_cell(st, line.kind, line.part_model, line.part_source),
            amount_cell(st, "—" if labor_rate else number(line.quantity)),
            amount_cell(st, hours_text(line.hours) if line.hours else "—"),
            amount_cell(
                st,
                (
                    f'{money(labor_rate)}<font size="6" color="#555555">'
                    f"{text(label('per_hour', lang))}</font>"
                )
                if labor_rate
                else money(line.unit_price),
                declined=declined,
            ),
            amount_cell(st, money(line.amount), declined=declined),
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


def lines_table(
    st: Styles,
    lines: Sequence[EstimateLine | SettlementLine],
    first_no: int = 1,
    *,
    with_decision: bool = False,
    with_header: bool = True,
) -> Table:
    lang = st.lang
    with_reasons = any(isinstance(line, EstimateLine) for line in lines) or not lines
    item_key = "col.item" if with_reasons else "col.item_plain"
    keys = ["col.no", "col.kind", item_key, "col.part", "col.qty", "col.hours"]
    keys += ["col.unit_price", "col.amount"]
    widths = [8, 10, 0, 31, 9, 12, 18, 19]
    if with_decision:
        keys.append("col.decision")
        widths.append(15 if lang.startswith("zh") else 17)
    widths_mm = [w * mm for w in widths]
    widths_mm[2] = CONTENT_WIDTH - sum(widths_mm)
    header = [st.p(text(label(key, lang)), 8, textColor=MUTED) for key in keys]
    rows = [header] if with_header else []
    if lines:
        rows += line_rows(st, lines, first_no, with_decision=with_decision)
    else:
        rows.append([st.p(text(label("no_items", lang)), 8.5)] + [""] * (len(keys) - 1))
    extra: list[tuple[Any, ...]] = []
    if not lines:
        extra.append(("SPAN", (0, 1), (-1, 1)))
    return st.grid_table(rows, widths_mm, extra=extra, header=with_header)


def totals_table(
    st: Styles,
    totals: Totals,
    *,
    hours_key: str,
    extra_rows: Sequence[tuple[str, str]] = (),
) -> Table:
    lang = st.lang
    rows: list[tuple[str, str]] = [
        (label(hours_key, lang), label("hours_value", lang, hours=hours_text(totals.hours))),
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


TAIL_LINES = 2
"""Item lines kept on the signature page (issue 11: never a signature page without items)."""


def closing(
    st: Styles,
    totals_block: list[Flowable],
    statement_key: str,
    advisor: str,
    tail: Sequence[Flowable] = (),
) -> Flowable:
    """The last items (`tail`), totals, statement and signature boxes never split across
    pages (P4: the customer signs, on the same sheet, the items and sum just read)."""
    return KeepTogether(
        [
            *tail,
            *totals_block,
            Spacer(1, 2.5 * mm),
            st.p(text(label(statement_key, st.lang)), 9.5),
            Spacer(1, 2 * mm),
            st.signature_boxes(advisor),
        ]
    )


def estimate_totals(st: Styles, doc: EstimateDocument, heading_key: str) -> list[Flowable]:
    block: list[Flowable] = [
        st.heading(label(heading_key, st.lang)),
        totals_table(st, doc.totals, hours_key="total_hours"),
    ]
    if any(not line.counted for line in doc.lines):
        block.append(
            st.p(text(label("estimate_total_note", st.lang)), 8, alignment=2, textColor=MUTED)
        )
    return block
