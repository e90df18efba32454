"""The quarterly report's after-sales sections (issue 10 items 1–2, P5), called from
app/printing/quarterly_report.py: the weak spots among the time rules and stages against the
dealer's own targets with their trend, complaints by category with their time to resolution,
feedback scores by category (with a chart), and the settlements' differences from the signed
estimates (D4). Same fonts, tables and chart colours as the report's own sections."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from app.domain.money import from_fen
from app.printing.quarterly_report import _table  # the report's own table look
from app.services import kpi, kpi_aftercare, kpi_targets
from app.services.context import ServiceContext

TEXT: dict[str, tuple[object, object]] = {
    "weak": (
        "六、对照本店目标的薄弱环节（时限规则与各环节）",
        "6. Weak spots against the dealer's targets (time rules and stages)",
    ),
    "weak_head": (
        ("薄弱环节", "本季度", "目标", "上季度", "变化"),
        ("Weak spot", "This quarter", "Target", "Previous", "Change"),
    ),
    "weak_note": (
        "规则为按时率，环节为九成工单的最长等待（分钟）；变化为正表示改善。",
        "Rules: share on time; stages: the wait nine cases in ten stay within (minutes); a "
        "positive change is an improvement.",
    ),
    "complaints": ("七、投诉类别与解决用时", "7. Complaints by category and time to resolution"),
    "complaint_head": (
        ("类别", "投诉数", "已解决", "解决用时中位数（小时）"),
        ("Category", "Complaints", "Resolved", "Median to resolution (h)"),
    ),
    "feedback": ("八、客户评价（按类别）", "8. Customer feedback by category"),
    "feedback_text": (
        "收到评价 {n} 份，总体平均 {avg} 分（满分5分）。",
        "{n} answers, overall average {avg} of 5.",
    ),
    "feedback_head": (
        ("类别", "评分数", "平均分", "3分及以下"),
        ("Category", "Scored", "Average", "3 or less"),
    ),
    "feedback_chart": ("各类别平均分（1–5）", "Average score per category (1–5)"),
    "differences": ("九、结算与估价差异（D4）", "9. Settlement vs estimate (D4)"),
    "difference_text": (
        "已结算 {settled} 个工单，其中 {compared} 个可与签字估价对比，{differ} 个有差异："
        "高于估价合计 {more} 元，低于估价合计 {less} 元。",
        "{settled} cases settled, {compared} compared with their signed estimate, {differ} "
        "differ: {more} yuan above and {less} yuan below the estimates in total.",
    ),
    "difference_head": (
        ("差异类型", "条数", "金额（元）", "工单数"),
        ("Difference", "Rows", "Amount (yuan)", "Cases"),
    ),
    "reasons": ("最常见的差异原因：{reasons}", "Most frequent reasons: {reasons}"),
    "none": ("无", "none"),
}

CATEGORY_NAMES = {
    "wait": ("等待时间", "Waiting time"),
    "communication": ("沟通", "Communication"),
    "quality": ("维修质量", "Repair quality"),
    "price": ("价格", "Price"),
    "parts": ("配件", "Parts"),
    "cleanliness": ("清洁", "Cleanliness"),
    "other": ("其他", "Other"),
}

KIND_NAMES = {
    "labor": ("工时", "Labor"),
    "part": ("配件", "Part"),
    "discount": ("折扣", "Discount"),
    "compensation": ("补偿", "Compensation"),
    "tax": ("税额", "Tax"),
    "warranty": ("保修返修免收", "Warranty rework, not billed"),
}


def _t(key: str, zh: int) -> str:
    text = TEXT[key][zh]
    assert isinstance(text, str)
    return text


def _name(table: dict[str, tuple[str, str]], key: str, zh: int) -> str:
    names = table.get(key)
    return names[zh] if names else "—"  # an unknown code is never printed


def weak_spot_name(key: str, lang: str) -> str:
    """A weak spot's or improvement action's source as the report names it."""
    from app.printing.quarterly_report import STAGE_NAMES, _rule

    zh = 0 if lang.startswith("zh") else 1
    if kpi_targets.is_stage(key):
        start, stop = key.split("-", 1)
        return f"{STAGE_NAMES[start][zh]} → {STAGE_NAMES[stop][zh]}"
    return _rule(key, lang)


def _value(key: str, value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if kpi_targets.is_stage(key) else f"{value:.0%}"


def _trend(spot: kpi_aftercare.Weakness) -> str:
    if spot.trend is None:
        return "—"
    return f"{-spot.trend:+,.0f}" if spot.is_stage else f"{100 * spot.trend:+.0f}%"


def _yuan(fen: int) -> str:
    return f"{from_fen(fen):,.2f}"


def sections(
    ctx: ServiceContext,
    period: kpi.Period,
    lang: str,
    body: ParagraphStyle,
    head: ParagraphStyle,
    font: str,
) -> list[object]:
    """The flowables of sections 6–9 for the quarter (nothing when it has no cases)."""
    zh = 0 if lang.startswith("zh") else 1
    figures = kpi_aftercare.screen_figures(ctx, period)
    if figures.dashboard.cases == 0:
        return []
    story: list[object] = [Paragraph(_t("weak", zh), head)]
    if figures.weak:
        rows = [list(TEXT["weak_head"][zh])]  # type: ignore[call-overload]
        for spot in figures.weak:
            rows.append(
                [
                    weak_spot_name(spot.key, lang),
                    _value(spot.key, spot.value),
                    _value(spot.key, spot.target),
                    _value(spot.key, spot.previous),
                    _trend(spot),
                ]
            )
        story += [_table(rows, font), Paragraph(_t("weak_note", zh), body)]
    else:
        story.append(Paragraph(_t("none", zh), body))

    story.append(Paragraph(_t("complaints", zh), head))
    if figures.complaints:
        rows = [list(TEXT["complaint_head"][zh])]  # type: ignore[call-overload]
        for c in figures.complaints:
            median = "—" if c.median_hours is None else f"{c.median_hours:,.1f}"
            rows.append(
                [_name(CATEGORY_NAMES, c.category, zh), f"{c.count:,}", f"{c.resolved:,}", median]
            )
        story.append(_table(rows, font))
    else:
        story.append(Paragraph(_t("none", zh), body))

    feedback = figures.feedback
    story.append(Paragraph(_t("feedback", zh), head))
    average = "—" if feedback.average is None else f"{feedback.average:.2f}"
    story.append(
        Paragraph(_t("feedback_text", zh).format(n=f"{feedback.responses:,}", avg=average), body)
    )
    scored = [c for c in feedback.categories if c.scored]
    if scored:
        rows = [list(TEXT["feedback_head"][zh])]  # type: ignore[call-overload]
        for f in scored:
            rows.append(
                [
                    _name(CATEGORY_NAMES, f.category, zh),
                    f"{f.scored:,}",
                    "—" if f.average is None else f"{f.average:.2f}",
                    f"{f.weak:,}",
                ]
            )
        story += [
            _table(rows, font),
            Spacer(1, 2 * mm),
            _feedback_chart(scored, font, zh),
            Paragraph(_t("feedback_chart", zh), body),
        ]

    diffs = figures.differences
    story.append(Paragraph(_t("differences", zh), head))
    story.append(
        Paragraph(
            _t("difference_text", zh).format(
                settled=f"{diffs.settled:,}",
                compared=f"{diffs.compared:,}",
                differ=f"{diffs.differing:,}",
                more=_yuan(diffs.more_fen),
                less=_yuan(diffs.less_fen),
            ),
            body,
        )
    )
    if diffs.by_kind:
        rows = [list(TEXT["difference_head"][zh])]  # type: ignore[call-overload]
        for k in diffs.by_kind:
            rows.append(
                [
                    _name(KIND_NAMES, k.kind, zh),
                    f"{k.rows:,}",
                    _yuan(k.amount_fen),
                    f"{len(k.case_ids):,}",
                ]
            )
        story.append(_table(rows, font))
    if diffs.reasons:
        reasons = "；".join(f"{escape(r)}（{n:,}）" for r, n in diffs.reasons)
        story.append(Spacer(1, 2 * mm))  # not glued to the table above
        story.append(Paragraph(_t("reasons", zh).format(reasons=reasons), body))
    return story


def _feedback_chart(scored: list[kpi_aftercare.FeedbackCategory], font: str, zh: int) -> Drawing:
    drawing = Drawing(170 * mm, 55 * mm)
    drawing.initialFontName = font  # else the chart starts in the non-embedded Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = 15 * mm, 10 * mm
    chart.width, chart.height = 150 * mm, 40 * mm
    chart.data = [[f.average or 0.0 for f in scored]]
    chart.categoryAxis.categoryNames = [_name(CATEGORY_NAMES, f.category, zh) for f in scored]
    chart.categoryAxis.labels.fontName = font
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 5
    chart.valueAxis.valueStep = 1
    chart.valueAxis.labels.fontName = font
    chart.bars[0].fillColor = colors.HexColor("#1f5f8b")
    drawing.add(chart)
    return drawing
