"""Page "complaints" (issue 9 item 6): None = every complaint with filters by state, category
and owner (the manager's list); a case id = that case's complaints. A complaint is acted on
(the first action answers the P3 reply clock), resolved, and closed with the customer's answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.errors import ExpectedError
from app.services import aftercare
from app.ui.case_actions import (
    COMPLAINT_STATE_NAMES,
    CaseActionDialog,
    complaint_state_label,
    notice_text,
)
from app.ui.generated.ui_complaints_page import Ui_ComplaintsPageForm
from app.ui.i18n import (
    QT_TRANSLATE_NOOP,
    complaint_category_label,
    countdown,
    local_time,
    sla_status_label,
)
from app.ui.models import Column, RecordTableModel
from app.ui.state import AppState
from app.ui.widgets import (
    retranslate_form,
    select_key,
    selected_key,
    set_widths,
    setup_form,
    setup_table,
    show_error,
    show_notice,
)

Info = aftercare.ComplaintInfo


class ComplaintsPage(QWidget):
    close_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_ComplaintsPageForm()
        setup_form(self.ui, self)
        self.case_id: str | None = None
        self.owners: tuple[aftercare.ComplaintOwner, ...] = ()
        self.model: RecordTableModel[Info] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Opened"), lambda c: local_time(c.opened_at, True)),
                Column(QT_TRANSLATE_NOOP("Columns", "Case"), lambda c: c.order_no or "—"),
                Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda c: c.customer_name),
                Column(QT_TRANSLATE_NOOP("Columns", "Category"), lambda c: complaint_category_label(c.category)),
                Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda c: complaint_state_label(c.status)),
                Column(QT_TRANSLATE_NOOP("Columns", "Owner"), lambda c: c.owner_name),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Reply (P3)"), self._clock, live=True,
                    tone=lambda c: str(c.reply_status) if c.reply_status else None,
                ),
            ],
            key=lambda c: c.id,
            parent=self,
        )  # fmt: skip
        setup_table(self.ui.listView, self.model)
        set_widths(self.ui.listView, {0: 120, 1: 190, 2: 90, 3: 90, 4: 110, 5: 80})
        self._fill_filters()
        ui = self.ui
        ui.backButton.clicked.connect(self.close_requested)
        ui.openCaseButton.clicked.connect(self._open_case)
        ui.newButton.clicked.connect(self.new_complaint)
        self.dialog: CaseActionDialog | None = None
        for combo in (ui.stateFilter, ui.categoryFilter, ui.ownerFilter):
            combo.currentIndexChanged.connect(self.reload)
        ui.listView.selectionModel().selectionChanged.connect(self._show_selected)
        ui.actionButton.clicked.connect(self.act)
        ui.resolveButton.clicked.connect(self.resolve)
        ui.closeComplaintButton.clicked.connect(self.close_complaint)
        ui.errorLabel.setVisible(False)
        self._show_selected()

    def _clock(self, c: Info) -> str:
        if c.reply_status is None:
            return ""
        if str(c.reply_status) in ("met", "missed"):
            return sla_status_label(str(c.reply_status))
        return countdown(c.reply_due, self.state.now())

    def _fill_filters(self) -> None:
        ui = self.ui
        for combo, items in (
            (ui.stateFilter, [(complaint_state_label(s), s) for s in COMPLAINT_STATE_NAMES]),
            (
                ui.categoryFilter,
                [(complaint_category_label(c), c) for c in aftercare.COMPLAINT_CATEGORIES],
            ),
            (ui.ownerFilter, [(o.name, o.id) for o in self.owners]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.blockSignals(False)

    # -- the page contract ---------------------------------------------------------------------
    def open(self, arg: object) -> None:
        self.case_id = str(arg) if arg else None
        self.ui.scopeLabel.setText("")
        self.ui.newButton.setVisible(self.case_id is None)
        for combo in (self.ui.stateFilter, self.ui.categoryFilter, self.ui.ownerFilter):
            combo.setVisible(self.case_id is None)
        for caption in (self.ui.stateCaption, self.ui.categoryCaption, self.ui.ownerCaption):
            caption.setVisible(self.case_id is None)
        self.state.runner.run(
            aftercare.complaint_owners, self.state.require_ctx(), on_done=self._owners
        )
        self.reload()

    def _owners(self, owners: tuple[aftercare.ComplaintOwner, ...]) -> None:
        self.owners = owners
        self._fill_filters()

    def reload(self) -> None:
        ui = self.ui
        kwargs: dict[str, Any] = {"case_id": self.case_id}
        if self.case_id is None:
            kwargs.update(
                status=ui.stateFilter.currentData(),
                category=ui.categoryFilter.currentData(),
                owner_id=ui.ownerFilter.currentData(),
            )
        self.state.runner.run(
            aftercare.list_complaints, self.state.require_ctx(), **kwargs,
            on_done=self._show, on_error=self._refused,
        )  # fmt: skip

    def _show(self, complaints: tuple[Info, ...]) -> None:
        key = selected_key(self.ui.listView)
        self.model.set_records(list(complaints))
        if self.case_id and complaints:
            self.ui.scopeLabel.setText(complaints[0].order_no)
        if key:
            select_key(self.ui.listView, key)
        self._show_selected()

    def _current(self) -> Info | None:
        key = selected_key(self.ui.listView)
        for row in range(self.model.rowCount()):
            record = self.model.record(row)
            if record.id == key:
                return record
        return None

    def _show_selected(self, *_args: object) -> None:
        ui = self.ui
        c = self._current()
        ui.detailGroup.setEnabled(c is not None)
        ui.openCaseButton.setEnabled(bool(c and c.case_id))
        if c is None:
            ui.detailLabel.setText(self.tr("Choose a complaint in the list."))
            ui.actionsLabel.setText("")
            return
        lines = [
            f"{complaint_category_label(c.category)} · {complaint_state_label(c.status)}",
            c.description,
            self.tr("Owner: %1").replace("%1", c.owner_name or "—"),
            self.tr("Reply due (P3): %1").replace("%1", local_time(c.reply_due, True) or "—")
            + (self.tr(" (urgent)") if c.urgent else ""),
        ]
        if c.resolution:
            lines.append(self.tr("Resolution: %1").replace("%1", c.resolution))
        if c.answer:
            verdict = self.tr("satisfied") if c.satisfied else self.tr("not satisfied")
            lines.append(
                self.tr("Customer's answer: %1 (%2)").replace("%1", c.answer).replace("%2", verdict)
            )
        ui.detailLabel.setText("\n".join(lines))
        ui.actionsLabel.setText(
            "\n".join(f"{local_time(a.at, True)} {a.by}：{a.text}" for a in c.actions)
            or self.tr("No action recorded yet.")
        )
        open_ = c.status in ("open", "in_progress")
        for widget in (ui.actionEdit, ui.actionButton):
            widget.setEnabled(open_)
        for widget in (ui.resolutionEdit, ui.resolveButton):
            widget.setEnabled(c.status == "in_progress")
        for done in (ui.answerEdit, ui.satisfiedCheck, ui.closeComplaintButton):
            done.setEnabled(c.status == "resolved")

    def _run(self, fn: Callable[..., Any], *args: Any, done: str, **kwargs: Any) -> None:
        c = self._current()
        if c is None:
            return

        def ok(_result: object) -> None:
            show_notice(self.ui.errorLabel, done)
            for edit in (self.ui.actionEdit, self.ui.resolutionEdit, self.ui.answerEdit):
                edit.clear()
            self.reload()

        self.state.runner.run(
            fn, self.state.require_ctx(), self.state.require_actor(), c.id, *args,
            on_done=ok, on_error=self._refused, **kwargs,
        )  # fmt: skip

    def _need(self, edit: QLineEdit, what: str) -> str | None:
        text = str(edit.text()).strip()
        if not text:
            show_error(self.ui.errorLabel, self.tr("Please fill in: %1").replace("%1", what))
            edit.setFocus()
            return None
        return text

    def act(self) -> None:
        text = self._need(self.ui.actionEdit, self.tr("the action taken"))
        if text:
            self._run(aftercare.act_on_complaint, text, done=self.tr("Action recorded."))

    def resolve(self) -> None:
        text = self._need(self.ui.resolutionEdit, self.tr("the resolution"))
        if text:
            self._run(aftercare.resolve_complaint, text, done=self.tr("Complaint resolved."))

    def close_complaint(self) -> None:
        text = self._need(self.ui.answerEdit, self.tr("the customer's answer"))
        if text:
            self._run(
                aftercare.close_complaint, answer=text,
                satisfied=self.ui.satisfiedCheck.isChecked(), done=self.tr("Complaint closed."),
            )  # fmt: skip

    def new_complaint(self) -> CaseActionDialog:
        """A complaint from the front desk (no case): the customer found by phone."""
        dialog = CaseActionDialog(self.state, "desk_complaint", None, self)
        self.dialog = dialog

        def accepted() -> None:
            show_notice(self.ui.errorLabel, notice_text("desk_complaint", ""))
            self.reload()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _open_case(self) -> None:
        c = self._current()
        if c is not None and c.case_id:
            self.state.open_case_requested.emit(c.case_id)

    def _refused(self, err: ExpectedError) -> None:
        show_error(self.ui.errorLabel, self.state.message(err))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self._fill_filters()
            self.model.retranslate()
            self._show_selected()
        super().changeEvent(event)
