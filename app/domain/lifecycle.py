"""The appointment and case lifecycles (ARCHITECTURE.md "The lifecycle") with their guards.

Guards live here, not in widgets. Each guard names the rule of the service standard it
enforces; a refused transition raises `TransitionError` whose code says why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from app.domain import catalogue as _messages  # noqa: F401  (registers messages)
from app.domain.errors import TransitionError


class AppointmentState(StrEnum):
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    ARRIVED = "arrived"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class AppointmentAction(StrEnum):
    CONFIRM = "confirm"
    ARRIVE = "arrive"
    NO_SHOW = "no_show"
    CANCEL = "cancel"


APPOINTMENT_TRANSITIONS: dict[tuple[AppointmentState, AppointmentAction], AppointmentState] = {
    (AppointmentState.REQUESTED, AppointmentAction.CONFIRM): AppointmentState.CONFIRMED,
    # I1: a customer may arrive before the advisor confirmed (the 15-minute clock then ends).
    (AppointmentState.REQUESTED, AppointmentAction.ARRIVE): AppointmentState.ARRIVED,
    (AppointmentState.CONFIRMED, AppointmentAction.ARRIVE): AppointmentState.ARRIVED,
    (AppointmentState.CONFIRMED, AppointmentAction.NO_SHOW): AppointmentState.NO_SHOW,
    (AppointmentState.REQUESTED, AppointmentAction.CANCEL): AppointmentState.CANCELLED,
    (AppointmentState.CONFIRMED, AppointmentAction.CANCEL): AppointmentState.CANCELLED,
}


def appointment_next(state: AppointmentState, action: AppointmentAction) -> AppointmentState:
    target = APPOINTMENT_TRANSITIONS.get((state, action))
    if target is None:
        raise TransitionError("lifecycle.not_allowed", action=action.value, state=state.value)
    return target


class CaseState(StrEnum):
    RECEPTION = "reception"
    INSPECTING = "inspecting"
    PENDING_OBSERVATION = "pending_observation"
    ESTIMATED = "estimated"
    AWAITING_SIGNATURE = "awaiting_signature"
    CONFIRMED = "confirmed"
    DISPATCHED = "dispatched"
    IN_WORK = "in_work"
    PAUSED = "paused"
    QC = "qc"
    READY = "ready"
    DELIVERED = "delivered"
    CLOSED = "closed"
    CANCELLED = "cancelled"


OPEN_STATES = frozenset(CaseState) - {CaseState.CLOSED, CaseState.CANCELLED}
"""States of a case that is still the workshop's business."""


class CaseAction(StrEnum):
    START_INSPECTION = "start_inspection"
    PEND_OBSERVATION = "pend_observation"
    RESUME_INSPECTION = "resume_inspection"
    ESTIMATE = "estimate"
    REQUEST_SIGNATURE = "request_signature"
    REVISE_ESTIMATE = "revise_estimate"
    SIGN_CONFIRMATION = "sign_confirmation"
    DISPATCH = "dispatch"
    START_WORK = "start_work"
    PAUSE = "pause"
    RESUME = "resume"
    FINISH_WORK = "finish_work"
    QC_PASS = "qc_pass"
    QC_FAIL = "qc_fail"
    DELIVER = "deliver"
    CLOSE = "close"
    CANCEL = "cancel"
    ASSIGN = "assign"
    """W1: pick the technician. Not a state transition (the case keeps its state); listed so
    `app.domain.actions.allowed_actions` can offer it with the others."""


@dataclass(frozen=True)
class CaseFacts:
    """What the guards need to know about a case, gathered by the service layer."""

    estimate_version: int = 0
    line_count: int = 0
    undecided_lines: int = 0
    approved_lines: int = 0
    unacknowledged_safety_declines: int = 0
    signed_confirmation_version: int | None = None
    technician_assigned: bool = False
    qc_passed: bool = False
    settlement_signed: bool = False
    pending_observation_noted: bool = False
    feedback_recorded: bool = False

    @property
    def confirmation_current(self) -> bool:
        return (
            self.signed_confirmation_version is not None
            and self.signed_confirmation_version == self.estimate_version
        )


Guard = Callable[[CaseFacts], str | None]
"""Returns the message code of the broken rule, or None when the rule holds."""


def _has_lines(f: CaseFacts) -> str | None:
    return None if f.line_count > 0 else "lifecycle.i4_no_lines"


def _pending_note(f: CaseFacts) -> str | None:
    # I3: no blind repair; the directions to investigate must be written down.
    return None if f.pending_observation_noted else "lifecycle.i3_no_note"


def _all_decided(f: CaseFacts) -> str | None:
    # I5: the customer's choice is recorded per line before anyone signs.
    return None if f.undecided_lines == 0 else "lifecycle.i5_undecided"


def _safety_acknowledged(f: CaseFacts) -> str | None:
    return None if f.unacknowledged_safety_declines == 0 else "lifecycle.i5_safety_unacknowledged"


def _something_approved(f: CaseFacts) -> str | None:
    return None if f.approved_lines > 0 else "lifecycle.p4_nothing_approved"


def _signed(f: CaseFacts) -> str | None:
    # P4: nothing is dispatched or started before the current confirmation sheet is signed.
    return None if f.confirmation_current else "lifecycle.p4_unsigned"


def _assigned(f: CaseFacts) -> str | None:
    return None if f.technician_assigned else "lifecycle.w1_unassigned"


def _qc_passed(f: CaseFacts) -> str | None:
    # D1: the customer is called only after QC passes.
    return None if f.qc_passed else "lifecycle.d1_qc_not_passed"


