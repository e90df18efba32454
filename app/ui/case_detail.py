"""One case: customer (phone masked, P1 preferences), asset, owner (P2, always visible),
estimate lines with the customer's decisions and totals (P4, I5), SLA clocks and the full
timeline."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

from app.domain.errors import ExpectedError
from app.services import aftercare
from app.services.dto import CaseDetail, CaseRef, EstimateLineInfo, EventInfo, SlaInfo
from app.ui.case_actions import BUTTON_PAGES, CaseActionDialog, notice_text, visible_buttons
from app.ui.case_loader import CaseLoader
from app.ui.generated.ui_case_detail import Ui_CaseDetailForm
from app.ui.i18n import (
    QT_TRANSLATE_NOOP,
    channel_label,
    complaint_category_label,
    countdown,
    damage_kind_label,
    decision_label,
    document_kind_label,
    fuel_label,
    is_internal,
    language_label,
    line_kind_label,
    list_join,
    local_time,
    media_purpose_label,
    packaging_label,
    part_entry_label,
    pause_reason_label,
    roles_label,
    sla_rule_label,
    sla_status_label,
    state_label,
    zone_label,
)
from app.ui.live import LiveRefresh
from app.ui.models import Column, RecordTableModel, live_status
from app.ui.state import AppState, CaseChanged
from app.ui.widgets import (
    retranslate_form,
    set_widths,
    setup_form,
    setup_table,
    show_error,
    show_notice,
)

_EVENTS: dict[str, str] = {
    "opened": QT_TRANSLATE_NOOP("Event", "Case opened"),
    "assign": QT_TRANSLATE_NOOP("Event", "Technician assigned"),
    "hand_over": QT_TRANSLATE_NOOP("Event", "Owner handed over"),
    "part_fitted": QT_TRANSLATE_NOOP("Event", "Part fitted"),
    "settle": QT_TRANSLATE_NOOP("Event", "Settled"),
    "damage_marked": QT_TRANSLATE_NOOP("Event", "Damage marked"),
    "diagnosis": QT_TRANSLATE_NOOP("Event", "Diagnosis recorded"),
    "progress_update": QT_TRANSLATE_NOOP("Event", "Progress update sent"),
    "complaint": QT_TRANSLATE_NOOP("Event", "Complaint opened"),
    "start_inspection": QT_TRANSLATE_NOOP("Event", "Inspection started"),
    "pend_observation": QT_TRANSLATE_NOOP("Event", "Pending observation"),
    "resume_inspection": QT_TRANSLATE_NOOP("Event", "Inspection resumed"),
    "estimate": QT_TRANSLATE_NOOP("Event", "Estimate made"),
    "request_signature": QT_TRANSLATE_NOOP("Event", "Signature requested"),
    "revise_estimate": QT_TRANSLATE_NOOP("Event", "Estimate revised"),
    "sign_confirmation": QT_TRANSLATE_NOOP("Event", "Confirmation sheet signed"),
    "dispatch": QT_TRANSLATE_NOOP("Event", "Dispatched"),
    "start_work": QT_TRANSLATE_NOOP("Event", "Work started"),
    "pause": QT_TRANSLATE_NOOP("Event", "Work paused"),
    "resume": QT_TRANSLATE_NOOP("Event", "Work resumed"),
    "finish_work": QT_TRANSLATE_NOOP("Event", "Work finished"),
    "qc_pass": QT_TRANSLATE_NOOP("Event", "QC passed"),
    "qc_fail": QT_TRANSLATE_NOOP("Event", "QC failed"),
    "deliver": QT_TRANSLATE_NOOP("Event", "Delivered"),
    "close": QT_TRANSLATE_NOOP("Event", "Closed"),
    "cancel": QT_TRANSLATE_NOOP("Event", "Cancelled"),
    "key_step": QT_TRANSLATE_NOOP("Event", "Key step recorded"),
    "key_step_consent": QT_TRANSLATE_NOOP("Event", "Customer's answer to key-step photos"),
    "promise": QT_TRANSLATE_NOOP("Event", "Completion time promised"),
    "delay": QT_TRANSLATE_NOOP("Event", "Delay announced"),
    "line_added": QT_TRANSLATE_NOOP("Event", "Estimate line added"),
    "line_removed": QT_TRANSLATE_NOOP("Event", "Estimate line removed"),
    "decision": QT_TRANSLATE_NOOP("Event", "Customer decision recorded"),
    "feedback": QT_TRANSLATE_NOOP("Event", "Feedback recorded"),
    "rework_opened": QT_TRANSLATE_NOOP("Event", "Rework opened"),
    "rework": QT_TRANSLATE_NOOP("Event", "Rework"),
    "sign_settlement": QT_TRANSLATE_NOOP("Event", "Settlement sheet signed"),
    "inspection": QT_TRANSLATE_NOOP("Event", "Inspection recorded"),
    "fault_reproduced": QT_TRANSLATE_NOOP("Event", "Fault reproduced"),
    "diagnostic_reading": QT_TRANSLATE_NOOP("Event", "Diagnostic reading"),
    "media_attached": QT_TRANSLATE_NOOP("Event", "Photo or clip attached"),
    "document_printed": QT_TRANSLATE_NOOP("Event", "Document printed"),
    "scan_attached": QT_TRANSLATE_NOOP("Event", "Signed sheet scanned"),
    "markup": QT_TRANSLATE_NOOP("Event", "Photo marked up"),
    "line_start": QT_TRANSLATE_NOOP("Event", "Work on a line started"),
    "line_pause": QT_TRANSLATE_NOOP("Event", "Work on a line paused"),
    "line_resume": QT_TRANSLATE_NOOP("Event", "Work on a line resumed"),
    "line_finish": QT_TRANSLATE_NOOP("Event", "Work on a line finished"),
    "packaging": QT_TRANSLATE_NOOP("Event", "Part packaging handled"),
    "extra_approved": QT_TRANSLATE_NOOP("Event", "Extra work approved by the customer"),
    "delay_answer": QT_TRANSLATE_NOOP("Event", "Customer's answer to the delay"),
}

_HIDDEN = frozenset(
    {"appointment", "document", "sha256", "content_sha256", "media_sha256", "mime", "id",
     "snapshot_sha256", "shapes", "markup", "tool"}
)  # fmt: skip
"""Detail keys that are ids, hashes or technical formats: never shown to a person."""


def _labelled(label: str, value: str) -> str:
    return (
        QCoreApplication.translate("EventDetail", "%1: %2")
        .replace("%1", label)
        .replace("%2", value)
        if value
        else ""
    )


def _when(value: object) -> str:
    if isinstance(value, str):
        try:
            return local_time(datetime.fromisoformat(value), with_date=True)
        except ValueError:
            return ""
    return ""


def _flag(value: object, yes: str, no: str) -> str:
    if isinstance(value, bool):
        return yes if value else no
    return ""


def _detail_part(kind: str, key: str, value: object) -> str:
    """One value of an event's detail in the reader's language; "" when a person has no use
    for it (ids, hashes, internal codes). Issue 7 item 8."""
    if key in _HIDDEN or value is None or value == "":
        return ""
    text = str(value)
    if key == "consent":
        return _flag(
            value,
            QCoreApplication.translate("EventDetail", "with the customer's consent"),
            QCoreApplication.translate("EventDetail", "without consent"),
        )
    if key == "kind":
        if kind in ("document_printed", "scan_attached"):
            return document_kind_label(text)
        return damage_kind_label(text)
    if key == "zone":
        return zone_label(text)
    if key == "purpose":
        return media_purpose_label(text)
    if key == "decision":
        return decision_label(text)
    if key == "category":
        return complaint_category_label(text)
    if key == "reason" and kind == "pause":
        return _labelled(
            QCoreApplication.translate("EventDetail", "Reason"), pause_reason_label(text)
        )
    if key == "acknowledged":
        return (
            QCoreApplication.translate("EventDetail", "risk acknowledged by the customer")
            if value is True
            else ""
        )
    if key == "declined":
        return (
            QCoreApplication.translate("EventDetail", "customer declined to rate")
            if value is True
            else ""
        )
    if key == "fault_reproduced":
        return _flag(
            value,
            QCoreApplication.translate("EventDetail", "fault reproduced"),
            QCoreApplication.translate("EventDetail", "fault not reproduced"),
        )
    if key == "mileage_km":
        return _labelled(
            QCoreApplication.translate("EventDetail", "Mileage"),
            QCoreApplication.translate("EventDetail", "%1 km").replace("%1", f"{value:,}"),
        )
    if key in ("promised_at", "new_eta"):
        return _labelled(QCoreApplication.translate("EventDetail", "Completion"), _when(value))
    if key == "technician":
        return _labelled(QCoreApplication.translate("EventDetail", "Technician"), text)
    if key == "difficulty":
        return _labelled(QCoreApplication.translate("EventDetail", "Difficulty"), text)
    if key == "score":
        return _labelled(QCoreApplication.translate("EventDetail", "Score"), f"{text}/5")
    if key == "round":
        return QCoreApplication.translate("EventDetail", "round %1").replace("%1", text)
    if key == "version":
        return QCoreApplication.translate("EventDetail", "version %1").replace("%1", text)
    if key == "batch":
        return _labelled(QCoreApplication.translate("EventDetail", "Batch"), text)
    if key == "entry":
        return _labelled(
            QCoreApplication.translate("EventDetail", "Entered by"), part_entry_label(text)
        )
    if key == "pages":
        return _labelled(QCoreApplication.translate("EventDetail", "Pages"), text)
    if key == "total":
        return _labelled(QCoreApplication.translate("EventDetail", "Total"), f"¥{text}")
    if key == "compensation":
        return _labelled(QCoreApplication.translate("EventDetail", "Compensation"), text)
    if key in ("reason", "note", "notes", "title", "text", "line", "description", "code"):
        return "" if is_internal(text) else text
    if isinstance(value, bool):
        return ""
    if isinstance(value, str) and _when(value):
        return _when(value)
    return "" if is_internal(text) else text


def event_label(kind: str) -> str:
    text = _EVENTS.get(kind)
    if text is None:
        # An event kind added later: a neutral name, never the code.
        return QCoreApplication.translate("Event", "Case updated")
    return QCoreApplication.translate("Event", text)


_FIRST = ("part_no", "code", "line", "description")
"""Detail keys that name the thing an entry is about: shown before the rest."""


def _detail_text(event: EventInfo) -> str:
    parts = []
    if event.to_state and event.from_state != event.to_state:
        parts.append(f"{state_label(event.from_state)} → {state_label(event.to_state)}")
    detail = dict(event.detail)
    if event.kind == "packaging":  # W2: the packaging's way, kept → shown → handed over
        moved = (
            packaging_label(str(detail.pop("from", ""))),
            packaging_label(str(detail.pop("to", ""))),
        )
        if all(moved):
            parts.append(f"{moved[0]} → {moved[1]}")
    keys = sorted(detail, key=lambda k: _FIRST.index(k) if k in _FIRST else len(_FIRST))
    parts += [_detail_part(event.kind, key, detail[key]) for key in keys]
    return QCoreApplication.translate("EventDetail", "; ").join(p for p in parts if p)


def _money(value: object) -> str:
    return f"¥{value}"


class CaseDetailPage(QWidget):
    """Signals: back_requested(): the user wants the previous screen."""

    back_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_CaseDetailForm()
        setup_form(self.ui, self)
        self.detail: CaseDetail | None = None
        self.lines: RecordTableModel[EstimateLineInfo] = RecordTableModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Kind"), lambda line: line_kind_label(line.kind)
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda line: line.code),
                Column(QT_TRANSLATE_NOOP("Columns", "Item"), lambda line: line.description),
                Column(QT_TRANSLATE_NOOP("Columns", "Qty / hours"), self._quantity),
                Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda line: _money(line.amount)),
                Column(QT_TRANSLATE_NOOP("Columns", "Mandatory"), self._mandatory),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Decision"),
                    lambda line: decision_label(line.decision),
                    tone=lambda line: "overdue" if line.decision == "declined" else None,
                ),
            ],
            key=lambda line: line.id,
            parent=self,
        )
        now = state.now
        self.slas: RecordTableModel[SlaInfo] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Rule"), lambda s: sla_rule_label(s.rule)),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Status"),
                    lambda s: sla_status_label(live_status(s, now())),
                    live=True,
                    tone=lambda s: live_status(s, now()),
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Due"), lambda s: local_time(s.due, True)),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Clock"),
                    self._clock,
                    live=True,
                    tone=lambda s: live_status(s, now()),
                ),
            ],
            key=lambda s: s.rule,
            parent=self,
        )
        self.timeline: RecordTableModel[EventInfo] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda e: local_time(e.at, True)),
                Column(QT_TRANSLATE_NOOP("Columns", "Event"), lambda e: event_label(e.kind)),
                Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda e: e.staff_name),
                Column(QT_TRANSLATE_NOOP("Columns", "Detail"), _detail_text),
            ],
            key=lambda e: f"{e.at.isoformat()}/{e.kind}",
            parent=self,
        )
        setup_table(self.ui.linesView, self.lines)
        set_widths(self.ui.linesView, {0: 80, 1: 140, 2: 320, 3: 120, 4: 120, 5: 110})
        setup_table(self.ui.slaView, self.slas)
        set_widths(self.ui.slaView, {0: 300, 1: 120, 2: 150})
        setup_table(self.ui.timelineView, self.timeline)
        set_widths(self.ui.timelineView, {0: 130, 1: 270, 2: 120})
        self.ui.backButton.clicked.connect(self.back_requested)
        self.loader = CaseLoader(state, self)
        self.loader.loaded.connect(self.show_detail)
        self.loader.failed.connect(self._missing)
        # The poll stays only for changes arriving from sync; actions in this app announce
        # themselves through `case_changed`.
        self.live = LiveRefresh(self, self._poll, [self.slas])
        state.case_changed.connect(self._case_changed)
        # Issue 9: the case's action bar (buttons by the domain's allowed actions).
        self.links: aftercare.CaseLinks | None = None
        self.dialog: CaseActionDialog | None = None
        self.action_buttons = {
            name: getattr(self.ui, name)
            for name in (
                "receptionButton", "feedbackButton", "settleButton", "deliverButton",
                "dispatchButton", "jobButton", "progressButton", "qcButton", "reviseButton", "handOverButton", "complaintButton",
                "complaintsButton", "comebackButton", "cancelButton",
            )
        }  # fmt: skip
        for name, (page, with_case) in BUTTON_PAGES.items():
            self.action_buttons[name].clicked.connect(
                lambda _=False, p=page, w=with_case: self._open_page(p, w)
            )
        self.ui.reviseButton.clicked.connect(self._revise)
        self.ui.receptionButton.clicked.connect(self._revise)  # on at the reception bay
        for name, kind in (
            ("handOverButton", "hand_over"),
            ("cancelButton", "cancel"),
            ("complaintButton", "complaint"),
            ("comebackButton", "comeback"),
        ):
            self.action_buttons[name].clicked.connect(lambda _=False, k=kind: self.open_dialog(k))
        self.ui.linksLabel.linkActivated.connect(self.state.open_case_requested.emit)
        self.ui.actionErrorLabel.setVisible(False)
        for button in self.action_buttons.values():
            button.setVisible(False)

    # -- the action bar (issue 9) ---------------------------------------------------------------
    def _update_bar(self) -> None:
        detail = self.detail
        actor = self.state.actor
        if detail is None or actor is None:
            shown: set[str] = set()
        else:
            complaints = self.links.complaints if self.links else 0
            shown = visible_buttons(detail, actor.roles, actor.staff_id, complaints)
        for name, button in self.action_buttons.items():
            button.setVisible(name in shown)
        self._fill_links()

    def _fill_links(self) -> None:
        links = self.links
        parts = []
        if links is not None and links.rework_of is not None:
            original = links.rework_of
            parts.append(
                self.tr("Comeback of %1").replace(
                    "%1", f'<a href="{original.id}">{original.order_no}</a>'
                )
            )
        if links is not None and links.warranty:
            parts.append(self.tr("under warranty: not billed"))
        if links is not None and links.reworks:
            rework_links = list_join(
                f'<a href="{r.id}">{r.order_no}</a>'
                + (self.tr(" (warranty)") if r.warranty else "")
                for r in links.reworks
            )
            parts.append(self.tr("Comebacks: %1").replace("%1", rework_links))
        if links is not None and links.complaints:
            parts.append(self.tr("%n complaint(s)", "", links.complaints))
        self.ui.linksLabel.setText(" · ".join(parts))
        self.ui.linksLabel.setVisible(bool(parts))
        if self.ui.complaintsButton.isVisible() and links is not None:
            self.ui.complaintsButton.setText(
                self.tr("Complaints (%1)").replace("%1", str(links.complaints))
            )

    def _load_links(self, case_id: str) -> None:
        def landed(links: aftercare.CaseLinks) -> None:
            if self.detail is not None and self.detail.id == case_id:
                self.links = links
                self._update_bar()

        self.state.runner.run(
            aftercare.case_links, self.state.require_ctx(), case_id, on_done=landed,
            on_error=lambda err: show_error(self.ui.actionErrorLabel, self.state.message(err)),
        )  # fmt: skip

    def _open_page(self, page: str, with_case: bool) -> None:
        if self.detail is not None:
            self.state.open_page_requested.emit(page, self.detail.id if with_case else None)

    def _revise(self) -> None:
        # Revising the estimate before work happens on the reception page (I4/I5, P4).
        if self.detail is not None:
            self.state.open_reception_requested.emit(self.detail.id)

    def open_dialog(self, kind: str) -> CaseActionDialog | None:
        """Hand-over, cancel, complaint or comeback: a small window-modal dialog."""
        if self.detail is None:
            return None
        detail = self.detail
        dialog = CaseActionDialog(self.state, kind, detail, self)
        self.dialog = dialog

        def accepted() -> None:
            show_notice(self.ui.actionErrorLabel, notice_text(kind, detail.order_no))
            result = dialog.result_ref
            if isinstance(result, CaseRef):
                self.state.announce(result.id, result.state)
                return
            if kind == "comeback" and isinstance(result, str):
                # The comeback is a new case: announce it, and the original (its link).
                self.state.announce(result, "reception")
            self.state.announce(detail.id, detail.state)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _quantity(self, line: EstimateLineInfo) -> str:
        if line.kind == "labor":
            return self.tr("%1 h").replace("%1", f"{line.hours}")
        return f"{line.qty.normalize():f}"

    def _mandatory(self, line: EstimateLineInfo) -> str:
        if line.mandatory:
            return self.tr("Mandatory")
        return self.tr("Optional")

    def _clock(self, sla: SlaInfo) -> str:
        now = self.state.now()
        if live_status(sla, now) in ("met", "missed"):
            return ""
        return countdown(sla.due, now)

    # -- loading -------------------------------------------------------------------------------
    def load(self, key: str) -> None:
        """Show the case with id or order number `key` (read on a worker; newest wins)."""
        self.loader.request(key)

    def _poll(self) -> None:
        if self.loader.in_flight:
            return  # the read under way lands (or fails) and ends this refresh: read once
        if not self.loader.reload():
            self.live.failed()

    def _case_changed(self, change: CaseChanged) -> None:
        # A hidden page reloads when shown; a visible one at once.
        if self.isVisible() and self.loader.concerns(change):
            self.loader.reload()

    def _missing(self, err: ExpectedError) -> None:
        self.live.failed()
        self.state.dialogs.error(self, self.tr("Case"), self.state.message(err))
        self.back_requested.emit()

    def show_detail(self, detail: CaseDetail) -> None:
        if self.detail is None or self.detail.id != detail.id:
            self.links = None
            self.ui.actionErrorLabel.setVisible(False)
        self.detail = detail
        self._fill()
        self._update_bar()
        self._load_links(detail.id)
        self.lines.set_records(list(detail.lines))
        self.slas.set_records(list(detail.sla))
        # Newest first: the service orders by time and, within one instant, as written, so
        # the whole order is reversed (a sort on time alone kept an instant's entries oldest
        # first: a packaging handed over showed below its "shown").
        self.timeline.set_records(list(reversed(detail.events)))
        self.live.landed(None, self.state.now())

    def _fill(self) -> None:
        detail = self.detail
        if detail is None:
            return
        ui = self.ui
        ui.orderLabel.setText(detail.order_no)
        ui.stateLabel.setText(state_label(detail.state))
        ui.urgentLabel.setText(self.tr("Urgent") if detail.urgent else "")
        ui.urgentLabel.setVisible(detail.urgent)
        # P2: the owner from first contact is always visible.
        ui.ownerLabel.setText(
            self.tr("Owner: %1 (%2)")
            .replace("%1", detail.owner.name)
            .replace("%2", roles_label(detail.owner.roles))
        )
        customer = detail.customer
        ui.customerNameLabel.setText(customer.name)
        ui.customerPhoneLabel.setText(customer.phone_masked)
        prefs = []
        if customer.needs_guidance:
            prefs.append(self.tr("Needs operating guidance"))
        if customer.prefers_speed:
            prefs.append(self.tr("Prefers speed"))
        if customer.language and customer.language != "zh_CN":
            prefs.append(self.tr("Language: %1").replace("%1", language_label(customer.language)))
        if customer.notes:
            prefs.append(customer.notes)
        ui.preferencesLabel.setText(list_join(prefs) or self.tr("None recorded"))
        ui.channelLabel.setText(channel_label(customer.preferred_channel))
        asset = detail.asset
        ui.assetLabel.setText(asset.label)
        ui.identifierLabel.setText(asset.vin or asset.serial)
        # What intake recorded (the printed sheets say the same), else the asset's last known.
        intake = detail.intake
        mileage = intake.mileage_km if intake and intake.mileage_km else asset.mileage_km
        recorded = []
        if mileage is not None:
            recorded.append(self.tr("%1 km").replace("%1", f"{mileage:,}"))
        if intake is not None and asset.kind == "vehicle":
            fuel = fuel_label(intake.fuel_level)
            if fuel:
                recorded.append(self.tr("fuel %1").replace("%1", fuel))
            recorded.append(self.tr("%n key(s)", "", intake.keys))
        ui.mileageLabel.setText(" · ".join(recorded) or "—")
        # An appliance has no mileage, fuel or keys (issue 7 item 8).
        is_vehicle = asset.kind == "vehicle"
        ui.mileageCaption.setVisible(is_vehicle)
        ui.mileageLabel.setVisible(is_vehicle)
        ui.faultLabel.setText(detail.fault_description)
        diagnosis = detail.preliminary_diagnosis
        if detail.pending_observation:
            diagnosis += "\n" + self.tr("Pending observation: %1").replace(
                "%1", detail.pending_observation
            )
        if detail.qc_note and detail.state in ("in_work", "paused", "dispatched", "qc"):
            # D1: a failed QC comes back with the inspector's note.
            diagnosis += "\n" + self.tr("QC failed: %1").replace("%1", detail.qc_note)
        ui.diagnosisLabel.setText(diagnosis.strip() or "—")
        ui.technicianLabel.setText(detail.technician.name if detail.technician else "—")
        ui.promisedLabel.setText(local_time(detail.promised_at, with_date=True) or "—")
        totals = detail.totals
        signed = (
            self.tr("signed version %1").replace("%1", str(detail.signed_version))
            if detail.signed_version is not None
            else self.tr("not signed yet")
        )
        ui.totalsLabel.setText(
            self.tr(
                "Labor %1 · Parts %2 · Discount %3 · Tax %4 · Total %5 · Declined %6 · Estimate v%7, %8"
            )
            .replace("%1", _money(totals.labor))
            .replace("%2", _money(totals.parts))
            .replace("%3", _money(totals.discount))
            .replace("%4", _money(totals.tax))
            .replace("%5", _money(totals.total))
            .replace("%6", _money(totals.declined_total))
            .replace("%7", str(detail.estimate_version))
            .replace("%8", signed)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_form(self.ui, self)
            self._fill()
            self._update_bar()
            for model in (self.lines, self.slas, self.timeline):
                model.retranslate()
        super().changeEvent(event)
