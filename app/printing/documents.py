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
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.domain.errors import ValidationError
from app.printing import messages as _messages  # noqa: F401  (registers printing.* codes)
from app.printing import sections
from app.printing.fonts import register_cjk_font
from app.printing.labels import LABELS, label
from app.printing.layout import (
    CONTENT_WIDTH,
    DECLINED,
    MUTED,
    Styles,
    hours_text,
    money,
    render_story,
    text,
)
from app.printing.model import (
    ZERO,
    ApplianceAsset,
    Asset,
    CaseInfo,
    ChangeKind,
    CustomerInfo,
    DamageNote,
    DealerHeader,
    Decision,
    Discount,
    EstimateDifference,
    EstimateDocument,
    EstimateLine,
    IntakeSummary,
    LineChange,
    LineKind,
    LineState,
    PartSource,
    RenderedDocument,
    SettlementDocument,
    SettlementLine,
    Totals,
    VersionChanges,
    compute_totals,
    yuan,
)
from app.printing.payload import DocumentKind

__all__ = [
    "ApplianceAsset",
    "Asset",
    "CaseInfo",
    "ChangeKind",
    "CustomerInfo",
    "DamageNote",
    "DealerHeader",
    "Decision",
    "Discount",
    "EstimateDifference",
    "EstimateDocument",
    "EstimateLine",
    "IntakeSummary",
    "LineChange",
    "LineKind",
    "LineState",
    "PartSource",
    "RenderedDocument",
    "SettlementDocument",
    "SettlementLine",
    "Totals",
    "VersionChanges",
    "compute_totals",
    "render_confirmation_sheet",
    "render_document",
    "render_settlement",
    "render_work_order",
    "yuan",
]

AnyDocument = EstimateDocument | SettlementDocument


# ---------------------------------------------------------------- checks and rendering


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
    out_path: Path | str,
    lang: str,
    printed_at: dt.datetime | None,
    content_key: str | None = None,
) -> RenderedDocument:
    return render_story(
        kind, doc, label("title." + kind.value, lang), story, out_path, lang, printed_at,
        content_key,
    )  # fmt: skip


def render_work_order(
    doc: EstimateDocument,
    out_path: Path | str,
    lang: str = "zh_CN",
    *,
    printed_at: dt.datetime | None = None,
    content_key: str | None = None,
) -> RenderedDocument:
    """《服务工单》 (I4): fault, preliminary diagnosis, mandatory and optional items, estimate."""
    _check_estimate(doc)
    st = Styles(register_cjk_font(), lang)
    story: list[Flowable] = [*sections.parties(st, doc.customer, doc.asset, doc.case)]
    story += sections.fault(st, doc.case)
    story += _intake_section(st, doc)
    story.append(st.heading(label("section.plan", lang)))
    mandatory = [line for line in doc.lines if line.mandatory]
    optional = [line for line in doc.lines if not line.mandatory]
    number_ = 1
    for group_key, group in (("group.mandatory", mandatory), ("group.optional", optional)):
        subtotal = sum((ln.amount for ln in group if ln.counted), ZERO)
        hours = sum((ln.hours for ln in group if ln.counted), ZERO)
        note = label("group_subtotal", lang, amount=money(subtotal), hours=hours_text(hours))
        declined_amount = sum((ln.amount for ln in group if ln.decision is Decision.DECLINED), ZERO)
        if declined_amount:
            # Issue 11: what was recommended stays visible when the customer declined it.
            recommended = label("group_recommended", lang, amount=money(declined_amount))
            note += label("handled_join", lang) + recommended
        caption = (
            f'{text(label(group_key, lang))}　<font size="8" color="#555555">{text(note)}</font>'
        )
        story += [Spacer(1, 1.5 * mm), st.p(caption, 9.5), Spacer(1, 1 * mm)]
        story.append(sections.lines_table(st, group, number_))
        number_ += len(group)
    # I5 on the work order too: "仅处理XX问题，其他项目客户暂不考虑" (issue 11 item 4); the
    # lines themselves carry their [暂不考虑] tags, so the sentence alone.
    story += _declined_sentence(st, doc.lines)
    story.append(
        sections.closing(
            st,
            sections.estimate_totals(st, doc, "section.estimate_totals"),
            "statement.work_order",
            doc.case.advisor,
        )
    )
    return _render(DocumentKind.WORK_ORDER, doc, story, out_path, lang, printed_at, content_key)