def _settled(f: CaseFacts) -> str | None:
    # D4: the customer signs the settlement sheet before delivery.
    return None if f.settlement_signed else "lifecycle.d4_unsigned_settlement"


def _feedback(f: CaseFacts) -> str | None:
    # P5: feedback (or the customer's refusal to give it) is recorded before closing.
    return None if f.feedback_recorded else "lifecycle.p5_no_feedback"


S = CaseState
A = CaseAction

CASE_TRANSITIONS: dict[tuple[CaseState, CaseAction], tuple[CaseState, tuple[Guard, ...]]] = {
    (S.RECEPTION, A.START_INSPECTION): (S.INSPECTING, ()),
    (S.INSPECTING, A.PEND_OBSERVATION): (S.PENDING_OBSERVATION, (_pending_note,)),
    (S.PENDING_OBSERVATION, A.RESUME_INSPECTION): (S.INSPECTING, ()),
    (S.INSPECTING, A.ESTIMATE): (S.ESTIMATED, (_has_lines,)),
    (S.PENDING_OBSERVATION, A.ESTIMATE): (S.ESTIMATED, (_has_lines,)),
    (S.ESTIMATED, A.REQUEST_SIGNATURE): (S.AWAITING_SIGNATURE, (_has_lines,)),
    (S.AWAITING_SIGNATURE, A.REVISE_ESTIMATE): (S.ESTIMATED, ()),
    (S.CONFIRMED, A.REVISE_ESTIMATE): (S.ESTIMATED, ()),
    (S.DISPATCHED, A.REVISE_ESTIMATE): (S.ESTIMATED, ()),
    # Issue 8 item 5: extra work found mid-job. The case stays in work (or paused) for the
    # lines already approved; the added lines wait for the customer's approval.
    (S.IN_WORK, A.REVISE_ESTIMATE): (S.IN_WORK, ()),
    (S.PAUSED, A.REVISE_ESTIMATE): (S.PAUSED, ()),
    (S.AWAITING_SIGNATURE, A.SIGN_CONFIRMATION): (
        S.CONFIRMED,
        (_has_lines, _all_decided, _safety_acknowledged, _something_approved),
    ),
    (S.CONFIRMED, A.DISPATCH): (S.DISPATCHED, (_signed,)),
    (S.DISPATCHED, A.START_WORK): (S.IN_WORK, (_signed, _assigned)),
    (S.IN_WORK, A.PAUSE): (S.PAUSED, ()),
    (S.PAUSED, A.RESUME): (S.IN_WORK, (_signed,)),
    (S.IN_WORK, A.FINISH_WORK): (S.QC, ()),
    (S.QC, A.QC_PASS): (S.READY, ()),
    # D1: a failed QC sends the job back to the bay as rework.
    (S.QC, A.QC_FAIL): (S.IN_WORK, ()),
    (S.READY, A.DELIVER): (S.DELIVERED, (_qc_passed, _settled)),
    (S.DELIVERED, A.CLOSE): (S.CLOSED, (_feedback,)),
}

CANCELLABLE = frozenset(
    {
        S.RECEPTION,
        S.INSPECTING,
        S.PENDING_OBSERVATION,
        S.ESTIMATED,
        S.AWAITING_SIGNATURE,
        S.CONFIRMED,
        S.DISPATCHED,
        S.PAUSED,
    }
)
"""Work in progress must be paused (parts secured) before a case can be cancelled."""

for _state in CANCELLABLE:
    CASE_TRANSITIONS[(_state, A.CANCEL)] = (S.CANCELLED, ())


def case_next(state: CaseState, action: CaseAction, facts: CaseFacts) -> CaseState:
    """The state after `action`, or TransitionError naming the broken rule."""
    entry = CASE_TRANSITIONS.get((state, action))
    if entry is None:
        raise TransitionError("lifecycle.not_allowed", action=action.value, state=state.value)
    target, guards = entry
    for guard in guards:
        code = guard(facts)
        if code is not None:
            raise TransitionError(code, action=action.value, state=state.value)
    return target


def allowed_actions(state: CaseState, facts: CaseFacts) -> tuple[CaseAction, ...]:
    """Actions whose guards all hold now, in a stable order (for buttons and menus)."""
    result: list[CaseAction] = []
    for action in CaseAction:
        entry = CASE_TRANSITIONS.get((state, action))
        if entry is not None and all(guard(facts) is None for guard in entry[1]):
            result.append(action)
    return tuple(result)


class PartGrade(StrEnum):
    OEM = "oem"
    CERTIFIED = "certified"
    AFTERMARKET = "aftermarket"


class Decision(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    DECLINED = "declined"


def check_part_fit(decision: Decision, grade: PartGrade, line_is_part: bool = True) -> None:
    """W2: only parts on a line the customer approved, and only OEM or certified parts."""
    if not line_is_part:
        raise TransitionError("lifecycle.w2_not_a_part_line")
    if decision is not Decision.APPROVED:
        raise TransitionError("lifecycle.w2_not_confirmed", decision=decision.value)
    if grade is PartGrade.AFTERMARKET:
        raise TransitionError("lifecycle.w2_not_oem")


def check_key_step_media(consent: bool, has_media: bool) -> None:
    """W3: key-operation photos and video only with the customer's recorded consent."""
    if has_media and not consent:
        raise TransitionError("lifecycle.w3_no_consent")


def check_decline(mandatory: bool, safety_relevant: bool, acknowledged: bool) -> None:
    """I5: the customer may decline anything, but a safety-relevant mandatory line needs
    their explicit acknowledgement of the risk."""
    if mandatory and safety_relevant and not acknowledged:
        raise TransitionError("lifecycle.i5_safety_unacknowledged", action="decline", state="")
