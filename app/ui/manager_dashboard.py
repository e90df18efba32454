"""The service manager's KPI dashboard (P5): a quarter's SLA compliance per rule (with a chart),
waiting time per stage, complaints by category and their time to resolution, feedback scores by
category, estimate vs settlement differences (D4), QC first pass and comebacks, dealer-wide or for
one advisor, technician or bay; the weak spots among the rules and stages against the dealer's
own targets (editable, "Targets…") with their trend; a click on a figure lists the cases behind
it, a double click opens one.

All figures come from app/services/kpi.py and kpi_aftercare.py on the task runner; the GUI
thread only paints.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.errors import UserError
from app.domain.money import from_fen
from app.domain.roles import Role
from app.services.context import ServiceContext
from app.services.dto import StaffInfo
from app.ui.case_actions import feedback_category_label
from app.ui.generated.ui_manager_dashboard import Ui_ManagerDashboardForm
from app.ui.i18n import (
    QT_TRANSLATE_NOOP,
    complaint_category_label,
    line_kind_label,
    local_time,
    sla_rule_label,
    sla_rule_short,
    translated,
)
from app.ui.kpi_targets_dialog import KpiTargetsDialog, stage_label, target_label
from app.ui.models import Column, RecordTableModel
from app.ui.state import AppState
from app.ui.widgets import retranslate_form, set_widths, setup_form, setup_table


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _minutes(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def _hours(value: float | None) -> str:
    return "—" if value is None else f"{value:,.1f}"


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _money(fen: int) -> str:
    return f"{from_fen(fen):+,.2f}" if fen else "0.00"


_DIFFERENCE_KINDS = {
    "all": QT_TRANSLATE_NOOP("DifferenceKind", "Any difference (cases)"),
    "discount": QT_TRANSLATE_NOOP("DifferenceKind", "Discount"),
    "compensation": QT_TRANSLATE_NOOP("DifferenceKind", "Compensation"),
    "tax": QT_TRANSLATE_NOOP("DifferenceKind", "Tax"),
    "warranty": QT_TRANSLATE_NOOP("DifferenceKind", "Warranty rework, not billed"),
}


def difference_kind_label(kind: str) -> str:
    if kind in ("labor", "part"):
        return line_kind_label(kind)
    return translated("DifferenceKind", _DIFFERENCE_KINDS.get(kind, ""))


_MINUTES = QT_TRANSLATE_NOOP("KpiStage", "%1 min")


_ACTION_STATES = {
    "open": QT_TRANSLATE_NOOP("ImprovementStatus", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("ImprovementStatus", "In progress"),
    "done": QT_TRANSLATE_NOOP("ImprovementStatus", "Done"),
    "dropped": QT_TRANSLATE_NOOP("ImprovementStatus", "Dropped"),
}
_OVERDUE = QT_TRANSLATE_NOOP("ImprovementStatus", "%1 (overdue)")


def weak_value(key: str, value: float | None) -> str:
    """A weak spot's figure: a share for a rule, minutes for a stage."""
    from app.services import kpi_targets

    if value is None:
        return "—"
    if kpi_targets.is_stage(key):
        return translated("KpiStage", _MINUTES).replace("%1", _minutes(value))
    return _share(value)


def weak_trend(spot: Any) -> str:
    from app.services import kpi_targets

    if spot.trend is None:
        return "—"
    if kpi_targets.is_stage(spot.key):
        return f"{-spot.trend:+,.0f}"  # minutes more (worse) or fewer (better)
    return f"{spot.trend:+.0%}"


def quarterly_report_file(ctx: ServiceContext, period: Any, lang: str) -> Path:
    """On the task runner: the quarter's report as a PDF in the workstation's print folder."""
    from app.printing.quarterly_report import build_quarterly_report

    out = ctx.print_dir / f"quarterly-report-{period.label}.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    build_quarterly_report(ctx, period, out, lang)
    return out


def chart_label(rule_id: str) -> str:
    """A bar's label under the chart: the rule's ID over the rest of its short name ("P3" over
    "urgent"), so the variants are not cut to "P3 ur…" beside seven other bars."""
    short = sla_rule_short(rule_id)
    base = rule_id.split("-")[0]
    rest = short[len(base) :].strip() if short.startswith(base) else ""
    return f"{base}<br>{rest}" if rest else short