def _declined_section(st: Styles, lines: Sequence[EstimateLine]) -> list[Flowable]:
    """I5: declined items stay on the sheet, with "仅处理XX问题，其他项目客户暂不考虑"."""
    lang = st.lang
    declined = [line for line in lines if line.decision is Decision.DECLINED]
    if not declined:
        return []
    sentence = _handled_sentence(lines, lang)
    joiner = label("handled_join", lang)
    items = joiner.join(line.description for line in declined)
    flow: list[Flowable] = [
        st.heading(label("section.declined", lang)),
        st.p(text(sentence), 10, textColor=DECLINED),
        st.p(text(label("declined_list", lang, items=items)), 9),
    ]
    for line in declined:
        if line.safety_relevant:
            # Print what was recorded (issue 11): acknowledged or not.
            said = "safety_ack" if line.acknowledged else "safety_not_acknowledged"
            markup = (
                f'<font color="#b01a1a">{text(label("safety", lang))}{text(line.description)}{label("colon", lang)}'
                f"{text(label(said, lang))}</font>"
            )
            flow.append(st.p(markup, 9))
    # Issue 11: never split across pages: the section goes inside the closing block that
    # keeps the last items, totals and signatures together.
    return flow


def _declined_sentence(st: Styles, lines: Sequence[EstimateLine]) -> list[Flowable]:
    """The work order's "仅处理XX问题，其他项目客户暂不考虑" sentence alone (I5)."""
    if not any(line.decision is Decision.DECLINED for line in lines):
        return []
    sentence = _handled_sentence(lines, st.lang)
    return [Spacer(1, 1.5 * mm), KeepTogether([st.p(text(sentence), 9.5, textColor=DECLINED)])]


_SPEC = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")
_VERBS = ("更换", "检修", "维修", "修复", "清洗", "检查", "replace ", "repair ", "clean ", "check ")


def _core(name: str) -> str:
    """The thing a line is about, as a customer names it: "前刹车片（一套）" -> "前刹车片",
    "机油 0W-20（4L）" -> "机油 0W-20"; the pack size or grade in brackets is dropped."""
    return _SPEC.sub("", name).strip()


def _job(name: str) -> str:
    """A labor line's object without its verb: "更换前刹车片" -> "前刹车片"."""
    core = _core(name)
    for verb in _VERBS:
        if core.lower().startswith(verb):
            return core[len(verb) :].strip()
    return core


def handled_problems(lines: Sequence[EstimateLine]) -> list[str]:
    """I5 in the customer's words: what will be handled, named by the part or the job the
    customer recognises, never by a labor line ("更换前刹车片工时") or its code. A labor line that
    fits a part already named (the labor of fitting it) adds nothing; a job without a part
    (四轮定位, 常规保养) is named by itself."""
    counted = [line for line in lines if line.counted]
    parts = [_core(line.description) for line in counted if line.kind is LineKind.PART]
    named: list[str] = []

    def add(name: str) -> None:
        if name and name.lower() not in (n.lower() for n in named):
            named.append(name)

    for line in counted:
        if line.kind is LineKind.PART:
            add(_core(line.description))
            continue
        job = _job(line.description).removesuffix("工时").strip()
        low = job.lower()
        if any(low and (low in p.lower() or p.lower() in low) for p in parts):
            continue  # the labor of fitting a part already named
        add(job)
    return named


def _handled_sentence(lines: Sequence[EstimateLine], lang: str) -> str:
    handled = handled_problems(lines)
    if not handled:
        return label("declined_all", lang)
    return label("handled_sentence", lang, handled=label("handled_join", lang).join(handled))


def _intake_section(st: Styles, doc: EstimateDocument) -> list[Flowable]:
    """The work order's promised completion time and walk-around summary (I1, W5), as a
    paper 委托书 carries them."""
    lang = st.lang
    case = doc.case
    promised = (
        f"{case.promised_at:%Y-%m-%d %H:%M}" if case.promised_at else label("promised_unset", lang)
    )
    pairs: list[tuple[str, str]] = [(label("promised_at", lang), promised)]
    intake = doc.intake
    if intake is None:
        pairs.append((label("damages", lang), label("intake_missing", lang)))
        return [st.heading(label("section.intake", lang)), st.key_values(pairs)]
    # The mileage is with the vehicle above (parties).
    if intake.fuel_level:
        fuel = intake.fuel_level
        pairs.append((label("fuel", lang), label("fuel.F", lang) if fuel == "F" else fuel))
    if intake.keys is not None:
        pairs.append((label("keys", lang), label("keys_value", lang, keys=intake.keys)))
    if intake.valuables:
        pairs.append((label("valuables", lang), intake.valuables))
    if len(pairs) % 2:
        pairs.append(("", ""))
    damages = [_damage_text(d, lang) for d in intake.damages]
    listed = label("handled_join", lang).join(damages) if damages else label("no_damage", lang)
    return [
        st.heading(label("section.intake", lang)),
        st.key_values(pairs),
        st.key_values([(label("damages", lang), listed)], columns=1),
    ]


