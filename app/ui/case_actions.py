"""The case's action bar (issue 9: case detail is no longer view-only) and its small dialogs:
hand-over (P2), cancel, complaint, comeback.

Which buttons a person sees comes from the domain (`app.domain.actions.allowed_actions` and the
role permissions), never from a table here; a button that opens another helper's page shows only
when that page is registered in `app.ui.pages.PAGES`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from app.domain.actions import allowed_actions
from app.domain.errors import ExpectedError
from app.domain.lifecycle import CaseAction, CaseState
from app.domain.roles import Action, allowed
from app.services import aftercare
from app.services.dto import CaseDetail, CaseRef
from app.ui.generated.ui_case_action_dialog import Ui_CaseActionDialogForm
from app.ui.i18n import QT_TRANSLATE_NOOP, complaint_category_label, translated
from app.ui.pages import PAGES
from app.ui.state import AppState
from app.ui.widgets import retranslate_form, setup_form, show_error, show_notice

FEEDBACK_CATEGORY_NAMES = {
    "wait": QT_TRANSLATE_NOOP("FeedbackCategory", "Waiting time"),
    "communication": QT_TRANSLATE_NOOP("FeedbackCategory", "Communication"),
    "price": QT_TRANSLATE_NOOP("FeedbackCategory", "Price"),
    "quality": QT_TRANSLATE_NOOP("FeedbackCategory", "Quality"),
    "cleanliness": QT_TRANSLATE_NOOP("FeedbackCategory", "Cleanliness"),
}
COMPLAINT_STATE_NAMES = {
    "open": QT_TRANSLATE_NOOP("ComplaintState", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("ComplaintState", "Being handled"),
    "resolved": QT_TRANSLATE_NOOP("ComplaintState", "Resolved, awaiting the customer"),
    "closed": QT_TRANSLATE_NOOP("ComplaintState", "Closed"),
}
FEEDBACK_CHANNEL_NAMES = {
    "delivery": QT_TRANSLATE_NOOP("FeedbackChannel", "At delivery"),
    "follow_up": QT_TRANSLATE_NOOP("FeedbackChannel", "Follow-up call"),
}


def feedback_category_label(name: str) -> str:
    return translated("FeedbackCategory", FEEDBACK_CATEGORY_NAMES.get(name, ""))


def complaint_state_label(name: str) -> str:
    return translated("ComplaintState", COMPLAINT_STATE_NAMES.get(name, ""))


def feedback_channel_label(name: str) -> str:
    return translated("FeedbackChannel", FEEDBACK_CHANNEL_NAMES.get(name, ""))


WORK = frozenset(
    {CaseAction.START_WORK, CaseAction.PAUSE, CaseAction.RESUME, CaseAction.FINISH_WORK}
)
PROGRESS_STATES = frozenset(
    {CaseState.DISPATCHED, CaseState.IN_WORK, CaseState.PAUSED, CaseState.QC}
)
"""W4/W5 run until the job is ready: a job waiting for or in QC (maybe failed, back to work)
can still owe the customer an update or a delay notice."""
AFTER_DELIVERY = frozenset({CaseState.DELIVERED, CaseState.CLOSED})
RECEPTION_STATES = frozenset(
    {
        CaseState.RECEPTION,
        CaseState.INSPECTING,
        CaseState.PENDING_OBSERVATION,
        CaseState.ESTIMATED,
        CaseState.AWAITING_SIGNATURE,
    }
)
"""Before the confirmation is signed the case moves on at the reception bay: the case screen
offers the way there (a comeback case opens in "reception" and had no way forward)."""
FINISHED = frozenset({CaseState.CLOSED, CaseState.CANCELLED})


def visible_buttons(
    detail: CaseDetail, roles: tuple[Any, ...], staff_id: str, complaints: int
) -> set[str]:
    """The object names of the action bar's buttons this person sees on this case."""
    state = CaseState(detail.state)
    mine = detail.technician is not None and detail.technician.id == staff_id
    can = allowed_actions(state, roles, is_assignee=mine)
    shown: dict[str, bool] = {
        "receptionButton": state in RECEPTION_STATES and allowed(roles, Action.INSPECT),
        "dispatchButton": bool({CaseAction.DISPATCH, CaseAction.ASSIGN} & can),
        "jobButton": bool(WORK & can),
        "progressButton": state in PROGRESS_STATES
        and (allowed(roles, Action.PROGRESS_UPDATE) or allowed(roles, Action.ANNOUNCE_DELAY)),
        "qcButton": CaseAction.QC_PASS in can,
        "settleButton": state in (CaseState.QC, CaseState.READY) and allowed(roles, Action.SETTLE),
        "deliverButton": CaseAction.DELIVER in can,
        "feedbackButton": CaseAction.CLOSE in can
        or (state is CaseState.CLOSED and allowed(roles, Action.RECORD_FEEDBACK)),
        "reviseButton": CaseAction.REVISE_ESTIMATE in can,
        "cancelButton": CaseAction.CANCEL in can,
        "handOverButton": state not in FINISHED and allowed(roles, Action.HAND_OVER),
        "complaintButton": allowed(roles, Action.OPEN_COMPLAINT),
        "complaintsButton": complaints > 0,
        "comebackButton": state in AFTER_DELIVERY and allowed(roles, Action.OPEN_REWORK),
    }
    pages = {
        "dispatchButton": "dispatch_board",
        "jobButton": "job",
        "progressButton": "case_progress",
        "qcButton": "qc_inspection",
        "settleButton": "settlement",
        "deliverButton": "delivery",
        "feedbackButton": "feedback",
        "complaintsButton": "complaints",
    }
    return {
        name for name, show in shown.items() if show and (name not in pages or pages[name] in PAGES)
    }