class ManagerDashboard(QWidget):
    """The page "manager_dashboard" (app/ui/pages.py), opened from the manager's home."""

    close_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_ManagerDashboardForm()
        setup_form(self.ui, self)
        self.data: Any = None
        self.sla = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Rule"), lambda f: sla_rule_label(f.rule_id)),
                Column(QT_TRANSLATE_NOOP("Columns", "Met"), lambda f: f"{f.met:,}"),
                Column(QT_TRANSLATE_NOOP("Columns", "Missed"), lambda f: f"{f.missed:,}"),
                Column(QT_TRANSLATE_NOOP("Columns", "On time"), lambda f: _share(f.share_on_time)),
            ],
            key=lambda f: f.rule_id,
            parent=self,
        )
        self.stages = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Stage"), self._stage_name),
                Column(QT_TRANSLATE_NOOP("Columns", "Cases"), lambda w: f"{w.count:,}"),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Median (min)"),
                    lambda w: _minutes(w.median_minutes),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "90th percentile (min)"),
                    lambda w: _minutes(w.p90_minutes),
                ),
            ],
            key=lambda w: f"{w.start}/{w.stop}",
            parent=self,
        )
        self.cases = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Order no."), lambda c: c.order_no),
                Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda c: c.customer_name),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Vehicle / appliance"),
                    lambda c: c.plate or c.asset_label,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Opened"),
                    lambda c: local_time(c.opened_at, with_date=True),
                ),
            ],
            key=lambda c: c.id,
            parent=self,
        )
        self.complaints = RecordTableModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Category"),
                    lambda c: complaint_category_label(c.category),
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Complaints"), lambda c: f"{c.count:,}"),
                Column(QT_TRANSLATE_NOOP("Columns", "Resolved"), lambda c: f"{c.resolved:,}"),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Median to resolve (h)"),
                    lambda c: _hours(c.median_hours),
                ),
            ],
            key=lambda c: c.category,
            parent=self,
        )
        self.feedback = RecordTableModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Category"),
                    lambda f: feedback_category_label(f.category),
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Scored"), lambda f: f"{f.scored:,}"),
                Column(QT_TRANSLATE_NOOP("Columns", "Average (1–5)"), lambda f: _score(f.average)),
                Column(QT_TRANSLATE_NOOP("Columns", "Scored 3 or less"), lambda f: f"{f.weak:,}"),
            ],
            key=lambda f: f.category,
            parent=self,
        )
        self.differences = RecordTableModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Difference"),
                    lambda d: difference_kind_label(d.kind),
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Rows"), lambda d: f"{d.rows:,}"),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Amount (yuan)"), lambda d: _money(d.amount_fen)
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Cases"), lambda d: f"{len(d.case_ids):,}"),
            ],
            key=lambda d: d.kind,
            parent=self,
        )
        self.weak = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Weak spot"), lambda w: target_label(w.key)),
                Column(QT_TRANSLATE_NOOP("Columns", "Now"), lambda w: weak_value(w.key, w.value)),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Target"), lambda w: weak_value(w.key, w.target)
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Previous"),
                    lambda w: self._pending() or weak_value(w.key, w.previous),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "vs previous"),
                    lambda w: self._pending() or weak_trend(w),
                ),
            ],
            key=lambda w: w.key,
            parent=self,
        )
        setup_table(self.ui.complaintView, self.complaints, stretch_column=0)
        set_widths(self.ui.complaintView, {1: 80, 2: 80, 3: 200})
        setup_table(self.ui.feedbackView, self.feedback, stretch_column=0)
        setup_table(self.ui.differenceView, self.differences, stretch_column=0)
        setup_table(self.ui.weakView, self.weak, stretch_column=0)
        set_widths(self.ui.weakView, {1: 80, 2: 80, 3: 80, 4: 100})
        self.ui.complaintView.clicked.connect(
            lambda i: self._list_cases(self.complaints.record(i.row()).case_ids)
        )
        self.ui.feedbackView.clicked.connect(
            lambda i: self._list_cases(self.feedback.record(i.row()).weak_case_ids)
        )
        self.ui.differenceView.clicked.connect(
            lambda i: self._list_cases(self.differences.record(i.row()).case_ids)
        )
        self.ui.weakView.clicked.connect(self._weak_cases)
        self.staff_names: dict[str, str] = {}
        self.action_list = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda a: a.title),
                Column(QT_TRANSLATE_NOOP("Columns", "For"), lambda a: target_label(a.source)),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Owner"),
                    lambda a: self.staff_names.get(a.owner_id or "", "—"),
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Due"), self._due),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "State"),
                    lambda a: translated("ImprovementStatus", _ACTION_STATES.get(a.status, "")),
                ),
            ],
            key=lambda a: a.id,
            parent=self,
        )
        setup_table(self.ui.actionsView, self.action_list, stretch_column=0)
        set_widths(self.ui.actionsView, {1: 150, 2: 70, 3: 130, 4: 80})
        self.ui.actionsView.selectionModel().selectionChanged.connect(self._action_selected)
        self.ui.startActionButton.clicked.connect(lambda: self._update_action("in_progress"))
        self.ui.doneActionButton.clicked.connect(lambda: self._update_action("done"))
        self.ui.dropActionButton.clicked.connect(lambda: self._update_action("dropped"))
        self.ui.saveNotesButton.clicked.connect(lambda: self._update_action(None))
        self.ui.targetsButton.clicked.connect(self._edit_targets)
        self.figures: Any = None
        self.load = 0
        """Counts the loads: a result of an earlier one (a period changed meanwhile) is dropped."""
        self.targets_dialog: KpiTargetsDialog | None = None
        setup_table(self.ui.slaView, self.sla, stretch_column=0)
        setup_table(self.ui.stageView, self.stages, stretch_column=0)
        setup_table(self.ui.casesView, self.cases, stretch_column=2)
        set_widths(self.ui.casesView, {0: 215, 1: 80, 3: 110})
        self.ui.slaView.clicked.connect(self._sla_cases)
        self.ui.stageView.clicked.connect(self._stage_cases)
        self.ui.casesView.activated.connect(self._open)
        self.ui.actionButton.clicked.connect(self._create_action)
        self.ui.reportButton.clicked.connect(self._build_report)
        self.ui.backButton.clicked.connect(self.close_requested)
        self.report_path: Path | None = None
        self.chart = QChart()
        self.chart.legend().setVisible(False)  # one series: the title names it
        self.chart_view = QChartView(self.chart, self.ui.chartHolder)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        holder = QVBoxLayout(self.ui.chartHolder)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self.chart_view)
        self._fill_periods()
        # Filled before connecting: a second load from the first item would arrive late and
        # clear a drill-down the manager has just opened (open() loads the figures once).
        self.ui.memberCombo.addItem(self.tr("Whole dealer"), None)
        self.ui.periodCombo.currentIndexChanged.connect(self.refresh)
        self.ui.memberCombo.currentIndexChanged.connect(self.refresh)
        self._load_staff()

    # -- choices --------------------------------------------------------------------------
    def _fill_periods(self) -> None:
        from app.services.kpi import quarter_of

        period = quarter_of(self.state.now())
        self.ui.periodCombo.blockSignals(True)
        for _ in range(6):
            self.ui.periodCombo.addItem(period.label, period)
            period = period.previous()
        self.ui.periodCombo.blockSignals(False)

    def _load_staff(self) -> None:
        from app.services.staff import list_staff

        self.state.runner.run(
            list_staff, self.state.require_ctx(), on_done=self._show_staff, on_error=self._failed
        )

    def _show_bays(self, bays: tuple[str, ...]) -> None:
        combo = self.ui.memberCombo
        combo.blockSignals(True)
        for name in bays:
            combo.addItem(self.tr("Bay %1").replace("%1", name), ("bay", name))
        combo.blockSignals(False)

    def _show_staff(self, staff: list[StaffInfo]) -> None:
        self.staff_names = {member.id: member.name for member in staff}
        combo = self.ui.memberCombo
        combo.blockSignals(True)
        for member in staff:
            if Role.ADVISOR in member.roles:
                combo.addItem(
                    self.tr("Advisor %1").replace("%1", member.name), ("advisor", member.id)
                )
        for member in staff:
            if Role.TECHNICIAN in member.roles:
                combo.addItem(
                    self.tr("Technician %1").replace("%1", member.name), ("technician", member.id)
                )
        combo.blockSignals(False)
        from app.services import kpi, kpi_aftercare

        if "bay" in kpi.GROUPS:  # the "bay" group (kpi-speed): shown only where kpi has it
            self.state.runner.run(
                kpi_aftercare.bay_names,
                self.state.require_ctx(),
                on_done=self._show_bays,
                on_error=self._failed,
            )

    # -- the page contract -----------------------------------------------------------------
    def open(self, _arg: object = None) -> None:
        self.refresh()

    # -- figures --------------------------------------------------------------------------
    def refresh(self) -> None:
        from app.services import kpi_aftercare

        period = self.ui.periodCombo.currentData()
        if period is None:
            return
        member = self.ui.memberCombo.currentData()
        group, member_id = member if member else ("dealer", None)
        self.ui.summaryLabel.setText(self.tr("Computing…"))
        self.load += 1
        load = self.load
        # Two calls (issue 10 item 5): the period's own figures first, then the previous
        # period's (the weak spots' trend, "…" until they arrive).
        self.state.runner.run(
            kpi_aftercare.screen_figures,
            self.state.require_ctx(),
            period,
            group=group,
            member=member_id,
            trend=False,
            on_done=lambda figures: self._first_figures(load, figures, group, member_id),
            on_error=self._failed,
        )

    def _first_figures(self, load: int, figures: Any, group: str, member: str | None) -> None:
        from app.services import kpi_aftercare

        if load != self.load:
            return  # the period or scope changed meanwhile: its own load is on the way
        self._show(figures)
        self.state.runner.run(
            kpi_aftercare.screen_trend,
            self.state.require_ctx(),
            figures,
            group=group,
            member=member,
            on_done=lambda complete: self._trend_figures(load, figures, complete),
            on_error=self._failed,
        )

    def _trend_figures(self, load: int, first: Any, figures: Any) -> None:
        if load != self.load or self.figures is not first:
            return  # a later load (or none: figures dropped) is what the page shows
        # Only the weak spots change: the rest (and a drill-down opened meanwhile) stays.
        self.figures = figures
        self.data = figures.dashboard
        self._show_weak()

    def _pending(self) -> str:
        """ "…" in the previous period's columns until its figures arrive."""
        return "…" if self.figures is not None and not self.figures.trend else ""

    def _failed(self, err: UserError) -> None:
        self.ui.summaryLabel.setText(err.message(self.state.lang))

    def _show(self, figures: Any) -> None:
        self.figures = figures
        data = self.data = figures.dashboard
        self.ui.summaryLabel.setText(self.tr("%n case(s) opened in the period", "", data.cases))
        self.sla.set_records(list(data.sla))
        self.stages.set_records(list(data.stages))
        self.cases.set_records([])
        self.ui.casesNoteLabel.setVisible(False)
        self._show_quality()
        self._show_weak()
        self._show_aftercare()
        self._draw_chart()
        self._load_actions()

    def _show_aftercare(self) -> None:
        from app.services.kpi_aftercare import DifferenceKind

        figures = self.figures
        self.complaints.set_records(list(figures.complaints))
        feedback = figures.feedback
        self.ui.feedbackLabel.setText(
            self.tr(
                "Feedback: %1 answers, average %2 of 5 (click a category for the cases scored 3 "
                "or less)"
            )
            .replace("%1", f"{feedback.responses:,}")
            .replace("%2", _score(feedback.average))
        )
        self.feedback.set_records(list(feedback.categories))
        diffs = figures.differences
        self.ui.differenceLabel.setText(
            self.tr(
                "D4: %1 settled cases, %2 compared with their signed estimate, %3 differ: %4 yuan "
                "above, %5 yuan below the estimates (click a row for the cases)"
            )
            .replace("%1", f"{diffs.settled:,}")
            .replace("%2", f"{diffs.compared:,}")
            .replace("%3", f"{diffs.differing:,}")
            .replace("%4", _money(diffs.more_fen))
            .replace("%5", _money(diffs.less_fen))
        )
        every = DifferenceKind(
            "all", diffs.differing, diffs.more_fen + diffs.less_fen, diffs.differing_case_ids
        )
        self.differences.set_records([every, *diffs.by_kind])
        reasons = "；".join(f"{reason} ({count:,})" for reason, count in diffs.reasons)
        self.ui.reasonLabel.setText(
            self.tr("Most frequent reasons: %1").replace("%1", reasons or "—")
        )

    def _show_weak(self) -> None:
        weak = self.figures.weak
        self.weak.set_records(list(weak))
        self.ui.actionButton.setEnabled(bool(weak) and self.state.actor is not None)
        if not weak:
            self.ui.weakLabel.setText(self.tr("No rule or stage below its target."))
            return
        self.ui.weakLabel.setText(self.tr("Weak spots against the targets (click for the cases)"))

    def _selected_weak(self) -> Any:
        rows = self.ui.weakView.selectionModel().selectedRows()
        return self.weak.record(rows[0].row()) if rows else self.figures.weak[0]

    def _create_action(self) -> None:
        from datetime import timedelta

        from app.services import improvement

        actor = self.state.actor
        if actor is None or not self.figures.weak:
            return
        spot = self._selected_weak()
        self.state.runner.run(
            improvement.create_action,
            self.state.require_ctx(),
            actor,
            title=self.tr("Bring %1 to its target").replace("%1", target_label(spot.key)),
            source=spot.key,
            owner_id=actor.staff_id,
            due_on=(self.state.now() + timedelta(days=30)).date(),
            on_done=self._action_created,
            on_error=self._failed,
        )

    # -- improvement actions tracked to closure (item 3) ------------------------------------
    def _due(self, action: Any) -> str:
        if action.due_on is None:
            return "—"
        text: str = action.due_on.isoformat()
        if action.overdue(self.state.now().date()):
            return translated("ImprovementStatus", _OVERDUE).replace("%1", text)
        return text

    def _load_actions(self) -> None:
        from app.services import improvement

        self.state.runner.run(
            improvement.list_actions,
            self.state.require_ctx(),
            on_done=self._show_actions,
            on_error=self._failed,
        )

    def _show_actions(self, actions: tuple[Any, ...]) -> None:
        from app.services.improvement import CLOSED

        self.action_list.set_records(sorted(actions, key=lambda a: a.status in CLOSED))
        self._action_selected()

    def _selected_action(self) -> Any:
        rows = self.ui.actionsView.selectionModel().selectedRows()
        return self.action_list.record(rows[0].row()) if rows else None

    def _action_selected(self, *_args: object) -> None:
        action = self._selected_action()
        can = action is not None and self.state.actor is not None
        for button in (
            self.ui.startActionButton,
            self.ui.doneActionButton,
            self.ui.dropActionButton,
            self.ui.saveNotesButton,
        ):
            button.setEnabled(can)
        self.ui.notesEdit.setText(action.notes if action is not None else "")

    def _update_action(self, status: str | None) -> None:
        from app.services import improvement

        action, actor = self._selected_action(), self.state.actor
        if action is None or actor is None:
            return
        self.state.runner.run(
            improvement.update_action,
            self.state.require_ctx(),
            actor,
            action.id,
            status=status,
            notes=self.ui.notesEdit.text().strip(),
            on_done=lambda _info: self._load_actions(),
            on_error=self._failed,
        )

    def _action_created(self, _info: Any) -> None:
        self.ui.summaryLabel.setText(self.tr("Improvement action created (due in 30 days)."))
        self._load_actions()

    def _edit_targets(self) -> None:
        if self.figures is None:
            return
        dialog = KpiTargetsDialog(self.state, self.figures.targets, self)
        dialog.setObjectName("kpiTargetsDialog")
        dialog.saved.connect(lambda _targets: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        self.targets_dialog = dialog
        dialog.open()

    def _weak_cases(self, index: QModelIndex) -> None:
        from app.services import kpi_aftercare

        spot = self.weak.record(index.row())
        if not spot.is_stage:
            rules = {f.rule_id: f for f in self.data.sla}
            figure = rules.get(spot.key)
            self._list_cases(
                figure.missed_case_ids if figure else (),
                figure.missed_without_case if figure else 0,
            )
            return
        self.state.runner.run(
            kpi_aftercare.stage_over_target,
            self.state.require_ctx(),
            self.data.period,
            spot.key,
            spot.target,
            on_done=self._list_cases,
            on_error=self._failed,
        )

    # -- the quarterly report (P5), built on the task runner, then saved and printed --------
    def _build_report(self) -> None:
        period = self.ui.periodCombo.currentData()
        if period is None:
            return
        self.ui.reportButton.setEnabled(False)
        self.ui.summaryLabel.setText(self.tr("Building the quarterly report…"))
        self.state.runner.run(
            quarterly_report_file,
            self.state.require_ctx(),
            period,
            self.state.lang,
            on_done=self._report_built,
            on_error=self._report_failed,
        )

    def _report_built(self, out: Path) -> None:
        self.report_path = out
        self.ui.reportButton.setEnabled(True)
        self.ui.summaryLabel.setText(self.tr("Report saved to %1").replace("%1", str(out)))
        self.state.dialogs.print_pdf(self, out)

    def _report_failed(self, err: UserError) -> None:
        self.ui.reportButton.setEnabled(True)
        self._failed(err)

    def _show_quality(self) -> None:
        quality = self.data.quality
        self.ui.qualityLabel.setText(
            self.tr(
                "QC first pass: %1 of %2 cases (%3). Comebacks within 30 days: %4, within 90 "
                "days: %5 of %6 closed cases (first-time fix %7)."
            )
            .replace("%1", f"{quality.first_pass:,}")
            .replace("%2", f"{quality.qc_cases:,}")
            .replace("%3", _share(quality.first_pass_rate))
            .replace("%4", f"{len(quality.comeback_30):,}")
            .replace("%5", f"{len(quality.comeback_90):,}")
            .replace("%6", f"{quality.closed:,}")
            .replace("%7", _share(quality.first_time_fix_rate_30))
            + " "
            + self._delays_and_declined()
        )

    def _delays_and_declined(self) -> str:
        delays, declined = self.data.delays, self.data.declined
        if delays is None or declined is None:
            return ""
        top = delays.by_reason[0][0] if delays.by_reason else "—"
        return (
            self.tr(
                "Delay notices: %1 on %2 cases (most often: %3). Declined recommendations: "
                "%4 of %5, safety-relevant %6 of %7."
            )
            .replace("%1", f"{delays.notices:,}")
            .replace("%2", f"{len(delays.case_ids):,}")
            .replace("%3", top)
            .replace("%4", f"{declined.declined:,}")
            .replace("%5", f"{declined.offered:,}")
            .replace("%6", f"{declined.safety_declined:,}")
            .replace("%7", f"{declined.safety_offered:,}")
        )

    def _draw_chart(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.setTitle(self.tr("Share on time per rule (%)"))
        figures = [f for f in self.data.sla if f.total]
        bars = QBarSet(self.tr("On time"))
        for figure in figures:
            bars.append(100.0 * figure.met / figure.total)
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([chart_label(f.rule_id) for f in figures])
        values = QValueAxis()
        values.setRange(0, 100)
        values.setLabelFormat("%d")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)

    def _stage_name(self, wait: Any) -> str:
        return stage_label(wait.start, wait.stop)

    # -- drill-down -----------------------------------------------------------------------
    def _sla_cases(self, index: QModelIndex) -> None:
        figure = self.sla.record(index.row())
        self._list_cases(figure.missed_case_ids, figure.missed_without_case)

    def _stage_cases(self, index: QModelIndex) -> None:
        from app.services import kpi

        wait = self.stages.record(index.row())
        if wait.p90_minutes is None:
            self.cases.set_records([])
            return
        self.state.runner.run(
            kpi.stage_cases,
            self.state.require_ctx(),
            self.data.period,
            wait.start,
            wait.stop,
            wait.p90_minutes,
            on_done=self._list_cases,
            on_error=self._failed,
        )

    def _list_cases(self, case_ids: tuple[str, ...], without_case: int = 0) -> None:
        """The cases behind a figure; `without_case` misses (front desk: inquiries,
        appointments that never arrived) have none to list and are said so."""
        from app.services import kpi

        self.ui.casesNoteLabel.setText(
            self.tr(
                "%n miss(es) with no case behind them (an inquiry, or an appointment that"
                " never arrived)",
                "",
                without_case,
            )
            if without_case
            else ""
        )
        self.ui.casesNoteLabel.setVisible(bool(without_case))
        self.state.runner.run(
            kpi.case_briefs,
            self.state.require_ctx(),
            case_ids,
            on_done=lambda briefs: self.cases.set_records(list(briefs)),
            on_error=self._failed,
        )

    def _open(self, index: QModelIndex) -> None:
        self.state.open_case_requested.emit(self.cases.record(index.row()).id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self.sla.retranslate()
            self.stages.retranslate()
            self.cases.retranslate()
            for model in (
                self.complaints,
                self.feedback,
                self.differences,
                self.weak,
                self.action_list,
            ):
                model.retranslate()
            if self.figures is not None:
                self._show(self.figures)
        super().changeEvent(event)