def _damage_text(damage: DamageNote, lang: str) -> str:
    def named(key: str, fallback: str) -> str:
        return label(key, lang) if key in LABELS else fallback

    text_ = label(
        "damage_item",
        lang,
        zone=named(f"zone.{damage.zone}", damage.zone.replace("_", " ")),
        kind=named(f"damage.{damage.kind}", damage.kind),
        severity=named(f"severity.{damage.severity}", str(damage.severity)),
    )
    if not damage.note:
        return text_
    # The advisor's own note, as written (free text is not translated).
    return text_ + (f"（{damage.note}）" if lang.startswith("zh") else f" ({damage.note})")


def _state_text(state: LineState | None, lang: str) -> str:
    if state is None:
        return "—"
    parts = [money(state.amount)]
    if state.quantity != 1:
        parts.append(label("qty_value", lang, qty=format(state.quantity.normalize(), "f")))
    if state.hours:
        parts.append(label("hours_value", lang, hours=hours_text(state.hours)))
    parts.append(label("decision." + state.decision.value, lang))
    return " · ".join(parts)


def _changes_section(st: Styles, doc: EstimateDocument) -> list[Flowable]:
    """A revised sheet says what changed against the version the customer signed before:
    lines added, removed and changed, and the total before and after (P4)."""
    changes = doc.changes
    if changes is None:
        return []
    lang = st.lang
    flow: list[Flowable] = [
        st.heading(label("section.changes", lang, version=changes.signed_version))
    ]
    if changes.changes:
        header = [
            st.p(text(label("col.change", lang)), 8, textColor=MUTED),
            st.p(text(label("col.item_plain", lang)), 8, textColor=MUTED),
            st.p(text(label("col.before", lang, version=changes.signed_version)), 8,
                 textColor=MUTED),
            st.p(text(label("col.after", lang, version=doc.version)), 8, textColor=MUTED),
        ]  # fmt: skip
        rows: list[list[Any]] = [header]
        for change in changes.changes:
            color = "#b01a1a" if change.change is ChangeKind.REMOVED else "#000000"
            rows.append(
                [
                    st.p(
                        f'<font color="{color}">'
                        f"{text(label('change.' + change.change.value, lang))}</font>",
                        8.5,
                    ),
                    st.p(text(change.description), 8.5),
                    st.p(text(_state_text(change.before, lang)), 8.5),
                    st.p(text(_state_text(change.after, lang)), 8.5),
                ]
            )
        widths = [16 * mm, 0.0, 50 * mm, 50 * mm]
        widths[1] = CONTENT_WIDTH - sum(widths)
        flow.append(st.grid_table(rows, widths))
    else:
        flow.append(st.p(text(label("changes_none", lang)), 9))
    delta = changes.total_after - changes.total_before
    flow.append(Spacer(1, 1 * mm))
    flow.append(
        st.p(
            text(
                label(
                    "changes_total",
                    lang,
                    before_version=changes.signed_version,
                    before=money(changes.total_before),
                    after=money(changes.total_after),
                    delta=("+" if delta > 0 else "") + money(delta),
                )
            ),
            9.5,
        )
    )
    return flow