BUTTON_PAGES = {
    "dispatchButton": ("dispatch_board", False),
    "jobButton": ("job", True),
    "progressButton": ("case_progress", True),
    "qcButton": ("qc_inspection", True),
    "settleButton": ("settlement", True),
    "deliverButton": ("delivery", True),
    "feedbackButton": ("feedback", True),
    "complaintsButton": ("complaints", True),
}
"""Button -> (page name, whether the page takes the case id)."""


class CaseActionDialog(QDialog):
    """One small question about a case: hand-over, cancel, complaint or comeback. The dialog
    runs the service itself and stays open with the message at the field when refused."""

    KINDS = ("hand_over", "cancel", "complaint", "comeback", "desk_complaint")

    def __init__(
        self,
        state: AppState,
        kind: str,
        detail: CaseDetail | None,
        parent: QWidget | None = None,
    ) -> None:
        """`detail`: the case; None only for "desk_complaint" (taken at the front desk)."""
        super().__init__(parent)
        assert kind in self.KINDS
        self.state = state
        self.kind = kind
        self.detail = detail
        self.result_ref: CaseRef | str | None = None
        self.ui = Ui_CaseActionDialogForm()
        setup_form(self.ui, self)
        self.ui.errorLabel.setVisible(False)
        ui = self.ui
        complaint = kind in ("complaint", "desk_complaint")
        ui.phoneCaption.setVisible(kind == "desk_complaint")
        ui.phoneEdit.setVisible(kind == "desk_complaint")
        ui.ownerCaption.setVisible(kind == "hand_over" or complaint)
        ui.ownerCombo.setVisible(kind == "hand_over" or complaint)
        ui.categoryCaption.setVisible(complaint)
        ui.categoryCombo.setVisible(complaint)
        ui.urgentCheck.setVisible(complaint)
        ui.warrantyCheck.setVisible(kind == "comeback")
        if complaint:
            for category in aftercare.COMPLAINT_CATEGORIES:
                ui.categoryCombo.addItem(complaint_category_label(category), category)
        ui.okButton.clicked.connect(self.submit)
        ui.closeButton.clicked.connect(self.reject)
        ui.textEdit.textChanged.connect(lambda: ui.errorLabel.setVisible(False))
        self._texts()
        if kind == "hand_over" or complaint:
            fetch = aftercare.advisors if kind == "hand_over" else aftercare.complaint_owners
            state.runner.run(fetch, state.require_ctx(), on_done=self._owners)

    def _owners(self, people: tuple[Any, ...]) -> None:
        combo = self.ui.ownerCombo
        combo.clear()
        for person in people:
            if self.kind == "hand_over" and self.detail and person.id == self.detail.owner.id:
                continue
            combo.addItem(person.name, person.id)
        if self.kind in ("complaint", "desk_complaint"):
            actor = self.state.actor
            owner = self.detail.owner.id if self.detail else (actor.staff_id if actor else "")
            combo.setCurrentIndex(max(combo.findData(owner), 0))

    def _texts(self) -> None:
        order = self.detail.order_no if self.detail else ""
        prompts = {
            "hand_over": self.tr(
                "Hand %1 over to another service advisor. The customer is told who looks after "
                "them now (P2)."
            ),
            "cancel": self.tr("Cancel %1. Say why: the reason is kept on the case."),
            "complaint": self.tr("Record the customer's complaint about %1."),
            "desk_complaint": self.tr(
                "Record a complaint taken at the front desk (no case): find the customer by phone."
            ),
            "comeback": self.tr(
                "Open a rework case for %1: urgent, owned by the same advisor, linked to it."
            ),
        }
        captions = {
            "hand_over": self.tr("Reason"),
            "cancel": self.tr("Reason"),
            "complaint": self.tr("What happened"),
            "desk_complaint": self.tr("What happened"),
            "comeback": self.tr("What came back"),
        }
        titles = {
            "hand_over": self.tr("Hand over the case"),
            "cancel": self.tr("Cancel the case"),
            "complaint": self.tr("Complaint"),
            "desk_complaint": self.tr("Complaint"),
            "comeback": self.tr("Comeback"),
        }
        self.setWindowTitle(titles[self.kind])
        self.ui.promptLabel.setText(prompts[self.kind].replace("%1", order))
        self.ui.textCaption.setText(captions[self.kind])

    def submit(self) -> None:
        ui = self.ui
        text = ui.textEdit.toPlainText().strip()
        if not text:
            # Bad input: a clear message at the field, nothing lost.
            show_error(
                ui.errorLabel, self.tr("Please fill in: %1").replace("%1", ui.textCaption.text())
            )
            ui.textEdit.setFocus()
            return
        owner = ui.ownerCombo.currentData()
        if self.kind == "hand_over" and not owner:
            show_error(ui.errorLabel, self.tr("Choose the advisor who takes the case over."))
            return
        ctx, actor = self.state.require_ctx(), self.state.require_actor()
        case_id = self.detail.id if self.detail else ""
        call: tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]
        if self.kind == "desk_complaint":
            phone = ui.phoneEdit.text().strip()
            if not phone:
                show_error(
                    ui.errorLabel,
                    self.tr("Please fill in: %1").replace("%1", ui.phoneCaption.text()),
                )
                ui.phoneEdit.setFocus()
                return
            call = (
                aftercare.open_desk_complaint,
                (ctx, actor),
                {
                    "phone": phone,
                    "category": ui.categoryCombo.currentData(),
                    "description": text,
                    "owner_id": owner,
                    "urgent": ui.urgentCheck.isChecked(),
                },
            )
        elif self.kind == "hand_over":
            call = (aftercare.hand_over, (ctx, actor, case_id, owner, text), {})
        elif self.kind == "cancel":
            call = (aftercare.cancel, (ctx, actor, case_id, text), {})
        elif self.kind == "complaint":
            call = (
                aftercare.open_complaint,
                (ctx, actor, case_id),
                {
                    "category": ui.categoryCombo.currentData(),
                    "description": text,
                    "owner_id": owner,
                    "urgent": ui.urgentCheck.isChecked(),
                },
            )
        else:
            call = (
                aftercare.open_rework,
                (ctx, actor, case_id),
                {"reason": text, "warranty": ui.warrantyCheck.isChecked()},
            )
        ui.okButton.setEnabled(False)
        fn, args, kwargs = call
        self.state.runner.run(fn, *args, on_done=self._done, on_error=self._refused, **kwargs)

    def _done(self, result: CaseRef | str) -> None:
        self.result_ref = result
        self.accept()

    def _refused(self, err: ExpectedError) -> None:
        self.ui.okButton.setEnabled(True)
        show_error(self.ui.errorLabel, self.state.message(err))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self._texts()
        super().changeEvent(event)


def notice_text(kind: str, order_no: str) -> str:
    texts = {
        "hand_over": QCoreApplication.translate("CaseActions", "%1 handed over."),
        "cancel": QCoreApplication.translate("CaseActions", "%1 cancelled."),
        "complaint": QCoreApplication.translate("CaseActions", "Complaint recorded on %1."),
        "comeback": QCoreApplication.translate("CaseActions", "Rework case opened for %1."),
        "desk_complaint": QCoreApplication.translate("CaseActions", "Complaint recorded."),
    }
    return texts[kind].replace("%1", order_no)


def style_buttons(buttons: list[QPushButton]) -> None:
    for button in buttons:
        button.setProperty("role", "caseAction")


__all__ = ["CaseActionDialog", "notice_text", "show_notice", "visible_buttons"]
