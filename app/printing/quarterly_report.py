"""The quarterly improvement report (P5): the quarter's figures with their own chart drawings
(reportlab.graphics), the trend against the previous quarter, in Chinese or English, with the
CJK font embedded. A quarter without cases gives a report that says so."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.printing.fonts import register_cjk_font
from app.services import kpi
from app.services.context import ServiceContext

TEXT = {
    "title": ("季度服务改进报告", "Quarterly service improvement report"),
    "period": ("统计期间：{label}（{start} 至 {end}）", "Period: {label} ({start} to {end})"),
    "cases": ("本季度开单 {n} 个工单。", "{n} cases opened in the quarter."),
    "no_cases": (
        "本季度没有工单，无可统计的指标。",
        "There were no cases in this quarter: no figures to report.",
    ),
    "sla": ("一、时限达标情况", "1. SLA compliance"),
    "sla_head": (
        ("规则", "达标", "未达标", "按时率", "上季度", "变化"),
        ("Rule", "Met", "Missed", "On time", "Previous", "Change"),
    ),
    "chart": (
        "各规则按时率（%），深色为本季度，浅色为上季度",
        "On time per rule (%), dark: this quarter, light: previous",
    ),
    "stages": ("二、各环节等待时间（分钟）", "2. Waiting time per stage (minutes)"),
    "stage_head": (
        ("环节", "工单数", "中位数", "90分位"),
        ("Stage", "Cases", "Median", "90th percentile"),
    ),
    "quality": ("三、质检与返修", "3. QC and comebacks"),
    "quality_text": (
        "质检一次通过 {fp} / {qc}（{fpr}）；结案 {closed} 个，30天内返修回厂 {c30} 个，"
        "90天内 {c90} 个，一次修复率 {ftf}。",
        "QC first pass {fp} of {qc} ({fpr}); {closed} cases closed, {c30} came back within "
        "30 days and {c90} within 90 days, first-time fix {ftf}.",
    ),
    "delays_text": (
        "延迟告知 {n} 次，涉及 {cases} 个工单；最常见原因：{top}。客户拒绝的建议项目 {d} / {o}，"
        "其中安全相关 {sd} / {so}。",
        "{n} delay notices on {cases} cases; most frequent reason: {top}. Recommendations "
        "declined: {d} of {o}, safety-relevant {sd} of {so}.",
    ),
    "weak": ("四、薄弱环节（按时率最低的规则）", "4. Weak spots (rules furthest below on time)"),
    "none": ("无", "none"),
    "actions": ("五、改进措施及效果", "5. Improvement actions and their effect"),
    "action_head": (
        ("措施", "针对", "到期", "状态", "本季度按时率", "较上季度"),
        ("Action", "For", "Due", "State", "On time now", "Change"),
    ),
}

STATUS_NAMES = {
    "open": ("未开始", "open"),
    "in_progress": ("进行中", "in progress"),
    "done": ("已完成", "done"),
    "dropped": ("已放弃", "dropped"),
}

STAGE_NAMES = {
    "opened": ("开单", "Opened"),
    "sign_confirmation": ("签字确认", "Signed"),
    "dispatch": ("派工", "Dispatched"),
    "start_work": ("开工", "Started"),
    "finish_work": ("完工", "Finished"),
    "qc": ("质检", "QC"),
    "deliver": ("交车", "Delivered"),
}


RULE_NAMES = {
    "P3-urgent": ("P3 紧急", "P3 urgent"),
    "W1-urgent": ("W1 紧急开工", "W1 urgent"),
}


def _rule(rule_id: str, lang: str) -> str:
    """The rule as the standard names it; never the internal key of a variant."""
    names = RULE_NAMES.get(rule_id)
    return rule_id if names is None else names[0 if lang.startswith("zh") else 1]


@dataclass(frozen=True)
class ReportResult:
    path: Path
    label: str
    cases: int


def _t(key: str, lang: str) -> str:
    value = TEXT[key]
    text = value[0] if lang.startswith("zh") else value[1]
    assert isinstance(text, str)
    return text


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _chart(
    current: tuple[kpi.SlaFigure, ...],
    previous: dict[str, kpi.SlaFigure],
    font: str,
    lang: str,
) -> Drawing:
    figures = [f for f in current if f.total]
    drawing = Drawing(170 * mm, 65 * mm)
    drawing.initialFontName = font  # else the chart starts in the non-embedded Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = 15 * mm, 10 * mm
    chart.width, chart.height = 150 * mm, 50 * mm
    this = [100.0 * (f.share_on_time or 0) for f in figures]
    before = [
        100.0 * (previous[f.rule_id].share_on_time or 0) if f.rule_id in previous else 0.0
        for f in figures
    ]
    chart.data = [this, before]
    chart.categoryAxis.categoryNames = [_rule(f.rule_id, lang) for f in figures]
    chart.categoryAxis.labels.fontName = font
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = font
    chart.bars[0].fillColor = colors.HexColor("#1f5f8b")
    chart.bars[1].fillColor = colors.HexColor("#9cc3de")
    drawing.add(chart)
    if not figures:
        drawing.add(String(20 * mm, 30 * mm, "—", fontName=font))
    return drawing


def build_quarterly_report(
    ctx: ServiceContext, period: kpi.Period, out: Path, lang: str = "zh_CN"
) -> ReportResult:
    zh = 0 if lang.startswith("zh") else 1
    font = register_cjk_font()
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=15)
    head = ParagraphStyle("head", fontName=font, fontSize=13, leading=20, spaceBefore=8)
    title = ParagraphStyle("title", fontName=font, fontSize=18, leading=26)
    current = kpi.dashboard(ctx, period)
    story: list[object] = [
        Paragraph(_t("title", lang), title),
        Paragraph(
            _t("period", lang).format(
                label=period.label,
                start=period.start.date().isoformat(),
                end=(period.end - timedelta(days=1)).date().isoformat(),
            ),
            body,
        ),
        Spacer(1, 4 * mm),
    ]
    if current.cases == 0:
        story.append(Paragraph(_t("no_cases", lang), body))
    else:
        # The dashboard computed the previous quarter's SLA figures for the weak spots' trend.
        before = {f.rule_id: f for f in current.previous_sla}
        story.append(Paragraph(_t("cases", lang).format(n=f"{current.cases:,}"), body))
        story.append(Paragraph(_t("sla", lang), head))
        rows: list[list[str]] = [list(TEXT["sla_head"][zh])]
        for figure in current.sla:
            old = before.get(figure.rule_id)
            change = "—"
            if (
                old is not None
                and old.share_on_time is not None
                and figure.share_on_time is not None
            ):
                change = f"{100 * (figure.share_on_time - old.share_on_time):+.0f}%"
            rows.append(
                [
                    _rule(figure.rule_id, lang),
                    f"{figure.met:,}",
                    f"{figure.missed:,}",
                    _share(figure.share_on_time),
                    _share(old.share_on_time if old else None),
                    change,
                ]
            )
        story.append(_table(rows, font))
        story.append(Spacer(1, 3 * mm))
        story.append(_chart(current.sla, before, font, lang))
        story.append(Paragraph(_t("chart", lang), body))
        story.append(Paragraph(_t("stages", lang), head))
        stage_rows: list[list[str]] = [list(TEXT["stage_head"][zh])]
        for wait in current.stages:
            stage_rows.append(
                [
                    f"{STAGE_NAMES[wait.start][zh]} → {STAGE_NAMES[wait.stop][zh]}",
                    f"{wait.count:,}",
                    "—" if wait.median_minutes is None else f"{wait.median_minutes:,.0f}",
                    "—" if wait.p90_minutes is None else f"{wait.p90_minutes:,.0f}",
                ]
            )
        story.append(_table(stage_rows, font))
        quality = current.quality
        story.append(Paragraph(_t("quality", lang), head))
        story.append(
            Paragraph(
                _t("quality_text", lang).format(
                    fp=f"{quality.first_pass:,}",
                    qc=f"{quality.qc_cases:,}",
                    fpr=_share(quality.first_pass_rate),
                    closed=f"{quality.closed:,}",
                    c30=f"{len(quality.comeback_30):,}",
                    c90=f"{len(quality.comeback_90):,}",
                    ftf=_share(quality.first_time_fix_rate_30),
                ),
                body,
            )
        )
        delays, declined = current.delays, current.declined
        if delays is not None and declined is not None:
            story.append(
                Paragraph(
                    _t("delays_text", lang).format(
                        n=f"{delays.notices:,}",
                        cases=f"{len(delays.case_ids):,}",
                        top=escape(delays.by_reason[0][0]) if delays.by_reason else "—",
                        d=f"{declined.declined:,}",
                        o=f"{declined.offered:,}",
                        sd=f"{declined.safety_declined:,}",
                        so=f"{declined.safety_offered:,}",
                    ),
                    body,
                )
            )
        story.append(Paragraph(_t("weak", lang), head))
        weakest = sorted(
            (f for f in current.sla if f.share_on_time is not None and f.missed),
            key=lambda f: f.share_on_time or 0.0,
        )[:3]
        for figure in weakest:
            story.append(
                Paragraph(
                    f"{_rule(figure.rule_id, lang)}: {_share(figure.share_on_time)} "
                    f"({figure.missed:,} / {figure.total:,})",
                    body,
                )
            )
        if not weakest:
            story.append(Paragraph(_t("none", lang), body))
    story.extend(_actions(ctx, current, period, lang, body, head, font))
    from app.printing.quarterly_sections import sections  # kpi-screen: sections 6-9

    story.extend(sections(ctx, period, lang, body, head, font))
    out.parent.mkdir(parents=True, exist_ok=True)
    document = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=_t("title", lang),
        # Every font embedded: without it each page starts in the non-embedded Helvetica.
        initialFontName=font,
    )
    document.build(story)
    return ReportResult(out, period.label, current.cases)


def _actions(
    ctx: ServiceContext,
    current: kpi.Dashboard,
    period: kpi.Period,
    lang: str,
    body: ParagraphStyle,
    head: ParagraphStyle,
    font: str,
) -> list[object]:
    """The actions due up to the quarter's end, and whether their rule improved (P5)."""
    from app.printing.quarterly_sections import weak_spot_name
    from app.services.improvement import list_actions

    zh = 0 if lang.startswith("zh") else 1
    actions = [a for a in list_actions(ctx) if a.due_on is None or a.due_on < period.end.date()]
    story: list[object] = [Paragraph(_t("actions", lang), head)]
    if not actions:
        story.append(Paragraph(_t("none", lang), body))
        return story
    now = {f.rule_id: f.share_on_time for f in current.sla}
    before = {w.rule_id: w.previous_share for w in current.weak}
    rows: list[list[str]] = [list(TEXT["action_head"][zh])]
    for action in actions:
        share, old = now.get(action.source), before.get(action.source)
        change = "—" if share is None or old is None else f"{100 * (share - old):+.0f}%"
        rows.append(
            [
                action.title,
                weak_spot_name(action.source, lang),  # kpi-screen: stages too, never a key
                action.due_on.isoformat() if action.due_on else "—",
                STATUS_NAMES.get(action.status, (action.status, action.status))[zh],
                _share(share),
                change,
            ]
        )
    story.append(_table(rows, font))
    return story


def _table(rows: list[list[str]], font: str) -> Table:
    table = Table(rows, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef3")),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ]
        )
    )
    return table