def render_confirmation_sheet(
    doc: EstimateDocument,
    out_path: Path | str,
    lang: str = "zh_CN",
    *,
    printed_at: dt.datetime | None = None,
    content_key: str | None = None,
) -> RenderedDocument:
    """《服务项目确认单》 (P4): what the customer signs before any work starts."""
    _check_estimate(doc)
    st = Styles(register_cjk_font(), lang)
    story: list[Flowable] = [*sections.parties(st, doc.customer, doc.asset, doc.case)]
    story += sections.fault(st, doc.case)
    story += _changes_section(st, doc)
    story.append(st.heading(label("section.items", lang)))
    ordered = [line for line in doc.lines if line.mandatory]
    ordered += [line for line in doc.lines if not line.mandatory]
    # Issue 11: the last items go with the totals and signatures, so the page the customer
    # signs always lists items; the declined sentence follows them.
    cut = max(1, len(ordered) - sections.TAIL_LINES) if len(ordered) > sections.TAIL_LINES else 0
    head, last = ordered[:cut], ordered[cut:]
    tail: list[Flowable] = []
    if head:
        story.append(sections.lines_table(st, head, with_decision=True))
        tail.append(sections.lines_table(st, last, cut + 1, with_decision=True, with_header=False))
    else:
        tail.append(sections.lines_table(st, ordered, with_decision=True))
    tail += _declined_section(st, ordered)
    story.append(
        sections.closing(
            st,
            sections.estimate_totals(st, doc, "section.totals"),
            "statement.confirmation",
            doc.case.advisor,
            tail,
        )
    )
    return _render(
        DocumentKind.CONFIRMATION_SHEET, doc, story, out_path, lang, printed_at, content_key
    )


def _check_settlement(doc: SettlementDocument) -> None:
    doc.totals.check()
    labor = sum((ln.amount for ln in doc.lines if ln.kind is LineKind.LABOR), ZERO)
    parts = sum((ln.amount for ln in doc.lines if ln.kind is LineKind.PART), ZERO)
    discount = sum((d.amount for d in doc.discounts), ZERO)
    if (labor, parts, discount) != (doc.totals.labor, doc.totals.parts, doc.totals.discount):
        raise ValueError("settlement totals differ from its lines and discounts")


def render_settlement(
    doc: SettlementDocument,
    out_path: Path | str,
    lang: str = "zh_CN",
    *,
    printed_at: dt.datetime | None = None,
    content_key: str | None = None,
) -> RenderedDocument:
    """《服务结算单》 (P4, D4): actual materials, labor, discounts, differences with reasons."""
    _check_settlement(doc)
    st = Styles(register_cjk_font(), lang)
    story: list[Flowable] = [*sections.parties(st, doc.customer, doc.asset, doc.case)]
    story.append(st.heading(label("section.actual", lang)))
    story.append(sections.lines_table(st, doc.lines))
    if doc.discounts:
        story.append(st.heading(label("section.discounts", lang)))
        rows: list[list[Any]] = [
            [
                st.p(text(label("col.description", lang)), 8, textColor=MUTED),
                st.p(text(label("col.amount", lang)), 8, textColor=MUTED),
            ]
        ]
        rows += [
            [st.p(text(d.description), 8.5), sections.amount_cell(st, "-" + money(d.amount))]
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
                sections.amount_cell(st, ("+" if d.amount > 0 else "") + money(d.amount)),
            ]
            for d in doc.differences
        ]
        story.append(st.grid_table(rows, [60 * mm, CONTENT_WIDTH - 90 * mm, 30 * mm]))
    else:
        story.append(st.p(text(label("no_differences", lang)), 9))
    delta = doc.totals.total - doc.estimate_total
    totals_block: list[Flowable] = [
        st.heading(label("section.totals", lang)),
        sections.totals_table(
            st,
            doc.totals,
            hours_key="actual_hours",
            extra_rows=[
                (label("estimate_total", lang), money(doc.estimate_total)),
                (label("difference_total", lang), ("+" if delta > 0 else "") + money(delta)),
            ],
        ),
    ]
    story.append(sections.closing(st, totals_block, "statement.settlement", doc.case.advisor))
    return _render(DocumentKind.SETTLEMENT, doc, story, out_path, lang, printed_at, content_key)


def render_document(
    kind: DocumentKind | str,
    doc: AnyDocument,
    out_path: Path | str,
    lang: str = "zh_CN",
    *,
    printed_at: dt.datetime | None = None,
    content_key: str | None = None,
) -> RenderedDocument:
    """Dispatch by kind (CLI `print work-order|confirmation`, batch printing)."""
    kind = DocumentKind(kind)
    if kind is DocumentKind.SETTLEMENT and isinstance(doc, SettlementDocument):
        return render_settlement(
            doc, out_path, lang, printed_at=printed_at, content_key=content_key
        )
    if isinstance(doc, EstimateDocument):
        if kind is DocumentKind.WORK_ORDER:
            return render_work_order(
                doc, out_path, lang, printed_at=printed_at, content_key=content_key
            )
        if kind is DocumentKind.CONFIRMATION_SHEET:
            return render_confirmation_sheet(
                doc, out_path, lang, printed_at=printed_at, content_key=content_key
            )
    raise ValueError(f"cannot render {kind.value} from {type(doc).__name__}")
